//! The parcours inside a partner's site (`/integre/{clé}/…`): framed only by the origins the
//! configuration lists, every link of the journey kept inside the frame (or opened outside it when the
//! page cannot be framed), no cookie, and the back-office never framable.

#[path = "support/app.rs"]
mod support;

use app::domain::integration::Integrations;
use support::{location, spawn_with, TestApp};

const PARTNER: &str = "http://mairie.localhost:8080";
const RESULT: &str = "/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui";

async fn app() -> TestApp {
    let list = Integrations::parse(&format!("nantua={PARTNER}")).unwrap();
    spawn_with(tempfile::tempdir().unwrap(), |c| c.integrations = list).await
}

fn frame_ancestors(res: &reqwest::Response) -> String {
    let csp = res.headers().get("content-security-policy").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    csp.split(';').map(str::trim).find(|d| d.starts_with("frame-ancestors")).unwrap_or("none given").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_listed_partner_may_frame_the_parcours_and_no_other_page_or_site() {
    let app = app().await;
    for path in ["/integre/nantua/", "/integre/nantua/parcours?besoin=demarche", &format!("/integre/nantua/en{RESULT}")] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(frame_ancestors(&res), format!("frame-ancestors 'self' {PARTNER}"), "{path}");
        assert!(res.headers().get("set-cookie").is_none(), "{path} sets no cookie");
    }
    for (path, status) in [
        ("/parcours?besoin=demarche", 200),
        ("/integre/autre/parcours", 404),
        ("/integre/nantua/admin", 404),
        ("/integre/nantua/admin/connexion", 404),
        ("/integre/nantua/guide", 404),
        ("/integre/nantua/api/v1/communes?q=nan", 404),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status().as_u16(), status, "{path}");
        assert_eq!(frame_ancestors(&res), "frame-ancestors 'none'", "{path}");
    }
}

/// Every local link and form target of a page: `(attribute value, the whole tag)`.
fn local_targets(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for tag in html.split('<').filter(|t| t.starts_with("a ") || t.starts_with("form ")) {
        let tag = tag.split('>').next().unwrap_or_default();
        for attr in [" href=\"", " action=\""] {
            if let Some(start) = tag.find(attr) {
                let value = tag[start + attr.len()..].split('"').next().unwrap_or_default();
                if value.starts_with('/') && !value.starts_with("//") {
                    found.push((value.replace("&amp;", "&"), tag.to_owned()));
                }
            }
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_link_of_a_framed_journey_stays_in_the_frame_or_opens_outside_it() {
    let app = app().await;
    let pages = [
        "/integre/nantua/".to_owned(),
        "/integre/nantua/parcours?besoin=demarche".to_owned(),
        "/integre/nantua/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi".to_owned(),
        format!("/integre/nantua{RESULT}"),
        format!("/integre/nantua/ar{RESULT}"),
        format!("/integre/nantua{RESULT}&imprimer=1"),
        "/integre/nantua/guichet/01269".to_owned(),
        "/integre/nantua/rappel?besoin=demarche&demarche_organisme=caf&commune=01269&deplacement=oui".to_owned(),
        "/integre/nantua/parcours?besoin=parentalite&parentalite_sujet=ecrans&commune=01269&deplacement=oui".to_owned(),
    ];
    let mut followed = 0;
    for page in &pages {
        let (status, html) = app.html(page).await;
        assert_eq!(status, 200, "{page}");
        assert!(html.contains("site-header--framed") && !html.contains("Espace de gestion"), "{page}: the partner's frame, no site footer");
        let targets = local_targets(&html);
        assert!(targets.len() >= 3, "{page}: {targets:?}");
        for (url, tag) in targets {
            let inside = url.starts_with("/integre/nantua/") || url.starts_with("/integre/nantua?");
            let outside = tag.contains(r#"target="_top""#);
            assert!(inside || outside || url.starts_with("#"), "{page}: « {tag} » would open a refused page inside the frame");
            if inside && !url.contains("imprimer=1") && followed < 40 {
                let res = app.get(&url).await;
                assert_eq!(res.status(), 200, "{page} → {url}");
                assert!(frame_ancestors(&res).contains(PARTNER), "{page} → {url}");
                followed += 1;
            }
        }
    }
    assert!(followed >= 20, "{followed} links followed");

    // « Ouvrir en grand »: the same page and answers, on the site itself, in place of the partner's.
    let (_, html) = app.html(&format!("/integre/nantua/en{RESULT}")).await;
    let full = format!(r#"<a href="/en{}" target="_top" class="open-full">"#, RESULT.replace('&', "&amp;"));
    assert!(html.contains(&full), "{html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_step_answered_or_a_form_sent_inside_the_frame_comes_back_inside_it() {
    let app = app().await;
    // A commune typed in full: the step redirects to the next one, in the frame.
    let res = app
        .raw
        .get(format!("{}/integre/nantua/en/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&q=nantua", app.base))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    assert!(location(&res).starts_with("/integre/nantua/en/parcours?"), "{}", location(&res));

    // « Signaler une erreur » from a framed result: sent, then thanked, in the frame.
    let (_, result) = app.html(&format!("/integre/nantua{RESULT}")).await;
    let report =
        local_targets(&result).into_iter().map(|(u, _)| u).find(|u| u.starts_with("/integre/nantua/signaler?")).expect("a report link");
    let jeton = app.token(&report, None).await;
    let service = report.split("service=").nth(1).and_then(|s| s.split('&').next()).unwrap().to_owned();
    let retour = "/orientation?besoin=demarche&commune=01269".to_owned();
    let sent = app
        .post(
            "/integre/nantua/signaler",
            None,
            &[("jeton", &jeton), ("service", &service), ("retour", &retour), ("sujet", "Les horaires"), ("message", "Fermé le mardi")],
        )
        .await;
    assert_eq!(sent.status(), 303);
    assert!(location(&sent).starts_with("/integre/nantua/signaler/merci?"), "{}", location(&sent));
    assert!(sent.headers().get("set-cookie").is_none());
    let (_, thanks) = app.html(&location(&sent)).await;
    assert!(thanks.contains(r#"href="/integre/nantua/orientation?besoin=demarche&amp;commune=01269""#), "{thanks}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webmaster_gets_a_snippet_for_an_allowed_key_only_and_each_faulty_choice_is_named() {
    let app = app().await;
    let (status, html) = app.html("/integrer").await;
    assert_eq!(status, 200);
    assert!(html.contains("<h1>Intégrer le parcours à votre site</h1>") && !html.contains("<iframe"), "no snippet before a key");

    let (_, html) = app.html("/integrer?cle=nantua&commune=nantua&besoin=competences&langue=en").await;
    let src = format!("{}/integre/nantua/en/parcours?besoin=competences&amp;amp;commune=01269", app.base);
    assert!(html.contains(&format!(r#"&lt;iframe src="{src}""#)), "the snippet, escaped in the page: {html}");
    assert!(
        html.contains(
            r#"<iframe src="/integre/nantua/en/parcours?besoin=competences&amp;commune=01269" title="Aperçu du parcours intégré""#
        ),
        "{html}"
    );
    // The preview's own page is the framed step, with the commune and the need already given.
    let (status, step) = app.html("/integre/nantua/en/parcours?besoin=competences&commune=01269").await;
    assert_eq!(status, 200);
    assert!(step.contains(r#"name="commune" value="01269""#) && step.contains(r#"name="besoin" value="competences""#), "{step}");

    let (_, html) = app.html("/integrer?cle=nantua&commune=01269&guichet=1").await;
    assert!(html.contains("/integre/nantua/guichet/01269"), "the counter mode for a mairie's intranet");

    for (query, message) in [
        ("cle=inconnue", "Cette clé n’est pas autorisée"),
        ("cle=nantua&commune=zzzqqq", "Aucune commune de l’Ain ne correspond"),
        ("cle=nantua&guichet=1", "Le mode guichet a besoin de la commune"),
        ("cle=nantua&besoin=pizza", "Ce besoin n’est pas l’un de ceux du parcours"),
    ] {
        let (status, html) = app.html(&format!("/integrer?{query}")).await;
        assert_eq!(status, 200, "{query}");
        assert!(html.contains(message) && html.contains("<title>Erreur : ") && !html.contains("<iframe"), "{query}: {html}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_result_served_inside_a_partner_site_is_counted_under_its_key_and_no_more() {
    let app = app().await;
    let served = |path: String, person: &'static str| {
        let req = app.client.get(format!("{}{path}", app.base)).header("user-agent", person);
        async move { req.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(served(format!("/integre/nantua{RESULT}"), "Firefox 1").await, 200);
    assert_eq!(served(format!("/integre/nantua/en{RESULT}"), "Firefox 2").await, 200);
    assert_eq!(served(format!("/integre/nantua{RESULT}&imprimer=1"), "Firefox 1").await, 200);
    assert_eq!(served(RESULT.to_owned(), "Chrome").await, 200);

    app.account("coordination@exemple.fr", "admin", "un mot de passe assez long").await;
    let cookie = app.login("coordination@exemple.fr", "un mot de passe assez long").await;
    let res = app.get_with("/admin/indicateurs/site.csv", Some(&cookie)).await;
    assert_eq!(res.status(), 200);
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines.iter().any(|l| l.starts_with("Intégré au site partenaire « nantua »;2;")), "{csv}");
    assert!(lines.iter().any(|l| l.starts_with("Le site d’Aiguillage;1;")), "{csv}");
    assert!(lines.iter().any(|l| l.starts_with("Total;3;")), "the fiche is not counted again: {csv}");
    // The public page has the same breakdown, small counts hidden.
    let (_, html) = app.html("/indicateurs").await;
    assert!(html.contains("Par site (Aiguillage ou site partenaire)"), "{html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_lists_a_partner_site_which_may_frame_the_parcours_at_once_until_it_is_removed() {
    let app = app().await;
    app.account("coordination@exemple.fr", "admin", "un mot de passe assez long").await;
    let cookie = app.login("coordination@exemple.fr", "un mot de passe assez long").await;
    assert_eq!(app.get("/integre/pij-oyonnax/").await.status(), 404, "not yet listed");

    let (status, page) = app.html_with("/admin/sites-partenaires", Some(&cookie)).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<code>nantua</code>") && page.contains("La configuration du serveur"),
        "the configuration's partner, not removable: {page}"
    );
    let add = |cle: &'static str, origines: &'static str| {
        let (app, cookie) = (&app, &cookie);
        async move {
            let jeton = app.token("/admin/sites-partenaires", Some(cookie)).await;
            app.post("/admin/sites-partenaires/ajouter", Some(cookie), &[("jeton", &jeton), ("cle", cle), ("origines", origines)]).await
        }
    };
    // Refused, each next to its field, and nothing listed.
    for (cle, origines, message) in [
        ("PIJ Oyonnax", "https://pij.fr", "ne convient pas"),
        ("pij-oyonnax", "https://pij.fr/page", "n’est pas l’origine d’un site"),
        ("pij-oyonnax", "", "aucune origine"),
        ("nantua", "https://autre.fr", "configuration du serveur"),
    ] {
        let res = add(cle, origines).await;
        assert_eq!(location(&res), "/admin/sites-partenaires", "{cle} {origines}");
        let (_, page) = app.html_with("/admin/sites-partenaires", Some(&cookie)).await;
        assert!(page.contains(message) && page.contains("Aucun site n’a été ajouté"), "{cle} {origines}: {page}");
    }
    assert_eq!(app.get("/integre/pij-oyonnax/").await.status(), 404);

    let res = add("pij-oyonnax", "https://pij-oyonnax.fr/ https://www.pij-oyonnax.fr").await;
    assert_eq!(location(&res), "/admin/sites-partenaires?enregistre=1");
    let res = app.get("/integre/pij-oyonnax/").await;
    assert_eq!(res.status(), 200);
    assert_eq!(frame_ancestors(&res), "frame-ancestors 'self' https://pij-oyonnax.fr https://www.pij-oyonnax.fr");
    let (_, snippet) = app.html("/integrer?cle=pij-oyonnax").await;
    assert!(snippet.contains("/integre/pij-oyonnax/"), "{snippet}");
    let (_, page) = app.html_with("/admin/sites-partenaires", Some(&cookie)).await;
    assert!(page.contains("coordination@exemple.fr, le "), "who listed it: {page}");

    let jeton = app.token("/admin/sites-partenaires", Some(&cookie)).await;
    let res = app.post("/admin/sites-partenaires/retirer", Some(&cookie), &[("jeton", &jeton), ("cle", "pij-oyonnax")]).await;
    assert_eq!(location(&res), "/admin/sites-partenaires?enregistre=1");
    let res = app.get("/integre/pij-oyonnax/").await;
    assert_eq!(res.status(), 404);
    assert_eq!(frame_ancestors(&res), "frame-ancestors 'none'");
}
