//! The open data as a harvester sees it: the data·inclusion API's pages and filters, validators, the
//! downloads of `/donnees`, and no personal data.

#[path = "support/app.rs"]
mod support;

use support::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_structures_api_pages_and_filters_in_the_data_inclusion_shape() {
    let app = spawn_app().await;
    let (status, all) = app.json("/api/v1/structures").await;
    assert_eq!(status, 200);
    let total = all["total"].as_u64().unwrap();
    assert!(total > 150, "{total}");
    assert_eq!(all["page"], 1);
    assert_eq!(all["size"], 100);
    assert_eq!(all["pages"].as_u64().unwrap(), total.div_ceil(100));
    assert_eq!(all["items"].as_array().unwrap().len(), 100);
    assert_eq!(all["items"][0]["source"], "aiguillage");

    let (_, last) = app.json(&format!("/api/v1/structures?size=50&page={}", total.div_ceil(50))).await;
    assert_eq!(last["items"].as_array().unwrap().len() as u64, total - 50 * (total.div_ceil(50) - 1));

    // Haut-Bugey Agglomération: only places of its communes.
    let (_, haut_bugey) = app.json("/api/v1/structures?epci=200042935&size=1000").await;
    let items = haut_bugey["items"].as_array().unwrap();
    assert!(!items.is_empty() && (items.len() as u64) < total);
    assert!(items.iter().any(|s| s["nom"].as_str().unwrap().contains("Nantua")));

    // A former commune code is today's commune.
    let (status, culoz) = app.json("/api/v1/structures?commune=01039").await;
    assert_eq!(status, 200);
    assert!(culoz["items"].as_array().unwrap().iter().all(|s| s["code_insee"] == "01138"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_services_api_filters_by_thematique_and_public() {
    let app = spawn_app().await;
    let (_, equipment) = app.json("/api/v1/services?thematique=numerique--acquerir-un-equipement&size=1000").await;
    let items = equipment["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|s| s["thematiques"].as_array().unwrap().iter().any(|t| t == "numerique--acquerir-un-equipement")));
    let (_, young) = app.json("/api/v1/services?public=jeunes&size=1000").await;
    let items = young["items"].as_array().unwrap();
    assert!(!items.is_empty(), "missions locales and Information Jeunesse are imported");
    assert!(items.iter().all(|s| s["publics"].as_array().unwrap().iter().any(|p| p == "jeunes")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_parameters_get_a_french_message_and_a_400() {
    let app = spawn_app().await;
    for (query, message) in [
        ("size=0", "size est un nombre de 1 à 1000."),
        ("size=5000", "size est un nombre de 1 à 1000."),
        ("page=zero", "page est un numéro à partir de 1."),
        ("commune=99999", "« 99999 » n’est pas un code commune INSEE de l’Ain."),
    ] {
        let (status, body) = app.json(&format!("/api/v1/services?{query}")).await;
        assert_eq!((status, body["erreur"].as_str().unwrap()), (400, message), "{query}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unchanged_answer_is_not_sent_again() {
    let app = spawn_app().await;
    let first = app.get("/api/v1/services?page=2").await;
    let etag = first.headers()["etag"].to_str().unwrap().to_owned();
    assert!(first.headers().contains_key("last-modified"));
    let again = app.client.get(format!("{}/api/v1/services?page=2", app.base)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 304);
    let other = app.client.get(format!("{}/api/v1/services?page=3", app.base)).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(other.status().as_u16(), 200, "another page has another ETag");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_downloads_are_listed_on_donnees_and_carry_no_personal_address() {
    let app = spawn_app().await;
    let (status, html) = app.html("/donnees").await;
    assert_eq!(status, 200);
    for file in [
        "lieux-mediation-numerique.csv",
        "lieux-mediation-numerique.json",
        "data-inclusion-structures.json",
        "data-inclusion-services.json",
        "tournees-permanences.json",
    ] {
        assert!(html.contains(&format!("/donnees/{file}")), "{file}");
        let res = app.get(&format!("/donnees/{file}")).await;
        assert_eq!(res.status().as_u16(), 200, "{file}");
        assert!(res.headers()["content-disposition"].to_str().unwrap().contains(file));
        let body = res.text().await.unwrap();
        // Personal addresses (initial.name@) are left out at import; none may leave in an export.
        let personal = regex_like_personal(&body);
        assert!(personal.is_empty(), "{file}: {personal:?}");
    }
    assert!(html.contains("Licence Ouverte 2.0") && html.contains("liste France Services (ANCT)"));
    assert_eq!(app.get("/donnees/annuaire-complet.sql").await.status().as_u16(), 404);
}

/// The e-mail addresses of `text` that look personal (« j.dupont@ »).
fn regex_like_personal(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "\",;<>|".contains(c))
        .filter(|w| w.contains('@'))
        .filter(|w| !app::domain::legacy_labels::is_generic_email(w))
        .map(str::to_owned)
        .collect()
}
