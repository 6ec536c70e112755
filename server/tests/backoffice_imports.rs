//! The back-office's import page as a coordinator uses it without JavaScript: send a file, read the
//! dry run, apply it, see it on the public side, undo it; editors and other sites are refused.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, editor};
use support::{location, TestApp};

const FS_2024: &str = include_str!("../../app/importer/seed/france-services-ain-20240801.csv");

async fn send(app: &TestApp, cookie: &str, name: &str, bytes: Vec<u8>, site: &str) -> reqwest::Response {
    let jeton = app.token("/admin/imports", Some(cookie)).await;
    let form = reqwest::multipart::Form::new()
        .text("jeton", jeton)
        .text("date", "")
        .part("fichier", reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()));
    app.raw
        .post(format!("{}/admin/imports/essai", app.base))
        .header("cookie", cookie)
        .header("sec-fetch-site", site)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_is_tried_then_applied_then_undone_and_the_public_follows() {
    let app = support::spawn_app().await;
    let cookie = admin(&app).await;
    let newer = FS_2024.replacen("04 74 30 19 63", "04 74 30 19 99", 1);
    let res = send(&app, &cookie, "liste-fs-20250301.csv", newer.into_bytes(), "same-origin").await;
    assert_eq!(res.status().as_u16(), 303);
    let trial = location(&res);
    assert!(trial.starts_with("/admin/imports?essai="), "{trial}");

    let (status, html) = app.html_with(&trial, Some(&cookie)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Essai seulement") && html.contains("+33474301999"), "{html}");
    let (_, public) = app.json("/api/v1/services?commune=01388&size=1000").await;
    assert!(!public.to_string().contains("+33474301999"), "a dry run publishes nothing");

    let action = format!("/admin/imports/essai/{}/appliquer", trial.trim_start_matches("/admin/imports?essai="));
    let jeton = support::token_in(&html).unwrap();
    let res = app.post(&action, Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), "/admin/imports?applique=1");
    let (_, public) = app.json("/api/v1/services?commune=01388&size=1000").await;
    assert!(public.to_string().contains("+33474301999"), "applied and published at once");
    let (_, html) = app.html_with("/admin/imports", Some(&cookie)).await;
    assert!(html.contains("n° 1 — liste-fs-20250301.csv") && html.contains("Annuler cet import"), "{html}");

    let jeton = support::token_in(&html).unwrap();
    let res = app.post("/admin/imports/1/annuler", Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), "/admin/imports?annule=1");
    let (_, public) = app.json("/api/v1/services?commune=01388&size=1000").await;
    assert!(!public.to_string().contains("+33474301999"), "undone and published at once");
    let res = app.post("/admin/imports/1/annuler", Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), "/admin/imports?erreur=annule");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_file_is_explained_and_refused_rows_stop_the_write() {
    let app = support::spawn_app().await;
    let cookie = admin(&app).await;
    let res = send(&app, &cookie, "archive.zip", b"PK\x03\x04\0\0".to_vec(), "same-origin").await;
    let (_, html) = app.html_with(&location(&res), Some(&cookie)).await;
    assert!(html.contains("Ce n’est pas un fichier texte") && html.contains("Rien n’a été écrit"), "{html}");
    assert!(!html.contains("Appliquer cet import"));

    let bad = FS_2024
        .replacen(",01388,", ",99999,", 1)
        .replacen("Saint-Trivier-de-Courtes,46.45916,5.083785", "Nulle-Part,,", 1)
        .replacen("04 74 75", "04 00 00", 1);
    let res = send(&app, &cookie, "liste-fs-20250301.csv", bad.into_bytes(), "same-origin").await;
    let trial = location(&res);
    let (_, html) = app.html_with(&trial, Some(&cookie)).await;
    assert!(html.contains("ligne 3, colonne « code_insee », valeur « 99999 »"), "{html}");
    let action = format!("/admin/imports/essai/{}/appliquer", trial.trim_start_matches("/admin/imports?essai="));
    let res = app.post(&action, Some(&cookie), &[("jeton", &support::token_in(&html).unwrap())]).await;
    assert!(location(&res).ends_with("&erreur=refus"), "{}", location(&res));
    let (_, html) = app.html_with("/admin/imports", Some(&cookie)).await;
    assert!(html.contains("Imports appliqués (0)"), "nothing written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editors_and_other_sites_cannot_import() {
    let app = support::spawn_app().await;
    let admin_cookie = admin(&app).await;
    let editor_cookie = editor(&app, &admin_cookie).await;
    let (status, _) = app.html_with("/admin/imports", Some(&editor_cookie)).await;
    assert_eq!(status, 403);
    let res = send(&app, &admin_cookie, "liste.csv", FS_2024.as_bytes().to_vec(), "cross-site").await;
    assert_eq!(res.status().as_u16(), 403, "a post from another site");
}

/// Sends the headers of a 9 MB upload and its first bytes only, then waits for an answer: one that
/// comes means the server decided without reading the file.
async fn answer_to_an_unfinished_upload(app: &TestApp, cookie: Option<&str>) -> Option<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = app.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let cookie = cookie.map(|c| format!("Cookie: {c}\r\n")).unwrap_or_default();
    let head = format!(
        "POST /admin/imports/essai HTTP/1.1\r\nHost: {address}\r\nSec-Fetch-Site: same-origin\r\n{cookie}\
         Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 9000000\r\n\r\n--b\r\n\
         Content-Disposition: form-data; name=\"fichier\"; filename=\"gros.csv\"\r\n\r\nid;nom\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut answer)).await.ok()?.ok()?;
    Some(String::from_utf8_lossy(&answer[..read]).into_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_sent_without_a_coordinators_session_is_refused_before_it_is_read() {
    let app = support::spawn_app().await;
    let anonymous = answer_to_an_unfinished_upload(&app, None).await.expect("an answer before the file is sent");
    assert!(anonymous.starts_with("HTTP/1.1 303") && anonymous.contains("/admin/connexion"), "{anonymous}");
    let admin_cookie = admin(&app).await;
    let editor_cookie = editor(&app, &admin_cookie).await;
    let editor = answer_to_an_unfinished_upload(&app, Some(&editor_cookie)).await.expect("an answer before the file is sent");
    assert!(editor.starts_with("HTTP/1.1 403"), "an editor is refused: {editor}");
    assert!(
        answer_to_an_unfinished_upload(&app, Some(&admin_cookie)).await.is_none(),
        "a coordinator's file is read to its end (the test's own check: it would pass for no reason otherwise)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entries_a_newer_list_no_longer_names_are_shown_to_coordinators() {
    let app = support::spawn_app().await;
    let cookie = admin(&app).await;
    // The seed already applied the 2024 list over the 2022 one: its two antennes are flagged.
    let (_, html) = app.html_with("/admin/signalements", Some(&cookie)).await;
    assert!(html.contains("Fiches absentes du dernier fichier de leur source (2)"), "{html}");
    assert!(
        html.contains("Antenne Champagne en Valromey")
            && html.contains("absente du nouveau fichier « liste France Services (ANCT) » (listée le 01/12/2022)"),
        "{html}"
    );
}
