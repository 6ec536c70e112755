//! Black-box tests of « Proposer un lieu » and « C'est ma structure » (issue 28): a proposal goes
//! through its whole life over HTTP and through an SMTP server the test starts (proposed, question
//! asked, answered, accepted, published), and shows in a result where nothing local was before.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/smtp.rs"]
mod smtp;
#[path = "support/app.rs"]
mod support;

use support::{location, spawn_with_state, token_in, TestApp};

/// Parents in Nantua: no parentalité place anywhere in the seeded Ain.
const DAY: i64 = 86_400;

const RESULT: &str = "/orientation?besoin=parentalite&parentalite_sujet=ecrans&commune=01269&deplacement=oui";

const PLACE: [(&str, &str); 13] = [
    ("genre", "atelier"),
    ("nom", "Centre social Le Lien"),
    ("adresse", "3 rue des Écoles"),
    ("code_postal", "01130"),
    ("commune", "Nantua"),
    ("activite", "Parents et écrans"),
    ("aides", "Parentalité et éducation avec le numérique"),
    ("publics", "Familles et/ou enfants"),
    ("quand", "Un jeudi par mois, 18h-20h"),
    ("proposant_nom", "Claire Martin"),
    ("proposant_courriel", "claire@centre-lien.fr"),
    ("message", "Nous accueillons aussi les grands-parents."),
    ("consentement", "oui"),
];

async fn start(sink: &smtp::Sink) -> (TestApp, app::ssr::state::AppState) {
    let mail = Some(server::config::MailConfig { relay: sink.url.clone(), from: "coordination@exemple.fr".into() });
    spawn_with_state(tempfile::tempdir().unwrap(), |c| c.mail = mail).await
}

/// How the indicators' coverage reaches parents in Nantua (« écrans »): what the comité reads.
async fn parentalite_in_nantua(state: &app::ssr::state::AppState) -> &'static str {
    use app::domain::engine::Tier;
    use app::domain::indicators::Reached;
    let all = app::ssr::coverage::all(state).await.unwrap();
    let nantua = all.iter().find(|c| c.insee.as_str() == "01269").unwrap();
    let need = nantua.needs.iter().find(|n| n.besoin == "parentalite").unwrap();
    match need.forms.iter().find(|(form, _)| form.contains("ecrans")).map(|(_, r)| *r) {
        Some(Reached::Tier(Tier::Commune)) => "in the commune",
        Some(Reached::Tier(Tier::Epci | Tier::Voisin)) => "near",
        _ => "nothing local",
    }
}

/// Sends `/proposer` (as `path` shows it) with `fields`; returns the redirect.
async fn propose(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> String {
    let (status, page) = app.html(path).await;
    assert_eq!(status, 200, "{page}");
    let jeton = token_in(&page).unwrap();
    let mut all = vec![("jeton", jeton.as_str())];
    all.extend_from_slice(fields);
    let res = app.post("/proposer", None, &all).await;
    assert_eq!(res.status().as_u16(), 303, "{}", res.text().await.unwrap_or_default());
    location(&res)
}

/// The path of the first link to `prefix` in `body`.
fn link_in(body: &str, base: &str, prefix: &str) -> String {
    let start = body.find(&format!("{base}{prefix}")).unwrap_or_else(|| panic!("a link to {prefix} in {body}")) + base.len();
    body[start..].split_whitespace().next().unwrap().to_owned()
}

/// A coordinator's decision on `admin_path`; returns the redirect.
async fn decide(app: &TestApp, cookie: &str, admin_path: &str, fields: &[(&str, &str)]) -> String {
    let jeton = app.token(admin_path, Some(cookie)).await;
    let mut all = vec![("jeton", jeton.as_str())];
    all.extend_from_slice(fields);
    location(&app.post(admin_path, Some(cookie), &all).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proposed_atelier_is_published_only_once_a_coordinator_accepts_it_and_its_proposer_follows_each_step() {
    let sink = smtp::Sink::start().await;
    let (app, state) = start(&sink).await;
    let cookie = accounts::admin(&app).await;
    let (_, before) = app.html(RESULT).await;
    assert!(!before.contains("Parents et écrans"), "nothing of it before");
    assert_eq!(parentalite_in_nantua(&state).await, "nothing local", "the comité's coverage, before");
    assert!(before.contains("/proposer?commune=01269"), "where nothing local fits, the page asks for a place");

    let to = propose(&app, "/proposer?commune=01269", &PLACE).await;
    assert!(to.starts_with("/proposition/") && to.ends_with("?envoyee=1"), "{to}");
    let res = app.get(&to).await;
    assert_eq!(res.headers()["referrer-policy"], "no-referrer", "the personal link is sent nowhere");
    assert_eq!(res.headers()["x-robots-tag"], "noindex");
    assert_eq!(res.headers()["cache-control"], "no-store", "kept by no cache, the service worker's included");
    let (status, own) = app.html(&to).await;
    assert_eq!(status, 200);
    assert!(own.contains("En attente de la coordination") && own.contains("Un jeudi par mois"), "{own}");

    let mail = sink.decoded(2).await;
    let receipt = mail.iter().find(|m| m.0 == "claire@centre-lien.fr").expect("a receipt to the proposer");
    assert!(receipt.1.contains("reçue") && receipt.2.contains("rien n’est publié sans elle"), "{receipt:?}");
    let own_link = link_in(&receipt.2, &app.base, "/proposition/");
    let notice = mail.iter().find(|m| m.0 == "coordination@exemple.fr").expect("a notice to the coordination");
    let admin_path = link_in(&notice.2, &app.base, "/admin/propositions/");
    assert!(notice.2.contains("Centre social Le Lien") && notice.2.contains("Nantua"), "{notice:?}");
    let (_, still) = app.html(RESULT).await;
    assert!(!still.contains("Parents et écrans"), "never published before a coordinator accepts it");

    assert_eq!(decide(&app, &cookie, &admin_path, &[("action", "question"), ("texte", "")]).await, format!("{admin_path}?erreur=vide"));
    assert_eq!(
        decide(&app, &cookie, &admin_path, &[("action", "question"), ("texte", "Est-ce gratuit ?")]).await,
        format!("{admin_path}?fait=1")
    );
    let mail = sink.decoded(3).await;
    let question = &mail[2];
    assert_eq!(question.0, "claire@centre-lien.fr");
    assert!(question.2.contains("« Est-ce gratuit ? »"), "the coordinator's words reach the proposer: {}", question.2);
    let (_, asked) = app.html(&own_link).await;
    assert!(asked.contains("Répondre à la coordination") && asked.contains("la coordination : question posée"), "{asked}");
    assert!(!asked.contains("coordination@exemple.fr"), "the proposer reads « la coordination », not an account");

    let jeton = token_in(&asked).unwrap();
    let res = app.post(&own_link, None, &[("jeton", &jeton), ("reponse", "Oui, gratuit.")]).await;
    assert_eq!(location(&res), format!("{own_link}?fait=1"));
    let again = app.post(&own_link, None, &[("jeton", &jeton), ("reponse", "Oui, gratuit.")]).await;
    assert_eq!(location(&again), format!("{own_link}?erreur=sans-question"), "one answer per question");
    let mail = sink.decoded(4).await;
    assert!(mail[3].0 == "coordination@exemple.fr" && mail[3].1.contains("Réponse"), "{:?}", mail[3]);

    assert_eq!(decide(&app, &cookie, &admin_path, &[("action", "accepter")]).await, format!("{admin_path}?fait=1"));
    let (_, after) = app.html(RESULT).await;
    assert!(after.contains("Parents et écrans") && after.contains("Centre social Le Lien"), "published and shown: {after}");
    assert!(!after.contains("/proposer?commune=01269"), "a local answer now: the « nothing local » notice is gone");
    let mail = sink.decoded(5).await;
    assert!(mail[4].0 == "claire@centre-lien.fr" && mail[4].1.contains("publiée"), "{:?}", mail[4]);
    assert_eq!(parentalite_in_nantua(&state).await, "in the commune", "the comité's coverage counts it at once");
    let (_, accepted) = app.html(&own_link).await;
    assert!(accepted.contains("Acceptée") && accepted.contains("Voir la fiche publiée"), "{accepted}");
    assert_eq!(
        decide(&app, &cookie, &admin_path, &[("action", "refuser"), ("texte", "Doublon")]).await,
        format!("{admin_path}?erreur=close"),
        "a decided proposal changes no more"
    );

    let now = chrono::Utc::now().timestamp();
    app::ssr::callbacks::round(&state, now + 89 * DAY).await.unwrap();
    assert_eq!(state.repo.proposals().await.unwrap()[0].proposal.courriel, "claire@centre-lien.fr", "kept 90 days after the decision");
    assert_eq!(app::ssr::callbacks::round(&state, now + 91 * DAY).await.unwrap().purged, 1);
    let p = &state.repo.proposals().await.unwrap()[0];
    assert_eq!((p.proposal.courriel.as_str(), p.proposal.proposant.as_str()), ("", "effacé"), "then erased");
    let history = state.repo.proposal_history(p.id).await.unwrap();
    assert!(history.iter().all(|s| s.who != "Claire Martin"), "{history:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_form_comes_back_as_typed_with_each_message_and_stores_nothing() {
    let sink = smtp::Sink::start().await;
    let (app, state) = start(&sink).await;
    let typed: Vec<(&str, &str)> = PLACE.iter().copied().filter(|(n, _)| !matches!(*n, "commune" | "aides")).collect();
    let to = propose(&app, "/proposer", &typed).await;
    assert!(to.starts_with("/proposer?brouillon="), "{to}");
    let (_, page) = app.html(&to).await;
    assert!(page.contains("Erreur : Proposer un lieu"), "the title says it");
    assert!(page.contains("Indiquez la commune du lieu") && page.contains("Cochez au moins une aide proposée."), "{page}");
    assert!(page.contains(r#"value="Centre social Le Lien""#) && page.contains("Un jeudi par mois"), "what was typed is kept");
    assert!(state.repo.proposals().await.unwrap().is_empty());
    let (status, _) = app.html("/proposer?brouillon=invente").await;
    assert_eq!(status, 200, "an unknown draft is a blank form");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asking_to_manage_a_place_reaches_the_coordinators_only_and_an_altered_link_opens_nothing() {
    let sink = smtp::Sink::start().await;
    let (app, state) = start(&sink).await;
    let admin = accounts::admin(&app).await;
    let editor = accounts::editor(&app, &admin).await;
    let service = state.directory().services().iter().find(|s| s.structure == accounts::OURS).unwrap().id.clone();
    let (_, place) = app.html(&format!("/lieu/{service}")).await;
    assert!(place.contains(&format!("/proposer?lieu={service}")), "« C’est ma structure » on the place's page");
    let to = ask_to_manage(&app, &state, accounts::OURS, ("Ana", "ana@exemple.fr")).await;
    let id = state.repo.proposals().await.unwrap()[0].id;
    let admin_path = format!("/admin/propositions/{id}");
    let (status, _) = app.html_with(&admin_path, Some(&editor)).await;
    assert_eq!(status, 403, "an editor does not read proposals");
    assert_eq!(
        decide(&app, &admin, &admin_path, &[("action", "fusionner"), ("structure", accounts::THEIRS)]).await,
        format!("{admin_path}?erreur=fusion")
    );
    let before = state.directory().services().len();
    assert_eq!(decide(&app, &admin, &admin_path, &[("action", "accepter")]).await, format!("{admin_path}?fait=1"));
    assert_eq!(state.directory().services().len(), before, "granting changes no entry");
    let (_, own) = app.html(to.trim_end_matches("?envoyee=1")).await;
    assert!(own.contains("Acceptée"), "{own}");
    let mut altered = to.trim_end_matches("?envoyee=1").to_owned();
    altered.push('x');
    assert_eq!(app.html(&altered).await.0, 404);
}

/// Sends « C'est ma structure » for `structure` as `(nom, courriel)`, from one of its services'
/// page; returns the redirect.
async fn ask_to_manage(app: &TestApp, state: &app::ssr::state::AppState, structure: &str, who: (&str, &str)) -> String {
    let service = state.directory().services().iter().find(|s| s.structure == structure).unwrap().id.clone();
    let fields = [
        ("genre", "gestion"),
        ("structure", structure),
        ("fonction", "Animatrice"),
        ("proposant_nom", who.0),
        ("proposant_courriel", who.1),
        ("consentement", "oui"),
    ];
    propose(app, &format!("/proposer?lieu={service}"), &fields).await
}

/// Sends « C'est ma structure » for `structure` as `(nom, courriel)`; a coordinator accepts it.
async fn ask_and_accept(app: &TestApp, state: &app::ssr::state::AppState, admin: &str, structure: &str, who: (&str, &str)) {
    ask_to_manage(app, state, structure, who).await;
    let id = state.repo.proposals().await.unwrap().iter().map(|p| p.id).max().unwrap();
    let admin_path = format!("/admin/propositions/{id}");
    assert_eq!(decide(app, admin, &admin_path, &[("action", "accepter")]).await, format!("{admin_path}?fait=1"));
    let (_, page) = app.html_with(&admin_path, Some(admin)).await;
    assert!(page.contains(&format!("Le compte de l’espace de gestion de {}", who.1)), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_accepted_request_to_manage_a_place_opens_an_account_whose_owner_chooses_its_password_through_a_link_that_serves_once() {
    let sink = smtp::Sink::start().await;
    let (app, state) = start(&sink).await;
    let admin = accounts::admin(&app).await;
    ask_and_accept(&app, &state, &admin, accounts::THEIRS, ("Ana Duval", "ana@exemple.fr")).await;
    let mail = sink.decoded(3).await;
    let accepted = mail.iter().find(|m| m.0 == "ana@exemple.fr" && m.1.contains("acceptée")).expect("an acceptance to Ana");
    let link = link_in(&accepted.2, &app.base, "/admin/acces/");
    assert!(accepted.2.contains("qu’une fois") && accepted.2.contains("/proposition/"), "{}", accepted.2);

    let res = app.get(&link).await;
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.headers()["referrer-policy"], "no-referrer");
    let (status, page) = app.html(&link).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Choisir votre mot de passe") && page.contains("ana@exemple.fr"), "{page}");
    let jeton = token_in(&page).unwrap();
    let weak = app.post(&link, None, &[("jeton", &jeton), ("nouveau", "ana duval"), ("confirmation", "autre chose")]).await;
    let back = location(&weak);
    assert!(back.starts_with(&format!("{link}?brouillon=")), "{back}");
    let (_, refused) = app.html(&back).await;
    assert!(refused.contains("trop facile à deviner") && refused.contains("ne sont pas identiques"), "{refused}");
    assert!(!refused.contains("ana duval"), "a refused password is never shown again");

    let password = "les hirondelles du Bugey reviennent en avril";
    let jeton = token_in(&refused).unwrap();
    let chosen = app.post(&link, None, &[("jeton", &jeton), ("nouveau", password), ("confirmation", password)]).await;
    assert_eq!(location(&chosen), "/admin/connexion?acces=1");
    let (status, used) = app.html(&link).await;
    assert_eq!(status, 410, "the link has served: {used}");
    assert!(used.contains("déjà servi"), "{used}");
    let again = app.post(&link, None, &[("jeton", &jeton), ("nouveau", "une autre phrase bien longue ici"), ("confirmation", "x")]).await;
    assert_eq!(again.status().as_u16(), 410, "nor can it set another password");
    let mut altered = link.clone();
    altered.push('0');
    assert_eq!(app.html(&altered).await.0, 404);

    let ana = app.login("ana@exemple.fr", password).await;
    assert_eq!(app.html_with(&format!("/admin/structures/{}", accounts::THEIRS), Some(&ana)).await.0, 200, "her place");
    assert_eq!(app.html_with(&format!("/admin/structures/{}", accounts::OURS), Some(&ana)).await.0, 403, "not another");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn someone_who_already_has_an_account_gets_the_place_added_to_it_and_no_new_password() {
    let sink = smtp::Sink::start().await;
    let (app, state) = start(&sink).await;
    let admin = accounts::admin(&app).await;
    let editor = accounts::editor(&app, &admin).await;
    assert_eq!(app.html_with(&format!("/admin/structures/{}", accounts::THEIRS), Some(&editor)).await.0, 403);
    ask_and_accept(&app, &state, &admin, accounts::THEIRS, ("Médiathèque", accounts::EDITOR.0)).await;
    let mail = sink.decoded(3).await;
    let accepted = mail.iter().find(|m| m.0 == accounts::EDITOR.0 && m.1.contains("acceptée")).expect("an acceptance");
    assert!(accepted.2.contains("compte que vous aviez déjà") && !accepted.2.contains("/admin/acces/"), "{}", accepted.2);
    let editor = app.login(accounts::EDITOR.0, accounts::EDITOR.1).await;
    for place in [accounts::OURS, accounts::THEIRS] {
        assert_eq!(app.html_with(&format!("/admin/structures/{place}"), Some(&editor)).await.0, 200, "{place}, with the same password");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_mail_relay_the_coordinator_is_told_to_give_a_provisional_password() {
    let (app, state) = spawn_with_state(tempfile::tempdir().unwrap(), |_| {}).await;
    let admin = accounts::admin(&app).await;
    ask_and_accept(&app, &state, &admin, accounts::THEIRS, ("Ana Duval", "ana@exemple.fr")).await;
    let id = state.repo.proposals().await.unwrap()[0].id;
    let (_, page) = app.html_with(&format!("/admin/propositions/{id}"), Some(&admin)).await;
    assert!(page.contains("Aucun relais de courriel") && page.contains("mot de passe provisoire"), "{page}");
    let (account, _) = state.repo.account_by_email("ana@exemple.fr").await.unwrap().unwrap();
    assert!(account.must_change_password && account.structures == [accounts::THEIRS], "{account:?}");
}
