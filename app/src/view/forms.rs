//! What the public forms need before they are drawn: the signed form token and where they lead
//! back, and what they were given (a refused form comes back as typed). Built by the loaders beside
//! each public form's page.

use crate::domain::edit::{FieldErrors, Fields};
use serde::{Deserialize, Serialize};

/// The public « Signaler une erreur » form for one service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportForm {
    pub service_id: String,
    pub service_nom: String,
    pub structure_nom: String,
    pub jeton: String,
    /// Where « Retour » goes (a result or guide page of this site), checked.
    pub retour: String,
}

/// What the form shows and sends back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallbackForm {
    pub commune: String,
    pub besoin_titre: String,
    /// Who receives it: a structure's name, or the coordination.
    pub destination: String,
    pub telephone: Option<String>,
    pub jeton: String,
    /// The journey, sent back with the form.
    pub pairs: Vec<(String, String)>,
    /// The result this request comes from.
    pub retour: String,
    pub guichet: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confirmation {
    pub nom: String,
    pub adresse: Option<String>,
    pub telephone: Option<String>,
    pub courriel: Option<String>,
    pub services: Vec<String>,
    /// « Vérifiée le 12/03/2026 », or never.
    pub verifiee: String,
    pub jeton: String,
}

/// What the form shows: its token, what was typed (a refused form, or the link's commune), its
/// messages, and for « C'est ma structure » the listed place's name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalForm {
    pub jeton: String,
    pub fields: Fields,
    pub errors: FieldErrors,
    pub structure_nom: Option<String>,
}
