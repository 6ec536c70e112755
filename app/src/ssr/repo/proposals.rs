//! The proposals the field sends (`domain::proposal`), waiting for a coordinator, and what was said
//! about each.

use super::RepoError;
use crate::domain::edit::Fields;
use crate::domain::proposal::{Genre, Proposal, Status};
use async_trait::async_trait;

/// A proposal as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub id: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub status: Status,
    /// « C'est ma structure »: the listed structure; once accepted: the entry it became or joined.
    pub structure_id: Option<String>,
    pub proposal: Proposal,
    pub mail_pending: Option<String>,
    pub coord_pending: Option<String>,
}

impl Stored {
    pub fn genre(&self) -> Genre {
        self.proposal.genre
    }

    pub fn champs(&self) -> &Fields {
        &self.proposal.champs
    }
}

/// One line of a proposal's history: (when, who, what, their words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub at: i64,
    pub who: String,
    pub action: String,
    pub texte: Option<String>,
}

/// A status change, written only if the proposal is still as it was read.
pub struct Move<'a> {
    pub id: i64,
    pub from: Status,
    pub to: Status,
    pub structure_id: Option<&'a str>,
    pub now: i64,
    pub said: Said,
    /// The message to the proposer it sends, the coordination's it sends.
    pub mail: Option<&'a str>,
    pub coord: Option<&'a str>,
}

#[async_trait]
pub trait Proposals: Send + Sync {
    /// Stores a new proposal, waiting, with its receipt and the coordination's notice to send.
    async fn create_proposal(&self, p: &Proposal, now: i64) -> Result<i64, RepoError>;
    async fn proposal(&self, id: i64) -> Result<Option<Stored>, RepoError>;
    /// Every proposal, the open ones first, then the newest.
    async fn proposals(&self) -> Result<Vec<Stored>, RepoError>;
    /// How many wait for a coordinator's decision (the back-office's menu says it on every page).
    async fn proposals_waiting(&self) -> Result<u64, RepoError>;
    async fn proposal_history(&self, id: i64) -> Result<Vec<Said>, RepoError>;
    /// Applies `m` if the proposal still has `m.from`; returns whether it did.
    async fn move_proposal(&self, m: &Move<'_>) -> Result<bool, RepoError>;
    /// Takes the message waiting (`coordination`: the coordination's), so that one server sends it.
    async fn claim_proposal_mail(&self, id: i64, pending: &str, coordination: bool) -> Result<bool, RepoError>;
    /// Puts a message back to wait (the relay failed).
    async fn set_proposal_mail(&self, id: i64, pending: &str, coordination: bool) -> Result<(), RepoError>;
    /// Erases the proposer's name and address of every proposal decided before `closed_before`;
    /// returns how many.
    async fn purge_proposals(&self, closed_before: i64) -> Result<u64, RepoError>;
    /// Keeps a refused form under `cle` (and forgets those older than `older_than`).
    async fn keep_proposal_draft(&self, cle: &str, contenu: &str, now: i64, older_than: i64) -> Result<(), RepoError>;
    /// A refused form kept since `since` or later.
    async fn proposal_draft(&self, cle: &str, since: i64) -> Result<Option<String>, RepoError>;
}
