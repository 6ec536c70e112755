//! The offline pages over a snapshot made of the real geography and the demo directory.

use super::*;
use domain::directory::Directory;
use domain::hours::{HoursTable, WeekRanges};
use domain::snapshot::{Snapshot, FORMAT};
use std::sync::OnceLock;

/// The real geography and the demo directory, every place open on weekday mornings (as the server's
/// evaluation would say of « Mo-Fr 09:00-12:00 »), as the server serialises it.
pub(crate) fn demo_snapshot_json() -> String {
    let geography = domain::test_data::geography();
    let directory: Directory = domain::test_data::demo_directory().clone();
    let mut week: WeekRanges = Default::default();
    for day in week.iter_mut().take(5) {
        day.push((540, 720));
    }
    let hours = HoursTable::of_directory(&directory, |_| Some(week.clone()), |_| None);
    let snapshot = Snapshot { format: FORMAT, date: "2026-11-28".into(), donnees_du: "28/11/2026".into(), geography, directory, hours };
    serde_json::to_string(&snapshot).unwrap()
}

fn loaded() -> &'static Loaded {
    static L: OnceLock<Loaded> = OnceLock::new();
    L.get_or_init(|| Loaded::from_json(&demo_snapshot_json()).unwrap())
}

fn monday_ten() -> Moment {
    Moment { date: "2026-11-30".into(), weekday: 0, minutes: 600 }
}

fn get(target: &str) -> Answer {
    answer(loaded(), target, &monday_ten())
}

fn page_of(target: &str) -> (u16, String, String) {
    match get(target) {
        Answer::Page { status, title, main } => (status, title, main),
        other => panic!("{target}: expected a page, got {other:?}"),
    }
}

#[test]
fn a_whole_journey_goes_from_the_need_to_an_explained_result() {
    let (status, title, main) = page_of("/parcours");
    assert_eq!(status, 200);
    assert_eq!(title, "De quoi avez-vous besoin ? – Étape 1 sur 4 – Aiguillage");
    assert!(main.contains(r#"<input type="radio" name="besoin" id="besoin-demarche" value="demarche">"#), "{main}");
    assert!(main.contains("Hors ligne : cette page vient des informations gardées sur cet appareil le 28/11/2026."));

    let (_, title, main) = page_of("/parcours?besoin=demarche&etape=besoin");
    assert!(title.contains("Étape 2 sur 4"), "{title}");
    assert!(main.contains(r#"name="demarche_organisme""#));

    // The commune typed by hand, resolved as the server does, then on to the last step.
    let Answer::Redirect(next) = get("/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&q=Nantua&commune=") else {
        panic!("one commune fits: on to the next step")
    };
    assert_eq!(next, "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269");
    let (_, title, main) = page_of(&next);
    assert!(title.starts_with("Comment pouvez-vous y aller ? – Étape 4 sur 4"), "{title}");
    assert!(main.contains(r#"action="/orientation""#));

    let (status, title, main) = page_of("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=non&demandeur=moi&etape=comment");
    assert_eq!(status, 200);
    assert!(title.starts_with("Réaliser une démarche à Nantua : "), "{title}");
    assert!(main.contains(r#"<span class="data-date">Données du 28/11/2026</span>"#));
    assert!(main.contains(r#"<ol class="results results--numbered"><li><article class="card""#), "{main}");
    assert!(main.contains(r#"<ul class="reasons"><li>"#));
}

#[test]
fn the_result_is_the_domain_result_over_the_snapshot() {
    let journey_query = "besoin=competences&competences_sujet=emploi&commune=01354&disponibilite=soir";
    let (_, _, main) = page_of(&format!("/orientation?{journey_query}"));
    let journey = Journey::from_pairs(Flow::shipped(), &query_pairs(journey_query)).unwrap();
    let expected =
        result(&loaded().published(domain::langue::Langue::Fr), Flow::shipped(), &journey, &monday_ten(), |_, _| Vec::new()).unwrap();
    assert!(!expected.cartes.is_empty());
    // The same shortlist as online, in the same order, whole; then every other place, compact.
    let page = domain::result_page::layout(&expected.cartes);
    let mut at = 0;
    for card in &page.shortlist {
        let heading = format!(r#"<h2 id="carte-{}" class="card-title">{}</h2>"#, card.service, esc(&card.nom));
        let found = main[at..].find(&heading).unwrap_or_else(|| panic!("{} in the shortlist, in order: {main}", card.service));
        at += found;
    }
    for card in page.others.iter().flat_map(|g| &g.cards) {
        assert!(
            main.contains(&format!(r#"<h3 id="carte-{}" class="card-title">{}</h3>"#, card.service, esc(&card.nom))),
            "{}",
            card.service
        );
    }
    assert_eq!(main.matches("<article").count(), expected.cartes.len());
    // A place with hours: open now on a Monday at 10:00, by the snapshot's evaluated week.
    let (_, _, main) = page_of("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269");
    assert!(main.contains(r#"<p class="card-status">Ouvert maintenant. Aujourd’hui : 9h00 à 12h00</p>"#), "{main}");
}

#[test]
fn an_ambiguous_commune_is_a_choice_and_an_unknown_one_an_error_next_to_the_field() {
    let (_, _, main) = page_of("/parcours?besoin=parentalite&parentalite_sujet=ecrans&q=Saint-Martin");
    assert!(main.contains("Plusieurs communes correspondent à « Saint-Martin »"), "{main}");
    assert!(main.contains(r#"name="choix" value="1""#));
    let (_, title, main) = page_of("/parcours?besoin=parentalite&parentalite_sujet=ecrans&q=Paris");
    assert!(title.starts_with("Erreur : "), "{title}");
    assert!(main.contains(r#"aria-describedby="commune-aide commune-erreur" aria-invalid="true""#), "{main}");
    assert!(main.contains(r#"value="Paris""#));
}

#[test]
fn missing_answers_are_pointed_out_on_the_submitted_step() {
    let (_, title, main) = page_of("/parcours?besoin=demarche&etape=precision");
    assert!(title.starts_with("Erreur : "), "{title}");
    assert!(main.contains(r#"<fieldset class="radios field--error" aria-describedby="demarche_organisme-erreur">"#), "{main}");
}

#[test]
fn the_counter_presets_its_commune_and_restarts_there() {
    let (_, _, main) = page_of("/guichet/01269");
    assert!(main.contains("Guichet d’orientation · Nantua"));
    assert!(main.contains(r#"<input type="hidden" name="commune" value="01269"><input type="hidden" name="guichet" value="1">"#), "{main}");
    let (_, _, main) = page_of("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&guichet=1");
    assert!(main.contains(r#"<a class="button" href="/guichet/01269">Nouvelle personne</a>"#), "{main}");
}

#[test]
fn bad_links_get_a_french_400_never_a_crash() {
    for target in [
        "/parcours?besoin=voler",
        "/orientation?besoin=demarche&commune=99999",
        "/guichet/abc",
        &format!("/parcours?q={}", "x".repeat(3000)),
    ] {
        let (status, _, main) = page_of(target);
        assert_eq!(status, 400, "{target}");
        assert!(main.contains("Cette adresse ne fonctionne pas"), "{target}");
    }
    let (status, _, _) = page_of("/admin");
    assert_eq!(status, 404);
}

#[test]
fn the_wire_format_is_what_the_service_worker_reads() {
    assert_eq!(Answer::Redirect("/x".into()).wire(), "303\n/x");
    assert_eq!(Answer::Page { status: 200, title: "T".into(), main: "<p>a\nb</p>".into() }.wire(), "200\nT\n<p>a\nb</p>");
}
