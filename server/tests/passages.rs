//! Tournées and permanences, black-box: a coordinator gives a service a passage in a commune from its
//! back-office page (plain forms, no JavaScript), a mistake is told in French and changes nothing, and
//! someone in that commune who cannot travel is told first that the service comes, and when; an
//! exception cancels that day.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, OURS};
use app::domain::taxonomy::ServiceKind;
use chrono::Datelike;
use support::{location, token_in, TestApp};

const TENAY: &str = "01416";

/// Creates a démarches service of `OURS` for everyone in France (no place near Tenay): only its
/// passage can make it help in Tenay.
async fn new_service(app: &TestApp, cookie: &str) -> String {
    let (_, html) = app.html_with(&format!("/admin/services/nouveau?structure={OURS}"), Some(cookie)).await;
    let jeton = token_in(&html).unwrap();
    let fields = [
        ("jeton", jeton.as_str()),
        ("structure", OURS),
        ("nom", "Permanence itinérante"),
        ("services", ServiceKind::Demarches.label()),
        ("zone", "national"),
    ];
    let res = app.post("/admin/services/nouveau/enregistrer", Some(cookie), &fields).await;
    let to = location(&res);
    to.strip_prefix("/admin/services/").and_then(|r| r.strip_suffix("?enregistre=1")).unwrap_or_else(|| panic!("{to}")).to_owned()
}

async fn post_passage(app: &TestApp, cookie: &str, id: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let (_, html) = app.html_with(&format!("/admin/services/{id}"), Some(cookie)).await;
    let jeton = token_in(&html).unwrap();
    let mut all = vec![("jeton", jeton.as_str())];
    all.extend_from_slice(fields);
    app.post(&format!("/admin/services/{id}/passages"), Some(cookie), &all).await
}

/// The card of the result whose service is `service`.
fn card_of<'a>(html: &'a str, service: &str) -> Option<&'a str> {
    let at = html.find(&format!(r#"<p class="card-service">{service}</p>"#))?;
    let start = html[..at].rfind("<article")?;
    let end = at + html[at..].find("</article>")?;
    Some(&html[start..end])
}

/// The next Friday from today in Paris, as `AAAA-MM-JJ` (today when it is Friday).
fn next_friday() -> String {
    let today = chrono::NaiveDate::parse_from_str(&app::ssr::clock::today(), "%Y-%m-%d").unwrap();
    let ahead = (4 + 7 - today.weekday().num_days_from_monday()) % 7;
    (today + chrono::Days::new(ahead.into())).format("%Y-%m-%d").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passage_added_in_the_back_office_reaches_someone_in_that_commune_who_cannot_travel() {
    let app = support::spawn_app().await;
    let cookie = admin(&app).await;
    let id = new_service(&app, &cookie).await;
    let result =
        format!("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune={TENAY}&deplacement=non&demandeur=moi");
    let (_, before) = app.html(&result).await;
    assert!(!before.contains("Permanence itinérante"), "a national service with no passage is no help to someone who cannot travel");

    // A mistake: nothing is saved, the form comes back with what was typed and the message.
    let wrong = [("action", "ajouter"), ("passage_commune", "Atlantis"), ("passage_lieu", "Mairie"), ("passage_rythme", "semaine")];
    let res = post_passage(&app, &cookie, &id, &wrong).await;
    assert_eq!(location(&res), format!("/admin/services/{id}#passages-titre"));
    let (_, page) = app.html_with(&format!("/admin/services/{id}"), Some(&cookie)).await;
    assert!(page.contains("Le passage n’a pas été enregistré") && page.contains("Choisissez le jour de passage."), "{page}");
    assert!(page.contains(r#"value="Atlantis""#) && page.contains("Aucun passage enregistré."));

    let friday = [
        ("action", "ajouter"),
        ("passage_commune", "Tenay"),
        ("passage_lieu", "Mairie"),
        ("passage_rythme", "semaine"),
        ("passage_jour", "Fr"),
        ("passage_debut", "09:00"),
        ("passage_fin", "12:30"),
    ];
    let res = post_passage(&app, &cookie, &id, &friday).await;
    assert_eq!(location(&res), format!("/admin/services/{id}?enregistre=1#passages-titre"));
    let (_, page) = app.html_with(&format!("/admin/services/{id}"), Some(&cookie)).await;
    assert!(page.contains("Tenay, Mairie") && page.contains("chaque vendredi, de 9h00 à 12h30"), "{page}");

    let (_, after) = app.html(&result).await;
    let ours = card_of(&after, "Permanence itinérante").unwrap_or_else(|| panic!("{after}"));
    assert!(ours.contains("Passe dans votre commune") && ours.contains("Passe à Tenay le vendredi"), "{ours}");
    // The seeded France services of Saint-Rambert also holds a permanence in Tenay's mairie: both
    // passages come first, before anything that is not in Tenay.
    let first_two: Vec<&str> = after.split("<article").skip(1).take(2).collect();
    assert!(first_two.iter().all(|c| c.contains("Passe dans votre commune")), "{after}");

    // The next Friday cancelled: the card says the one after.
    let friday_date = next_friday();
    let cancel =
        [("action", "exception"), ("exception_passage", "p1"), ("exception_date", friday_date.as_str()), ("exception_sorte", "annule")];
    assert_eq!(location(&post_passage(&app, &cookie, &id, &cancel).await), format!("/admin/services/{id}?enregistre=1#passages-titre"));
    let (_, page) = app.html_with(&format!("/admin/services/{id}"), Some(&cookie)).await;
    assert!(page.contains("Pas de passage le"), "{page}");
    let day = |date: &str| date[8..].trim_start_matches('0').to_owned();
    let (_, cancelled) = app.html(&result).await;
    let card = card_of(&cancelled, "Permanence itinérante").unwrap_or_default();
    let line = card.split("Passe à Tenay le vendredi ").nth(1).unwrap_or_default();
    assert!(!line.is_empty(), "{card}");
    assert!(!line.starts_with(&format!("{} ", day(&friday_date))), "the cancelled Friday is not announced: {line}");

    let remove = [("action", "supprimer"), ("passage", "p1")];
    assert_eq!(location(&post_passage(&app, &cookie, &id, &remove).await), format!("/admin/services/{id}?enregistre=1#passages-titre"));
    let (_, gone) = app.html(&result).await;
    assert!(card_of(&gone, "Permanence itinérante").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passage_form_needs_a_session_and_a_token() {
    let app = support::spawn_app().await;
    let cookie = admin(&app).await;
    let id = new_service(&app, &cookie).await;
    let fields = [("action", "supprimer"), ("passage", "p1")];
    let res = app.post(&format!("/admin/services/{id}/passages"), None, &fields).await;
    assert_eq!(location(&res), "/admin/connexion?erreur=session");
    let res = app.post(&format!("/admin/services/{id}/passages"), Some(&cookie), &[("jeton", "faux"), ("action", "supprimer")]).await;
    assert_eq!(res.status().as_u16(), 403);
}
