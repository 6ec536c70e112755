//! What the result page and `/api/v1/orientation` show: the engine's matches, dressed with what a
//! person needs to go there (address, hours today, phone), in plain words.

use super::engine::{Reason, Tier};
pub use crate::phone::{display_phone, tel_href};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultCard {
    pub service: String,
    pub structure: String,
    pub nom: String,
    pub service_nom: String,
    pub niveau: Tier,
    pub raisons: Vec<Reason>,
    /// The reasons in French, in the same order.
    pub raisons_texte: Vec<String>,
    pub adresse: Option<String>,
    /// A link that opens the address in a map application.
    pub carte: Option<String>,
    /// A route to the place in a map site (« Itinéraire »): to its coordinates, else to its address.
    #[serde(default)]
    pub itineraire: Option<String>,
    pub distance_km: Option<f64>,
    pub telephone: Option<String>,
    pub courriel: Option<String>,
    pub site_web: Option<String>,
    pub horaires: Option<String>,
    /// « Ouvert maintenant. Aujourd’hui : … », when the hours are known.
    pub aujourdhui: Option<String>,
    pub ouvert_maintenant: Option<bool>,
    pub acces: Vec<String>,
    pub accessibilite: Vec<String>,
    pub a_verifier: bool,
    pub date_maj: Option<String>,
    /// The national programmes the place belongs to, in plain words (« France services »): badges.
    #[serde(default)]
    pub labels: Vec<String>,
    /// Where to book an appointment online, when the entry knows.
    #[serde(default)]
    pub prise_rdv: Option<String>,
    /// « Source : liste France Services (ANCT), 01/08/2024 »: the newest source that lists the place.
    #[serde(default)]
    pub source: Option<String>,
    /// The next passage of each stop of a tournée or permanence, the person's commune first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrientationResult {
    pub besoin: String,
    pub besoin_titre: String,
    pub commune: String,
    pub commune_nom: String,
    pub epci_nom: String,
    /// The answers, as short sentences (« Démarche : CAF »).
    pub reponses: Vec<String>,
    /// Something in the commune, the EPCI or nearby fits.
    pub local: bool,
    pub niveaux: Vec<Tier>,
    pub cartes: Vec<ResultCard>,
    /// This result's own address (share link, QR code, print).
    pub url: String,
    /// For the parentalité need: the next séances near the person (their EPCI first).
    #[serde(default)]
    pub seances: Vec<super::seance::SeanceCard>,
    /// « 28/11/2026 »: when this result was computed. A copy kept for offline use shows its age.
    #[serde(default)]
    pub donnees_du: String,
    /// When nothing local fits: one honest notice, with a next step that exists.
    #[serde(default)]
    pub avis: Option<Notice>,
    /// « À apporter », written for whoever reads (the person, a relative, a professional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a_prevoir: Option<super::preparation::Preparation>,
    /// The small map of the shortlist, drawn by the server (`place_map`); never offline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carte_lieux: Option<super::place_map::PlaceMap>,
}

/// What the result page says when nothing in the commune, the EPCI or nearby fits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub titre: String,
    pub texte: String,
    pub suite: Option<NextStep>,
}

/// A place that can always help further: the France Services of the person's EPCI, else a national line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NextStep {
    /// « La France Services de votre intercommunalité vous oriente pour tous les sujets : »
    pub intro: String,
    pub nom: String,
    /// Its card's page (`/lieu/{service}`).
    pub lien: String,
    pub adresse: Option<String>,
    pub telephone: Option<String>,
}

impl ResultCard {
    /// « Vérifié le 12/05/2026 », « Informations à vérifier : données de 12/05/2021 », or nothing, in
    /// the page's language (the source's own name stays French, as the directory's data do).
    pub fn freshness(&self, langue: crate::langue::Langue) -> String {
        use crate::textes::Arg;
        match (self.a_verifier, self.date_maj.as_deref()) {
            (true, _) if self.source.is_some() => {
                langue.tr("carte-a-verifier-source", &[("source", Arg::Text(self.source.as_deref().unwrap_or_default()))])
            }
            (true, Some(d)) => langue.tr("carte-a-verifier-date", &[("date", Arg::Text(&langue.date(d)))]),
            (true, None) => langue.t("carte-a-verifier"),
            (false, Some(d)) => langue.tr("carte-verifie", &[("date", Arg::Text(&langue.date(d)))]),
            (false, None) => String::new(),
        }
    }
}

/// « 2021-05-12 » → « 12/05/2021 » (anything else as it is).
pub fn french_date(iso: &str) -> String {
    match iso.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
    }
}

/// « 12 rue X, 01000 Bourg-en-Bresse ».
pub fn one_line_address(street: &str, postcode: &str, commune: &str) -> String {
    let street = street.trim();
    if street.is_empty() {
        format!("{postcode} {commune}")
    } else {
        format!("{street}, {postcode} {commune}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_without_street_still_says_where() {
        assert_eq!(one_line_address("", "01130", "Nantua"), "01130 Nantua");
        assert_eq!(one_line_address(" 1 rue A ", "01130", "Nantua"), "1 rue A, 01130 Nantua");
    }
}
