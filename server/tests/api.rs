//! Black-box tests: the real application on a fresh temporary database, queried over HTTP.

#[path = "support/app.rs"]
mod support;

use serde_json::Value;
use server::config::Config;
use support::spawn_app;

fn insee_codes(body: &Value) -> Vec<String> {
    body["communes"].as_array().expect("communes array").iter().map(|c| c["code_insee"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_is_ok_when_the_database_answers() {
    let app = spawn_app().await;
    let (status, body) = app.json("/health").await;
    assert_eq!(status, 200);
    assert_eq!(body["statut"], "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_database_is_created_migrated_and_seeded() {
    let app = spawn_app().await;
    if !support::on_postgres() {
        assert!(app.data.path().join("nested/aiguillage.db").exists());
    }
    let (_, body) = app.json("/api/v1/communes?q=Nantua").await;
    assert_eq!(body["communes"][0]["code_insee"], "01269");
    assert_eq!(body["communes"][0]["epci_nom"], "CA Haut-Bugey Agglomération");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_directory_is_written_once_and_kept_across_restarts() {
    let app = spawn_app().await;
    let config = Config {
        database_url: support::database_url(&app.data),
        leptos: leptos::config::LeptosOptions::builder().output_name("aiguillage").build(),
        public_address: app.base.clone(),
        mail: None,
        metrics_token: None,
        geography_file: None,
        integrations: Default::default(),
        // Most tests log a coordinator in several times a minute; `second_factor.rs` requires it.
        second_factor_required: false,
    };
    // A second start on the same database (as after a deployment) reads what is there.
    let (repo, _) = server::startup::prepare_database(&config).await.expect("restart");
    // 199 real places merged from the seven source files (five 2019 MSAPs are the France services
    // that replaced them), 3 department-wide actors to complete, 10 national lines and sites (3 for
    // every subject, 5 of the démarches' organisations, 1 for parents on screens, 1 for equipment at
    // solidarity prices).
    let directory = repo.directory().await.unwrap();
    assert_eq!(directory.structures().len(), 212);
    assert!(directory.structure("departement-hypra").is_some_and(|s| s.a_verifier && s.telephone.is_none()));
    assert!(directory.services().iter().all(|s| !s.structure.starts_with("departement-")), "no invented service");
    assert!(!repo.seed_directory_if_empty(&Default::default()).await.unwrap(), "never seeds over existing data");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_commune_api_finds_former_names_and_postal_codes() {
    let app = spawn_app().await;
    let (status, body) = app.json("/api/v1/communes?q=Bellegarde-sur-Valserine").await;
    assert_eq!(status, 200);
    assert_eq!(body["communes"][0]["code_insee"], "01033");
    assert_eq!(body["communes"][0]["nom"], "Valserhône");
    assert_eq!(body["communes"][0]["epci_siren"], "240100891");

    let (_, body) = app.json("/api/v1/communes?q=01300").await;
    assert_eq!(insee_codes(&body).len(), 22);

    let (_, body) = app.json("/api/v1/communes?q=st%20genis%20pouilly").await;
    assert_eq!(insee_codes(&body)[0], "01354");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_position_gives_the_nearest_commune_of_the_ain_or_none() {
    let app = spawn_app().await;
    let (status, body) = app.json("/api/v1/communes?lat=46.1535&lon=5.6088").await;
    assert_eq!(status, 200);
    assert_eq!(insee_codes(&body), ["01269"], "the centre of Nantua");
    let (_, body) = app.json("/api/v1/communes?lat=48.8566&lon=2.3522").await;
    assert!(insee_codes(&body).is_empty(), "Paris is not in the Ain");
    let (status, _) = app.json("/api/v1/communes?lat=nord&lon=5").await;
    assert_eq!(status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_commune_queries_get_a_400_with_a_french_message() {
    let app = spawn_app().await;
    for path in ["/api/v1/communes", "/api/v1/communes?q=", "/api/v1/communes?q=%20%27-"] {
        let (status, body) = app.json(path).await;
        assert_eq!(status, 400, "{path}");
        assert_eq!(body["erreur"], "Tapez le nom ou le code postal de votre commune.", "{path}");
    }
    let long = "a".repeat(300);
    let (status, body) = app.json(&format!("/api/v1/communes?q={long}")).await;
    assert_eq!(status, 400);
    assert!(body["erreur"].as_str().unwrap().contains("trop longue"));
    let (status, body) = app.json("/api/v1/communes?q=%FF%FE").await;
    assert_eq!(status, 400, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_is_french_and_lists_the_four_needs() {
    let app = spawn_app().await;
    let (status, html) = app.html("/").await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="fr""#));
    assert_eq!(html.matches("<h1").count(), 1);
    for href in ["besoin=equiper", "besoin=demarche", "besoin=competences", "besoin=parentalite", "deplacement=non"] {
        assert!(html.contains(&format!("/parcours?{href}")), "link {href}");
    }
    assert!(html.contains("Aller au contenu"));
}

const DEMARCHE: &str = "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_steps_follow_the_flow_without_javascript() {
    let app = spawn_app().await;
    let (status, html) = app.html("/parcours?besoin=demarche").await;
    assert_eq!(status, 200);
    assert!(html.contains("Étape 2 sur 4"));
    assert!(html.contains("Pour quelle démarche ?"));
    assert_eq!(html.matches(r#"name="demarche_organisme""#).count(), 8);

    let (_, html) = app.html("/parcours?besoin=demarche&etape=precision&demarche_organisme=caf").await;
    assert!(html.contains("Choisissez une réponse."), "the unanswered question is pointed out");
    assert!(html.contains("<title>Erreur : "));

    let (_, html) = app.html(DEMARCHE).await;
    assert!(html.contains("Dans quelle commune habitez-vous"));
    assert!(html.contains(r#"name="besoin" value="demarche""#));

    // One commune: on to the next step, with the commune in the URL.
    let res = app.get(&format!("{DEMARCHE}&q=nantua")).await;
    assert_eq!(res.url().query_pairs().find(|(k, _)| k == "commune").map(|(_, v)| v.into_owned()), Some("01269".into()));
    let html = res.text().await.unwrap();
    assert!(html.contains("Comment pouvez-vous y aller ?"), "{html}");

    let (_, html) = app.html(&format!("{DEMARCHE}&q=01300")).await;
    assert_eq!(html.matches(r#"type="radio""#).count(), 22);
    let (_, html) = app.html(&format!("{DEMARCHE}&q=01300&choix=1")).await;
    assert!(html.contains("Choisissez votre commune dans la liste."));

    let (status, html) = app.html(&format!("{DEMARCHE}&q=zzzqqq")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Aucune commune de l’Ain ne correspond"));
    assert!(html.contains(r#"aria-invalid="true""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_result_lists_explained_services_nearest_first() {
    let app = spawn_app().await;
    let res = app.get("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui&demandeur=moi&etape=comment").await;
    assert_eq!(res.status().as_u16(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("Où trouver de l’aide"));
    // The CAF's own antenne, in Oyonnax, is the first answer for a CAF démarche; then the France
    // Services of Nantua, in the person's own commune. Each says why.
    let list = &html[html.find(r#"<ol class="results"#).expect("a list of answers")..];
    let (first, second) = list.split_once("</article>").unwrap();
    let second = &second[..second.find("</article>").unwrap()];
    assert!(first.contains("Caisse d'Allocations Familiales de l'Ain - Antenne</h2>"), "{first}");
    assert!(first.contains(r#"<ul class="reasons"><li>C’est la CAF elle-même</li><li>À 12 km de chez vous</li>"#), "{first}");
    assert!(second.contains("France services Haut-Bugey Nantua"), "{second}");
    assert!(
        second.contains(r#"<ul class="reasons"><li>Dans votre commune</li><li>La CAF est partenaire de toutes les France services</li>"#),
        "{second}"
    );
    assert!(second.contains(r#"<span class="badge">France services</span>"#), "{second}");
    assert!(second.contains("Informations à vérifier. Source : liste France Services (ANCT), 01/08/2024"), "{second}");
    // The QR code and the address to keep point at this very result, absolute.
    assert!(html.contains("<svg") && html.contains("Code QR de l’adresse de ce résultat"));
    assert!(html.contains(&format!("{}/orientation?besoin=demarche&amp;demarche_organisme=caf", app.base)));

    let (status, body) = app.json("/api/v1/orientation?besoin=demarche&commune=01269").await;
    assert_eq!(status, 200);
    assert_eq!(body["commune_nom"], "Nantua");
    assert!(body["local"].as_bool().unwrap());
    let cards = body["cartes"].as_array().unwrap();
    assert!(!cards.is_empty());
    assert!(cards.iter().all(|c| !c["raisons"].as_array().unwrap().is_empty()));
    assert!(body["avis"].is_null(), "a local answer needs no notice");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_former_commune_code_is_oriented_as_the_commune_it_merged_into() {
    let app = spawn_app().await;
    // Béon (01039) has been part of Culoz-Béon (01138) since 2019: imported files and old links carry it.
    let (status, body) = app.json("/api/v1/orientation?besoin=demarche&commune=01039").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["commune"], "01138");
    assert_eq!(body["commune_nom"], "Culoz-Béon");
    let (status, _) = app.json("/api/v1/orientation?besoin=demarche&commune=57490").await;
    assert_eq!(status, 400, "a code outside the Ain is still refused");
    // Five bytes with a two-byte letter in the middle once panicked the code parser.
    let (status, body) = app.json("/api/v1/orientation?besoin=demarche&commune=9%C3%A8-.").await;
    assert_eq!(status, 400, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_offline_snapshot_gives_the_same_result_as_the_server() {
    use app::domain::flow::Flow;
    use app::domain::hours::Moment;
    use app::domain::journey::Journey;
    let app = spawn_app().await;
    let res = app.get("/api/v1/instantane").await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["cache-control"], "no-cache");
    let loaded = app::domain::snapshot::Loaded::from_json(&res.text().await.unwrap()).expect("the snapshot reads back");
    assert!(loaded.snapshot.directory.services().len() > 60, "the whole published directory");
    assert!(!loaded.snapshot.hours.weeks.is_empty(), "the demo directory has opening hours");
    for query in [
        "besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=non",
        "besoin=competences&competences_sujet=emploi&commune=01354&disponibilite=soir",
        "besoin=parentalite&parentalite_sujet=ecrans&commune=01093",
    ] {
        let (status, online) = app.json(&format!("/api/v1/orientation?{query}")).await;
        assert_eq!(status, 200, "{query}");
        let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|kv| kv.split_once('=')).collect();
        let journey = Journey::parse(Flow::shipped(), query.len(), pairs).unwrap();
        let now = Moment { date: loaded.snapshot.date.clone(), weekday: 0, minutes: 600 };
        let offline = app::domain::orientation::result(
            &loaded.published(app::domain::langue::Langue::Fr),
            Flow::shipped(),
            &journey,
            &now,
            |_, _| Vec::new(),
        )
        .unwrap();
        let online_cards: Vec<(String, Vec<String>)> = online["cartes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["service"].as_str().unwrap().to_owned(),
                    c["raisons_texte"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_owned()).collect(),
                )
            })
            .collect();
        assert!(!online_cards.is_empty(), "{query}");
        let offline_cards: Vec<(String, Vec<String>)> =
            offline.cartes.iter().map(|c| (c.service.clone(), c.raisons_texte.clone())).collect();
        assert_eq!(offline_cards, online_cards, "{query}");
        assert_eq!(offline.donnees_du, online["donnees_du"], "{query}");
        assert_eq!(offline.url, online["url"], "{query}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_incomplete_result_link_leads_back_to_the_missing_question() {
    let app = spawn_app().await;
    let res = app.get("/orientation?besoin=equiper&commune=01269").await;
    assert!(res.url().path().ends_with("/parcours"));
    assert!(res.text().await.unwrap().contains("Que cherchez-vous ?"));
    let res = app.get("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&etape=comment").await;
    let html = res.text().await.unwrap();
    assert!(html.contains("Comment pouvez-vous y aller ?"));
    assert!(html.contains("Choisissez une réponse."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mairie_counter_presets_its_commune_and_restarts_at_the_counter() {
    let app = spawn_app().await;
    let (status, html) = app.html("/guichet/01269").await;
    assert_eq!(status, 200);
    assert!(html.contains("Guichet d’orientation · Nantua"));
    assert!(html.contains(r#"name="commune" value="01269""#) && html.contains(r#"name="guichet" value="1""#));
    // The need chosen, the commune is known: précision, then comment, then the result.
    let (_, html) =
        app.html("/parcours?besoin=demarche&commune=01269&guichet=1&etape=besoin&demarche_organisme=caf&demarche_aide=avec_moi").await;
    assert!(html.contains("Comment pouvez-vous y aller ?"));
    assert!(html.contains(r#"href="/guichet/01269">Nouvelle personne</a>"#));
    let (_, html) = app.html("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&guichet=1").await;
    assert!(html.contains("Nouvelle personne"));
    let (status, _) = app.html("/guichet/99999").await;
    assert_eq!(status, 400);
    let (status, _) = app.html("/guichet/nantua").await;
    assert_eq!(status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_epci_has_a_printable_guide_by_need() {
    let app = spawn_app().await;
    let (status, html) = app.html("/guide").await;
    assert_eq!(status, 200);
    assert_eq!(html.matches(r#"<a href="/guide/"#).count(), 17);
    let (status, html) = app.html("/guide/240100800").await;
    assert_eq!(status, 200);
    assert!(html.contains("CC de Miribel et du Plateau"));
    for need in ["M’équiper", "Réaliser une démarche", "Apprendre, progresser", "Accompagner mon enfant"] {
        assert!(html.contains(&format!("<h2>{need}</h2>")), "{need}");
    }
    assert!(html.contains("Mairie de Miribel"));
    let (status, _) = app.html("/guide/123").await;
    assert_eq!(status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tampered_parcours_links_get_a_400_page_not_a_500() {
    let app = spawn_app().await;
    for path in [
        "/parcours?besoin=pirate",
        "/parcours?commune=99999",
        "/parcours?commune=abc",
        "/parcours?deplacement=vole",
        "/parcours?besoin=demarche&demarche_organisme=banque",
        "/orientation?besoin=demarche&commune=99999",
    ] {
        let (status, html) = app.html(path).await;
        assert_eq!(status, 400, "{path}");
        assert!(html.contains("Recommencer depuis l’accueil"), "{path}");
    }
    let (status, _) = app.html(&format!("/parcours?q={}", "x".repeat(3000))).await;
    assert_eq!(status, 400);
    let (status, body) = app.json("/api/v1/orientation?besoin=pirate").await;
    assert_eq!(status, 400);
    assert_eq!(body["erreur"], "Le besoin « pirate » n’existe pas dans ce parcours.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_pages_are_a_french_404() {
    let app = spawn_app().await;
    let (status, html) = app.html("/nulle-part").await;
    assert_eq!(status, 404);
    assert!(html.contains("Page introuvable"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers_and_pages_allow_only_their_own_nonce() {
    let app = spawn_app().await;
    let res = app.get("/").await;
    let header = |res: &reqwest::Response, name: &str| res.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let csp = header(&res, "content-security-policy");
    let first_id = header(&res, "x-request-id");
    assert_eq!(header(&res, "x-content-type-options"), "nosniff");
    assert_eq!(header(&res, "referrer-policy"), "strict-origin-when-cross-origin");
    assert_eq!(header(&res, "permissions-policy"), "geolocation=(self), camera=(), microphone=(), payment=(), usb=()");
    assert!(header(&res, "strict-transport-security").is_empty(), "no HSTS over plain HTTP");
    let html = res.text().await.unwrap();
    for directive in ["default-src 'self'", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"] {
        assert!(csp.contains(directive), "{directive} in {csp}");
    }
    // The inline hydration script carries the nonce the header allows, and no other inline script exists.
    let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("a nonce");
    assert_eq!(html.matches("<script").count(), html.matches(&format!("nonce=\"{nonce}\"")).count());
    let again = app.get("/").await;
    assert_ne!(header(&again, "content-security-policy"), csp, "a new nonce per response");
    let (first, second) = (first_id, header(&again, "x-request-id"));
    assert!(!first.is_empty() && first != second, "each request has its own id for the logs: {first} {second}");

    let api = app.get("/api/v1/communes?q=Belley").await;
    assert!(header(&api, "content-security-policy").starts_with("default-src 'self'"));
    let forged = app.client.get(format!("{}/health", app.base)).header("x-forwarded-proto", "https").send().await.unwrap();
    assert!(header(&forged, "strict-transport-security").is_empty(), "a request's X-Forwarded-Proto decides nothing");
    let https = support::spawn_with(tempfile::tempdir().unwrap(), |c| c.public_address = "https://aiguillage.exemple.fr".into()).await;
    let res = https.get("/health").await;
    assert!(header(&res, "strict-transport-security").starts_with("max-age="), "an https site asks for HTTPS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markup_typed_into_a_search_comes_back_as_the_same_json_value_without_markup_in_the_bytes() {
    let app = spawn_app().await;
    let typed = "<script>alert(7)</script> & Bourg";
    let res = app.get(&format!("/api/v1/communes?q={}", app::domain::journey::percent_encode(typed))).await;
    assert_eq!(res.headers()["content-type"], "application/json");
    let raw = res.text().await.unwrap();
    assert!(!raw.contains('<') && !raw.contains('>') && !raw.contains('&'), "{raw}");
    let body: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(body["requete"], typed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_departement_snapshot_holds_that_departement_and_a_bad_code_is_refused_without_echo() {
    let app = spawn_app().await;
    let whole = app.get("/api/v1/instantane").await.text().await.unwrap();
    let whole = app::domain::snapshot::Loaded::from_json(&whole).unwrap();
    let res = app.get("/api/v1/instantane?departement=01").await;
    assert_eq!(res.status().as_u16(), 200);
    let ain = app::domain::snapshot::Loaded::from_json(&res.text().await.unwrap()).expect("the Ain's snapshot reads back");
    assert_eq!(ain.snapshot.geography.communes.len(), 391);
    // Every place is in the Ain or serves it; the national phone lines come along.
    assert_eq!(ain.snapshot.directory.services().len(), whole.snapshot.directory.services().len());
    assert_eq!(app.get("/api/v1/instantane?departement=69").await.status().as_u16(), 404, "no commune of the Rhône here");
    let (status, body) = app.html("/api/v1/instantane?departement=%3Cb%3E01").await;
    assert_eq!(status, 400);
    assert!(body.contains("Le département s’écrit avec son code") && !body.contains("<b>"), "{body}");
}
