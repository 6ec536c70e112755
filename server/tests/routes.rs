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
