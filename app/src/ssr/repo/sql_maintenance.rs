//! Backup, checkpoint and integrity check: what the operator asks of each database, in its own terms.

use super::maintenance::Maintenance;
use super::sql::{Backend, SqlRepository};
use super::RepoError;
use async_trait::async_trait;

/// The tables whose rows [`Maintenance::table_counts`] reports, in this order.
const TABLES: [&str; 9] =
    ["account", "revision", "structure", "service", "seance", "report", "import_run", "orientation_count", "reminder_sent"];

#[async_trait]
impl Maintenance for SqlRepository {
    async fn backup_to(&self, path: &str) -> Result<(), RepoError> {
        match self.backend() {
            // VACUUM INTO reads one consistent snapshot (the WAL included) and writes a compact file
            // that needs nothing else, into a new private file (`private_file`).
            Backend::Sqlite => {
                super::private_file::create(path)?;
                sqlx::query("VACUUM INTO $1").bind(path).execute(self.pool()).await?;
                Ok(())
            }
            Backend::Postgres => super::postgres_tools::dump(self.url(), path).await,
        }
    }

    async fn checkpoint(&self) -> Result<(), RepoError> {
        // PostgreSQL checkpoints by itself, and its copy is a dump, never its files.
        if self.backend() == Backend::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(self.pool()).await?;
        }
        Ok(())
    }

    async fn applied_migrations(&self) -> Result<Vec<i64>, RepoError> {
        let rows: Vec<(i64,)> =
            sqlx::query_as("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version").fetch_all(self.pool()).await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    async fn integrity_check(&self) -> Result<(), RepoError> {
        match self.backend() {
            Backend::Sqlite => {
                let found: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check").fetch_all(self.pool()).await?;
                match found.as_slice() {
                    [(ok,)] if ok == "ok" => Ok(()),
                    problems => Err(RepoError::Corrupt(problems.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join(" ; "))),
                }
            }
            // PostgreSQL has no single equivalent without extensions: every kept table is read
            // through (a damaged page fails the read), which is what a restore needs to know.
            Backend::Postgres => self.table_counts().await.map(|_| ()),
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
