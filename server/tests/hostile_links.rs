//! Links the site builds from what a request carried never lead to another site, and what a
//! spreadsheet opens never runs: the security review's open redirects and formula cells, tried as an
//! attacker would send them.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::OURS;
use support::spawn_app;

/// Whether a browser would follow `href` to the attacker's site: it drops tabs and line breaks, and
/// reads `\` as `/`.
fn leaves_the_site(href: &str) -> bool {
    let read: String = href.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).map(|c| if c == '\\' { '/' } else { c }).collect();
    read.starts_with("//") || read.starts_with("https://evil.example") || read.starts_with("http://evil.example")
}

/// Every `href` of `html`.
fn hrefs(html: &str) -> Vec<&str> {
    html.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_return_address_with_a_tab_does_not_lead_to_another_site() {
    let app = spawn_app().await;
    let service = format!("{OURS}-mediation");
    for retour in ["/%09/evil.example", "/%0D%0A/evil.example", "/%5Cevil.example", "//evil.example", "https://evil.example"] {
        let (status, html) = app.html(&format!("/signaler?service={service}&retour={retour}")).await;
        assert_eq!(status, 200, "{retour}");
        for href in hrefs(&html) {
            assert!(!leaves_the_site(href), "{retour} gave the link {href:?}");
        }
    }
    // A return address of this site is kept.
    let (_, html) = app.html(&format!("/signaler?service={service}&retour=%2Flieu%2F{service}")).await;
    assert!(hrefs(&html).contains(&format!("/lieu/{service}").as_str()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_switcher_of_a_page_typed_with_two_slashes_stays_on_this_site() {
    let app = spawn_app().await;
    for path in ["//evil.example/x", "/en//evil.example/x"] {
        let (status, html) = app.html(path).await;
        assert_eq!(status, 404, "{path}");
        let links = hrefs(&html);
        assert!(!links.is_empty());
        for href in links {
            assert!(!leaves_the_site(href), "{path} gave the link {href:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_commune_with_a_line_break_does_not_shift_the_islands_words() {
    let app = spawn_app().await;
    let (status, html) = app.html("/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&q=Nan%0Atua%0D%0Ax").await;
    assert_eq!(status, 200);
    let after = html.split(r#"id="mots-commune""#).nth(1).expect("the commune step's words");
    let words = after.split("data-mots=\"").nth(1).and_then(|w| w.split('"').next()).unwrap_or_default();
    // The typed text is the first word: whole, its line breaks made spaces.
    let typed = words.split('\n').next().unwrap_or_default();
    assert!(typed.contains("Nan") && typed.contains("tua"), "{words:?}");
}
