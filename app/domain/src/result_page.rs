//! The result page's shape and words, decided once: the server's Leptos page and the offline engine's
//! HTML both read them, so that online and offline a person sees the same shortlist, in the same
//! order, under the same words.
//!
//! Why a shortlist: on a 360 × 640 phone, a page that lists every matching place (34 for a CAF
//! démarche in Nantua) pushes the answer below the fold and runs to metres of scrolling. The three
//! best places come first, each a distinct place with why it was chosen and how to reach it; the
//! others wait under « Autres lieux (N) », grouped by how far they are.

use super::engine::Tier;
use super::result::ResultCard;

/// How many answers come first, in full.
pub const SHORTLIST_LEN: usize = 3;

/// A need's title inside a sentence (« Où trouver de l’aide : réaliser une démarche »): lower case
/// in French, as a phrase; the other languages keep the title as written (Turkish, for one, lowers
/// « I » differently, and an English title is a name). The result page, the fiche and the offline
/// engine all say it so.
pub fn need_in_sentence(langue: crate::langue::Langue, titre: &str) -> String {
    use crate::langue::Langue;
    if matches!(langue, Langue::Fr | Langue::Facile) {
        titre.to_lowercase()
    } else {
        titre.to_owned()
    }
}

/// The translation key of a group's heading among the other places: how far they are.
pub fn tier_key(tier: Tier) -> &'static str {
    match tier {
        Tier::Commune => "niveau-commune",
        Tier::Epci => "niveau-epci",
        Tier::Voisin => "niveau-voisin",
        Tier::Departement => "niveau-departement",
        Tier::Remote => "niveau-distance",
    }
}

/// The other places, grouped by tier in the engine's order.
pub struct Group<'a> {
    pub tier: Tier,
    /// Its heading's translation key ([`tier_key`]).
    pub key: &'static str,
    pub cards: Vec<&'a ResultCard>,
}

/// The page's two parts.
pub struct Layout<'a> {
    /// The best answers, at most [`SHORTLIST_LEN`], each a different place.
    pub shortlist: Vec<&'a ResultCard>,
    pub others: Vec<Group<'a>>,
}

impl Layout<'_> {
    pub fn others_count(&self) -> usize {
        self.others.iter().map(|g| g.cards.len()).sum()
    }
}

/// Splits the engine's ranked cards: the first [`SHORTLIST_LEN`] distinct places, then the rest by
/// tier. A place that offers two matching services is shortlisted once, by its better-ranked one; its
/// other service stays among the other places.
pub fn layout(cards: &[ResultCard]) -> Layout<'_> {
    let mut shortlist: Vec<&ResultCard> = Vec::with_capacity(SHORTLIST_LEN);
    let mut rest: Vec<&ResultCard> = Vec::with_capacity(cards.len());
    for card in cards {
        let distinct = !shortlist.iter().any(|s| s.structure == card.structure);
        if shortlist.len() < SHORTLIST_LEN && distinct {
            shortlist.push(card);
        } else {
            rest.push(card);
        }
    }
    let mut others: Vec<Group> = Vec::new();
    for card in rest {
        match others.iter_mut().find(|g| g.tier == card.niveau) {
            Some(group) => group.cards.push(card),
            None => others.push(Group { tier: card.niveau, key: tier_key(card.niveau), cards: vec![card] }),
        }
    }
    others.sort_by_key(|g| g.tier);
    Layout { shortlist, others }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(service: &str, structure: &str, tier: Tier) -> ResultCard {
        ResultCard {
            service: service.into(),
            structure: structure.into(),
            nom: structure.into(),
            service_nom: service.into(),
            niveau: tier,
            raisons: Vec::new(),
            raisons_texte: Vec::new(),
            adresse: None,
            carte: None,
            itineraire: None,
            distance_km: None,
            telephone: None,
            courriel: None,
            site_web: None,
            horaires: None,
            aujourdhui: None,
            ouvert_maintenant: None,
            acces: Vec::new(),
            accessibilite: Vec::new(),
            a_verifier: false,
            date_maj: None,
            labels: Vec::new(),
            prise_rdv: None,
            source: None,
            passages: Vec::new(),
        }
    }

    fn names<'a>(cards: &[&'a ResultCard]) -> Vec<&'a str> {
        cards.iter().map(|c| c.service.as_str()).collect()
    }

    #[test]
    fn the_shortlist_is_the_three_best_distinct_places_and_the_rest_is_grouped_by_tier() {
        let cards = [
            card("fs-demarche", "fs", Tier::Commune),
            card("fs-ateliers", "fs", Tier::Commune),
            card("mairie", "mairie", Tier::Epci),
            card("cs", "cs", Tier::Epci),
            card("lab", "lab", Tier::Epci),
            card("voisin", "voisin", Tier::Voisin),
            card("ligne", "ligne", Tier::Remote),
        ];
        let page = layout(&cards);
        assert_eq!(names(&page.shortlist), ["fs-demarche", "mairie", "cs"]);
        let fr = |key: &str| crate::langue::Langue::Fr.t(key);
        let groups: Vec<(String, Vec<&str>)> = page.others.iter().map(|g| (fr(g.key), names(&g.cards))).collect();
        assert_eq!(
            groups,
            [
                ("Dans votre commune".to_owned(), vec!["fs-ateliers"]),
                ("Dans votre intercommunalité".to_owned(), vec!["lab"]),
                ("À proximité".to_owned(), vec!["voisin"]),
                ("À distance".to_owned(), vec!["ligne"]),
            ]
        );
        assert_eq!(page.others_count(), 4);
    }

    #[test]
    fn a_short_result_has_no_other_places() {
        let cards = [card("a", "a", Tier::Departement), card("b", "b", Tier::Remote)];
        let page = layout(&cards);
        assert_eq!(names(&page.shortlist), ["a", "b"]);
        assert!(page.others.is_empty());
        assert_eq!(page.others_count(), 0);
        assert!(layout(&[]).shortlist.is_empty());
    }
}
