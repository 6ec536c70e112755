//! `server sauvegarder` and `server restaurer` on PostgreSQL.
//!
//! A backup is `pg_dump`'s custom format (one consistent snapshot, taken while the servers run),
//! read back with `pg_restore --list` before it is called written. A restore checks the file the
//! same way, then first dumps the database it is about to replace beside the backup
//! (`….avant-restauration-AAAAMMJJTHHMMSS`), because nothing anyone saved is lost, and replaces the
//! tables in one transaction: a failure leaves the database as it was. The servers should be
//! stopped; they reload what they keep in memory when they start.

use super::{counts_line, BackupError};
use crate::config::Config;
use app::ssr::repo::maintenance::Maintenance;
use app::ssr::repo::postgres_tools;
use app::ssr::repo::sql::{Backend, SqlRepository};
use app::ssr::repo::Repository;
use std::path::Path;

/// Dumps the database to `file` (which must not exist), checks the dump, reports rows per table.
pub async fn save(config: &Config, file: &str) -> Result<String, BackupError> {
    if Path::new(file).exists() {
        return Err(BackupError::Exists(file.to_owned()));
    }
    let repo = SqlRepository::connect(&config.database_url).await?;
    let counts = repo.table_counts().await?;
    repo.backup_to(file).await?;
    repo.close().await;
    postgres_tools::list(file).await.map_err(|e| BackupError::NotABackup(file.to_owned(), e.to_string()))?;
    let size = std::fs::metadata(file).map_err(|e| BackupError::Io(format!("impossible de lire « {file} » : {e}")))?.len();
    Ok(format!("Sauvegarde écrite dans {file} ({} Ko, vérifiée) : {}.", size.div_ceil(1024), counts_line(&counts)))
}

/// Replaces the database's tables with the dump `file`, after checking it and keeping the current
/// state in a dump of its own.
pub async fn restore(config: &Config, file: &str) -> Result<String, BackupError> {
    let contents = postgres_tools::list(file).await.map_err(|e| BackupError::NotABackup(file.to_owned(), e.to_string()))?;
    if !contents.contains("TABLE public _sqlx_migrations") || !contents.contains("TABLE public revision") {
        return Err(BackupError::NotABackup(file.to_owned(), "ce n’est pas une sauvegarde d’Aiguillage".into()));
    }
    let repo = SqlRepository::connect(&config.database_url).await?;
    let stamp = app::ssr::clock::now().format("%Y%m%dT%H%M%S").to_string();
    let aside = format!("{file}.avant-restauration-{stamp}");
    // What is replaced is kept first; a database never migrated has nothing to keep.
    let kept = if repo.applied_migrations().await.is_ok() {
        repo.backup_to(&aside).await?;
        format!(" La base remplacée est gardée dans {aside}.")
    } else {
        String::new()
    };
    postgres_tools::restore(&config.database_url, file).await.map_err(|e| BackupError::NotABackup(file.to_owned(), e.to_string()))?;
    let known = SqlRepository::migration_versions(Backend::Postgres);
    let applied = repo.applied_migrations().await?;
    if applied.iter().any(|v| !known.contains(v)) {
        return Err(BackupError::NotABackup(
            file.to_owned(),
            format!("elle vient d’une version plus récente d’Aiguillage : restaurez-la avec cette version.{kept}"),
        ));
    }
    repo.migrate().await?;
    repo.integrity_check().await?;
    let counts = repo.table_counts().await?;
    repo.close().await;
    Ok(format!("Base restaurée depuis {file} : {}.{kept}", counts_line(&counts)))
}
