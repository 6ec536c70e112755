//! « Être rappelé » requests (`domain::callback`): stored, answered, reminded, deleted; the
//! structures designated to receive them; every access to one.

use super::RepoError;
use crate::domain::callback::{Contact, Status, Times};
use crate::domain::indicators::Mode;
use async_trait::async_trait;

/// A request as sent, before it has an id.
#[derive(Debug, Clone)]
pub struct NewCallback {
    pub reference: String,
    pub created_at: i64,
    pub epci: String,
    pub commune: String,
    pub besoin: String,
    pub mode: Mode,
    /// The journey's answers, as the result's query string (`besoin=…&demarche=…`).
    pub reponses: String,
    pub structure_id: Option<String>,
    pub prenom: String,
    pub contact: Contact,
    pub message: Option<String>,
    pub same_person: String,
}

/// A stored request. Its personal fields are `None` once deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct Callback {
    pub id: i64,
    pub reference: Option<String>,
    pub times: Times,
    pub purged: bool,
    pub epci: String,
    pub besoin: String,
    pub mode: Mode,
    pub structure_id: Option<String>,
    pub status: Status,
    pub rendez_vous: Option<String>,
    pub mail_pending: Option<String>,
    pub commune: Option<String>,
    pub reponses: Option<String>,
    pub prenom: Option<String>,
    pub contact: Option<Contact>,
    pub message: Option<String>,
}

/// A move of a request, applied only if it still stands as the one who answered saw it.
#[derive(Debug, Clone)]
pub struct Move<'a> {
    pub id: i64,
    pub from: Status,
    pub from_structure: Option<&'a str>,
    pub to: Status,
    pub to_structure: Option<&'a str>,
    pub rendez_vous: Option<&'a str>,
    pub now: i64,
    pub who: &'a str,
    pub action: &'a str,
}

/// The structure that receives an EPCI's requests for a need (`besoin` empty: every need).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receiver {
    pub epci: String,
    pub besoin: String,
    pub structure_id: String,
    pub courriel: String,
    pub updated_by: String,
}

#[async_trait]
pub trait Callbacks: Send + Sync {
    /// Stores a request; `RepoError::Conflict` when the same person already asked for this need today.
    async fn create_callback(&self, new: &NewCallback) -> Result<i64, RepoError>;
    async fn callback(&self, id: i64) -> Result<Option<Callback>, RepoError>;
    async fn callback_by_reference(&self, reference: &str) -> Result<Option<Callback>, RepoError>;
    /// The requests not deleted, newest first; only those of `structures` when given.
    async fn callbacks(&self, structures: Option<&[String]>) -> Result<Vec<Callback>, RepoError>;
    /// Applies `m` if the request still has `m.from` and `m.from_structure`, with its access line, in
    /// one transaction. Returns whether it was applied (a replayed or raced answer is not).
    async fn move_callback(&self, m: &Move<'_>) -> Result<bool, RepoError>;
    /// Writes who read or did what with a request.
    async fn log_callback_access(&self, id: i64, at: i64, who: &str, action: &str) -> Result<(), RepoError>;
    /// Every access to a request, oldest first: (at, who, action).
    async fn callback_accesses(&self, id: i64) -> Result<Vec<(i64, String, String)>, RepoError>;
    /// Takes the message waiting for the relay, so that one server sends it: whether this caller got it.
    async fn claim_callback_mail(&self, id: i64, pending: &str) -> Result<bool, RepoError>;
    /// Sets or clears the message waiting for the relay.
    async fn set_callback_mail(&self, id: i64, pending: Option<&str>, reminded_at: Option<i64>) -> Result<(), RepoError>;
    /// Blanks the personal fields of `id` (deleted at `now`, by `who`), in one transaction with its
    /// access line. Returns whether it still had them.
    async fn purge_callback(&self, id: i64, now: i64, who: &str) -> Result<bool, RepoError>;
    /// Requests created from `from` (Unix seconds), deleted or not, for the counts.
    async fn callbacks_since(&self, from: i64) -> Result<Vec<Callback>, RepoError>;
    async fn receivers(&self) -> Result<Vec<Receiver>, RepoError>;
    async fn set_receiver(&self, receiver: &Receiver) -> Result<(), RepoError>;
    async fn remove_receiver(&self, epci: &str, besoin: &str) -> Result<bool, RepoError>;
}
