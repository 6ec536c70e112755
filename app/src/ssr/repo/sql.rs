//! One repository for both databases, through sqlx's `Any` driver: the embedded SQLite file (the
//! default, WAL, foreign keys on) and PostgreSQL for a département running several servers. The
//! backend is chosen by the scheme of `DATABASE_URL`; each has its own migrations
//! (`app/migrations/sqlite`, `app/migrations/postgres`) creating the same tables, and the queries are
//! written once in the SQL both speak (`$1` parameters, `ON CONFLICT`, `RETURNING`), so that the two
//! cannot drift apart. What truly differs — how a write transaction starts, backups, integrity
//! checks — is chosen by [`Backend`].

use super::{RepoError, Repository, SeedReport};
use crate::domain::directory::{Directory, Service, Structure};
use crate::domain::geo::{Commune, Epci, EpciKind, FormerName, FormerStatus, Geography, InseeCode};
use async_trait::async_trait;
use sqlx::any::AnyPoolOptions;
use sqlx::AnyPool;
use sqlx::Executor;
use std::collections::BTreeMap;
use std::time::Duration;

/// The database behind a [`SqlRepository`], from the scheme of its URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `sqlite:…` or `postgres://…` (`postgresql://…`); anything else is not a database we speak.
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }
}

pub struct SqlRepository {
    pool: AnyPool,
    backend: Backend,
    url: String,
}

/// SQLite's settings, on every connection the pool opens. WAL: readers never wait for the writer.
/// synchronous FULL: a write the back-office acknowledged survives a power cut, not only a crash
/// (NORMAL may lose the last commits then); writes are rare (edits, imports, a counter flush every
/// 10 s), so the extra sync per commit costs nothing anyone waits for.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

impl SqlRepository {
    /// Opens the database at `url`: `sqlite://path/to/file.db` (created if missing), `sqlite::memory:`,
    /// or `postgres://user:password@host:port/database` (which must exist).
    pub async fn connect(url: &str) -> Result<Self, RepoError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url).ok_or_else(|| RepoError::Url(url.split(':').next().unwrap_or_default().to_owned()))?;
        let pool = match backend {
            Backend::Sqlite => {
                let memory = url.contains(":memory:");
                let url = if memory || url.contains("mode=") {
                    url.to_owned()
                } else {
                    format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
                };
                AnyPoolOptions::new()
                    // An in-memory database exists once per connection: keep exactly one.
                    .max_connections(if memory { 1 } else { 8 })
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(SQLITE_PRAGMAS).await?;
                            Ok(())
                        })
                    })
                    .connect(&url)
                    .await?
            }
            Backend::Postgres => AnyPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(10)).connect(url).await?,
        };
        Ok(Self { pool, backend, url: url.to_owned() })
    }

    /// The versions of the migrations this build carries for `backend`, oldest first.
    pub fn migration_versions(backend: Backend) -> Vec<i64> {
        Self::migrator(backend).iter().map(|m| m.version).collect()
    }

    fn migrator(backend: Backend) -> sqlx::migrate::Migrator {
        match backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        }
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL it was opened with (for the tools a backup runs, on PostgreSQL).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A transaction that writes. On SQLite, `BEGIN IMMEDIATE` takes the write lock first, waiting for
    /// it up to the busy timeout: a deferred transaction that reads, then writes after another
    /// connection has written, fails at once with « database is locked » — the busy timeout cannot
    /// help it. PostgreSQL locks rows as they are written.
    pub async fn write_tx(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, RepoError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
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

pub(super) fn corrupt(what: impl std::fmt::Display) -> RepoError {
    RepoError::Corrupt(what.to_string())
}

/// A count the schema keeps non-negative and small, read back as the domain's type.
fn count(n: i64, what: &str) -> Result<u32, RepoError> {
    u32::try_from(n).map_err(|_| corrupt(format!("{what}: {n}")))
}

#[async_trait]
impl Repository for SqlRepository {
    async fn migrate(&self) -> Result<(), RepoError> {
        Self::migrator(self.backend).run(&self.pool).await?;
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
                "INSERT INTO epci (siren, nom, type, communes_ain, communes_total) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (siren) DO UPDATE SET nom = excluded.nom, type = excluded.type,
                 communes_ain = excluded.communes_ain, communes_total = excluded.communes_total",
            )
            .bind(&e.siren)
            .bind(&e.nom)
            .bind(kind_code(e.kind))
            .bind(i64::from(e.communes_ain))
            .bind(i64::from(e.communes_total))
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM commune_code_postal").execute(&mut *tx).await?;
        sqlx::query("DELETE FROM ancienne_commune").execute(&mut *tx).await?;
        for c in &geo.communes {
            sqlx::query(
                "INSERT INTO commune (insee, nom, population, epci, lon, lat) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (insee) DO UPDATE SET nom = excluded.nom, population = excluded.population,
                 epci = excluded.epci, lon = excluded.lon, lat = excluded.lat",
            )
            .bind(c.insee.as_str())
            .bind(&c.nom)
            .bind(i64::from(c.population))
            .bind(&c.epci)
            .bind(c.lon)
            .bind(c.lat)
            .execute(&mut *tx)
            .await?;
            for cp in &c.codes_postaux {
                sqlx::query("INSERT INTO commune_code_postal (insee, code_postal) VALUES ($1, $2)")
                    .bind(c.insee.as_str())
                    .bind(cp)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        for f in &geo.anciennes_communes {
            sqlx::query("INSERT INTO ancienne_commune (insee, nom, commune, statut) VALUES ($1, $2, $3, $4)")
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
        let epci: Vec<(String, String, String, i64, i64)> =
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
                let communes_ain = count(communes_ain, &siren)?;
                let communes_total = count(communes_total, &siren)?;
                Ok(Epci { siren, nom, kind, communes_ain, communes_total })
            })
            .collect::<Result<Vec<_>, _>>()?;

        let mut postal: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT insee, code_postal FROM commune_code_postal ORDER BY insee, code_postal").fetch_all(&self.pool).await?;
        for (insee, cp) in rows {
            postal.entry(insee).or_default().push(cp);
        }

        let rows: Vec<(String, String, i64, String, f64, f64)> =
            sqlx::query_as("SELECT insee, nom, population, epci, lon, lat FROM commune ORDER BY insee").fetch_all(&self.pool).await?;
        let communes = rows
            .into_iter()
            .map(|(insee, nom, population, epci, lon, lat)| {
                let codes_postaux = postal.remove(&insee).unwrap_or_default();
                let population = count(population, &insee)?;
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
            sqlx::query("INSERT INTO structure (id, data) VALUES ($1, $2)")
                .bind(&s.id)
                .bind(serde_json::to_string(s).map_err(corrupt)?)
                .execute(&mut *tx)
                .await?;
        }
        for s in directory.services() {
            sqlx::query("INSERT INTO service (id, structure_id, data) VALUES ($1, $2, $3)")
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
    async fn the_geography_survives_a_round_trip_through_the_database() {
        let repo = super::super::fresh::test_repository().await;
        repo.migrate().await.unwrap();
        let geo = real_geography();
        let report = repo.replace_geography(&geo).await.unwrap();
        assert_eq!(report, SeedReport { epci: 17, communes: 391, former_names: geo.anciennes_communes.len() });
        assert_eq!(repo.geography().await.unwrap(), geo);
    }

    fn seed_directory(geo: Geography) -> Directory {
        let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/importer/seed/hinaura-lieux-ain-2021-2022.json"));
        let gazetteer = crate::domain::commune_search::Gazetteer::new(geo);
        crate::domain::test_data::hinaura::import(json, &gazetteer).unwrap().0
    }

    #[tokio::test]
    async fn the_directory_survives_a_round_trip_and_is_seeded_only_once() {
        let repo = super::super::fresh::test_repository().await;
        repo.migrate().await.unwrap();
        let seed = seed_directory(real_geography());
        assert!(repo.seed_directory_if_empty(&seed).await.unwrap());
        // Stored order is by id.
        let (mut structures, mut services) = seed.clone().into_parts();
        structures.sort_by(|a, b| a.id.cmp(&b.id));
        services.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(repo.directory().await.unwrap(), Directory::new(structures, services).unwrap());

        // Someone edits an entry; a later start must not put the seed back over it.
        let mut edited = seed.structure("hinaura-15").unwrap().clone();
        edited.nom = "Nom corrigé".into();
        sqlx::query("UPDATE structure SET data = $1 WHERE id = 'hinaura-15'")
            .bind(serde_json::to_string(&edited).unwrap())
            .execute(repo.pool())
            .await
            .unwrap();
        assert!(!repo.seed_directory_if_empty(&seed).await.unwrap());
        let stored = repo.directory().await.unwrap();
        assert_eq!(stored.structure("hinaura-15").unwrap().nom, "Nom corrigé");
    }

    #[tokio::test]
    async fn archived_structures_hide_their_services_from_the_public_directory() {
        let repo = super::super::fresh::test_repository().await;
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
        let repo = super::super::fresh::test_repository().await;
        repo.migrate().await.unwrap();
        let geo = real_geography();
        repo.replace_geography(&geo).await.unwrap();
        repo.replace_geography(&geo).await.unwrap();
        repo.migrate().await.unwrap();
        assert_eq!(repo.geography().await.unwrap(), geo);
    }
}
