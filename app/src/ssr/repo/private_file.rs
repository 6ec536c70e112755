//! A backup holds every account's password hash, every session and the audit log: its file is
//! created readable by its owner only (0600), before anything is written into it, whatever the
//! process's umask says. Both backends then write into that empty file (SQLite's `VACUUM INTO`
//! accepts an empty file, `pg_dump --file` truncates it and keeps its mode).

use super::RepoError;

/// Creates `path`, empty and private; an error if it already exists.
pub fn create(path: &str) -> Result<(), RepoError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(|_| ()).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => RepoError::Tool(format!("« {path} » existe déjà")),
        _ => RepoError::Tool(format!("impossible de créer « {path} » : {e}")),
    })
}
