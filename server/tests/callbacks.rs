//! Black-box tests of « Être rappelé » (issue 27): a person's request reaches the designated
//! structure through an SMTP server the test starts, the structure answers through its signed link,
//! and the personal data is erased when its time comes (a test clock drives the server's rounds).

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/smtp.rs"]
mod smtp;
#[path = "support/app.rs"]
mod support;

use app::domain::geo::InseeCode;
use app::ssr::callbacks::round;
use app::ssr::state::AppState;
use support::{location, spawn_with_state, token_in, TestApp};

const JOURNEY: &str = "besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=non&demandeur=moi";
const DAY: i64 = 86_400;

async fn start(with_mail: Option<&smtp::Sink>) -> (TestApp, AppState) {
    let mail = with_mail.map(|s| server::config::MailConfig { relay: s.url.clone(), from: "coordination@exemple.fr".into() });
    spawn_with_state(tempfile::tempdir().unwrap(), |c| c.mail = mail).await
}

/// Nantua's EPCI.
fn nantua_epci(state: &AppState) -> String {
    let commune = state.gazetteer.commune(&InseeCode::parse("01269").unwrap()).unwrap();
    state.gazetteer.epci_of(commune).siren.clone()
}

/// A coordinator designates `structure` for every need of `epci`, at `courriel`.
async fn designate(app: &TestApp, cookie: &str, epci: &str, structure: &str, courriel: &str) {
    let jeton = app.token("/admin/demandes", Some(cookie)).await;
    let fields = [("jeton", jeton.as_str()), ("epci", epci), ("besoin", ""), ("structure", structure), ("courriel", courriel)];
    let res = app.post("/admin/demandes/destinataires", Some(cookie), &fields).await;
    assert_eq!(location(&res), "/admin/demandes#destinataires-titre");
}

/// Sends the public form with `extra` fields; returns the redirect.
async fn send(app: &TestApp, extra: &[(&str, &str)]) -> String {
    let (status, page) = app.html(&format!("/rappel?{JOURNEY}")).await;
    assert_eq!(status, 200, "{page}");
    let jeton = token_in(&page).unwrap();
    let journey = app::domain::journey::query_pairs(JOURNEY);
    let mut fields: Vec<(&str, &str)> = journey.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    fields.push(("jeton", &jeton));
    fields.extend_from_slice(extra);
    let res = app.post("/rappel", None, &fields).await;
    if res.status().as_u16() != 303 {
        panic!("POST /rappel: {} {}", res.status(), res.text().await.unwrap_or_default());
    }
    location(&res)
}

const PERSON: [(&str, &str); 4] =
    [("prenom", "Josette"), ("telephone", "06 12 34 56 78"), ("message", "Le matin"), ("consentement", "oui")];

fn link_in(body: &str, base: &str) -> String {
    let start = body.find(&format!("{base}/demande/")).expect("a link to the request") + base.len();
    body[start..].split_whitespace().next().unwrap().to_owned()
}

async fn answer(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> String {
    let (_, page) = app.html(path).await;
    let jeton = token_in(&page).unwrap_or_else(|| panic!("no form on {path}: {page}"));
    let mut all = vec![("jeton", jeton.as_str())];
    all.extend_from_slice(fields);
    location(&app.post(path, None, &all).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_reaches_its_structure_is_answered_through_its_link_and_is_erased_after_the_delay() {
    let sink = smtp::Sink::start().await;
    let (app, state) = start(Some(&sink)).await;
    let (epci, structure) = (nantua_epci(&state), accounts::THEIRS);
    let cookie = accounts::admin(&app).await;
    designate(&app, &cookie, &epci, structure, "accueil@fs-nantua.fr").await;
    let nom = state.directory().structure(structure).unwrap().nom.clone();
    let (_, form) = app.html(&format!("/rappel?{JOURNEY}")).await;
    assert!(form.contains(&format!("Votre demande va à {nom}")), "the person is told who receives it");

    let to = send(&app, &PERSON).await;
    assert!(to.starts_with("/rappel/envoye?reference="), "{to}");
    let reference = to.rsplit('=').next().unwrap().to_owned();
    let (_, thanks) = app.html(&to).await;
    assert!(thanks.contains(&reference), "the person reads their reference");

    let mail = sink.decoded(1).await;
    assert_eq!(mail.len(), 1);
    let (rcpt, subject, body) = &mail[0];
    assert_eq!(rcpt, "accueil@fs-nantua.fr");
    assert!(subject.contains("Nantua"), "{subject}");
    for personal in ["Josette", "0612345678", "06 12 34 56 78", "+33612345678", "Le matin"] {
        assert!(!body.contains(personal) && !subject.contains(personal), "the mail names no one: {body}");
    }
    let path = link_in(body, &app.base);

    let (status, page) = app.html(&path).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Josette") && page.contains("06 12 34 56 78") && page.contains("Le matin"), "{page}");
    assert!(page.contains("demande consultée"), "the opening is in the history");
    assert_eq!(answer(&app, &path, &[("action", "occupe")]).await, format!("{path}?fait=1"));
    // The same form again, as a replayed link or a double click: nothing changes.
    let jeton = token_in(&app.html(&path).await.1).unwrap();
    let replay = app.post(&path, None, &[("jeton", &jeton), ("action", "occupe")]).await;
    assert_eq!(location(&replay), format!("{path}?erreur=deja"));
    assert_eq!(answer(&app, &path, &[("action", "traitee")]).await, format!("{path}?fait=1"));
    let (_, closed) = app.html(&path).await;
    assert!(token_in(&closed).is_none() && closed.contains("Traitée"), "a closed request shows no answer: {closed}");
    let late = app.post(&path, None, &[("jeton", &jeton), ("action", "injoignable")]).await;
    assert_eq!(location(&late), format!("{path}?erreur=close"), "nothing moves a closed request");

    let now = chrono::Utc::now().timestamp();
    assert_eq!(round(&state, now + 89 * DAY).await.unwrap().purged, 0, "kept 90 days after closing");
    assert_eq!(round(&state, now + 91 * DAY).await.unwrap().purged, 1);
    let stored = state.repo.callbacks_since(0).await.unwrap();
    assert_eq!(stored.len(), 1);
    let c = &stored[0];
    assert!(c.purged && c.prenom.is_none() && c.contact.is_none() && c.message.is_none() && c.commune.is_none() && c.reference.is_none());
    assert_eq!(
        (c.epci.as_str(), c.besoin.as_str(), c.status.code()),
        (epci.as_str(), "demarche", "traitee"),
        "the counts keep what they need"
    );
    assert_eq!(app.get(&path).await.status().as_u16(), 410, "the link leads to nothing any more");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_or_expired_link_a_passed_on_request_and_another_structure_change_nothing() {
    let sink = smtp::Sink::start().await;
    let (app, state) = start(Some(&sink)).await;
    let (epci, first, second) = (nantua_epci(&state), accounts::THEIRS, accounts::OURS);
    let admin = accounts::admin(&app).await;
    designate(&app, &admin, &epci, first, "premiere@exemple.fr").await;
    // The second receives another EPCI's requests: its address is known from that designation.
    let other = state.gazetteer.geography().epci.iter().find(|e| e.siren != epci).unwrap().siren.clone();
    designate(&app, &admin, &other, second, "seconde@exemple.fr").await;
    assert!(send(&app, &PERSON).await.starts_with("/rappel/envoye"));
    let path = link_in(&sink.decoded(1).await[0].2, &app.base);

    let last = if path.ends_with('0') { "1" } else { "0" };
    let forged = format!("{}{last}", &path[..path.len() - 1]);
    assert_eq!(app.get(&forged).await.status().as_u16(), 404, "an altered link is not found");
    let c = state.repo.callbacks(None).await.unwrap().remove(0);
    let (old, _) = app::ssr::callbacks::link(&state, &c, chrono::Utc::now().timestamp() - 31 * DAY);
    assert_eq!(app.get(old.trim_start_matches(&app.base)).await.status().as_u16(), 410, "an expired link says so");

    // An editor of another structure cannot read it; a coordinator can, and that is in its history.
    let editor = accounts::editor(&app, &admin).await;
    assert_eq!(app.get_with(&format!("/admin/demandes/{}", c.id), Some(&editor)).await.status().as_u16(), 403);
    let (status, page) = app.html_with(&format!("/admin/demandes/{}", c.id), Some(&admin)).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Josette"));

    assert_eq!(answer(&app, &path, &[("action", "transmise"), ("structure", second)]).await, format!("{path}?fait=1"));
    assert_eq!(app.get(&path).await.status().as_u16(), 410, "passed on: the first structure's link no longer opens it");
    assert_eq!(app.get_with(&format!("/admin/demandes/{}", c.id), Some(&editor)).await.status().as_u16(), 200, "now it is theirs");
    let mail = sink.decoded(2).await;
    assert_eq!((mail.len(), mail[1].0.as_str()), (2, "seconde@exemple.fr"), "the structure it was passed to is told");
    let now = chrono::Utc::now().timestamp();
    let done = round(&state, now + 49 * 3600).await.unwrap();
    assert_eq!(done.reminded, 1, "unanswered for two days: one reminder");
    assert!(sink.decoded(3).await[2].1.starts_with("Rappel"));
    assert_eq!(round(&state, now + 60 * 3600).await.unwrap().reminded, 0, "one reminder only");
    let history = state.repo.callback_accesses(c.id).await.unwrap();
    assert!(history.iter().any(|(_, who, what)| who.contains('@') && what == "demande consultée"), "{history:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_request_is_explained_a_robot_stores_nothing_and_a_person_erases_theirs() {
    let (app, state) = start(None).await;
    let refused = send(&app, &[("prenom", ""), ("telephone", "123"), ("consentement", "")]).await;
    assert!(refused.ends_with("&erreur=prenom,contact,consentement"), "{refused}");
    let (_, page) = app.html(&refused).await;
    assert!(page.contains("Écrivez votre prénom") && page.contains("10 chiffres") && page.contains("Cochez la case"), "{page}");
    let robot = send(&app, &[PERSON[0], PERSON[1], PERSON[3], ("site", "http://spam.example")]).await;
    assert_eq!(robot, "/rappel/envoye");
    assert!(state.repo.callbacks(None).await.unwrap().is_empty(), "nothing stored for a refused form or a robot");

    let sent = send(&app, &PERSON).await;
    let reference = sent.rsplit('=').next().unwrap().to_owned();
    assert!(send(&app, &PERSON).await.ends_with("&erreur=deja"), "one request per person, need and day");
    assert_eq!(state.repo.callbacks(None).await.unwrap().len(), 1, "without a relay the request waits, stored");

    let erase = |reference: String, contact: &'static str| {
        let app = &app;
        async move {
            let jeton = app.token("/rappel/effacer", None).await;
            location(&app.post("/rappel/effacer", None, &[("jeton", &jeton), ("reference", &reference), ("contact", contact)]).await)
        }
    };
    assert_eq!(erase(reference.clone(), "0611111111").await, "/rappel/effacer?erreur=introuvable", "a reference alone is not enough");
    assert_eq!(erase(reference.to_lowercase().replace('-', " "), "+33612345678").await, "/rappel/effacer?fait=1");
    assert!(state.repo.callbacks(None).await.unwrap().is_empty(), "erased at once");
}
