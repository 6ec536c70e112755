//! PostgreSQL's own backup tools, `pg_dump` and `pg_restore` (Debian's `postgresql-client`): a dump
//! in the custom format is consistent (one snapshot), compressed, and restored table by table.

use super::RepoError;
use tokio::process::Command;

/// Runs `tool` with `args`; its error output becomes the error.
async fn run(tool: &str, args: &[&str]) -> Result<String, RepoError> {
    let out = Command::new(tool).args(args).output().await.map_err(|e| {
        RepoError::Tool(format!("{tool} n’a pas pu être lancé ({e}) : installez le client PostgreSQL (paquet postgresql-client)"))
    })?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(RepoError::Tool(format!("{tool} : {}", String::from_utf8_lossy(&out.stderr).trim())))
    }
}

/// Writes the whole database at `url` to `path` (which must not exist yet).
pub async fn dump(url: &str, path: &str) -> Result<(), RepoError> {
    if std::path::Path::new(path).exists() {
        return Err(RepoError::Tool(format!("« {path} » existe déjà")));
    }
    run("pg_dump", &["--format=custom", "--no-owner", "--no-privileges", "--file", path, "--dbname", url]).await.map(|_| ())
}

/// Checks that `path` is a dump `pg_restore` can read, and returns its table of contents.
pub async fn list(path: &str) -> Result<String, RepoError> {
    run("pg_restore", &["--list", path]).await
}

/// Replaces every object of the dump in the database at `url`, in one transaction: a failure
/// leaves the database as it was.
pub async fn restore(url: &str, path: &str) -> Result<(), RepoError> {
    run(
        "pg_restore",
        &["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", url, path],
    )
    .await
    .map(|_| ())
}
