//! Several servers as one (issue 12): two `server` processes on one database, as behind a load
//! balancer. A session opened on one works on the other, a login burst spread over both is still
//! limited, an edit on one shows on the other's public pages within 2 s, one dies and the other
//! keeps answering (and counts A's run as interrupted), and SIGTERM ends a server cleanly. On SQLite (two processes on one file) and
//! on PostgreSQL, like the rest of the suite.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{rename_ours, ADMIN};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::TestApp;

const METRICS_TOKEN: &str = "jeton-des-metriques-pour-ce-test";

/// A server process, killed if the test ends early.
struct Server {
    child: Child,
    app: TestApp,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn server_command(database_url: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.env("DATABASE_URL", database_url)
        .env("AIGUILLAGE_METRIQUES_JETON", METRICS_TOKEN)
        .env("RUST_LOG", "warn")
        // The test logs one coordinator in on both servers within seconds: a second factor's code
        // works once per half-minute (`second_factor.rs` follows the required mode).
        .env("AIGUILLAGE_DOUBLE_AUTHENTIFICATION", "facultative")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// Starts `server` on a free port and waits (at most 30 s) until its /health answers.
async fn start(database_url: &str, site: &std::path::Path) -> Server {
    let port = free_port();
    let child = server_command(database_url)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", site)
        .spawn()
        .expect("the server binary starts");
    let app = TestApp::at(format!("http://127.0.0.1:{port}"), tempfile::tempdir().unwrap(), database_url.to_owned());
    let server = Server { child, app };
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(res) = server.app.client.get(format!("{}/health", server.app.base)).send().await {
            if res.status().is_success() {
                return server;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server on port {port} did not answer within 30 s");
}

/// How long until `app`'s open-data file names `nom` (at most 10 s).
async fn seen_after(app: &TestApp, nom: &str) -> Duration {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if app.html("/donnees/lieux-mediation-numerique.json").await.1.contains(nom) {
            return start.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{nom} not shown by {} after 10 s", app.base);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_database_share_sessions_limits_and_changes_and_outlive_each_other() {
    let data = tempfile::tempdir().unwrap();
    support::ensure_database(&data).await;
    let url = support::database_url(&data);
    if !support::on_postgres() {
        std::fs::create_dir_all(data.path().join("nested")).unwrap();
    }
    let out = server_command(&url)
        .args(["creer-compte", "--email", ADMIN.0, "--nom", "Coordination", "--role", "admin"])
        .env("AIGUILLAGE_MOT_DE_PASSE", ADMIN.1)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let a = start(&url, data.path()).await;
    let b = start(&url, data.path()).await;

    // Logged in on A, edits on B.
    let cookie = a.app.login(ADMIN.0, ADMIN.1).await;
    rename_ours(&b.app, &cookie, "Écrit sur B avec la session de A").await;
    assert!(seen_after(&a.app, "Écrit sur B avec la session de A").await <= Duration::from_secs(2));

    // An edit on A shows on B's public pages within 2 s.
    rename_ours(&a.app, &cookie, "Écrit sur A, lu sur B").await;
    let waited = seen_after(&b.app, "Écrit sur A, lu sur B").await;
    eprintln!("B showed A's edit after {waited:?}");
    assert!(waited <= Duration::from_secs(2), "B showed A's edit after {waited:?}");

    // A login burst spread over A and B is one burst: 5 attempts per address (one spent above).
    let mut answers = Vec::new();
    for i in 0..8 {
        let server = if i % 2 == 0 { &a.app } else { &b.app };
        let jeton = server.token("/admin/connexion", None).await;
        let email = format!("personne{i}@exemple.fr");
        let res = server.post("/admin/connexion", None, &[("jeton", &jeton), ("email", &email), ("mot_de_passe", "pas le bon")]).await;
        answers.push(res.status().as_u16());
    }
    assert_eq!(answers.iter().filter(|s| **s == 303).count(), 4, "four wrong passwords checked, then limited: {answers:?}");
    assert!(answers[4..].iter().all(|s| *s == 429), "{answers:?}");

    // A dies; B keeps answering, the session too.
    let mut a = a;
    a.child.kill().unwrap();
    a.child.wait().unwrap();
    assert_eq!(b.app.get("/health").await.status().as_u16(), 200);
    let result = "/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui";
    assert_eq!(b.app.html(result).await.0, 200);
    assert_eq!(b.app.html_with("/admin", Some(&cookie)).await.0, 200, "the session outlives the server that opened it");
    // A's run went silent without a clean stop: B marks it interrupted, and /metrics counts it.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let res = b.app.raw.get(format!("{}/metrics", b.app.base)).bearer_auth(METRICS_TOKEN).send().await.unwrap();
        let body = res.text().await.unwrap();
        if body.contains(r#"aiguillage_events{state="executions_interrompues"} 1"#) {
            assert!(body.contains(r#"aiguillage_events{state="executions_en_cours"} 1"#), "B alone: {body}");
            break;
        }
        assert!(Instant::now() < deadline, "A's interruption not counted after 20 s: {body}");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    // SIGTERM: B stops taking connections, finishes, and exits cleanly.
    let mut b = b;
    let pid = b.child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = b.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "B still running 10 s after SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "B's exit after SIGTERM: {status}");
    assert!(b.app.client.get(format!("{}/health", b.app.base)).send().await.is_err(), "B no longer takes connections");
    use app::ssr::repo::shared::Shared;
    let events = support::repository(&data).await.events().await.unwrap();
    assert_eq!((events.runs_alive, events.runs_interrupted), (0, 1), "B's stop recorded as clean, A's as interrupted");
}
