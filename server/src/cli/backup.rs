//! `server sauvegarder FICHIER` and `server restaurer FICHIER [--forcer]`.
//!
//! A backup is SQLite's own consistent copy (`VACUUM INTO`), taken while the server runs: one file
//! that needs nothing else (copying the `.db` alone is not a backup: recent writes live in `-wal`).
//! A restore checks the file (SQLite's integrity check, then this version's migrations), and only
//! then puts it in place of the database. The database it replaces is never deleted: it is renamed
//! `….avant-restauration-AAAAMMJJTHHMMSS` (with its `-wal`), because nothing anyone saved is lost.
//! The server must be stopped for a restore; a running one is recognised by its `-shm` file.
//!
//! On PostgreSQL (`DATABASE_URL=postgres://…`), the same two commands use `pg_dump` and `pg_restore`:
//! see [`postgres`].

mod postgres;

use crate::config::{sqlite_file, Config};
use app::ssr::repo::maintenance::Maintenance;
use app::ssr::repo::sql::{Backend, SqlRepository};
use app::ssr::repo::Repository;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("la sauvegarde fonctionne avec une base SQLite dans un fichier (DATABASE_URL=sqlite://…) ou PostgreSQL (postgres://…)")]
    NotAFile,
    #[error("la base {0} n’existe pas : rien à sauvegarder (vérifiez DATABASE_URL)")]
    NoDatabase(String),
    #[error("« {0} » existe déjà : choisissez un nouveau nom de fichier, rien n’a été écrit")]
    Exists(String),
    #[error("« {0} » n’est pas une sauvegarde d’Aiguillage lisible ({1}) : la base n’a pas été touchée")]
    NotABackup(String, String),
    #[error("un serveur semble utiliser la base ({0} existe) : arrêtez-le, puis recommencez ; après un arrêt brutal du serveur, ajoutez --forcer")]
    InUse(String),
    #[error("{0}")]
    Io(String),
    #[error("base de données : {0}")]
    Repo(#[from] app::ssr::repo::RepoError),
}

fn io(what: &str, path: &Path, e: std::io::Error) -> BackupError {
    BackupError::Io(format!("{what} « {} » : {e}", path.display()))
}

/// The report printed after a backup or a restore: rows per table.
pub(super) fn counts_line(counts: &[(String, i64)]) -> String {
    counts.iter().map(|(t, n)| format!("{t} {n}")).collect::<Vec<_>>().join(", ")
}

/// Writes a consistent copy of the database to `file` (which must not exist).
pub async fn save(config: &Config, file: &str) -> Result<String, BackupError> {
    if Backend::of_url(&config.database_url) == Some(Backend::Postgres) {
        return postgres::save(config, file).await;
    }
    let database = sqlite_file(&config.database_url).ok_or(BackupError::NotAFile)?;
    // A backup only reads: it neither creates nor migrates the database it copies.
    if !database.exists() {
        return Err(BackupError::NoDatabase(database.display().to_string()));
    }
    if Path::new(file).exists() {
        return Err(BackupError::Exists(file.to_owned()));
    }
    let repo = SqlRepository::connect(&config.database_url).await?;
    repo.backup_to(file).await?;
    repo.close().await;
    // Read back what was written: a backup nobody checked is a hope.
    let copy = SqlRepository::connect(&format!("sqlite://{file}")).await?;
    copy.integrity_check().await?;
    let counts = copy.table_counts().await?;
    copy.close().await;
    let size = std::fs::metadata(file).map_err(|e| io("impossible de lire", Path::new(file), e))?.len();
    Ok(format!("Sauvegarde écrite dans {file} ({} Ko, vérifiée) : {}.", size.div_ceil(1024), counts_line(&counts)))
}

/// Puts the backup `file` in place of the database, after checking it; keeps the replaced one.
pub async fn restore(config: &Config, file: &str, force: bool) -> Result<String, BackupError> {
    if Backend::of_url(&config.database_url) == Some(Backend::Postgres) {
        return postgres::restore(config, file).await;
    }
    let target = sqlite_file(&config.database_url).ok_or(BackupError::NotAFile)?;
    let shm = with_suffix(&target, "-shm");
    if shm.exists() && !force {
        return Err(BackupError::InUse(shm.display().to_string()));
    }
    let mut header = [0u8; 16];
    std::fs::File::open(file)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .map_err(|e| io("impossible de lire", Path::new(file), e))?;
    if &header != b"SQLite format 3\0" {
        return Err(BackupError::NotABackup(file.to_owned(), "ce n’est pas un fichier SQLite".into()));
    }
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io("impossible de créer", dir, e))?;
    }
    // Checked and migrated as a copy beside the database, so that a bad file changes nothing.
    let staged = with_suffix(&target, ".restauration");
    for leftover in [staged.clone(), with_suffix(&staged, "-wal"), with_suffix(&staged, "-shm")] {
        let _ = std::fs::remove_file(leftover);
    }
    std::fs::copy(file, &staged).map_err(|e| io("impossible d’écrire", &staged, e))?;
    let counts = match check_staged(&staged).await {
        Ok(counts) => counts,
        Err(why) => {
            for leftover in [staged.clone(), with_suffix(&staged, "-wal"), with_suffix(&staged, "-shm")] {
                let _ = std::fs::remove_file(leftover);
            }
            return Err(BackupError::NotABackup(file.to_owned(), why));
        }
    };
    let mut kept = String::new();
    if target.exists() {
        let stamp = app::ssr::clock::now().format("%Y%m%dT%H%M%S").to_string();
        let aside = with_suffix(&target, &format!(".avant-restauration-{stamp}"));
        for (from, to) in [(with_suffix(&target, "-wal"), with_suffix(&aside, "-wal")), (target.clone(), aside.clone())] {
            if from.exists() {
                std::fs::rename(&from, &to).map_err(|e| io("impossible de mettre de côté", &from, e))?;
            }
        }
        let _ = std::fs::remove_file(&shm);
        kept = format!(" La base remplacée est gardée dans {}.", aside.display());
    }
    std::fs::rename(&staged, &target).map_err(|e| io("impossible de mettre en place", &target, e))?;
    Ok(format!("Base restaurée depuis {file} : {}.{kept}", counts_line(&counts)))
}

/// The staged copy: SQLite's integrity check, then the migrations it went through — Aiguillage's
/// from the first, none this version does not know — then this version's, and everything folded
/// into the one file. The error says why it is not a backup to restore.
async fn check_staged(staged: &Path) -> Result<Vec<(String, i64)>, String> {
    let repo = SqlRepository::connect(&format!("sqlite://{}", staged.display())).await.map_err(|e| e.to_string())?;
    let known = SqlRepository::migration_versions(Backend::Sqlite);
    let result = async {
        repo.integrity_check().await.map_err(|e| format!("contrôle d’intégrité : {e}"))?;
        let applied = repo.applied_migrations().await.map_err(|_| "ce n’est pas une base d’Aiguillage".to_owned())?;
        if applied.first() != known.first() {
            return Err("ce n’est pas une base d’Aiguillage".to_owned());
        }
        if applied.iter().any(|v| !known.contains(v)) {
            return Err("elle vient d’une version plus récente d’Aiguillage : restaurez-la avec cette version".to_owned());
        }
        repo.migrate().await.map_err(|e| e.to_string())?;
        repo.checkpoint().await.map_err(|e| e.to_string())?;
        repo.table_counts().await.map_err(|e| e.to_string())
    }
    .await;
    repo.close().await;
    result
}

/// `path` with `suffix` appended to its file name (`a.db` + `-wal` = `a.db-wal`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
