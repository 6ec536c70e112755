//! What a proposer sees at `/proposition/{jeton}`. Built by `ssr::proposal_view`.

use serde::{Deserialize, Serialize};

/// A proposal as its proposer and the coordinators read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: i64,
    pub genre: String,
    pub nom: String,
    pub statut: String,
    pub closed: bool,
    /// A question waits for the proposer's answer.
    pub question: bool,
    /// Once published: the place's page.
    pub publie: Option<String>,
    /// (label, value) of what was proposed.
    pub resume: Vec<(String, String)>,
    /// (when, who, what, their words).
    pub historique: Vec<(String, String, String, Option<String>)>,
    pub jeton: String,
}
