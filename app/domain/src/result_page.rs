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

pub const ANSWERS: &str = "Vos réponses";
pub const EDIT_ANSWERS: &str = "Modifier";
pub const CALL: &str = "Appeler";
pub const DIRECTIONS: &str = "Itinéraire";
pub const BOOK: &str = "Prendre rendez-vous";
pub const WHY: &str = "Pourquoi ce lieu :";
pub const PLACE_PAGE: &str = "Tout savoir sur ce lieu";
pub const KEEP: &str = "Garder ce résultat";
pub const PRINT_FICHE: &str = "Fiche d’orientation à imprimer (une page)";

/// The page's heading: « Où trouver de l’aide : réaliser une démarche ».
pub fn heading(besoin_titre: &str) -> String {
    format!("Où trouver de l’aide : {}", besoin_titre.to_lowercase())
}

/// The line under it: for whom, and how old the data are.
pub fn lead(commune: &str, epci: &str) -> String {
    format!("Pour {commune} ({epci}).")
}

pub fn data_date(donnees_du: &str) -> String {
    format!("Données du {donnees_du}")
}

/// The summary of the `<details>` that holds every other place.
pub fn others_summary(count: usize) -> String {
    format!("Autres lieux ({count})")
}

/// A group's heading among the other places: how far they are from the person.
pub fn tier_title(tier: Tier) -> &'static str {
    match tier {
        Tier::Commune => "Dans votre commune",
        Tier::Epci => "Dans votre intercommunalité",
        Tier::Voisin => "À proximité",
        Tier::Departement => "Pour tout le département",
        Tier::Remote => "À distance",
    }
}

/// The other places, grouped by tier in the engine's order.
pub struct Group<'a> {
    pub tier: Tier,
    pub title: &'static str,
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
            None => others.push(Group { tier: card.niveau, title: tier_title(card.niveau), cards: vec![card] }),
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
        let groups: Vec<(&str, Vec<&str>)> = page.others.iter().map(|g| (g.title, names(&g.cards))).collect();
        assert_eq!(
            groups,
            [
                ("Dans votre commune", vec!["fs-ateliers"]),
                ("Dans votre intercommunalité", vec!["lab"]),
                ("À proximité", vec!["voisin"]),
                ("À distance", vec!["ligne"]),
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
