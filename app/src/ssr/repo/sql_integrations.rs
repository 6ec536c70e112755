//! The listed partner sites (`integrations::Integrations`).

use super::integrations::{Integrations, Listed};
use super::sql::SqlRepository;
use super::RepoError;
use crate::domain::integration::Integration;
use async_trait::async_trait;

fn integration(cle: String, origines: &str) -> Integration {
    Integration { cle, origines: origines.split_whitespace().map(str::to_owned).collect() }
}

#[async_trait]
impl Integrations for SqlRepository {
    async fn integrations(&self) -> Result<Vec<Listed>, RepoError> {
        let rows: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT cle, origines, ajoute_par, ajoute_le FROM integration ORDER BY cle").fetch_all(self.pool()).await?;
        Ok(rows
            .into_iter()
            .map(|(cle, origines, ajoute_par, ajoute_le)| Listed { integration: integration(cle, &origines), ajoute_par, ajoute_le })
            .collect())
    }

    async fn integration(&self, cle: &str) -> Result<Option<Integration>, RepoError> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT cle, origines FROM integration WHERE cle = $1").bind(cle).fetch_optional(self.pool()).await?;
        Ok(row.map(|(cle, origines)| integration(cle, &origines)))
    }

    async fn set_integration(&self, i: &Integration, by: &str, at: &str) -> Result<(), RepoError> {
        sqlx::query(
            "INSERT INTO integration (cle, origines, ajoute_par, ajoute_le) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (cle) DO UPDATE SET origines = excluded.origines, ajoute_par = excluded.ajoute_par, ajoute_le = excluded.ajoute_le",
        )
        .bind(&i.cle)
        .bind(i.origines.join(" "))
        .bind(by)
        .bind(at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn remove_integration(&self, cle: &str) -> Result<(), RepoError> {
        sqlx::query("DELETE FROM integration WHERE cle = $1").bind(cle).execute(self.pool()).await?;
        Ok(())
    }
}
