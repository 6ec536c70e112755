//! Configuration from the environment, with defaults that work on a fresh clone.

use leptos::config::{get_configuration, LeptosOptions};
use std::path::{Path, PathBuf};

/// Where the embedded database lives unless `DATABASE_URL` says otherwise.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/aiguillage.db";

#[derive(Debug, Clone)]
pub struct Config {
    /// `sqlite://path/to/file.db` (created if missing) or `sqlite::memory:`.
    pub database_url: String,
    /// Site root, package directory, address (`LEPTOS_SITE_ADDR`), file hashing…
    pub leptos: LeptosOptions,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid Leptos configuration: {0}")]
    Leptos(String),
    #[error("cannot create the database directory {0}: {1}")]
    DataDir(PathBuf, std::io::Error),
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| DEFAULT_DATABASE_URL.to_owned());
        let mut leptos = get_configuration(None).map_err(|e| ConfigError::Leptos(e.to_string()))?.leptos_options;
        if leptos.output_name.is_empty() {
            // Built by plain cargo (tests) rather than cargo-leptos: same name as the workspace metadata.
            leptos.output_name = "aiguillage".into();
        }
        // cargo-leptos writes hash.txt beside the binary when it hashes file names; started directly
        // (not through cargo-leptos), the binary must still find the hashed /pkg files.
        if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
            leptos.hash_files = hash_file_beside_binary(&leptos.hash_file);
        }
        Ok(Self { database_url, leptos })
    }

    /// Creates the directory of a file database, so that a fresh clone needs no set-up.
    pub fn ensure_data_dir(&self) -> Result<(), ConfigError> {
        if let Some(dir) = sqlite_file_dir(&self.database_url) {
            std::fs::create_dir_all(&dir).map_err(|e| ConfigError::DataDir(dir, e))?;
        }
        Ok(())
    }
}

fn hash_file_beside_binary(name: &str) -> bool {
    std::env::current_exe().ok().and_then(|exe| exe.parent().map(|dir| dir.join(name))).is_some_and(|p| p.exists())
}

fn sqlite_file_dir(url: &str) -> Option<PathBuf> {
    let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next()?;
    if path.is_empty() || path.starts_with(":memory:") {
        return None;
    }
    Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_directory_is_derived_from_file_urls_only() {
        assert_eq!(sqlite_file_dir("sqlite://data/a.db"), Some(PathBuf::from("data")));
        assert_eq!(sqlite_file_dir("sqlite:///var/lib/x/a.db?mode=rwc"), Some(PathBuf::from("/var/lib/x")));
        assert_eq!(sqlite_file_dir("sqlite::memory:"), None);
        assert_eq!(sqlite_file_dir("sqlite://a.db"), None);
        assert_eq!(sqlite_file_dir("postgres://h/db"), None);
    }
}
