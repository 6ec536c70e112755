//! Data access behind one trait, so that the SQLite default and a PostgreSQL deployment can be swapped
//! without touching a caller: [`sql::SqlRepository`] speaks to both, chosen by `DATABASE_URL`.

pub mod backoffice;
pub mod callbacks;
pub mod entries;
pub mod fresh;
pub mod imports;
pub mod indicators;
pub mod integrations;
pub mod maintenance;
pub mod postgres_tools;
mod private_file;
pub mod proposals;
pub mod second_factor;
pub mod shared;
pub mod sql;
mod sql_backoffice;
mod sql_callbacks;
mod sql_imports;
mod sql_indicators;
mod sql_integrations;
mod sql_maintenance;
mod sql_proposals;
mod sql_second_factor;
mod sql_shared;

use crate::domain::directory::Directory;
use crate::domain::geo::Geography;
use async_trait::async_trait;

#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    /// A unique value (an account's e-mail) is already taken.
    #[error("already exists")]
    Conflict,
    /// `DATABASE_URL` names a database this build does not speak.
    #[error("DATABASE_URL commence par « {0}: » : Aiguillage connaît sqlite://chemin/fichier.db et postgres://utilisateur@hôte/base")]
    Url(String),
    /// An external tool (`pg_dump`, `pg_restore`) failed: what it said.
    #[error("{0}")]
    Tool(String),
}

/// What was written by a seed, for the start-up log and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub epci: usize,
    pub communes: usize,
    pub former_names: usize,
}

#[async_trait]
pub trait Repository:
    backoffice::BackOffice
    + callbacks::Callbacks
    + imports::Imports
    + integrations::Integrations
    + maintenance::Maintenance
    + indicators::Indicators
    + proposals::Proposals
    + second_factor::SecondFactor
    + shared::Shared
    + Send
    + Sync
    + 'static
{
    /// Applies pending migrations; run at every start.
    async fn migrate(&self) -> Result<(), RepoError>;
    /// A cheap round trip proving the database answers.
    async fn ping(&self) -> Result<(), RepoError>;
    /// Replaces the reference geography with `geo`, in one transaction.
    async fn replace_geography(&self, geo: &Geography) -> Result<SeedReport, RepoError>;
    /// The stored geography, checked like the file it came from.
    async fn geography(&self) -> Result<Geography, RepoError>;
    /// Writes the demo directory only into an empty directory: what anyone saved is never replaced.
    /// Returns whether it was written.
    async fn seed_directory_if_empty(&self, directory: &Directory) -> Result<bool, RepoError>;
    /// The directory as the public sees it (archived entries left out), checked.
    async fn directory(&self) -> Result<Directory, RepoError>;
}
