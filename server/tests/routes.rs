//! The route table (`app::routes::table`) is the one list of the app's URLs: every page the Leptos
//! router knows and every server function is in it, nothing else is, and every public URL of it
//! answers as the table says.

#[path = "support/app.rs"]
mod support;

use app::routes::table::{Kind, ROUTES};
use std::collections::BTreeSet;

fn listed(kinds: &[Kind]) -> BTreeSet<String> {
    ROUTES.iter().filter(|r| kinds.contains(&r.kind)).map(|r| r.path.to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_and_every_server_function_is_in_the_route_table_and_nothing_else() {
    let pages: BTreeSet<String> = leptos_axum::generate_route_list(app::App).iter().map(|r| r.path().to_owned()).collect();
    assert!(pages.len() > 40, "the router lists its pages: {pages:?}");
    assert_eq!(pages, listed(&[Kind::Page, Kind::Admin]), "the Leptos pages and the table's pages");

    let loaders: BTreeSet<String> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_owned()).collect();
    assert!(loaders.len() > 30, "the server functions are registered: {loaders:?}");
    assert_eq!(loaders, listed(&[Kind::Loader]), "the server functions and the table's loaders");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_public_url_of_the_route_table_answers_as_the_table_says() {
    let data = tempfile::tempdir().unwrap();
    let app = support::spawn_with(data, |c| c.metrics_token = Some("un jeton de test assez long".into())).await;
    let mut checked = 0;
    for route in ROUTES {
        let status = match route.kind {
            Kind::Page | Kind::Data => app.get_with(route.example, None).await.status().as_u16(),
            // Without the form's token: refused before anything is read, which shows the route is there.
            Kind::Form => app.post(route.example, None, &[("x", "y")]).await.status().as_u16(),
            Kind::Loader | Kind::Admin => continue,
        };
        assert_eq!(status, route.status, "{} ({}): {}", route.example, route.path, route.what);
        checked += 1;
    }
    assert!(checked > 40, "{checked} public URLs requested");
}

/// Issue 29: the islands' code (`/pkg/….js` and `….wasm`) is named by a page only if the page holds an
/// island; the commune step does, the result, the counter and the other steps do not. It is named in a
/// `<meta>`, for the step navigator to load on first use: no page links to it for the browser to fetch
/// with the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_names_the_islands_code_only_when_it_holds_an_island_and_never_preloads_it() {
    let app = support::spawn_app().await;
    let commune_step = "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";
    let others = [
        "/parcours?besoin=demarche",
        "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi",
        "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi&guichet=1",
        "/guichet/01269",
    ];
    let table = ROUTES.iter().filter(|r| r.kind == Kind::Page && r.status == 200).map(|r| r.example);
    let mut with_islands = Vec::new();
    for path in table.chain(others).chain([commune_step, "/en/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi"]) {
        let (status, html) = app.html(path).await;
        assert_eq!(status, 200, "{path}");
        // The tags, not the step navigator's selectors for them (inline in every page).
        let tags =
            |html: &str, tag: &str| html.split(tag).skip(1).filter_map(|l| l.split('>').next()).map(str::to_owned).collect::<Vec<_>>();
        let preloads = tags(&html, "<link ")
            .into_iter()
            .filter(|l| l.contains("preload") || l.contains(".wasm") || l.contains(".js\""))
            .collect::<Vec<_>>();
        assert_eq!(preloads, Vec::<String>::new(), "{path}: nothing of the islands is fetched with the page");
        let islands_meta =
            |html: &str| tags(html, "<meta ").into_iter().filter(|m| m.contains(r#"name="aiguillage-ilots""#)).collect::<Vec<_>>();
        let named = islands_meta(html.split("</head>").next().unwrap_or_default());
        let names_code = !islands_meta(&html).is_empty();
        if path != "/hors-ligne" {
            assert_eq!(names_code, html.contains("<leptos-island"), "{path}: names the islands' code iff it holds one");
        }
        if names_code {
            with_islands.push(path);
            // Once, in the head, where the step navigator looks: the module, then the wasm.
            assert_eq!(named.len(), 1, "{path}: {named:?}");
            let content = named[0].split(r#"content=""#).nth(1).and_then(|c| c.split('"').next()).unwrap_or_default();
            let files: Vec<&str> = content.split(' ').collect();
            assert!(
                matches!(files[..], [js, wasm] if js.starts_with("/pkg/") && js.ends_with(".js") && wasm.starts_with("/pkg/") && wasm.ends_with(".wasm")),
                "{content}"
            );
        }
    }
    // `/hors-ligne` names the code for the service worker to keep (the frame of offline pages).
    assert_eq!(with_islands, ["/hors-ligne", commune_step, "/en/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi"]);
}
