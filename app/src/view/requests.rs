//! The back-office's « être rappelé » pages: the requests, who receives them, the comité's figures.

use super::admin::Frame;
use crate::domain::edit::{FieldErrors, Fields};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestRow {
    pub id: i64,
    pub reference: String,
    pub envoyee: String,
    pub commune: String,
    pub besoin: String,
    pub statut: String,
    pub destinataire: String,
    /// Unanswered past the delay: on « À faire ».
    pub en_retard: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReceiverRow {
    pub epci: String,
    pub epci_nom: String,
    pub besoin: String,
    pub besoin_titre: String,
    pub structure: String,
    pub courriel: String,
    pub par: String,
}

/// The comité's counts over the last twelve months: numbers only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comite {
    pub total: u64,
    pub prises: u64,
    pub injoignables: u64,
    pub delai_median: String,
    /// (EPCI, need, mode, requests).
    pub lignes: Vec<(String, String, String, u64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Requests {
    pub frame: Frame,
    pub rows: Vec<RequestRow>,
    /// Coordinators only, like what follows.
    pub receivers: Vec<ReceiverRow>,
    pub epcis: Vec<(String, String)>,
    pub besoins: Vec<(String, String)>,
    pub structures: Vec<(String, String)>,
    pub comite: Option<Comite>,
    pub refused: Option<(Fields, FieldErrors)>,
    pub relais: bool,
}
