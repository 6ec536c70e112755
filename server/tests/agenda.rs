//! Black-box tests of séances: added in the back-office, shown on the agenda, in the parentalité
//! result and in calendar files an independent parser reads back.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, editor, OURS};
use support::{location, spawn_app};

fn seance_fields<'a>(jeton: &'a str, service: &'a str, date: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("jeton", jeton),
        ("service", service),
        ("titre", "Les écrans et nos enfants, parlons-en"),
        ("public", "parents"),
        ("theme", "Parentalité et éducation avec le numérique"),
        ("date", date),
        ("debut", "14:00"),
        ("fin", "16:00"),
        ("lieu", "Médiathèque, place de la Mairie"),
        ("commune", "01093"),
        ("inscription", "Sur inscription, gratuit"),
    ]
}

fn next_month() -> String {
    (chrono::Utc::now() + chrono::Duration::days(30)).format("%Y-%m-%d").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seance_added_by_an_editor_is_on_the_agenda_and_in_a_valid_calendar_file() {
    let app = spawn_app().await;
    let admin_cookie = admin(&app).await;
    let cookie = editor(&app, &admin_cookie).await;
    let service = format!("{OURS}-mediation");
    let jeton = app.token(&format!("/admin/seances/nouvelle?service={service}"), Some(&cookie)).await;
    let date = next_month();
    let res = app.post("/admin/seances/nouvelle/enregistrer", Some(&cookie), &seance_fields(&jeton, &service, &date)).await;
    let saved = location(&res);
    assert!(saved.starts_with("/admin/seances/aig-e-") && saved.ends_with("?enregistre=1"), "{saved}");
    let id = saved.trim_start_matches("/admin/seances/").trim_end_matches("?enregistre=1").to_owned();

    let (_, agenda) = app.html("/agenda?commune=01093&public=parents").await;
    assert!(agenda.contains("Les écrans et nos enfants, parlons-en"));
    assert!(agenda.contains(&format!("/lieu/{service}")), "links to its service card");
    let (_, elsewhere) = app.html("/agenda?commune=01354").await;
    assert!(!elsewhere.contains("Les écrans et nos enfants"), "another EPCI");
    let (_, result) = app.html("/orientation?besoin=parentalite&commune=01093").await;
    assert!(result.contains("Les écrans et nos enfants"), "the parentalité result shows it");

    let res = app.get("/agenda.ics?public=parents&theme=Parentalit%C3%A9%20et%20%C3%A9ducation%20avec%20le%20num%C3%A9rique").await;
    assert_eq!(res.headers()["content-type"], "text/calendar; charset=utf-8");
    let body = res.text().await.unwrap();
    let calendars: Vec<_> = ical::IcalParser::new(body.as_bytes()).collect::<Result<_, _>>().expect("RFC 5545 parses");
    let events = &calendars[0].events;
    assert_eq!(events.len(), 1);
    let prop = |name: &str| events[0].properties.iter().find(|p| p.name == name).unwrap().clone();
    assert_eq!(prop("UID").value.unwrap(), format!("seance-{id}@aiguillage"));
    assert_eq!(prop("DTSTART").value.unwrap(), format!("{}T140000", date.replace('-', "")));
    assert_eq!(prop("DTSTART").params.unwrap()[0], ("TZID".to_owned(), vec!["Europe/Paris".to_owned()]));
    assert!(prop("LOCATION").value.unwrap().contains("Châtillon-sur-Chalaronne"));

    // One séance alone, with the same UID: a calendar updates it rather than adding a copy.
    let one = app.get(&format!("/agenda/{id}.ics")).await.text().await.unwrap();
    assert!(one.contains(&format!("UID:seance-{id}@aiguillage")));
    // Asked from a page in another language, the file links to its page in that language.
    assert!(one.contains(&format!("/lieu/{service}")) && !one.contains("/tr/lieu/"));
    let turkish = app.get(&format!("/tr/agenda/{id}.ics")).await.text().await.unwrap();
    assert!(turkish.contains(&format!("/tr/lieu/{service}")), "{turkish}");
    let (_, result_in_english) = app.html("/en/orientation?besoin=parentalite&commune=01093").await;
    assert!(result_in_english.contains(&format!(r#"href="/en/agenda/{id}.ics""#)), "« Add to my calendar » keeps the language");
    // Archived: gone from the agenda.
    let jeton = app.token(&format!("/admin/seances/{id}"), Some(&cookie)).await;
    app.post(&format!("/admin/seance/{id}/archiver"), Some(&cookie), &[("jeton", &jeton)]).await;
    let (_, agenda) = app.html("/agenda").await;
    assert!(!agenda.contains("Les écrans et nos enfants"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seance_in_the_past_or_ending_before_it_starts_is_refused() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let service = format!("{OURS}-mediation");
    let jeton = app.token(&format!("/admin/seances/nouvelle?service={service}"), Some(&cookie)).await;
    let mut fields = seance_fields(&jeton, &service, "2020-01-10");
    fields[7] = ("fin", "13:00");
    let res = app.post("/admin/seances/nouvelle/enregistrer", Some(&cookie), &fields).await;
    assert_eq!(location(&res), format!("/admin/seances/nouvelle?service={service}"));
    let (_, html) = app.html_with(&location(&res), Some(&cookie)).await;
    assert!(html.contains("Cette date est passée.") && html.contains("La fin doit être après le début."));
    let (_, agenda) = app.html("/agenda").await;
    assert!(agenda.contains("Aucune séance à venir"));
}

/// `/agenda.ics` as a server started now on the same database would serve it, without a listener.
async fn agenda_as_stored(app: &support::TestApp) -> String {
    use tower::ServiceExt;
    let config = server::config::Config { public_address: app.base.clone(), ..support::config(&app.data) };
    let router = server::startup::build(&config).await.unwrap();
    let res = router.oneshot(axum::http::Request::get("/agenda.ics").body(axum::body::Body::empty()).unwrap()).await.unwrap();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    without_stamps(std::str::from_utf8(&bytes).unwrap())
}

fn without_stamps(ics: &str) -> String {
    ics.lines().filter(|l| !l.starts_with("DTSTAMP")).collect::<Vec<_>>().join("\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seances_added_moved_and_archived_are_published_as_a_restart_would_read_them() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let service = format!("{OURS}-mediation");
    let day = |d: i64| (chrono::Utc::now() + chrono::Duration::days(d)).format("%Y-%m-%d").to_string();
    let mut ids = Vec::new();
    for d in [30, 10, 20] {
        let jeton = app.token(&format!("/admin/seances/nouvelle?service={service}"), Some(&cookie)).await;
        let date = day(d);
        let res = app.post("/admin/seances/nouvelle/enregistrer", Some(&cookie), &seance_fields(&jeton, &service, &date)).await;
        ids.push(location(&res).trim_start_matches("/admin/seances/").trim_end_matches("?enregistre=1").to_owned());
    }
    let jeton = app.token(&format!("/admin/seances/{}", ids[1]), Some(&cookie)).await;
    let later = day(40);
    let res = app.post(&format!("/admin/seances/{}/enregistrer", ids[1]), Some(&cookie), &seance_fields(&jeton, &service, &later)).await;
    assert_eq!(res.status().as_u16(), 303);
    app.post(&format!("/admin/seance/{}/archiver", ids[2]), Some(&cookie), &[("jeton", &jeton)]).await;

    let (status, served) = app.html("/agenda.ics").await;
    assert_eq!(status, 200);
    let served = without_stamps(&served);
    assert_eq!(served, agenda_as_stored(&app).await, "what this server publishes is what the database holds");
    let (first, moved) = (served.find(&ids[0]).expect("kept"), served.find(&ids[1]).expect("moved, kept"));
    assert!(first < moved, "soonest first: the moved one now comes after");
    assert!(!served.contains(&ids[2]), "archived, gone");

    // Their service archived, then brought back: its séances hide, then show again.
    for (verb, shown) in [("archiver", false), ("restaurer", true)] {
        let res = app.post(&format!("/admin/service/{service}/{verb}"), Some(&cookie), &[("jeton", &jeton)]).await;
        assert_eq!(res.status().as_u16(), 303, "{verb}");
        let served = without_stamps(&app.html("/agenda.ics").await.1);
        assert_eq!(served.contains(&ids[0]), shown, "{verb}");
        assert_eq!(served, agenda_as_stored(&app).await, "after « {verb} » the service");
    }
}
