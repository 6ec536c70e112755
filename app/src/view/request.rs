//! What a structure sees at `/demande/{jeton}`. Built by `ssr::callback_view`.

use serde::{Deserialize, Serialize};

/// A request as the structure that has it reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestView {
    pub reference: String,
    /// « le 02/12/2026 à 14:05 ».
    pub envoyee: String,
    pub commune: String,
    pub epci_nom: String,
    pub besoin_titre: String,
    pub reponses: Vec<String>,
    /// « sur le site » or « au guichet d’une mairie ».
    pub mode: String,
    pub prenom: String,
    pub contact: String,
    /// `tel:` or `mailto:`.
    pub contact_href: String,
    pub message: Option<String>,
    /// Who has it now.
    pub destinataire: String,
    pub statut: String,
    pub closed: bool,
    pub taken: bool,
    /// Every access: (when, who, what).
    pub historique: Vec<(String, String, String)>,
    /// Where it can be passed on: (id, name), the same EPCI's structures first.
    pub structures: Vec<(String, String)>,
    pub today: String,
    pub jeton: String,
}
