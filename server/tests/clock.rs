//! The server reads « now » from one clock (`app::ssr::clock`), so a test moves time for the whole
//! server instead of waiting: a form left open too long, a session left idle. The shift is
//! process-wide, so these tests are alone in their binary and run one after the other.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, OURS};
use app::ssr::clock;
use support::{location, spawn_app};

/// Moves the clock back to the system's time when a test ends, even by a panic.
struct Shifted;

impl Shifted {
    fn by(d: chrono::Duration) -> Self {
        clock::shift(d);
        Shifted
    }
}

impl Drop for Shifted {
    fn drop(&mut self) {
        clock::shift(chrono::Duration::zero());
    }
}

static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_form_left_open_more_than_twelve_hours_is_refused_and_the_same_token_is_taken_in_time() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let service = format!("{OURS}-mediation");
    let jeton = app.token(&format!("/signaler?service={service}"), None).await;
    let fields = [("jeton", jeton.as_str()), ("service", service.as_str()), ("sujet", "Les horaires"), ("message", "Fermé le lundi.")];

    let later = Shifted::by(chrono::Duration::hours(13));
    let res = app.post("/signaler", None, &fields).await;
    assert_eq!(res.status(), 403, "a token of 13 hours ago is refused");
    drop(later);

    let res = app.post("/signaler", None, &fields).await;
    assert_eq!(res.status(), 303, "the same token, now, is taken");
    assert!(location(&res).starts_with("/signaler/merci"), "{}", location(&res));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_back_office_session_left_idle_for_half_an_hour_ends() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let (status, _) = app.html_with("/admin", Some(&cookie)).await;
    assert_eq!(status, 200, "open now");

    let _later = Shifted::by(chrono::Duration::minutes(app::ssr::auth::IDLE_MINUTES + 1));
    let res = app.get_with("/admin/signalements", Some(&cookie)).await;
    assert_ne!(res.status(), 200, "ended after {} idle minutes", app::ssr::auth::IDLE_MINUTES);
    let jeton = app.token("/admin/connexion", None).await;
    let res = app.post("/admin/signalements/1/traiter", Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), "/admin/connexion?erreur=session", "a post of the ended session goes to the login");
}
