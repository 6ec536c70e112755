//! The second factor (issue 25, ASVS 5.0 V6), black-box over HTTP on a fresh database: anyone logged
//! in adds an authenticator app with their password and a code, gets ten recovery codes shown once,
//! and from then on a login asks for a code after the password; every code works once.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, editor, ADMIN, EDITOR, OURS};
use app::ssr::second_factor::code_at;
use support::{cookie_of, location, spawn_app, spawn_with, TestApp};

fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

/// The value of the hidden field `name` in `html`.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name} field")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// The recovery codes the page shows (`<li><code>…</code></li>`).
fn recovery_codes(html: &str) -> Vec<String> {
    html.split("<li><code>").skip(1).filter_map(|rest| rest.split('<').next()).map(str::to_owned).collect()
}

async fn post_second_factor(app: &TestApp, cookie: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let jeton = app.token("/admin/double-authentification", Some(cookie)).await;
    let mut all = vec![("jeton", jeton.as_str())];
    all.extend_from_slice(fields);
    app.post("/admin/double-authentification", Some(cookie), &all).await
}

/// The password step of a login: the cookie that waits for the code (no session yet).
async fn password_step(app: &TestApp) -> String {
    let jeton = app.token("/admin/connexion", None).await;
    let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", ADMIN.0), ("mot_de_passe", ADMIN.1)]).await;
    assert_eq!(location(&res), "/admin/connexion/code", "the code comes after the password");
    let pending = cookie_of(&res).unwrap();
    assert!(pending.starts_with("aiguillage-code="), "no session before the code: {pending}");
    pending
}

async fn code_step(app: &TestApp, pending: &str, code: &str) -> reqwest::Response {
    let jeton = app.token("/admin/connexion/code", None).await;
    app.post("/admin/connexion/code", Some(pending), &[("jeton", &jeton), ("code", code)]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_adds_an_app_then_every_login_asks_its_code_and_no_code_works_twice() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let (status, page) = app.html_with("/admin/double-authentification", Some(&cookie)).await;
    assert_eq!(status, 200);
    assert!(page.contains("Activer la double authentification") && page.contains(r#"role="img""#), "a QR code to scan");
    let secret = hidden(&page, "secret");
    assert_eq!(secret.len(), 32);

    // A wrong code, or a wrong password: refused next to the field, the same secret kept, nothing set.
    let res =
        post_second_factor(&app, &cookie, &[("action", "activer"), ("secret", &secret), ("code", "000000"), ("actuel", ADMIN.1)]).await;
    assert_eq!(location(&res), "/admin/double-authentification");
    let (_, page) = app.html_with("/admin/double-authentification", Some(&cookie)).await;
    assert!(page.contains("Code incorrect"), "{page}");
    assert_eq!(hidden(&page, "secret"), secret, "the secret already scanned stays");
    let now = unix_now();
    let code = code_at(&secret, now).unwrap();
    post_second_factor(&app, &cookie, &[("action", "activer"), ("secret", &secret), ("code", &code), ("actuel", "pas le bon")]).await;
    let (_, page) = app.html_with("/admin/double-authentification", Some(&cookie)).await;
    assert!(page.contains("Ce n’est pas votre mot de passe actuel."), "{page}");
    assert!(page.contains("Activer la double authentification"), "still not set");

    // Set: ten recovery codes, shown once.
    let res = post_second_factor(&app, &cookie, &[("action", "activer"), ("secret", &secret), ("code", &code), ("actuel", ADMIN.1)]).await;
    assert_eq!(location(&res), "/admin/double-authentification?enregistre=1");
    let (_, page) = app.html_with("/admin/double-authentification?enregistre=1", Some(&cookie)).await;
    let codes = recovery_codes(&page);
    assert_eq!(codes.len(), 10, "{page}");
    let (_, again) = app.html_with("/admin/double-authentification", Some(&cookie)).await;
    assert!(recovery_codes(&again).is_empty(), "never shown twice");
    assert!(again.contains("Il vous reste 10 codes de secours."), "{again}");

    // The password alone opens nothing; the code used to set it up is spent.
    let pending = password_step(&app).await;
    assert_eq!(location(&app.get_with("/admin", Some(&pending)).await), "/admin/connexion");
    assert_eq!(location(&code_step(&app, &pending, &code).await), "/admin/connexion/code?erreur=code", "a code works once");
    let (_, page) = app.html("/admin/connexion/code?erreur=code").await;
    assert!(page.contains("Code incorrect ou déjà utilisé"), "{page}");
    // The next half-minute's code (a phone a little ahead): in, once.
    let next = code_at(&secret, now + 30).unwrap();
    let res = code_step(&app, &pending, &next).await;
    assert_eq!(location(&res), "/admin");
    let session = cookie_of(&res).unwrap();
    assert_eq!(app.get_with("/admin", Some(&session)).await.status().as_u16(), 200);
    let pending = password_step(&app).await;
    assert_eq!(location(&code_step(&app, &pending, &next).await), "/admin/connexion/code?erreur=code", "replayed");

    // A recovery code, typed any way: once.
    let typed = codes[3].to_uppercase().replace('-', " ");
    let res = code_step(&app, &pending, &typed).await;
    assert_eq!(location(&res), "/admin");
    let pending = password_step(&app).await;
    assert_eq!(location(&code_step(&app, &pending, &codes[3]).await), "/admin/connexion/code?erreur=code");
    let (_, page) = app.html_with("/admin/double-authentification", Some(&session)).await;
    assert!(page.contains("Il vous reste 9 codes de secours."), "{page}");

    // Without the password step, or with a forged cookie: back to the start.
    let forged = pending.replace("aiguillage-code=", "aiguillage-code=9");
    assert_eq!(location(&code_step(&app, &forged, &codes[4]).await), "/admin/connexion?erreur=code-expire");
    let jeton = app.token("/admin/connexion/code", None).await;
    let res = app.post("/admin/connexion/code", None, &[("jeton", &jeton), ("code", &codes[4])]).await;
    assert_eq!(location(&res), "/admin/connexion?erreur=code-expire");

    // Removed with the password: the password alone logs in again.
    let res = post_second_factor(&app, &session, &[("action", "desactiver"), ("actuel", ADMIN.1)]).await;
    assert_eq!(location(&res), "/admin/double-authentification?enregistre=1");
    app.login(ADMIN.0, ADMIN.1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_removes_the_second_factor_of_someone_who_lost_their_phone_and_never_their_own() {
    let app = spawn_app().await;
    let coordinator = admin(&app).await;
    let editor_session = editor(&app, &coordinator).await;
    // The editor adds an app.
    let (_, page) = app.html_with("/admin/double-authentification", Some(&editor_session)).await;
    let secret = hidden(&page, "secret");
    let code = code_at(&secret, unix_now()).unwrap();
    let res =
        post_second_factor(&app, &editor_session, &[("action", "activer"), ("secret", &secret), ("code", &code), ("actuel", EDITOR.1)])
            .await;
    assert_eq!(location(&res), "/admin/double-authentification?enregistre=1");
    let jeton = app.token("/admin/connexion", None).await;
    let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", EDITOR.0), ("mot_de_passe", EDITOR.1)]).await;
    assert_eq!(location(&res), "/admin/connexion/code", "the editor's login now asks for a code");

    // The accounts page says who has one, and offers to remove it for them only.
    let (_, accounts) = app.html_with("/admin/comptes", Some(&coordinator)).await;
    assert_eq!(accounts.matches("Double authentification activée").count(), 1, "{accounts}");
    let editor_id: i64 = accounts
        .split(r#"action="/admin/comptes/"#)
        .filter_map(|rest| rest.split_once("/double-authentification"))
        .find_map(|(id, _)| id.parse().ok())
        .expect("a removal form");
    let jeton = app.token("/admin/comptes", Some(&coordinator)).await;

    // Never one's own from here (the own page asks for one's password).
    let own = app.post("/admin/comptes/1/double-authentification", Some(&coordinator), &[("jeton", &jeton)]).await;
    assert_eq!(own.status().as_u16(), 403);
    // Nor by an editor.
    let jeton_editor = app.token("/admin", Some(&editor_session)).await;
    let by_editor =
        app.post(&format!("/admin/comptes/{editor_id}/double-authentification"), Some(&editor_session), &[("jeton", &jeton_editor)]).await;
    assert_ne!(location(&by_editor), "/admin/comptes?enregistre=1");

    let res = app.post(&format!("/admin/comptes/{editor_id}/double-authentification"), Some(&coordinator), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), "/admin/comptes?enregistre=1");
    assert_eq!(location(&app.get_with("/admin", Some(&editor_session)).await), "/admin/connexion", "their sessions end");
    app.login(EDITOR.0, EDITOR.1).await;
    let (_, accounts) = app.html_with("/admin/comptes", Some(&coordinator)).await;
    assert!(!accounts.contains("Double authentification activée"), "{accounts}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn where_it_is_required_a_coordinator_adds_a_second_factor_before_anything_else_and_an_editor_never_has_to() {
    // As a deployment runs by default (`AIGUILLAGE_DOUBLE_AUTHENTIFICATION` unset).
    let app = spawn_with(tempfile::tempdir().unwrap(), |c| c.second_factor_required = true).await;
    let coordinator = admin(&app).await;
    for page in ["/admin", "/admin/comptes", "/admin/imports", "/admin/signalements", &format!("/admin/structures/{OURS}")] {
        let res = app.get_with(page, Some(&coordinator)).await;
        assert_eq!(location(&res), "/admin/double-authentification", "{page}");
    }
    // A post is not carried out either: the structure keeps its name.
    let jeton = app.token("/admin/double-authentification", Some(&coordinator)).await;
    let fields =
        [("jeton", jeton.as_str()), ("nom", "Pris"), ("commune", "01053"), ("code_postal", "01000"), ("adresse", "1 rue de la Paix")];
    let res = app.post(&format!("/admin/structures/{OURS}/enregistrer"), Some(&coordinator), &fields).await;
    assert_eq!(location(&res), "/admin/double-authentification");
    let (_, place) = app.html(&format!("/lieu/{OURS}-mediation")).await;
    assert!(!place.contains("Pris"), "nothing was changed");

    // Added: the back-office opens.
    let (_, page) = app.html_with("/admin/double-authentification", Some(&coordinator)).await;
    let secret = hidden(&page, "secret");
    let code = code_at(&secret, unix_now()).unwrap();
    let res =
        post_second_factor(&app, &coordinator, &[("action", "activer"), ("secret", &secret), ("code", &code), ("actuel", ADMIN.1)]).await;
    assert_eq!(location(&res), "/admin/double-authentification?enregistre=1");
    assert_eq!(app.get_with("/admin/comptes", Some(&coordinator)).await.status().as_u16(), 200);

    // An editor may add one, and is never made to.
    let editor_session = editor(&app, &coordinator).await;
    assert_eq!(app.get_with("/admin", Some(&editor_session)).await.status().as_u16(), 200);
    assert_eq!(app.get_with(&format!("/admin/structures/{OURS}"), Some(&editor_session)).await.status().as_u16(), 200);
}
