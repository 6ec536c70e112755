//! « Carte des lieux » (issue 28): every published place on a map drawn by the server, for one need
//! and one EPCI, each point a link to its page, and the same places listed in words.

#[path = "support/app.rs"]
mod support;

use support::spawn_app;

/// The hrefs of the points and of the list, in page order.
fn links(html: &str, after: &str, until: &str) -> Vec<String> {
    let start = html.find(after).unwrap_or_else(|| panic!("{after} in the page"));
    let part = &html[start..];
    let part = &part[..part.find(until).unwrap()];
    part.split(r#"<a href=""#).skip(1).map(|s| s[..s.find('"').unwrap()].to_owned()).filter(|h| h.starts_with("/lieu/")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_place_of_the_choice_is_a_point_that_links_to_its_page_and_a_line_of_the_list() {
    let app = spawn_app().await;
    let (status, html) = app.html("/carte-des-lieux").await;
    assert_eq!(status, 200);
    let points = links(&html, r#"class="places-map""#, "</svg>");
    let mut list = links(&html, r#"id="lieux-liste""#, "</ul>");
    assert!(points.len() > 50, "the whole Ain: {}", points.len());
    let mut sorted = points.clone();
    sorted.sort();
    list.sort();
    assert_eq!(sorted, list, "the list is the map's text alternative");
    assert!(html.contains(r#"href="/carte-des-lieux""#), "linked from every page's footer");

    let (_, home) = app.html("/").await;
    let epci = {
        let (_, api) = app.json("/api/v1/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269").await;
        api["epci_nom"].as_str().unwrap().to_owned()
    };
    assert!(home.contains("/carte-des-lieux"));
    let (_, page) = app.html("/carte-des-lieux?besoin=demarche&epci=200042935").await;
    let one = links(&page, r#"id="lieux-liste""#, "</ul>");
    assert!(!one.is_empty() && one.len() < list.len(), "one EPCI shows fewer: {}", one.len());
    assert!(page.contains(&epci) || page.contains("Haut-Bugey"), "the title names the EPCI");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_choice_that_is_not_in_the_lists_is_said_next_to_its_field_and_draws_nothing() {
    let app = spawn_app().await;
    let (status, html) = app.html("/carte-des-lieux?besoin=pirate&epci=123").await;
    assert_eq!(status, 200);
    assert!(html.contains("Choisissez un besoin de la liste.") && html.contains("Choisissez une intercommunalité de la liste."));
    assert!(!html.contains(r#"class="places-map""#));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_speaks_the_language_of_the_page_it_is_reached_from_and_its_points_stay_in_it() {
    let app = spawn_app().await;
    let (status, en) = app.html("/en/carte-des-lieux?besoin=demarche").await;
    assert_eq!(status, 200);
    assert!(en.contains(r#"<html lang="en""#) && en.contains("<h1>Map of places</h1>"), "{en}");
    assert!(en.contains("Skip the map and go to the list") && en.contains("The whole Ain"), "{en}");
    assert!(!en.contains("Carte des lieux,") && !en.contains("Tous les besoins"), "no French word left of the page's own");
    let points = links(&en, r#"id="lieux-liste""#, "</ul>");
    assert!(points.is_empty(), "its places are linked in English: {points:?}");
    assert!(en.contains(r#"<a href="/en/lieu/"#), "{en}");
    let (_, ar) = app.html("/ar/carte-des-lieux?besoin=pirate").await;
    assert!(ar.contains(r#"dir="rtl""#) && ar.contains("اختر حاجة من القائمة."), "{ar}");
    let (_, facile) = app.html("/facile/carte-des-lieux?epci=123").await;
    assert!(facile.contains("Choisissez une communauté de communes dans la liste."), "{facile}");
}
