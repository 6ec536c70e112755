//! Black-box tests of the reminders (`/admin/rappels`) and of the « tout est juste » link they carry
//! (`/confirmer/{jeton}`), against a local SMTP server started by the test.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/smtp.rs"]
mod smtp;
#[path = "support/app.rs"]
mod support;

use accounts::admin;
use support::{location, spawn_app, spawn_app_with_mail, token_in, TestApp};

/// The first structure the page offers to send to (an address, due, checked).
fn first_checked(html: &str) -> String {
    let start = html.find(r#"name="structure" value=""#).expect("a structure to send to") + r#"name="structure" value=""#.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// The path of the confirmation link in a text.
fn link_path(text: &str, base: &str) -> String {
    let start = text.find(&format!("{base}/confirmer/")).expect("a confirmation link") + base.len();
    text[start..].split_whitespace().next().unwrap().to_owned()
}

async fn structure_json(app: &TestApp, id: &str) -> serde_json::Value {
    let (repo, _) = server::startup::prepare_database(&support::config(&app.data)).await.unwrap();
    repo.doc(app::domain::edit::EntityKind::Structure, id).await.unwrap().expect("stored").data
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_reaches_the_relay_and_its_link_confirms_the_structure_once_pressed_with_an_audit_line() {
    let sink = smtp::Sink::start().await;
    let app = spawn_app_with_mail(&sink.url, "coordination-numerique@exemple.fr").await;
    let cookie = admin(&app).await;
    let (status, page) = app.html_with("/admin/rappels", Some(&cookie)).await;
    assert_eq!(status, 200, "{page}");
    assert!(!page.contains("mailto:"), "a relay is configured: the page sends");
    let id = first_checked(&page);
    let before = structure_json(&app, &id).await;
    let to = before["courriel"].as_str().unwrap().to_owned();

    let jeton = token_in(&page).unwrap();
    let res = app.post("/admin/rappels", Some(&cookie), &[("jeton", &jeton), ("structure", &id)]).await;
    assert_eq!(location(&res), "/admin/rappels?envoyes=1&echecs=0");
    let received = sink.received();
    assert_eq!(received.len(), 1, "one checked structure, one message");
    let message = mail_parser::MessageParser::default().parse(&received[0]).expect("a parsable message");
    assert_eq!(message.to().and_then(|a| a.first()).and_then(|a| a.address()), Some(to.as_str()));
    assert_eq!(message.from().and_then(|a| a.first()).and_then(|a| a.address()), Some("coordination-numerique@exemple.fr"));
    let subject = message.subject().unwrap().to_owned();
    let nom = before["nom"].as_str().unwrap();
    assert!(subject.contains(nom), "{subject}");
    let body = message.body_text(0).unwrap().to_string();
    let path = link_path(&body, &app.base);

    let (_, after_send) = app.html_with("/admin/rappels?envoyes=1&echecs=0", Some(&cookie)).await;
    assert!(after_send.contains("1 rappel envoyé."), "the page says what was sent");

    // Opening the link changes nothing (mail filters open links); the button does.
    let (status, confirm_page) = app.html(&path).await;
    assert_eq!(status, 200, "{confirm_page}");
    assert!(confirm_page.contains(nom) && confirm_page.contains("Tout est juste"));
    assert_eq!(structure_json(&app, &id).await["date_maj"], before["date_maj"]);
    let jeton = token_in(&confirm_page).unwrap();
    let res = app.post(&path, None, &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), format!("{path}?fait=1"));
    assert!(res.headers().get("set-cookie").is_none(), "no account, no cookie");
    let after = structure_json(&app, &id).await;
    // The day on the Ain's clocks: from 23:00 or 22:00 UTC it is already tomorrow there.
    let today = app::ssr::clock::today();
    assert_eq!((after["date_maj"].as_str(), after["a_verifier"].as_bool()), (Some(today.as_str()), Some(false)));
    let (_, thanks) = app.html(&format!("{path}?fait=1")).await;
    assert!(thanks.contains("Merci, c’est noté"), "{thanks}");

    let (_, history) = app.html_with(&format!("/admin/historique/structure/{id}"), Some(&cookie)).await;
    assert!(history.contains(&format!("lien de rappel ({to})")), "the audit log says who confirmed");
    let (_, reminders) = app.html_with("/admin/rappels", Some(&cookie)).await;
    assert!(!reminders.contains(&format!(r#"value="{id}""#)), "confirmed, no longer due");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_altered_or_expired_link_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let (repo, _) = server::startup::prepare_database(&support::config(&app.data)).await.unwrap();
    let key = repo.secret("form_key", "unused").await.unwrap().into_bytes();
    let id = accounts::OURS;
    let now = chrono::Utc::now().timestamp();
    let valid = app::ssr::auth::reminder_token(&key, id, now + 3600);
    assert_eq!(app.html(&format!("/confirmer/{valid}")).await.0, 200);

    let other = app::ssr::auth::reminder_token(&key, accounts::THEIRS, now + 3600);
    let forged = format!("{}{}", &valid[..valid.rfind('.').unwrap()], &other[other.rfind('.').unwrap()..]);
    let later = valid.replacen(&(now + 3600).to_string(), &(now + 90 * 86_400).to_string(), 1);
    for altered in [forged, later, "n-importe-quoi".to_owned()] {
        let (status, html) = app.html(&format!("/confirmer/{altered}")).await;
        assert_eq!(status, 404, "{altered}: {html}");
    }
    let expired = app::ssr::auth::reminder_token(&key, id, now - 60);
    let (status, html) = app.html(&format!("/confirmer/{expired}")).await;
    assert_eq!(status, 410, "{html}");
    assert!(html.contains("Ce lien a expiré"), "{html}");

    let before = structure_json(&app, id).await;
    let jeton = app.token(&format!("/confirmer/{valid}"), None).await;
    let res = app.post(&format!("/confirmer/{expired}"), None, &[("jeton", &jeton)]).await;
    assert_eq!(res.status().as_u16(), 410);
    let res = app.post_from(&format!("/confirmer/{valid}"), None, &[("jeton", &jeton)], "cross-site").await;
    assert_eq!(res.status().as_u16(), 403);
    assert_eq!(structure_json(&app, id).await, before, "nothing written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_relay_coordinators_get_ready_mailto_links_carrying_the_same_link() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let (status, page) = app.html_with("/admin/rappels", Some(&cookie)).await;
    assert_eq!(status, 200);
    assert!(!page.contains(r#"name="structure""#), "nothing to send with");
    let start = page.find(r#"href="mailto:"#).expect("a mailto link") + r#"href=""#.len();
    let mailto = page[start..].split('"').next().unwrap().replace("&amp;", "&");
    let body = mailto.split("body=").nth(1).unwrap();
    let decoded = app::domain::journey::query_pairs(&format!("b={body}")).remove(0).1;
    let path = link_path(&decoded, &app.base);
    assert_eq!(app.html(&path).await.0, 200, "the link in the message opens its page");
    let res = app.post("/admin/rappels", Some(&cookie), &[("jeton", &token_in(&page).unwrap())]).await;
    assert_eq!(location(&res), "/admin/rappels", "no relay: nothing sent");
}
