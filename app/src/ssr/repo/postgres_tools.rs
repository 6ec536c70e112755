//! PostgreSQL's own backup tools, `pg_dump` and `pg_restore` (Debian's `postgresql-client`): a dump
//! in the custom format is consistent (one snapshot), compressed, and restored table by table.

use super::RepoError;
use tokio::process::Command;

/// Runs `tool` with `args`, and the password of `url` in its environment (`PGPASSWORD`) rather than
/// on its command line, which every user of the machine can read (`ps`); its error output becomes
/// the error.
async fn run(tool: &str, args: &[&str], url: Option<&str>) -> Result<String, RepoError> {
    let (url, password) = url.map(without_password).unzip();
    let mut command = Command::new(tool);
    command.args(args);
    if let Some(url) = &url {
        command.args(["--dbname", url]);
    }
    if let Some(password) = password.flatten() {
        command.env("PGPASSWORD", password);
    }
    let out = command.output().await.map_err(|e| {
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
    super::private_file::create(path)?;
    run("pg_dump", &["--format=custom", "--no-owner", "--no-privileges", "--file", path], Some(url)).await.map(|_| ())
}

/// Checks that `path` is a dump `pg_restore` can read, and returns its table of contents.
pub async fn list(path: &str) -> Result<String, RepoError> {
    run("pg_restore", &["--list", path], None).await
}

/// Replaces every object of the dump in the database at `url`, in one transaction: a failure
/// leaves the database as it was.
pub async fn restore(url: &str, path: &str) -> Result<(), RepoError> {
    run(
        "pg_restore",
        &["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", path],
        Some(url),
    )
    .await
    .map(|_| ())
}

/// `url` without its password (in the user part or as `?password=`), and that password decoded.
fn without_password(url: &str) -> (String, Option<String>) {
    let Ok(mut parsed) = url::Url::parse(url) else { return (url.to_owned(), None) };
    let mut password = parsed.password().map(|p| percent_encoding::percent_decode_str(p).decode_utf8_lossy().into_owned());
    if password.is_some() {
        let _ = parsed.set_password(None);
    }
    let pairs: Vec<(String, String)> = parsed.query_pairs().into_owned().collect();
    if let Some((_, p)) = pairs.iter().find(|(k, _)| k == "password") {
        password = Some(p.clone());
        let rest: Vec<_> = pairs.iter().filter(|(k, _)| k != "password").collect();
        if rest.is_empty() {
            parsed.set_query(None);
        } else {
            parsed.query_pairs_mut().clear().extend_pairs(rest);
        }
    }
    (parsed.to_string(), password)
}

#[cfg(test)]
mod tests {
    use super::without_password;

    #[test]
    fn the_password_leaves_the_url_for_the_environment() {
        let (url, password) = without_password("postgres://aiguillage:s%40cr%C3%A8t@127.0.0.1:5433/prod?sslmode=disable");
        assert_eq!(url, "postgres://aiguillage@127.0.0.1:5433/prod?sslmode=disable");
        assert_eq!(password.as_deref(), Some("s@crèt"));
        let (url, password) = without_password("postgres://aiguillage@db/prod?password=secret&sslmode=require");
        assert_eq!((url.as_str(), password.as_deref()), ("postgres://aiguillage@db/prod?sslmode=require", Some("secret")));
        let (url, password) = without_password("postgres://aiguillage@db/prod");
        assert_eq!((url.as_str(), password), ("postgres://aiguillage@db/prod", None));
    }
}
