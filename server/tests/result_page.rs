//! The result page as a person on a phone gets it: answer first, a shortlist then the other places,
//! light on the wire, the same offline, and with links that no request header can forge.

#[path = "support/app.rs"]
mod support;

use app::domain::hours::Moment;
use support::{spawn_app, spawn_app_in, TestApp};

const NANTUA_CAF: &str = "/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui";

/// `(level, heading id)` of every place's heading, in page order: `h2` shortlisted, `h3` the others.
fn place_headings(html: &str) -> Vec<(char, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(r#" id="carte-"#) {
        let level = rest[..at].chars().last().unwrap_or('?');
        let id = &rest[at + 5..];
        let id = &id[..id.find('"').unwrap()];
        found.push((level, id.to_owned()));
        rest = &rest[at + 5..];
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_result_shows_three_distinct_places_first_and_the_others_by_tier_under_one_summary() {
    let app = spawn_app().await;
    let (status, html) = app.html(NANTUA_CAF).await;
    assert_eq!(status, 200);
    let (_, api) = app.json(&NANTUA_CAF.replacen("/orientation", "/api/v1/orientation", 1)).await;
    let total = api["cartes"].as_array().unwrap().len();
    assert!(total > 10, "Nantua has many places for a CAF démarche: {total}");
    let headings = place_headings(&html);
    assert_eq!(headings.len(), total, "every place is on the page");
    let shortlisted: Vec<&String> = headings.iter().filter(|(l, _)| *l == '2').map(|(_, id)| id).collect();
    assert_eq!(shortlisted.len(), 3);
    assert!(headings[..3].iter().all(|(l, _)| *l == '2'), "the shortlist comes first");
    let first_name = &html[html.find(&format!(r#"<h2 id="{}" class="card-title">"#, shortlisted[0])).unwrap()..];
    assert!(first_name.contains(">France services Haut-Bugey Nantua</h2>"), "the France Services of Nantua first: {headings:?}");
    assert!(html.contains(&format!("<summary>Autres lieux ({})</summary>", total - 3)), "one summary counts the others");
    for tier in ["Dans votre intercommunalité (", "À proximité (", "Pour tout le département ("] {
        assert!(html.contains(&format!(r#"<h2 class="others-title">{tier}"#)), "{tier}");
    }
    // Action first: call, route, right after the name.
    let first = &html[html.find(r#"<ol class="results"#).unwrap()..];
    let first = &first[..first.find("</article>").unwrap()];
    let actions = first.find(r#"<ul class="card-actions">"#).expect("actions");
    assert!(actions < first.find(r#"<ul class="reasons">"#).unwrap());
    assert!(first[actions..].starts_with(r#"<ul class="card-actions"><li><a href="tel:+33"#), "{first}");
    assert!(first.contains(r#"href="https://www.openstreetmap.org/directions?to="#), "{first}");
    // The QR code and the fiche come after the answers.
    assert!(html.find("Garder ce résultat").unwrap() > html.find("</details>").unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_the_engine_renders_the_same_shortlist_and_other_places_in_the_same_order() {
    let app = spawn_app().await;
    let snapshot = app.get("/api/v1/instantane").await.text().await.unwrap();
    let loaded = app::domain::snapshot::Loaded::from_json(&snapshot).unwrap();
    let now = Moment { date: loaded.snapshot.date.clone(), weekday: 0, minutes: 600 };
    for url in [
        NANTUA_CAF.to_owned(),
        format!("{NANTUA_CAF}&guichet=1"),
        "/orientation?besoin=competences&competences_sujet=emploi&commune=01354&deplacement=oui&disponibilite=soir&demandeur=jeune".into(),
        "/orientation?besoin=parentalite&parentalite_sujet=ecrans&commune=01407&deplacement=oui".into(),
    ] {
        let (_, online) = app.html(&url).await;
        let offline::render::Answer::Page { main: offline, .. } = offline::render::answer(&loaded, &url, &now) else {
            panic!("{url}: a page offline")
        };
        assert!(!place_headings(&online).is_empty(), "{url}");
        assert_eq!(place_headings(&offline), place_headings(&online), "{url}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_host_header_never_reaches_the_share_link_the_qr_code_or_a_calendar_file() {
    let app = spawn_app().await;
    for (header, value) in [("host", "evil.example"), ("x-forwarded-host", "evil.example"), ("x-forwarded-proto", "https")] {
        for path in [NANTUA_CAF.to_owned(), format!("{NANTUA_CAF}&imprimer=1"), "/agenda.ics".into()] {
            let res = app.raw.get(format!("{}{path}", app.base)).header(header, value).send().await.unwrap();
            let status = res.status().as_u16();
            let body = res.text().await.unwrap();
            assert!(status == 200, "{header} on {path}: {status}");
            assert!(!body.contains("evil.example") && !body.contains("https://127.0.0.1"), "{header}: {value} on {path}");
            if !path.ends_with(".ics") {
                assert!(body.contains(&format!("{}/orientation?besoin=demarche", app.base)), "{path}: the configured address");
            }
        }
    }
}

/// Copies of the places of these services, as other places at the same addresses (a directory twice
/// as dense as the Ain's, as a large town's will be).
async fn add_copies(app: &TestApp, services: &[String]) {
    use app::domain::edit::EntityKind;
    use app::ssr::repo::backoffice::BackOffice;
    use app::ssr::repo::backoffice::Doc;
    let repo = support::repository(&app.data).await;
    for id in services {
        let service = repo.doc(EntityKind::Service, id).await.unwrap().expect("a service of the result");
        let structure_id = service.parent.clone().expect("its place");
        let structure = repo.doc(EntityKind::Structure, &structure_id).await.unwrap().expect("its place");
        let copy = |doc: &Doc, id: &str, parent: Option<String>| {
            let mut data = doc.data.clone();
            data["id"] = id.into();
            if let Some(p) = &parent {
                data["structure"] = p.as_str().into();
            }
            if let Some(nom) = data["nom"].as_str() {
                data["nom"] = format!("{nom} (annexe)").into();
            }
            Doc { id: id.to_owned(), parent, data, ..doc.clone() }
        };
        let new_structure = format!("{structure_id}-annexe");
        repo.save_doc(&copy(&structure, &new_structure, None), None, "test", "création", "2026-11-29T10:00:00Z").await.unwrap();
        let new_service = copy(&service, &format!("{id}-annexe"), Some(new_structure));
        repo.save_doc(&new_service, None, "test", "création", "2026-11-29T10:00:00Z").await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_result_of_fifty_places_stays_under_fifteen_kilobytes_compressed() {
    let url = "/orientation?besoin=demarche&demarche_organisme=sante&demarche_aide=avec_moi&commune=01289&deplacement=oui";
    let api_url = url.replacen("/orientation", "/api/v1/orientation", 1);
    let first = spawn_app().await;
    let (_, api) = first.json(&api_url).await;
    let ids: Vec<String> = api["cartes"].as_array().unwrap().iter().filter_map(|c| c["service"].as_str().map(str::to_owned)).collect();
    add_copies(&first, &ids[..ids.len().min(12)]).await;
    let app = spawn_app_in(first.data).await;
    let (_, api) = app.json(&api_url).await;
    let places = api["cartes"].as_array().unwrap().len();
    assert!(places >= 50, "this journey must match at least 50 places to measure anything: {places}");
    // What the server sends a browser (compression by the server, as in production).
    let res = app.raw.get(format!("{}{url}", app.base)).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(res.headers()["content-encoding"], "br");
    let sent = res.bytes().await.unwrap().len();
    assert!(sent <= 15 * 1024, "{places} places: {sent} bytes brotli");
    println!("{places} places: {sent} bytes brotli");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_result_draws_its_commune_and_numbers_its_shortlist_on_a_small_map_that_programs_never_get() {
    let app = spawn_app().await;
    let (_, html) = app.html(NANTUA_CAF).await;
    let figure = &html[html.find(r#"<figure class="place-map">"#).expect("a map on the result")..];
    let figure = &figure[..figure.find("</figure>").unwrap()];
    assert!(figure.contains(r#"role="img" aria-labelledby="plan-des-lieux""#), "named by its caption");
    assert!(figure.contains(r#"class="pm-commune""#) && figure.contains(r#"<path d="M"#), "the commune's outline is drawn");
    println!("the map: {} bytes", figure.len());
    let markers = figure.matches(r#"<g class="pm-lieu">"#).count();
    assert!((1..=3).contains(&markers), "the shortlist's places, numbered: {markers}");
    assert!(figure.contains(">1</text>"), "numbered from 1 like the cards");
    assert!(figure.contains("Carte : Nantua en foncé"), "the caption names the commune: {figure}");
    assert!(html.contains(r#"class="results results--numbered""#), "the cards carry their numbers");
    let (_, api) = app.json(&NANTUA_CAF.replacen("/orientation", "/api/v1/orientation", 1)).await;
    assert!(api.get("carte_lieux").is_none(), "a program gets the answer alone");
}

/// A result's body is drawn once for the same inputs (`components::drawn_once`), never kept by its
/// address: once the server has read a change of the directory (`ssr::follow`, about a second), the
/// same address shows it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_result_asked_again_after_its_first_place_was_renamed_shows_the_new_name() {
    use app::domain::edit::EntityKind;
    use app::ssr::repo::backoffice::BackOffice;
    use std::time::{Duration, Instant};
    let app = spawn_app().await;
    let (_, api) = app.json(&NANTUA_CAF.replacen("/orientation", "/api/v1/orientation", 1)).await;
    let first = api["cartes"][0]["structure"].as_str().expect("a first place").to_owned();
    let without_nonce =
        |html: String| html.split("nonce=\"").map(|part| part.split_once('"').map_or(part, |(_, rest)| rest)).collect::<String>();
    let (_, before) = app.html(NANTUA_CAF).await;
    let (_, again) = app.html(NANTUA_CAF).await;
    assert_eq!(without_nonce(again), without_nonce(before.clone()), "asked again, the same page");
    let repo = support::repository(&app.data).await;
    let mut place = repo.doc(EntityKind::Structure, &first).await.unwrap().expect("its place");
    let name = place.data["nom"].as_str().expect("a name").to_owned();
    assert!(before.contains(&name), "the page names {name}");
    place.data["nom"] = format!("{name} (renommée)").into();
    repo.save_doc(&place, None, "test", "modification", "2026-12-04T10:00:00Z").await.unwrap();
    let started = Instant::now();
    loop {
        let (_, html) = app.html(NANTUA_CAF).await;
        if html.contains(&format!("{name} (renommée)")) {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "10 s after the change, the result still shows the old name");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A result's body is kept under its inputs in CBOR (`components::drawn_once`): read back, every
/// result is the same again (nothing lost), so two different results never share a key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_result_written_as_the_key_of_its_body_reads_back_as_the_same_result() {
    use app::domain::place_map::{Marker, PlaceMap};
    use app::domain::result::OrientationResult;
    use app::domain::seance::SeanceCard;
    let app = spawn_app().await;
    let journeys = [
        NANTUA_CAF.to_owned(),
        NANTUA_CAF.replace("deplacement=oui", "deplacement=non"),
        "/orientation?besoin=parentalite&parentalite_sujet=ecrans&commune=01093&deplacement=oui".to_owned(),
    ];
    let (mut notices, mut preparations) = (0, 0);
    for journey in journeys {
        let (status, api) = app.json(&journey.replacen("/orientation", "/api/v1/orientation", 1)).await;
        assert_eq!(status, 200, "{journey}: {api}");
        let mut result: OrientationResult = serde_json::from_value(api).expect("a result");
        // Programs never get the map: one is drawn here, with every field set.
        let lieux = vec![Marker { numero: 1, x: -3, y: 40, nom: "France services".into() }];
        result.carte_lieux = Some(PlaceMap { vue: "0 0 10 10".into(), commune: "M0 0h1".into(), epci: "M1 1h2".into(), lieux });
        // Séances come from coordinators (`agenda.rs` adds one): one is added here, every field set.
        let text = |s: &str| format!("{s} « é » \"\u{2019}");
        result.seances.push(SeanceCard {
            id: "aig-e-1".into(),
            titre: text("Les écrans"),
            quand: text("mardi"),
            lieu: text("Médiathèque"),
            commune_nom: "Nantua".into(),
            public: "parents".into(),
            theme: text("Parentalité"),
            inscription: text("Sur place"),
            capacite: Some(12),
            description: Some(text("Atelier")),
            service_id: "svc".into(),
            organisateur: text("Centre social"),
        });
        notices += usize::from(result.avis.is_some());
        preparations += usize::from(result.a_prevoir.is_some());
        let mut key = Vec::new();
        ciborium::into_writer(&result, &mut key).expect("written");
        assert_eq!(ciborium::from_reader::<OrientationResult, _>(&key[..]).expect("read back"), result, "{journey}");
    }
    assert!(notices > 0 && preparations > 0, "the journeys cover notices ({notices}) and what to bring ({preparations})");
}
