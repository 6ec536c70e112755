//! Backup, checkpoint and integrity check on SQLite.

use super::maintenance::Maintenance;
use super::sqlite::SqliteRepository;
use super::RepoError;
use async_trait::async_trait;

/// The tables whose rows [`Maintenance::table_counts`] reports, in this order.
const TABLES: [&str; 9] =
    ["account", "revision", "structure", "service", "seance", "report", "import_run", "orientation_count", "reminder_sent"];

#[async_trait]
impl Maintenance for SqliteRepository {
    async fn backup_to(&self, path: &str) -> Result<(), RepoError> {
        // VACUUM INTO reads one consistent snapshot (the WAL included) and writes a compact file
        // that needs nothing else; SQLite itself refuses a path that already exists.
        sqlx::query("VACUUM INTO ?").bind(path).execute(self.pool()).await?;
        Ok(())
    }

    async fn checkpoint(&self) -> Result<(), RepoError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(self.pool()).await?;
        Ok(())
    }

    async fn applied_migrations(&self) -> Result<Vec<i64>, RepoError> {
        let rows: Vec<(i64,)> =
            sqlx::query_as("SELECT version FROM _sqlx_migrations WHERE success = 1 ORDER BY version").fetch_all(self.pool()).await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    async fn integrity_check(&self) -> Result<(), RepoError> {
        let found: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check").fetch_all(self.pool()).await?;
        match found.as_slice() {
            [(ok,)] if ok == "ok" => Ok(()),
            problems => Err(RepoError::Corrupt(problems.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join(" ; "))),
        }
    }

    async fn table_counts(&self) -> Result<Vec<(String, i64)>, RepoError> {
        let mut out = Vec::new();
        for table in TABLES {
            // The names are the constants above, never input.
            let (n,): (i64,) = sqlx::query_as(&format!("SELECT count(*) FROM {table}")).fetch_one(self.pool()).await?;
            out.push((table.to_owned(), n));
        }
        Ok(out)
    }

    async fn close(&self) {
        // Fold the log in first, while connections are open: then the main file holds everything
        // whatever the order in which the pool's connections finish closing.
        if let Err(e) = self.checkpoint().await {
            tracing::warn!(error = %e, "checkpoint before closing failed");
        }
        self.pool().close().await;
    }
}
