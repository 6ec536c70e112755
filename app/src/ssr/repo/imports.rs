//! The import log: each applied import of a source file, the revisions it wrote, and its undoing.

use super::backoffice::Doc;
use super::RepoError;
use async_trait::async_trait;

/// One applied import, as the audit log lists it (the same plain data the back-office page shows).
pub use crate::view::admin::ImportRow as ImportRun;

/// What undoing an import did: entries put back, and entries left as they are because someone changed
/// them after the import (their later version is kept; the import's is in their history).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UndoReport {
    pub restored: usize,
    pub kept: Vec<String>,
}

/// A file uploaded for a dry run, kept until it is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    pub fichier: String,
    /// The data's date the uploader gave, if any.
    pub date: Option<String>,
    pub bytes: Vec<u8>,
}

#[async_trait]
pub trait Imports: Send + Sync {
    /// Keeps an uploaded file under `token` for `account_id`.
    async fn save_upload(&self, token: &str, account_id: i64, upload: &Upload, now: &str) -> Result<(), RepoError>;
    /// The file kept under `token`, if it is this account's.
    async fn upload(&self, token: &str, account_id: i64) -> Result<Option<Upload>, RepoError>;
    async fn delete_upload(&self, token: &str) -> Result<(), RepoError>;
    /// Writes every doc of an import and one audit entry for the whole, in one transaction: all or
    /// nothing. Returns the import's id.
    async fn apply_import(
        &self,
        docs: &[Doc],
        fichier: &str,
        format: &str,
        resume: &str,
        author: &str,
        now: &str,
    ) -> Result<i64, RepoError>;
    /// The applied imports, newest first.
    async fn imports(&self) -> Result<Vec<ImportRun>, RepoError>;
    /// Puts back every entry an import changed (archives those it created), in one transaction, except
    /// those changed since. `None` when there is no such import, or it was already undone.
    async fn undo_import(&self, id: i64, author: &str, now: &str) -> Result<Option<UndoReport>, RepoError>;
}
