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
    /// `https://aiguillage.exemple.fr`: what share links, QR codes, calendar files and open-data
    /// exports point at (`AIGUILLAGE_ADRESSE_PUBLIQUE`; by default the listening address). Never read
    /// from a request: `Host` and `X-Forwarded-Host` are whatever a client chose to send.
    pub public_address: String,
    /// The SMTP relay that sends reminders to structures, when configured; otherwise the back-office
    /// offers ready `mailto:` links.
    pub mail: Option<MailConfig>,
    /// `AIGUILLAGE_METRIQUES_JETON`: the bearer token `/metrics` asks for. Unset, `/metrics` does not
    /// exist (404): operators' figures are never public.
    pub metrics_token: Option<String>,
    /// `AIGUILLAGE_GEOGRAPHIE`: a geography file written by `server/data/generate-geo.mjs` for other
    /// départements (or the national simulation) in place of the Ain's, which the binary carries.
    pub geography_file: Option<PathBuf>,
    /// `AIGUILLAGE_INTEGRATIONS` (`nantua=https://www.nantua.fr; mednum01=https://mednum01.fr`): the
    /// partner sites allowed to frame the parcours under `/integre/{clé}/` (`domain::integration`).
    pub integrations: app::domain::integration::Integrations,
    /// `AIGUILLAGE_DOUBLE_AUTHENTIFICATION`: `coordination` (the default: coordinators add a second
    /// factor before anything else) or `facultative` (offered to every account, required of none).
    pub second_factor_required: bool,
}

/// `AIGUILLAGE_SMTP` (`smtps://utilisateur:mot-de-passe@relais.exemple.fr`, `smtp://…?tls=required`
/// for STARTTLS, plain `smtp://127.0.0.1:2525` for a relay on the same machine) and
/// `AIGUILLAGE_COURRIEL`, the address reminders come from and people answer to.
#[derive(Debug, Clone)]
pub struct MailConfig {
    pub relay: String,
    pub from: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid Leptos configuration: {0}")]
    Leptos(String),
    #[error("cannot create the database directory {0}: {1}")]
    DataDir(PathBuf, std::io::Error),
    #[error("AIGUILLAGE_ADRESSE_PUBLIQUE « {0} » n’est pas une adresse de site : attendu http:// ou https:// suivi du nom du site, sans chemin (par exemple https://aiguillage.exemple.fr).")]
    PublicAddress(String),
    #[error("{0}")]
    Mail(String),
    #[error("{0}")]
    Proxy(String),
    #[error("AIGUILLAGE_INTEGRATIONS : {0}")]
    Integrations(String),
    #[error("AIGUILLAGE_DOUBLE_AUTHENTIFICATION vaut « {0} » : attendu « coordination » (demandée aux comptes de la coordination, par défaut) ou « facultative ».")]
    SecondFactor(String),
    #[error("AIGUILLAGE_METRIQUES_JETON est trop court : au moins 24 caractères (par exemple la sortie de « openssl rand -hex 16 »).")]
    MetricsToken,
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
        let public_address = match std::env::var("AIGUILLAGE_ADRESSE_PUBLIQUE") {
            Ok(given) => public_address(&given).ok_or(ConfigError::PublicAddress(given))?,
            Err(_) => format!("http://{}", leptos.site_addr),
        };
        let mail = match (std::env::var("AIGUILLAGE_SMTP"), std::env::var("AIGUILLAGE_COURRIEL")) {
            (Ok(relay), Ok(from)) => Some(MailConfig { relay, from }),
            (Ok(_), Err(_)) => {
                return Err(ConfigError::Mail("AIGUILLAGE_SMTP est donné sans AIGUILLAGE_COURRIEL, l’adresse d’où partent les rappels (par exemple coordination@exemple.fr).".into()))
            }
            (Err(_), _) => None,
        };
        let metrics_token = match std::env::var("AIGUILLAGE_METRIQUES_JETON") {
            Ok(t) if t.chars().count() >= 24 => Some(t),
            Ok(_) => return Err(ConfigError::MetricsToken),
            Err(_) => None,
        };
        let geography_file = std::env::var_os("AIGUILLAGE_GEOGRAPHIE").map(PathBuf::from);
        // Read again by each request's `ClientIp`; checked here so that a typo stops the start.
        if let Ok(proxy) = std::env::var("AIGUILLAGE_PROXY") {
            app::ssr::client_ip::trusted_proxies(&proxy).map_err(ConfigError::Proxy)?;
        }
        let integrations = match std::env::var("AIGUILLAGE_INTEGRATIONS") {
            Ok(given) => app::domain::integration::Integrations::parse(&given).map_err(ConfigError::Integrations)?,
            Err(_) => Default::default(),
        };
        let second_factor_required = match std::env::var("AIGUILLAGE_DOUBLE_AUTHENTIFICATION").as_deref() {
            Err(_) | Ok("coordination") => true,
            Ok("facultative") => false,
            Ok(other) => return Err(ConfigError::SecondFactor(other.to_owned())),
        };
        Ok(Self { database_url, leptos, public_address, mail, metrics_token, geography_file, integrations, second_factor_required })
    }

    /// Creates the directory of a file database, so that a fresh clone needs no set-up.
    pub fn ensure_data_dir(&self) -> Result<(), ConfigError> {
        if let Some(dir) = sqlite_file_dir(&self.database_url) {
            std::fs::create_dir_all(&dir).map_err(|e| ConfigError::DataDir(dir, e))?;
        }
        Ok(())
    }
}

/// `https://site.example[:port]`, without a trailing slash; `None` for anything with a path, a query,
/// credentials or characters a host name cannot have (so that nothing odd reaches a page or a QR code).
/// The same rule as the origins of integrations.
pub fn public_address(given: &str) -> Option<String> {
    app::domain::integration::origin(given)
}

fn hash_file_beside_binary(name: &str) -> bool {
    std::env::current_exe().ok().and_then(|exe| exe.parent().map(|dir| dir.join(name))).is_some_and(|p| p.exists())
}

/// The database file of a `sqlite://` URL; `None` for an in-memory database or another scheme.
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next()?;
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| PathBuf::from(path))
}

fn sqlite_file_dir(url: &str) -> Option<PathBuf> {
    sqlite_file(url)?.parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_path_buf)
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

    #[test]
    fn the_public_address_is_a_bare_site_address_or_refused() {
        assert_eq!(public_address("https://aiguillage.ain.fr/").as_deref(), Some("https://aiguillage.ain.fr"));
        assert_eq!(public_address(" http://127.0.0.1:3000 ").as_deref(), Some("http://127.0.0.1:3000"));
        for bad in [
            "aiguillage.ain.fr",
            "ftp://a.fr",
            "https://",
            "https://a.fr/chemin",
            "https://a.fr?x=1",
            "https://u@a.fr",
            "https://a.fr\"><script>",
        ] {
            assert_eq!(public_address(bad), None, "{bad}");
        }
    }
}
