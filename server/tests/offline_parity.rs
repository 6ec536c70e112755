//! The offline engine's pages are the server's pages: the same URLs rendered by both, their `<main>`
//! compared after normalising what is markup noise (whitespace, attribute order, Leptos' hydration
//! markers and island wrappers). What differs on purpose is removed first, each for a stated reason.

#[path = "support/app.rs"]
mod support;

use app::domain::hours::Moment;
use support::spawn_app;

/// Elements that differ on purpose, by the start of their normalised opening tag: removed with their
/// content on both sides.
const ON_PURPOSE: &[&str] = &[
    // Offline pages say where their data come from and how old they are.
    r#"<p class="offline-notice""#,
    // Reporting an error needs the network.
    r#"<p class="card-report""#,
    // The QR code and the fiche are drawn by the server; offline keeps the result's link only.
    r#"<div class="result-keep""#,
    // « Me localiser » asks the server for the nearest commune.
    r#"<div class="locate""#,
    // The islands' words (`app::components::island_words`): offline pages wake no island.
    r#"<div data-mots="#,
    // « Être rappelé » sends a request to the server: offline, its section says it needs a connection.
    r#"<section aria-labelledby="rappel-titre" class="callback""#,
    // « Vous connaissez un lieu ? » leads to a form sent to the server.
    r#"<p class="propose-line""#,
    // The shortlist's map is drawn by the server from outlines the offline engine does not carry.
    r#"<figure class="place-map""#,
    // Announced séances are read from the server.
    r#"<section aria-labelledby="seances-titre" class="next-seances""#,
];

/// `html` without each element that starts with one of [`ON_PURPOSE`], nested tags of its name
/// counted to find its end.
fn without_on_purpose(mut html: String) -> String {
    for open in ON_PURPOSE {
        let name = &open[1..open.find(' ').unwrap_or(open.len())];
        let (opening, closing) = (format!("<{name} "), format!("</{name}>"));
        while let Some(start) = html.find(open) {
            let (mut depth, mut at, mut end) = (0usize, start, None);
            while at < html.len() {
                let next_open = html[at..].find(&opening).map(|i| at + i);
                let next_close = html[at..].find(&closing).map(|i| at + i);
                match (next_open, next_close) {
                    (Some(o), Some(c)) if o < c => {
                        depth += 1;
                        at = o + 1;
                    }
                    (_, Some(c)) => {
                        depth -= 1;
                        at = c + closing.len();
                        if depth == 0 {
                            end = Some(at);
                            break;
                        }
                    }
                    _ => break,
                }
            }
            let Some(end) = end else { break };
            html.replace_range(start..end, "");
        }
    }
    html
}

/// Whitespace, comments, `<!>` markers and island wrappers out; each tag's attributes sorted; an
/// apostrophe written as itself or as `&#39;` (both mean the same in text and in `"`-quoted values).
fn normalised(html: &str) -> String {
    let html = html.replace("&#39;", "'");
    let mut out = String::new();
    let mut rest = html.as_str();
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else { break };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        if tag.starts_with('!') || tag.starts_with("leptos-island") || tag == "/leptos-island" {
            continue;
        }
        let (name, attrs) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attrs = split_attributes(attrs);
        attrs.sort();
        out.push('<');
        out.push_str(name);
        for a in attrs {
            out.push(' ');
            out.push_str(&a);
        }
        out.push('>');
    }
    push_text(&mut out, rest);
    // Space next to a tag is layout, not content (on both sides alike).
    without_on_purpose(out.replace("> ", ">").replace(" <", "<").trim().to_owned())
}

/// Text with its whitespace runs as one space, so that text split by a marker joins back.
fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn split_attributes(attrs: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in attrs.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !current.is_empty() {
                    found.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        found.push(current);
    }
    found
}

fn main_of(page: &str) -> &str {
    let start = page.find("<main").expect("a <main>");
    let start = start + page[start..].find('>').unwrap() + 1;
    &page[start..page.rfind("</main>").expect("</main>")]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_pages_are_the_server_pages_in_every_language_except_what_needs_the_network() {
    let app = spawn_app().await;
    let snapshot = app.get("/api/v1/instantane").await.text().await.unwrap();
    let loaded = app::domain::snapshot::Loaded::from_json(&snapshot).unwrap();
    for url in [
        "/parcours?besoin=demarche",
        "/parcours?besoin=demarche&etape=precision",
        "/parcours?besoin=parentalite&parentalite_sujet=ecrans&q=Saint-Martin",
        "/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui",
        "/orientation?besoin=equiper&equiper_quoi=acheter&commune=01354&deplacement=oui",
        "/guichet/01269",
        "/parcours?besoin=demarche&demarche_organisme=impots&demarche_aide=apprendre&commune=01053&etape=comment",
        "/parcours?besoin=competences&competences_sujet=bases",
        "/parcours?besoin=competences&competences_sujet=bases&q=Zzyzx",
        "/parcours?besoin=competences&competences_sujet=bases&q=Saint-Martin&choix=1",
        "/parcours?besoin=parentalite&parentalite_sujet=ecrans&commune=01093",
        "/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui&guichet=1",
        "/orientation?besoin=parentalite&parentalite_sujet=ecrans&commune=01407&deplacement=oui",
        "/orientation?besoin=competences&competences_sujet=emploi&commune=01354&deplacement=oui&disponibilite=soir&demandeur=jeune",
        "/orientation?besoin=demarche&demarche_organisme=papiers&demarche_aide=avec_moi&commune=01269&deplacement=oui&demandeur=proche",
        "/orientation?besoin=equiper&equiper_quoi=acces&commune=01354&deplacement=oui&demandeur=pro",
        "/orientation?besoin=demarche&commune=99999",
        "/guichet/nantua",
    ]
    .into_iter()
    // Each page in each language: the offline engine answers in the language of the page that asked.
    .flat_map(|url| app::domain::langue::Langue::ALL.map(|l| format!("{}{url}", l.prefix())))
    {
        let url = url.as_str();
        let (_, online) = app.html(url).await;
        // The same minute as the server's page, so that « ouvert maintenant » says the same.
        let now: Moment = app::ssr::hours::moment(app::ssr::clock::paris());
        let offline::render::Answer::Page { main: offline, .. } = offline::render::answer(&loaded, url, &now) else {
            panic!("{url}: a page offline")
        };
        let (online, offline) = (normalised(main_of(&online)), normalised(&offline));
        if online != offline {
            let at = online.chars().zip(offline.chars()).take_while(|(a, b)| a == b).count();
            let from = at.saturating_sub(80);
            let show = |s: &str| s.chars().skip(from).take(400).collect::<String>();
            panic!("{url}: online and offline differ from character {at}\n online: …{}\noffline: …{}", show(&online), show(&offline));
        }
    }
}
