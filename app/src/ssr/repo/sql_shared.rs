//! Rate limits and the data version in SQL: one row per bucket, read and written in one write
//! transaction (SQLite's `BEGIN IMMEDIATE`, PostgreSQL's row lock), so two servers never both spend
//! the last token.

use super::shared::{Bucket, Events, PoolUsage, Shared, SILENT_MS};
use super::sql::{Backend, SqlRepository};
use super::RepoError;
use crate::ssr::throttle::refill;
use async_trait::async_trait;
use std::time::Duration;

#[async_trait]
impl Shared for SqlRepository {
    async fn take_token(&self, bucket: Bucket, client: &str, now_ms: i64) -> Result<Result<(), Duration>, RepoError> {
        let mut tx = self.write_tx().await?;
        // A bucket untouched for a whole refill of its burst is full again: its row says nothing,
        // and dropping such rows bounds the table under a spray of addresses. Only this scope's: the
        // login buckets fill after a minute, the report buckets after ten, and a login must not
        // empty the reports' limits.
        let full_after = i64::try_from((bucket.refill * bucket.burst).as_millis()).unwrap_or(i64::MAX);
        sqlx::query("DELETE FROM rate_limit WHERE scope = $1 AND at_ms < $2")
            .bind(bucket.scope)
            .bind(now_ms.saturating_sub(full_after))
            .execute(&mut *tx)
            .await?;
        let lock = if self.backend() == Backend::Postgres { " FOR UPDATE" } else { "" };
        let row: Option<(f64, i64)> =
            sqlx::query_as(&format!("SELECT tokens, at_ms FROM rate_limit WHERE scope = $1 AND client = $2{lock}"))
                .bind(bucket.scope)
                .bind(client)
                .fetch_optional(&mut *tx)
                .await?;
        let (tokens, at_ms) = row.unwrap_or((f64::from(bucket.burst), now_ms));
        let elapsed = Duration::from_millis(u64::try_from(now_ms.saturating_sub(at_ms)).unwrap_or(0));
        let (left, verdict) = refill(tokens, elapsed, bucket.burst, bucket.refill);
        sqlx::query(
            "INSERT INTO rate_limit (scope, client, tokens, at_ms) VALUES ($1, $2, $3, $4)
             ON CONFLICT (scope, client) DO UPDATE SET tokens = excluded.tokens, at_ms = excluded.at_ms",
        )
        .bind(bucket.scope)
        .bind(client)
        .bind(left)
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(verdict)
    }

    async fn data_version(&self) -> Result<i64, RepoError> {
        let (version,): (i64,) = sqlx::query_as("SELECT version FROM publication WHERE id = 1").fetch_one(self.pool()).await?;
        Ok(version)
    }

    async fn start_run(&self, now: &str, now_ms: i64) -> Result<i64, RepoError> {
        let (id,): (i64,) = sqlx::query_as("INSERT INTO server_run (started_at, seen_ms) VALUES ($1, $2) RETURNING id")
            .bind(now)
            .bind(now_ms)
            .fetch_one(self.pool())
            .await?;
        Ok(id)
    }

    async fn beat(&self, run: i64, now_ms: i64) -> Result<u64, RepoError> {
        sqlx::query("UPDATE server_run SET seen_ms = $1 WHERE id = $2").bind(now_ms).bind(run).execute(self.pool()).await?;
        let marked = sqlx::query("UPDATE server_run SET ended = 'interrompu' WHERE ended IS NULL AND seen_ms < $1")
            .bind(now_ms - SILENT_MS)
            .execute(self.pool())
            .await?;
        Ok(marked.rows_affected())
    }

    async fn end_run(&self, run: i64) -> Result<(), RepoError> {
        sqlx::query("UPDATE server_run SET ended = 'arret' WHERE id = $1").bind(run).execute(self.pool()).await?;
        Ok(())
    }

    async fn events(&self) -> Result<Events, RepoError> {
        let (imports_applied, imports_undone, runs_interrupted, runs_alive): (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM import_run), (SELECT count(*) FROM import_run WHERE undone_at IS NOT NULL),
                    (SELECT count(*) FROM server_run WHERE ended = 'interrompu'), (SELECT count(*) FROM server_run WHERE ended IS NULL)",
        )
        .fetch_one(self.pool())
        .await?;
        Ok(Events { imports_applied, imports_undone, runs_interrupted, runs_alive })
    }

    fn pool_usage(&self) -> PoolUsage {
        let idle = u32::try_from(self.pool().num_idle()).unwrap_or(u32::MAX);
        PoolUsage { open: self.pool().size(), idle, max: self.pool().options().get_max_connections() }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fresh::test_repository;
    use super::*;

    #[tokio::test]
    async fn logins_do_not_empty_the_report_limits() {
        let repo = test_repository().await;
        let reports = Bucket { scope: "signalement", burst: 2, refill: Duration::from_secs(300) };
        let logins = Bucket { scope: "connexion", burst: 5, refill: Duration::from_secs(12) };
        let t0 = 1_800_000_000_000;
        for _ in 0..2 {
            assert!(repo.take_token(reports, "198.51.100.7", t0).await.unwrap().is_ok());
        }
        assert!(repo.take_token(reports, "198.51.100.7", t0).await.unwrap().is_err(), "the reports' burst is spent");
        // 61 s later someone logs in: the login buckets full after 60 s are dropped, not the reports'.
        assert!(repo.take_token(logins, "203.0.113.9", t0 + 61_000).await.unwrap().is_ok());
        assert!(repo.take_token(reports, "198.51.100.7", t0 + 61_000).await.unwrap().is_err(), "still spent after a login");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn login_attempts_sent_together_are_counted_one_after_the_other() {
        use crate::ssr::repo::backoffice::BackOffice as _;
        let repo = std::sync::Arc::new(test_repository().await);
        let guesses: Vec<_> = (0..6)
            .map(|_| {
                let repo = repo.clone();
                tokio::spawn(async move { repo.count_login_attempt("Coordination@Exemple.fr", "2026-12-02T10:00:00Z").await.unwrap() })
            })
            .collect();
        let mut earlier = Vec::new();
        for guess in guesses {
            earlier.push(guess.await.unwrap());
        }
        earlier.sort_unstable();
        assert_eq!(earlier, vec![0, 1, 2, 3, 4, 5], "each guess sees the ones before it, so their delays grow");
        repo.clear_login_failures("coordination@exemple.fr").await.unwrap();
        assert_eq!(
            repo.count_login_attempt("coordination@exemple.fr", "2026-12-02T10:01:00Z").await.unwrap(),
            0,
            "a success clears the count"
        );
    }

    #[tokio::test]
    async fn a_session_unused_for_thirty_minutes_ends_even_before_its_twelve_hours() {
        use crate::ssr::repo::backoffice::{BackOffice as _, Role};
        let repo = test_repository().await;
        let id = repo.create_account("a@exemple.fr", "A", Role::Editeur, "$argon2id$x", false).await.unwrap();
        repo.create_session("s", id, "2026-12-02T08:00:00Z", "2026-12-02T20:00:00Z").await.unwrap();
        let seen = |now: &'static str, idle_since: &'static str| {
            let repo = &repo;
            async move { repo.session_account("s", now, idle_since).await.unwrap().is_some() }
        };
        assert!(seen("2026-12-02T08:20:00Z", "2026-12-02T07:50:00Z").await, "used within 30 minutes");
        assert!(seen("2026-12-02T08:45:00Z", "2026-12-02T08:15:00Z").await, "each use counts from itself");
        assert!(!seen("2026-12-02T09:20:00Z", "2026-12-02T08:50:00Z").await, "35 minutes without use");
    }
}
