//! The orientation counters and the reminders sent.

use super::indicators::Indicators;
use super::sql::SqlRepository;
use super::RepoError;
use crate::domain::indicators::{Count, CountKey, Mode, Reached};
use async_trait::async_trait;
use std::collections::HashMap;

#[async_trait]
impl Indicators for SqlRepository {
    async fn add_counts(&self, counts: &[Count]) -> Result<(), RepoError> {
        let mut tx = self.write_tx().await?;
        for Count { key, nombre } in counts {
            sqlx::query(
                "INSERT INTO orientation_count (jour, besoin, precision, epci, atteint, mode, integration, nombre) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (jour, besoin, precision, epci, atteint, mode, integration) \
                 DO UPDATE SET nombre = orientation_count.nombre + excluded.nombre",
            )
            .bind(&key.jour)
            .bind(&key.besoin)
            .bind(&key.precision)
            .bind(&key.epci)
            .bind(key.atteint.code())
            .bind(key.mode.code())
            .bind(&key.integration)
            .bind(i64::try_from(*nombre).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn counts(&self, du: &str, au: &str) -> Result<Vec<Count>, RepoError> {
        type Row = (String, String, String, String, String, String, String, i64);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT jour, besoin, precision, epci, atteint, mode, integration, nombre FROM orientation_count \
             WHERE jour BETWEEN $1 AND $2 ORDER BY jour",
        )
        .bind(du)
        .bind(au)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(jour, besoin, precision, epci, atteint, mode, integration, nombre)| {
                let corrupt = || RepoError::Corrupt(format!("compteur du {jour} illisible"));
                let atteint = Reached::from_code(&atteint).ok_or_else(corrupt)?;
                let mode = Mode::from_code(&mode).ok_or_else(corrupt)?;
                let nombre = u64::try_from(nombre).map_err(|_| corrupt())?;
                Ok(Count { key: CountKey { jour, besoin, precision, epci, atteint, mode, integration }, nombre })
            })
            .collect()
    }

    async fn record_reminder(&self, structure_id: &str, at: &str, by: &str) -> Result<(), RepoError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("INSERT INTO reminder_sent (structure_id, sent_at, sent_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(structure_id)
            .bind(at)
            .bind(by)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn last_reminders(&self) -> Result<HashMap<String, String>, RepoError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT structure_id, max(sent_at) FROM reminder_sent GROUP BY structure_id").fetch_all(self.pool()).await?;
        Ok(rows.into_iter().collect())
    }
}
