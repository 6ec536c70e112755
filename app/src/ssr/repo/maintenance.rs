//! What an operator does to the database itself: a consistent copy while the server runs, the
//! write-ahead log folded back into the main file, an integrity check.

use super::RepoError;
use async_trait::async_trait;

#[async_trait]
pub trait Maintenance: Send + Sync {
    /// Writes a consistent, self-contained copy of the whole database to `path` (a new file: an
    /// existing one is refused), readers and writers carrying on meanwhile.
    async fn backup_to(&self, path: &str) -> Result<(), RepoError>;
    /// Folds the write-ahead log into the main file, so that the file alone holds everything.
    async fn checkpoint(&self) -> Result<(), RepoError>;
    /// The versions of the migrations applied to this database, oldest first (an error when it has
    /// none: it is not one of ours).
    async fn applied_migrations(&self) -> Result<Vec<i64>, RepoError>;
    /// The database's own check of its structure: `Ok(())`, or what it found wrong.
    async fn integrity_check(&self) -> Result<(), RepoError>;
    /// How many rows each table kept by a backup holds: accounts, audit log, entries, séances,
    /// reports, imports, counters, reminders. For a restore's report and its tests.
    async fn table_counts(&self) -> Result<Vec<(String, i64)>, RepoError>;
    /// Closes every connection: the last one folds the log back into the file and removes the
    /// `-wal` and `-shm` files, as at the end of a command.
    async fn close(&self);
}
