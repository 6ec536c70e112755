//! New, empty databases for tests and benchmarks, on either backend: the suite runs once on SQLite
//! and once on the PostgreSQL server named by [`TEST_POSTGRES`], each test on a database of its own.

use super::sql::SqlRepository;
use super::RepoError;
use sqlx::Executor;

/// When set (`postgres://user@127.0.0.1:port`), tests use a new database on that server instead of
/// SQLite. `.ci/test` sets it for the suite's second run, on a throw-away cluster it started.
pub const TEST_POSTGRES: &str = "AIGUILLAGE_TEST_POSTGRES";

/// The PostgreSQL server the tests run on, if any.
pub fn test_postgres() -> Option<String> {
    std::env::var(TEST_POSTGRES).ok().filter(|s| !s.is_empty())
}

/// The URL of database `name` on the server at `server_url`, created if it does not exist yet (a
/// restarted test server finds its database again). `name` is a plain identifier: lowercase ASCII
/// letters, digits and `_`, as a test or a script chooses it.
pub async fn ensure_postgres_database(server_url: &str, name: &str) -> Result<String, RepoError> {
    let plain = !name.is_empty()
        && name.len() <= 63
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
    if !plain {
        return Err(RepoError::Corrupt(format!("« {name} » n’est pas un nom de base accepté")));
    }
    let admin = SqlRepository::connect(server_url).await?;
    // The name was checked above: CREATE DATABASE takes no parameter.
    match admin.pool().execute(format!("CREATE DATABASE {name}").as_str()).await {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("42P04") => {}
        Err(e) => return Err(e.into()),
    }
    admin.pool().close().await;
    Ok(database_url(server_url, name))
}

/// `server_url` with its database replaced by `name` (query parameters kept).
pub fn database_url(server_url: &str, name: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (server_url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[authority_start..].find('/').map_or(base.len(), |i| authority_start + i);
    match query {
        Some(q) => format!("{}/{name}?{q}", &base[..host_end]),
        None => format!("{}/{name}", &base[..host_end]),
    }
}

/// A name no other test of this run has: process, time and a counter.
pub fn unique_name(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    format!("{prefix}_{}_{nanos}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A migrated, empty repository: in memory on SQLite, or a new database on the test PostgreSQL.
#[cfg(test)]
pub async fn test_repository() -> SqlRepository {
    use super::Repository;
    let url = match test_postgres() {
        Some(server) => ensure_postgres_database(&server, &unique_name("unit")).await.expect("test database"),
        None => "sqlite::memory:".to_owned(),
    };
    let repo = SqlRepository::connect(&url).await.expect("database opens");
    repo.migrate().await.expect("migrations apply");
    repo
}

#[cfg(test)]
mod tests {
    use super::database_url;

    #[test]
    fn a_database_url_keeps_the_server_and_its_parameters_and_changes_only_the_database() {
        assert_eq!(database_url("postgres://pg@127.0.0.1:5433", "t1"), "postgres://pg@127.0.0.1:5433/t1");
        assert_eq!(database_url("postgres://pg@127.0.0.1:5433/postgres", "t1"), "postgres://pg@127.0.0.1:5433/t1");
        assert_eq!(database_url("postgresql://a:b@h/postgres?sslmode=disable", "x"), "postgresql://a:b@h/x?sslmode=disable");
    }
}
