//! Rate limits and the data version in SQL: one row per bucket, read and written in one write
//! transaction (SQLite's `BEGIN IMMEDIATE`, PostgreSQL's row lock), so two servers never both spend
//! the last token.

use super::shared::{Bucket, Shared};
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
        // and dropping such rows bounds the table under a spray of addresses.
        let full_after = i64::try_from((bucket.refill * bucket.burst).as_millis()).unwrap_or(i64::MAX);
        sqlx::query("DELETE FROM rate_limit WHERE at_ms < $1").bind(now_ms.saturating_sub(full_after)).execute(&mut *tx).await?;
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
}
