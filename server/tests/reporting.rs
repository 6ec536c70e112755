//! « Signaler une erreur » in every language: a newcomer tells the coordinators a place is wrong in
//! the language of the page they read; the coordinators receive the subject in French, as always.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, OURS};
use support::{location, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_sent_in_ukrainian_reads_ukrainian_and_lands_in_french_in_the_inbox() {
    let app = spawn_app().await;
    let service = format!("{OURS}-mediation");
    let form = format!("/uk/signaler?service={service}&retour=%2Fuk%2Flieu%2F{service}");
    let (status, html) = app.html(&form).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="uk" dir="ltr""#), "{html}");
    assert!(html.contains("<h1>Повідомити про помилку</h1>"));
    assert!(!html.contains("Цю сторінку ще не перекладено"), "the form no longer says it is French-only");
    assert!(html.contains(r#"value="Les horaires""#) && html.contains(">Години роботи</label>"), "French value, Ukrainian label");
    assert!(html.contains("Можна писати французькою або своєю мовою."), "newcomers may write in their language");
    assert!(html.contains(r#"<bdi lang="fr">"#), "the entry's French name is marked");
    assert!(html.contains(r#"action="/uk/signaler""#));

    let jeton = app.token(&form, None).await;
    let refused =
        app.post("/uk/signaler", None, &[("jeton", &jeton), ("service", &service), ("sujet", "Les horaires"), ("message", "")]).await;
    let back = location(&refused);
    assert!(back.starts_with("/uk/signaler?") && back.ends_with("&erreur=message"), "{back}");
    let (_, html) = app.html(&back).await;
    assert!(html.contains("Повідомлення не надіслано") && html.contains("Опишіть помилку кількома словами"), "{html}");
    assert!(html.contains(r#"<span class="visually-hidden">Помилка: </span>"#), "the field's error prefix too: {html}");

    let cross = app
        .post_from(
            "/uk/signaler",
            None,
            &[("jeton", &jeton), ("service", &service), ("sujet", "Les horaires"), ("message", "x")],
            "cross-site",
        )
        .await;
    assert_eq!(cross.status().as_u16(), 403);
    let page = cross.text().await.unwrap();
    assert!(page.contains(r#"<html lang="uk" dir="ltr">"#) && page.contains("<h1>Форму відхилено</h1>"), "{page}");

    let message = "Тепер зачинено у вівторок";
    let sent = app
        .post(
            "/uk/signaler",
            None,
            &[("jeton", &jeton), ("service", &service), ("retour", "/uk/"), ("sujet", "Les horaires"), ("message", message)],
        )
        .await;
    assert_eq!(location(&sent), "/uk/signaler/merci?retour=%2Fuk%2F");
    let (_, thanks) = app.html(&location(&sent)).await;
    assert!(thanks.contains("<h1>Дякуємо, ваше повідомлення надіслано</h1>") && thanks.contains(r#"href="/uk/""#), "{thanks}");

    let cookie = admin(&app).await;
    let (_, inbox) = app.html_with("/admin/signalements", Some(&cookie)).await;
    assert!(inbox.contains(message) && inbox.contains("Les horaires"), "the coordinators read the French subject");
}

#[tokio::test]
async fn a_subject_not_offered_is_refused_whatever_the_language() {
    let app = spawn_app().await;
    let service = format!("{OURS}-mediation");
    let form = format!("/ar/signaler?service={service}");
    let jeton = app.token(&form, None).await;
    let res =
        app.post("/ar/signaler", None, &[("jeton", &jeton), ("service", &service), ("sujet", "Години роботи"), ("message", "x")]).await;
    assert!(location(&res).ends_with("&erreur=sujet"), "the label is not a value");
    let (_, html) = app.html(&location(&res)).await;
    assert!(html.contains(r#"dir="rtl""#) && html.contains("اختر ما هو الخطأ."), "{html}");
    let (status, html) = app.html("/facile/signaler").await;
    assert_eq!(status, 400);
    assert!(html.contains("Il manque le lieu."), "{html}");
}
