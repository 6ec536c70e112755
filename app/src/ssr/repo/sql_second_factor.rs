//! [`SecondFactor`] in SQL that both backends speak.

use super::second_factor::SecondFactor;
use super::sql::SqlRepository;
use super::RepoError;
use async_trait::async_trait;

#[async_trait]
impl SecondFactor for SqlRepository {
    async fn totp(&self, account_id: i64) -> Result<Option<(String, i64)>, RepoError> {
        let row: Option<(Option<String>, i64)> =
            sqlx::query_as("SELECT totp_secret, totp_step FROM account WHERE id = $1").bind(account_id).fetch_optional(self.pool()).await?;
        Ok(row.and_then(|(secret, step)| Some((secret?, step))))
    }

    async fn totp_login(&self, account_id: i64) -> Result<Option<(String, bool)>, RepoError> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT totp_secret, must_change_password FROM account WHERE id = $1 AND disabled = 0 AND totp_secret IS NOT NULL",
        )
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|(secret, provisional)| (secret, provisional != 0)))
    }

    async fn enable_totp(&self, account_id: i64, secret: &str, step: i64, recovery_hashes: &[String]) -> Result<(), RepoError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE account SET totp_secret = $1, totp_step = $2 WHERE id = $3")
            .bind(secret)
            .bind(step)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recovery_code WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        for hash in recovery_hashes {
            sqlx::query("INSERT INTO recovery_code (account_id, code_hash) VALUES ($1, $2)")
                .bind(account_id)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn disable_totp(&self, account_id: i64) -> Result<(), RepoError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE account SET totp_secret = NULL, totp_step = 0 WHERE id = $1").bind(account_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM recovery_code WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn use_totp_step(&self, account_id: i64, step: i64) -> Result<bool, RepoError> {
        let done = sqlx::query("UPDATE account SET totp_step = $2 WHERE id = $1 AND totp_secret IS NOT NULL AND totp_step < $2")
            .bind(account_id)
            .bind(step)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn use_recovery_code(&self, account_id: i64, code_hash: &str, now: &str) -> Result<bool, RepoError> {
        let done = sqlx::query("UPDATE recovery_code SET used_at = $3 WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL")
            .bind(account_id)
            .bind(code_hash)
            .bind(now)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn recovery_codes_left(&self, account_id: i64) -> Result<u32, RepoError> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM recovery_code WHERE account_id = $1 AND used_at IS NULL")
            .bind(account_id)
            .fetch_one(self.pool())
            .await?;
        Ok(u32::try_from(n).unwrap_or(0))
    }
}
