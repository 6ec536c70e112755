//! Starting the real application for black-box tests, and speaking to it like a browser would.

#![allow(dead_code)]

use leptos::config::LeptosOptions;
use serde_json::Value;
use server::config::Config;

pub struct TestApp {
    pub base: String,
    /// Follows redirects, like a person clicking through public pages.
    pub client: reqwest::Client,
    /// Does not: the back-office tests look at each redirect and cookie.
    pub raw: reqwest::Client,
    pub data: tempfile::TempDir,
    /// The database this server was started on.
    pub database_url: String,
}

/// Starts the application exactly as `main` does (multi-threaded runtime, peer addresses known), on
/// a new database (a SQLite file, or a PostgreSQL database when `AIGUILLAGE_TEST_POSTGRES` names a
/// server) and a free port.
pub async fn spawn_app() -> TestApp {
    spawn_app_in(tempfile::tempdir().expect("temp dir")).await
}

/// The same, sending reminders through the SMTP relay at `relay` (a test's own sink).
pub async fn spawn_app_with_mail(relay: &str, from: &str) -> TestApp {
    let mail = server::config::MailConfig { relay: relay.to_owned(), from: from.to_owned() };
    spawn_with(tempfile::tempdir().expect("temp dir"), |c| c.mail = Some(mail)).await
}

/// The same on an embedded SQLite file whatever the run's backend: one side of the comparison.
pub async fn spawn_app_on_sqlite() -> TestApp {
    let data = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/nested/aiguillage.db", data.path().display());
    spawn_with(data, |c| c.database_url = url).await
}

/// The same on an existing data directory: a restart, as after a deployment.
pub async fn spawn_app_in(data: tempfile::TempDir) -> TestApp {
    spawn_with(data, |_| {}).await
}

/// The same with the test's configuration changed by `adjust` before the start.
pub async fn spawn_with(data: tempfile::TempDir, adjust: impl FnOnce(&mut Config)) -> TestApp {
    spawn_with_state(data, adjust).await.0
}

/// [`spawn_with`], keeping the server's state: a test can then run its background work at a time of
/// its choosing (a test clock), as `app::ssr::callbacks::round` does every minute.
pub async fn spawn_with_state(data: tempfile::TempDir, adjust: impl FnOnce(&mut Config)) -> (TestApp, app::ssr::state::AppState) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("free port");
    let base = format!("http://{}", listener.local_addr().unwrap());
    // The site's public address is this server's own, as a deployment configures it.
    let mut config = Config { public_address: base.clone(), ..config(&data) };
    adjust(&mut config);
    if config.database_url == database_url(&data) {
        ensure_database(&data).await;
    }
    let (app, state) = server::startup::build_with_state(&config).await.expect("application starts");
    tokio::spawn(async move { server::startup::serve(listener, app, std::future::pending()).await.unwrap() });
    (TestApp::at(base, data, config.database_url.clone()), state)
}

/// Which database this run tests: PostgreSQL when `AIGUILLAGE_TEST_POSTGRES` names a server.
pub fn on_postgres() -> bool {
    app::ssr::repo::fresh::test_postgres().is_some()
}

/// The database of the test whose files live in `data`: `nested/aiguillage.db` in it (created by the
/// server, as a fresh clone's), or on PostgreSQL a database named after the directory, so that a
/// restart in the same directory finds the same data.
pub fn database_url(data: &tempfile::TempDir) -> String {
    match app::ssr::repo::fresh::test_postgres() {
        Some(server) => app::ssr::repo::fresh::database_url(&server, &postgres_name(data)),
        None => format!("sqlite://{}/nested/aiguillage.db", data.path().display()),
    }
}

/// On PostgreSQL, creates the test's database if it does not exist yet (SQLite creates its file).
pub async fn ensure_database(data: &tempfile::TempDir) {
    if let Some(server) = app::ssr::repo::fresh::test_postgres() {
        app::ssr::repo::fresh::ensure_postgres_database(&server, &postgres_name(data)).await.expect("test database on PostgreSQL");
    }
}

/// `t_` and a hash of the directory's path: a valid, lowercase name, the same at each restart.
fn postgres_name(data: &tempfile::TempDir) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    data.path().hash(&mut h);
    format!("t_{}_{:016x}", std::process::id(), h.finish())
}

/// The test's database, opened as the server opens it.
pub async fn repository(data: &tempfile::TempDir) -> app::ssr::repo::sql::SqlRepository {
    ensure_database(data).await;
    app::ssr::repo::sql::SqlRepository::connect(&database_url(data)).await.expect("test database opens")
}

pub fn config(data: &tempfile::TempDir) -> Config {
    Config {
        database_url: database_url(data),
        leptos: LeptosOptions::builder().output_name("aiguillage").site_root(data.path().to_string_lossy().to_string()).build(),
        public_address: "http://127.0.0.1:3000".into(),
        mail: None,
        metrics_token: None,
        geography_file: None,
        integrations: Default::default(),
        // Most tests log a coordinator in several times a minute; `second_factor.rs` requires it.
        second_factor_required: false,
    }
}

impl TestApp {
    /// Clients for the server at `base` (started here or as a process of its own).
    pub fn at(base: String, data: tempfile::TempDir, database_url: String) -> TestApp {
        // A page that never finishes must fail the test, not hang the suite.
        let timeout = std::time::Duration::from_secs(20);
        let client = reqwest::Client::builder().timeout(timeout).build().unwrap();
        let raw = reqwest::Client::builder().timeout(timeout).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        TestApp { base, client, raw, data, database_url }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    /// Without following redirects.
    pub async fn get_with(&self, path: &str, cookie: Option<&str>) -> reqwest::Response {
        let mut req = self.raw.get(format!("{}{path}", self.base));
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    pub async fn json(&self, path: &str) -> (u16, Value) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.json().await.unwrap_or_else(|e| panic!("JSON body of {path}: {e}")))
    }

    pub async fn html(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.unwrap_or_else(|e| panic!("body of {path}: {e}")))
    }

    pub async fn html_with(&self, path: &str, cookie: Option<&str>) -> (u16, String) {
        let res = self.get_with(path, cookie).await;
        let status = res.status().as_u16();
        (status, res.text().await.unwrap_or_else(|e| panic!("body of {path}: {e}")))
    }

    /// A form post as a browser on this site sends it (`Sec-Fetch-Site: same-origin`).
    pub async fn post(&self, path: &str, cookie: Option<&str>, fields: &[(&str, &str)]) -> reqwest::Response {
        self.post_from(path, cookie, fields, "same-origin").await
    }

    pub async fn post_from(&self, path: &str, cookie: Option<&str>, fields: &[(&str, &str)], site: &str) -> reqwest::Response {
        let mut req = self.raw.post(format!("{}{path}", self.base)).header("sec-fetch-site", site).form(fields);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.unwrap_or_else(|e| panic!("POST {path}: {e}"))
    }

    /// The form token of a page (what the hidden `jeton` field carries).
    pub async fn token(&self, path: &str, cookie: Option<&str>) -> String {
        let (status, html) = self.html_with(path, cookie).await;
        assert_eq!(status, 200, "{path}: {html}");
        token_in(&html).unwrap_or_else(|| panic!("no form token on {path}"))
    }

    /// Creates an account straight in the database (as `server creer-compte` does).
    pub async fn account(&self, email: &str, role: &str, password: &str) -> i64 {
        let config = Config { database_url: self.database_url.clone(), ..config(&self.data) };
        let (repo, _) = server::startup::prepare_database(&config).await.unwrap();
        let fields = app::domain::edit::Fields(vec![
            ("email".into(), email.into()),
            ("nom".into(), format!("Compte {email}")),
            ("role".into(), role.into()),
            ("mot_de_passe".into(), password.into()),
        ]);
        app::ssr::ops::create_account(repo.as_ref(), &fields, false).await.unwrap_or_else(|e| panic!("account {email}: {e:?}"))
    }

    /// Logs in and returns the `Cookie` header value to send afterwards.
    pub async fn login(&self, email: &str, password: &str) -> String {
        self.login_to(email, password, "/admin").await
    }

    /// Logs in with a provisional password, which leads to choosing one's own.
    pub async fn login_provisional(&self, email: &str, password: &str) -> String {
        self.login_to(email, password, "/admin/mot-de-passe").await
    }

    async fn login_to(&self, email: &str, password: &str, to: &str) -> String {
        let jeton = self.token("/admin/connexion", None).await;
        let res = self.post("/admin/connexion", None, &[("jeton", &jeton), ("email", email), ("mot_de_passe", password)]).await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(location(&res), to, "login of {email} failed");
        cookie_of(&res).expect("a session cookie")
    }
}

pub fn token_in(html: &str) -> Option<String> {
    let start = html.find(r#"name="jeton" value=""#)? + r#"name="jeton" value=""#.len();
    Some(html[start..].split('"').next()?.to_owned())
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

/// `name=value` of the response's Set-Cookie, as the next request's Cookie header.
pub fn cookie_of(res: &reqwest::Response) -> Option<String> {
    let set = res.headers().get("set-cookie")?.to_str().ok()?;
    Some(set.split(';').next()?.to_owned())
}
