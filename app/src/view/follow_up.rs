//! The back-office's reminders to confirm entries, and the proposals the public sent.

use super::admin::Frame;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reminders {
    pub frame: Frame,
    /// A relay is configured: the page sends; otherwise it offers `mailto:` links.
    pub relais: bool,
    pub rows: Vec<ReminderRow>,
    /// After a send: « 3 rappels envoyés », and what failed.
    pub resultat: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReminderRow {
    pub structure_id: String,
    pub nom: String,
    pub raisons: String,
    pub courriel: Option<String>,
    pub telephone: Option<String>,
    /// When a reminder was last sent by this page (stored timestamp).
    pub dernier_rappel: Option<String>,
    /// Checked in the form: an address, and no reminder in the last two weeks.
    pub coche: bool,
    /// Without a relay: the whole message as a `mailto:` link.
    pub mailto: Option<String>,
}

/// What the decisions need besides the proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decisions {
    pub gestion: bool,
    /// « C'est ma structure » accepted: the account of [`Self::courriel`] was opened or given the place.
    pub access_given: bool,
    /// A mail relay is configured: the access link can leave.
    pub relay: bool,
    /// Structures a place may be added to: those of its EPCI, by name.
    pub structures: Vec<(String, String)>,
    /// Once accepted: the structure's back-office page, to complete it (hours, séances).
    pub fiche: Option<String>,
    pub courriel: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalRow {
    pub id: i64,
    pub recue: String,
    pub genre: String,
    pub nom: String,
    pub commune: String,
    pub statut: String,
}
