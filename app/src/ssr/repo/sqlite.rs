//! The embedded default: one SQLite file (WAL, foreign keys on), migrated at start.

use super::{RepoError, Repository, SeedReport};
use crate::domain::directory::{Directory, Service, Structure};
use crate::domain::geo::{Commune, Epci, EpciKind, FormerName, FormerStatus, Geography, InseeCode};
use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::collections::BTreeMap;
use std::str::FromStr;
use std::time::Duration;

pub struct SqliteRepository {
    pool: SqlitePool,
}

impl SqliteRepository {
    /// Opens (creating if needed) the database at `url` (`sqlite://path/to/file.db` or `sqlite::memory:`).
    pub async fn connect(url: &str) -> Result<Self, RepoError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a write the back-office acknowledged survives a power cut, not only a crash
            // (NORMAL may lose the last commits then). Writes are rare (edits, imports, a counter
            // flush every 10 s), so the extra sync per commit costs nothing anyone waits for.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        // An in-memory database exists once per connection: keep exactly one.
        let max = if url.contains(":memory:") { 1 } else { 8 };
        let pool = SqlitePoolOptions::new().max_connections(max).connect_with(options).await?;
        Ok(Self { pool })
    }

    /// The versions of the migrations this build carries, oldest first.
    pub fn migration_versions() -> Vec<i64> {
        sqlx::migrate!("./migrations").iter().map(|m| m.version).collect()
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A transaction that writes. `BEGIN IMMEDIATE` takes the write lock first, waiting for it up to
    /// the busy timeout: a deferred transaction that reads, then writes after another connection has
    /// written, fails at once with « database is locked » — the busy timeout cannot help it.
    pub async fn write_tx(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, RepoError> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }
}

fn kind_code(kind: EpciKind) -> &'static str {
    match kind {
        EpciKind::ME => "ME",
        EpciKind::CU => "CU",
        EpciKind::CA => "CA",
        EpciKind::CC => "CC",
    }
}

fn status_code(s: FormerStatus) -> &'static str {
    match s {
        FormerStatus::Deleguee => "deleguee",
        FormerStatus::Associee => "associee",
        FormerStatus::Ancienne => "ancienne",
    }
}

fn corrupt(what: impl std::fmt::Display) -> RepoError {
    RepoError::Corrupt(what.to_string())
}

#[async_trait]
impl Repository for SqliteRepository {
    async fn migrate(&self) -> Result<(), RepoError> {
        sqlx::migrate!("./migrations").run(&self.pool).await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), RepoError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn replace_geography(&self, geo: &Geography) -> Result<SeedReport, RepoError> {
        let mut tx = self.write_tx().await?;
        // Upserts, not a wipe: rows that other tables may reference keep their identity.
        for e in &geo.epci {
            sqlx::query(
                "INSERT INTO epci (siren, nom, type, communes_ain, communes_total) VALUES (?, ?, ?, ?, ?)
                 ON CONFLICT (siren) DO UPDATE SET nom = excluded.nom, type = excluded.type,
                 communes_ain = excluded.communes_ain, communes_total = excluded.communes_total",
            )
            .bind(&e.siren)
            .bind(&e.nom)
            .bind(kind_code(e.kind))
            .bind(e.communes_ain)
            .bind(e.communes_total)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM commune_code_postal").execute(&mut *tx).await?;
        sqlx::query("DELETE FROM ancienne_commune").execute(&mut *tx).await?;
        for c in &geo.communes {
            sqlx::query(
                "INSERT INTO commune (insee, nom, population, epci, lon, lat) VALUES (?, ?, ?, ?, ?, ?)
                 ON CONFLICT (insee) DO UPDATE SET nom = excluded.nom, population = excluded.population,
                 epci = excluded.epci, lon = excluded.lon, lat = excluded.lat",
            )
            .bind(c.insee.as_str())
            .bind(&c.nom)
            .bind(c.population)
            .bind(&c.epci)
            .bind(c.lon)
            .bind(c.lat)
            .execute(&mut *tx)
            .await?;
            for cp in &c.codes_postaux {
                sqlx::query("INSERT INTO commune_code_postal (insee, code_postal) VALUES (?, ?)")
                    .bind(c.insee.as_str())
                    .bind(cp)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        for f in &geo.anciennes_communes {
            sqlx::query("INSERT INTO ancienne_commune (insee, nom, commune, statut) VALUES (?, ?, ?, ?)")
                .bind(f.insee.as_str())
                .bind(&f.nom)
                .bind(f.commune.as_str())
                .bind(status_code(f.statut))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(SeedReport { epci: geo.epci.len(), communes: geo.communes.len(), former_names: geo.anciennes_communes.len() })
    }

    async fn geography(&self) -> Result<Geography, RepoError> {
        let epci: Vec<(String, String, String, u32, u32)> =
            sqlx::query_as("SELECT siren, nom, type, communes_ain, communes_total FROM epci ORDER BY siren").fetch_all(&self.pool).await?;
        let epci = epci
            .into_iter()
            .map(|(siren, nom, kind, communes_ain, communes_total)| {
                let kind = match kind.as_str() {
                    "ME" => EpciKind::ME,
                    "CU" => EpciKind::CU,
                    "CA" => EpciKind::CA,
                    "CC" => EpciKind::CC,
                    other => return Err(corrupt(format!("EPCI {siren} has type {other}"))),
                };
                Ok(Epci { siren, nom, kind, communes_ain, communes_total })
            })
            .collect::<Result<Vec<_>, _>>()?;

        let mut postal: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT insee, code_postal FROM commune_code_postal ORDER BY insee, code_postal").fetch_all(&self.pool).await?;
        for (insee, cp) in rows {
            postal.entry(insee).or_default().push(cp);
        }

        let rows: Vec<(String, String, u32, String, f64, f64)> =
            sqlx::query_as("SELECT insee, nom, population, epci, lon, lat FROM commune ORDER BY insee").fetch_all(&self.pool).await?;
        let communes = rows
            .into_iter()
            .map(|(insee, nom, population, epci, lon, lat)| {
                let codes_postaux = postal.remove(&insee).unwrap_or_default();
                let insee = InseeCode::parse(&insee).map_err(corrupt)?;
                Ok(Commune { insee, nom, codes_postaux, population, epci, lon, lat })
            })
            .collect::<Result<Vec<_>, RepoError>>()?;

        let rows: Vec<(String, String, String, String)> =
            sqlx::query_as("SELECT insee, nom, commune, statut FROM ancienne_commune ORDER BY insee, nom").fetch_all(&self.pool).await?;
        let anciennes_communes = rows
            .into_iter()
            .map(|(insee, nom, commune, statut)| {
                let statut = match statut.as_str() {
                    "deleguee" => FormerStatus::Deleguee,
                    "associee" => FormerStatus::Associee,
                    "ancienne" => FormerStatus::Ancienne,
                    other => return Err(corrupt(format!("{nom} has status {other}"))),
                };
                Ok(FormerName {
                    insee: InseeCode::parse(&insee).map_err(corrupt)?,
                    nom,
                    commune: InseeCode::parse(&commune).map_err(corrupt)?,
                    statut,
                })
            })
            .collect::<Result<Vec<_>, RepoError>>()?;

        let geo = Geography { epci, communes, anciennes_communes };
        // Same checks as for the file: a broken reference must stop the start, not a request later.
        let json = serde_json::to_string(&geo).map_err(corrupt)?;
        Geography::from_json(&json).map_err(corrupt)
    }

    async fn seed_directory_if_empty(&self, directory: &Directory) -> Result<bool, RepoError> {
        let mut tx = self.write_tx().await?;
        let (count,): (i64,) = sqlx::query_as("SELECT count(*) FROM structure").fetch_one(&mut *tx).await?;
        if count > 0 {
            return Ok(false);
        }
        for s in directory.structures() {
            sqlx::query("INSERT INTO structure (id, data) VALUES (?, ?)")
                .bind(&s.id)
                .bind(serde_json::to_string(s).map_err(corrupt)?)
                .execute(&mut *tx)
                .await?;
        }
        for s in directory.services() {
            sqlx::query("INSERT INTO service (id, structure_id, data) VALUES (?, ?, ?)")
                .bind(&s.id)
                .bind(&s.structure)
                .bind(serde_json::to_string(s).map_err(corrupt)?)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn directory(&self) -> Result<Directory, RepoError> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT data FROM structure WHERE archived = 0 ORDER BY id").fetch_all(&self.pool).await?;
        let structures =
            rows.into_iter().map(|(data,)| serde_json::from_str::<Structure>(&data).map_err(corrupt)).collect::<Result<Vec<_>, _>>()?;
        // A service of an archived structure is hidden with it.
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT s.data FROM service s JOIN structure t ON t.id = s.structure_id
             WHERE s.archived = 0 AND t.archived = 0 ORDER BY s.id",
        )
        .fetch_all(&self.pool)
        .await?;
        let services =
            rows.into_iter().map(|(data,)| serde_json::from_str::<Service>(&data).map_err(corrupt)).collect::<Result<Vec<_>, _>>()?;
        Directory::new(structures, services).map_err(corrupt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real_geography() -> Geography {
        crate::domain::test_data::geography()
    }

    #[tokio::test]
    async fn the_geography_survives_a_round_trip_through_sqlite() {
        let repo = SqliteRepository::connect("sqlite::memory:").await.unwrap();
        repo.migrate().await.unwrap();
        let geo = real_geography();
        let report = repo.replace_geography(&geo).await.unwrap();
        assert_eq!(report, SeedReport { epci: 17, communes: 391, former_names: geo.anciennes_communes.len() });
        assert_eq!(repo.geography().await.unwrap(), geo);
    }

    fn seed_directory(geo: Geography) -> Directory {
        let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/importer/seed/hinaura-lieux-ain-2021-2022.json"));
        let gazetteer = crate::domain::commune_search::Gazetteer::new(geo);
        crate::domain::import_hinaura::import(json, &gazetteer).unwrap().0
    }

    #[tokio::test]
    async fn the_directory_survives_a_round_trip_and_is_seeded_only_once() {
        let repo = SqliteRepository::connect("sqlite::memory:").await.unwrap();
        repo.migrate().await.unwrap();
        let seed = seed_directory(real_geography());
        assert!(repo.seed_directory_if_empty(&seed).await.unwrap());
        // Stored order is by id.
        let (mut structures, mut services) = seed.clone().into_parts();
        structures.sort_by(|a, b| a.id.cmp(&b.id));
        services.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(repo.directory().await.unwrap(), Directory::new(structures, services).unwrap());

        // Someone edits an entry; a later start must not put the seed back over it.
        sqlx::query("UPDATE structure SET data = json_set(data, '$.nom', 'Nom corrigé') WHERE id = 'hinaura-15'")
            .execute(repo.pool())
            .await
            .unwrap();
        assert!(!repo.seed_directory_if_empty(&seed).await.unwrap());
        let stored = repo.directory().await.unwrap();
        assert_eq!(stored.structure("hinaura-15").unwrap().nom, "Nom corrigé");
    }

    #[tokio::test]
    async fn archived_structures_hide_their_services_from_the_public_directory() {
        let repo = SqliteRepository::connect("sqlite::memory:").await.unwrap();
        repo.migrate().await.unwrap();
        repo.seed_directory_if_empty(&seed_directory(real_geography())).await.unwrap();
        sqlx::query("UPDATE structure SET archived = 1 WHERE id = 'hinaura-15'").execute(repo.pool()).await.unwrap();
        let dir = repo.directory().await.unwrap();
        assert!(dir.structure("hinaura-15").is_none());
        assert!(dir.services().iter().all(|s| s.structure != "hinaura-15"));
        assert_eq!(dir.structures().len(), 65);
    }

    #[tokio::test]
    async fn seeding_twice_changes_nothing() {
        let repo = SqliteRepository::connect("sqlite::memory:").await.unwrap();
        repo.migrate().await.unwrap();
        let geo = real_geography();
        repo.replace_geography(&geo).await.unwrap();
        repo.replace_geography(&geo).await.unwrap();
        repo.migrate().await.unwrap();
        assert_eq!(repo.geography().await.unwrap(), geo);
    }
}
