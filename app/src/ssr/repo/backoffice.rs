//! What the back-office stores besides the directory itself: accounts, sessions, login throttling,
//! the audit log, séances and error reports.

use super::RepoError;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Admin,
    Editeur,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editeur => "editeur",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        match code {
            "admin" => Some(Role::Admin),
            "editeur" => Some(Role::Editeur),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub nom: String,
    pub role: Role,
    pub disabled: bool,
    /// The password was set by someone else: every back-office page leads to choosing one's own.
    pub must_change_password: bool,
    /// The structures an editor may change.
    pub structures: Vec<String>,
    /// An authenticator app is set up: read with the account, so that a page that must know (a
    /// coordinator's, when one is required) asks no second query.
    pub has_second_factor: bool,
}

use crate::domain::edit::EntityKind;

/// One stored entry: its JSON document, whether it is archived, and its parent (the structure of a
/// service, the service of a séance).
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub kind: EntityKind,
    pub id: String,
    pub parent: Option<String>,
    /// A séance's start, for ordering in SQL.
    pub debut: Option<String>,
    pub data: serde_json::Value,
    pub archived: bool,
}

/// One line of the audit log. `before` and `after` are `{"archived": …, "data": …}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub id: i64,
    pub kind: EntityKind,
    pub entity_id: String,
    pub author: String,
    pub at: String,
    pub action: String,
    pub before: Option<serde_json::Value>,
    pub after: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub id: i64,
    pub service_id: String,
    pub structure_id: String,
    pub sujet: String,
    pub message: String,
    pub created_at: String,
}

/// When a report was made on a structure's service and, once dealt with, when (for the per-EPCI
/// figures: reports opened, closed, median time to close).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDates {
    pub structure_id: String,
    pub created_at: String,
    pub closed_at: Option<String>,
}

#[async_trait]
pub trait BackOffice: Send + Sync {
    /// Fails with [`RepoError::Conflict`] when the e-mail is taken. `provisional`: the password was
    /// chosen by someone else, and its owner must change it at the next login.
    async fn create_account(&self, email: &str, nom: &str, role: Role, password_hash: &str, provisional: bool) -> Result<i64, RepoError>;
    /// The account and its password hash.
    async fn account_by_email(&self, email: &str) -> Result<Option<(Account, String)>, RepoError>;
    async fn accounts(&self) -> Result<Vec<Account>, RepoError>;
    async fn set_account_structures(&self, account_id: i64, structures: &[String]) -> Result<(), RepoError>;
    async fn set_account_disabled(&self, account_id: i64, disabled: bool) -> Result<(), RepoError>;
    async fn set_password(&self, account_id: i64, password_hash: &str, provisional: bool) -> Result<(), RepoError>;

    async fn create_session(&self, id_hash: &str, account_id: i64, now: &str, expires: &str) -> Result<(), RepoError>;
    /// The enabled account of a session that has not reached its end and was used after
    /// `idle_since`, with when its password was last typed; the session is marked as used `now`.
    async fn session_account(&self, id_hash: &str, now: &str, idle_since: &str) -> Result<Option<(Account, String)>, RepoError>;
    /// The password was typed again in this session, `now`.
    async fn confirm_session(&self, id_hash: &str, now: &str) -> Result<(), RepoError>;
    async fn delete_session(&self, id_hash: &str) -> Result<(), RepoError>;
    async fn delete_sessions_of(&self, account_id: i64) -> Result<(), RepoError>;
    async fn set_flash(&self, id_hash: &str, flash: Option<&str>) -> Result<(), RepoError>;
    /// Reads and clears the flash: it is shown once.
    async fn take_flash(&self, id_hash: &str) -> Result<Option<String>, RepoError>;

    /// Counts a login attempt on `email` as failed until it succeeds, and returns how many earlier
    /// attempts are counted: one atomic step, so that guesses sent in parallel each see a higher
    /// count (and a longer delay) than the one before, never the same.
    async fn count_login_attempt(&self, email: &str, now: &str) -> Result<u32, RepoError>;
    async fn clear_login_failures(&self, email: &str) -> Result<(), RepoError>;

    /// The secret called `name`, created from `fresh` the first time.
    async fn secret(&self, name: &str, fresh: &str) -> Result<String, RepoError>;

    async fn doc(&self, kind: EntityKind, id: &str) -> Result<Option<Doc>, RepoError>;
    /// Every entry of a kind with `parent` (all of them when `None`), archived ones included.
    async fn docs(&self, kind: EntityKind, parent: Option<&str>) -> Result<Vec<Doc>, RepoError>;
    /// Writes `doc` and its audit line in one transaction; returns the revision id.
    async fn save_doc(&self, doc: &Doc, account_id: Option<i64>, author: &str, action: &str, now: &str) -> Result<i64, RepoError>;
    async fn revisions(&self, kind: EntityKind, id: &str) -> Result<Vec<Revision>, RepoError>;
    async fn revision(&self, id: i64) -> Result<Option<Revision>, RepoError>;

    async fn add_report(&self, service_id: &str, structure_id: &str, sujet: &str, message: &str, now: &str) -> Result<i64, RepoError>;
    async fn open_reports(&self) -> Result<Vec<Report>, RepoError>;
    async fn close_report(&self, id: i64, by: &str, now: &str) -> Result<bool, RepoError>;
    /// Every report, open or closed: its structure and dates only.
    async fn report_dates(&self) -> Result<Vec<ReportDates>, RepoError>;
}
