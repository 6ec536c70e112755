//! Black-box tests of the back-office and the agenda: accounts, sessions, cross-site protection,
//! rate limiting, authorisation, the audit log, archiving, séances and their calendar files.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, editor, ADMIN, EDITOR, OURS, THEIRS};
use support::{cookie_of, location, spawn_app, token_in, TestApp};

/// The structure form's fields as stored, with `nom` changed.
async fn structure_form(app: &TestApp, cookie: &str, id: &str, nom: &str) -> Vec<(String, String)> {
    let (status, html) = app.html_with(&format!("/admin/structures/{id}"), Some(cookie)).await;
    assert_eq!(status, 200, "{html}");
    vec![
        ("jeton".into(), token_in(&html).unwrap()),
        ("nom".into(), nom.into()),
        ("commune".into(), "01053".into()),
        ("code_postal".into(), "01000".into()),
        ("adresse".into(), "1 rue de la Paix".into()),
    ]
}

async fn post_pairs(app: &TestApp, path: &str, cookie: &str, pairs: &[(String, String)]) -> reqwest::Response {
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post(path, Some(cookie), &borrowed).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_right_password_opens_a_session_with_a_strict_http_only_cookie_and_a_wrong_one_does_not() {
    let app = spawn_app().await;
    app.account(ADMIN.0, "admin", ADMIN.1).await;
    let res = app.get_with("/admin", None).await;
    assert_eq!((res.status().as_u16(), location(&res)), (303, "/admin/connexion".into()));

    let jeton = app.token("/admin/connexion", None).await;
    let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", ADMIN.0), ("mot_de_passe", "mauvais mot de passe")]).await;
    assert_eq!(location(&res), "/admin/connexion?erreur=identifiants");
    assert!(res.headers().get("set-cookie").is_none());

    let res =
        app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", "COORDINATION@exemple.fr"), ("mot_de_passe", ADMIN.1)]).await;
    assert_eq!(location(&res), "/admin");
    let set = res.headers().get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/"), "{set}");
    let cookie = cookie_of(&res).unwrap();
    let (status, html) = app.html_with("/admin", Some(&cookie)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Mes fiches"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_https_site_sets_a_host_prefixed_secure_cookie_and_a_request_cannot_choose_otherwise() {
    let https = support::spawn_with(tempfile::tempdir().unwrap(), |c| c.public_address = "https://aiguillage.exemple.fr".into()).await;
    let plain = spawn_app().await;
    for (app, forwarded, secure) in [(&https, "http", true), (&plain, "https", false)] {
        app.account(ADMIN.0, "admin", ADMIN.1).await;
        let jeton = app.token("/admin/connexion", None).await;
        let res = app
            .raw
            .post(format!("{}/admin/connexion", app.base))
            .header("x-forwarded-proto", forwarded)
            .header("sec-fetch-site", "same-origin")
            .form(&[("jeton", jeton.as_str()), ("email", ADMIN.0), ("mot_de_passe", ADMIN.1)])
            .send()
            .await
            .unwrap();
        let set = res.headers().get("set-cookie").unwrap().to_str().unwrap();
        assert_eq!(set.starts_with("__Host-aiguillage=") && set.contains("; Secure;"), secure, "{set}");
        assert_eq!(set.starts_with("aiguillage-local="), !secure, "{set}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logging_in_again_rotates_the_session_and_logging_out_ends_it_on_the_server() {
    let app = spawn_app().await;
    let first = admin(&app).await;
    // A second login from the same browser replaces the session id it had.
    let jeton = app.token("/admin/connexion", None).await;
    let res = app.post("/admin/connexion", Some(&first), &[("jeton", &jeton), ("email", ADMIN.0), ("mot_de_passe", ADMIN.1)]).await;
    let second = cookie_of(&res).unwrap();
    assert_ne!(first, second);
    assert_eq!(app.get_with("/admin", Some(&first)).await.status().as_u16(), 303, "the old id is dead");

    let jeton = app.token("/admin", Some(&second)).await;
    let res = app.post("/admin/deconnexion", Some(&second), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), "/admin/connexion?deconnecte=1");
    assert!(res.headers().get("set-cookie").unwrap().to_str().unwrap().contains("Max-Age=0"));
    // Even a browser that kept the cookie is logged out.
    assert_eq!(app.get_with("/admin", Some(&second)).await.status().as_u16(), 303);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_set_no_cookie() {
    let app = spawn_app().await;
    for path in ["/", "/parcours?besoin=demarche", "/agenda", "/guide", "/admin/connexion", "/orientation?besoin=parentalite&commune=01093"]
    {
        let res = app.get(path).await;
        assert!(res.status().is_success(), "{path}");
        assert!(res.headers().get("set-cookie").is_none(), "{path} sets a cookie");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_or_tokenless_posts_are_refused_with_403_and_change_nothing() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let mut pairs = structure_form(&app, &cookie, OURS, "Nom piraté").await;
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let path = format!("/admin/structures/{OURS}/enregistrer");

    let res = app.post_from(&path, Some(&cookie), &borrowed, "cross-site").await;
    assert_eq!(res.status().as_u16(), 403);
    // The refusal is a page of the site: its frame, its stylesheet, a way back to the form.
    let body = res.text().await.unwrap();
    for part in
        ["class=\"site-header\"", "rel=\"stylesheet\"", "<h1>Formulaire refusé</h1>", "Rien n’a été modifié", "class=\"site-footer\""]
    {
        assert!(body.contains(part), "{part} missing from the refusal page: {body}");
    }
    // Old browsers without fetch metadata: the Origin header decides.
    let res = app
        .raw
        .post(format!("{}{path}", app.base))
        .header("cookie", &cookie)
        .header("origin", "https://pirate.example")
        .form(&borrowed)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    // Same site, but no token, or a token of another session.
    pairs[0].1 = "1700000000.00".into();
    assert_eq!(post_pairs(&app, &path, &cookie, &pairs).await.status().as_u16(), 403);
    pairs[0].1 = app.token("/admin/connexion", None).await;
    assert_eq!(post_pairs(&app, &path, &cookie, &pairs).await.status().as_u16(), 403);

    let (_, html) = app.html_with(&format!("/admin/structures/{OURS}"), Some(&cookie)).await;
    assert!(!html.contains("Nom piraté"));
    // The login form is protected the same way.
    let res =
        app.post_from("/admin/connexion", None, &[("jeton", "x"), ("email", ADMIN.0), ("mot_de_passe", ADMIN.1)], "same-origin").await;
    assert_eq!(res.status().as_u16(), 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logins_from_one_address_are_limited_to_a_burst_then_429() {
    let app = spawn_app().await;
    let jeton = app.token("/admin/connexion", None).await;
    let mut statuses = Vec::new();
    for i in 0..7 {
        // Different e-mails: the per-account delay stays out of this test.
        let email = format!("inconnu{i}@exemple.fr");
        let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", &email), ("mot_de_passe", "n’importe lequel")]).await;
        statuses.push(res.status().as_u16());
        if res.status().as_u16() == 429 {
            assert!(res.headers().get("retry-after").is_some());
        }
    }
    assert_eq!(statuses, [303, 303, 303, 303, 303, 429, 429]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failures_slow_an_account_down_without_locking_it() {
    let app = spawn_app().await;
    app.account(ADMIN.0, "admin", ADMIN.1).await;
    let jeton = app.token("/admin/connexion", None).await;
    for _ in 0..3 {
        app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", ADMIN.0), ("mot_de_passe", "mauvais mot de passe")]).await;
    }
    let started = std::time::Instant::now();
    let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", ADMIN.0), ("mot_de_passe", ADMIN.1)]).await;
    assert!(started.elapsed() >= std::time::Duration::from_secs(1), "the fourth attempt waits");
    assert_eq!(location(&res), "/admin", "the right password still works: no lock-out");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_editor_changes_only_the_structures_attached_to_the_account() {
    let app = spawn_app().await;
    let admin_cookie = admin(&app).await;
    let cookie = editor(&app, &admin_cookie).await;

    let pairs = structure_form(&app, &cookie, OURS, "Médiathèque corrigée").await;
    let res = post_pairs(&app, &format!("/admin/structures/{OURS}/enregistrer"), &cookie, &pairs).await;
    assert_eq!(location(&res), format!("/admin/structures/{OURS}?enregistre=1"));

    // Another structure: not by its page, not by a crafted post, not by archiving it.
    assert_eq!(app.get_with(&format!("/admin/structures/{THEIRS}"), Some(&cookie)).await.status().as_u16(), 403);
    let res = post_pairs(&app, &format!("/admin/structures/{THEIRS}/enregistrer"), &cookie, &pairs).await;
    assert_eq!(res.status().as_u16(), 403);
    let res = post_pairs(&app, &format!("/admin/structure/{THEIRS}/archiver"), &cookie, &pairs[..1]).await;
    assert_eq!(res.status().as_u16(), 403);
    let res = post_pairs(&app, &format!("/admin/service/{THEIRS}-mediation/archiver"), &cookie, &pairs[..1]).await;
    assert_eq!(res.status().as_u16(), 403);
    // Nor a service or séance hung under someone else's structure.
    let res = app
        .post(
            "/admin/services/nouveau/enregistrer",
            Some(&cookie),
            &[
                ("jeton", &pairs[0].1),
                ("structure", THEIRS),
                ("nom", "x"),
                ("services", "Aide aux démarches administratives"),
                ("zone", "national"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 403);
    // Admin pages stay closed.
    assert_eq!(app.get_with("/admin/comptes", Some(&cookie)).await.status().as_u16(), 403);
    assert_eq!(app.post("/admin/revisions/1/restaurer", Some(&cookie), &[("jeton", &pairs[0].1)]).await.status().as_u16(), 403);

    let (_, theirs) = app.html_with(&format!("/admin/structures/{THEIRS}"), Some(&admin_cookie)).await;
    assert!(!theirs.contains("Médiathèque corrigée"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_form_comes_back_as_typed_with_messages_and_saves_nothing() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let mut pairs = structure_form(&app, &cookie, OURS, "").await;
    pairs.push(("telephone".into(), "12 345".into()));
    pairs.push(("courriel".into(), "pas-un-courriel".into()));
    let res = post_pairs(&app, &format!("/admin/structures/{OURS}/enregistrer"), &cookie, &pairs).await;
    assert_eq!(location(&res), format!("/admin/structures/{OURS}"));
    let (_, html) = app.html_with(&format!("/admin/structures/{OURS}"), Some(&cookie)).await;
    assert!(html.contains("<title>Erreur : "));
    assert!(html.contains("Indiquez le nom."));
    assert!(html.contains("Numéro non reconnu"));
    assert!(html.contains(r#"value="pas-un-courriel""#), "typed values are kept");
    assert!(html.contains(r#"aria-describedby="courriel-aide courriel-erreur""#));
    // The message is shown once; the stored entry is untouched.
    let (_, again) = app.html_with(&format!("/admin/structures/{OURS}"), Some(&cookie)).await;
    assert!(!again.contains("Numéro non reconnu"));
    let (_, history) = app.html_with(&format!("/admin/historique/structure/{OURS}"), Some(&cookie)).await;
    assert!(!history.contains("version n° 1"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_change_is_logged_and_an_admin_restores_any_version_in_one_action() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    for nom in ["Premier nom", "Second nom"] {
        let pairs = structure_form(&app, &cookie, OURS, nom).await;
        post_pairs(&app, &format!("/admin/structures/{OURS}/enregistrer"), &cookie, &pairs).await;
    }
    let (_, history) = app.html_with(&format!("/admin/historique/structure/{OURS}"), Some(&cookie)).await;
    assert!(history.contains(&format!("Par {}", ADMIN.0)));
    assert!(history.contains("Second nom") && history.contains("Premier nom"));

    let jeton = token_in(&history).unwrap();
    let res = app.post("/admin/revisions/1/restaurer", Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), format!("/admin/historique/structure/{OURS}"));
    let (_, page) = app.html_with(&format!("/admin/structures/{OURS}"), Some(&cookie)).await;
    assert!(page.contains(r#"value="Premier nom""#));
    let (_, history) = app.html_with(&format!("/admin/historique/structure/{OURS}"), Some(&cookie)).await;
    assert!(history.contains("restauration de la version n° 1"));
    // The public side follows at once.
    let (_, place) = app.html(&format!("/lieu/{OURS}-mediation")).await;
    assert!(place.contains("Premier nom"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archived_structure_leaves_the_public_side_and_comes_back_when_restored() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let public = format!("/lieu/{OURS}-mediation");
    assert_eq!(app.get(&public).await.status().as_u16(), 200);
    let jeton = app.token(&format!("/admin/structures/{OURS}"), Some(&cookie)).await;

    app.post(&format!("/admin/structure/{OURS}/archiver"), Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(app.get(&public).await.status().as_u16(), 404);
    let (_, guide) = app.html("/guide/240100800").await;
    assert!(!guide.contains(&format!("{OURS}-mediation")));

    app.post(&format!("/admin/structure/{OURS}/restaurer"), Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(app.get(&public).await.status().as_u16(), 200);
    let (_, history) = app.html_with(&format!("/admin/historique/structure/{OURS}"), Some(&cookie)).await;
    assert!(history.contains("archivage") && history.contains("désarchivage"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anyone_reports_an_error_without_personal_data_and_it_lands_in_the_admin_inbox() {
    let app = spawn_app().await;
    let service = format!("{OURS}-mediation");
    let form = format!("/signaler?service={service}&retour=%2Flieu%2F{service}");
    let jeton = app.token(&form, None).await;
    let res = app
        .post(
            "/signaler",
            None,
            &[("jeton", &jeton), ("service", &service), ("retour", "https://pirate.example"), ("sujet", "Les horaires"), ("message", "")],
        )
        .await;
    assert!(location(&res).ends_with("&erreur=message"), "an empty message is refused");
    let res = app
        .post_from(
            "/signaler",
            None,
            &[("jeton", &jeton), ("service", &service), ("sujet", "Les horaires"), ("message", "x")],
            "cross-site",
        )
        .await;
    assert_eq!(res.status().as_u16(), 403);
    let res = app
        .post(
            "/signaler",
            None,
            &[
                ("jeton", &jeton),
                ("service", &service),
                ("retour", "https://pirate.example"),
                ("sujet", "Les horaires"),
                ("message", "Fermé le mardi désormais"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/signaler/merci?retour=%2F", "never sent to another site");
    assert!(res.headers().get("set-cookie").is_none());

    let cookie = admin(&app).await;
    let (_, inbox) = app.html_with("/admin/signalements", Some(&cookie)).await;
    assert!(inbox.contains("Fermé le mardi désormais") && inbox.contains("Les horaires"));
    let jeton = token_in(&inbox).unwrap();
    let res = app.post("/admin/signalements/1/traiter", Some(&cookie), &[("jeton", &jeton)]).await;
    assert_eq!(location(&res), "/admin/signalements");
    let (_, inbox) = app.html_with("/admin/signalements", Some(&cookie)).await;
    assert!(!inbox.contains("Fermé le mardi désormais"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accounts_are_created_by_admins_only_with_a_valid_password_and_a_unique_email() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let jeton = app.token("/admin/comptes", Some(&cookie)).await;
    let res = app
        .post(
            "/admin/comptes/creer",
            Some(&cookie),
            &[("jeton", &jeton), ("email", ADMIN.0), ("nom", "Doublon"), ("role", "editeur"), ("mot_de_passe", "court")],
        )
        .await;
    assert_eq!(location(&res), "/admin/comptes");
    let (_, html) = app.html_with("/admin/comptes", Some(&cookie)).await;
    assert!(html.contains("au moins 8 caractères"));
    assert!(!html.contains(r#"value="court""#), "a password is never written back");
    let res = app
        .post(
            "/admin/comptes/creer",
            Some(&cookie),
            &[("jeton", &jeton), ("email", ADMIN.0), ("nom", "Doublon"), ("role", "editeur"), ("mot_de_passe", "assez long maintenant")],
        )
        .await;
    assert_eq!(location(&res), "/admin/comptes");
    let (_, html) = app.html_with("/admin/comptes", Some(&cookie)).await;
    assert!(html.contains("Un compte existe déjà avec cette adresse."));
    let res = app
        .post(
            "/admin/comptes/creer",
            Some(&cookie),
            &[
                ("jeton", &jeton),
                ("email", "nouveau@exemple.fr"),
                ("nom", "Nouveau"),
                ("role", "editeur"),
                ("mot_de_passe", "assez long maintenant"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/admin/comptes?enregistre=1");
    app.login_provisional("nouveau@exemple.fr", "assez long maintenant").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_replaces_a_forgotten_password_and_the_old_sessions_end() {
    let app = spawn_app().await;
    let admin_cookie = admin(&app).await;
    let editor_cookie = editor(&app, &admin_cookie).await;
    // Editors cannot do it.
    let jeton = app.token("/admin", Some(&editor_cookie)).await;
    let res =
        app.post("/admin/comptes/1/mot-de-passe", Some(&editor_cookie), &[("jeton", &jeton), ("mot_de_passe", "prise de contrôle")]).await;
    assert_eq!(res.status().as_u16(), 403);
    let jeton = app.token("/admin/comptes", Some(&admin_cookie)).await;
    let res = app.post("/admin/comptes/2/mot-de-passe", Some(&admin_cookie), &[("jeton", &jeton), ("mot_de_passe", "court")]).await;
    assert_eq!(location(&res), "/admin/comptes");
    let (_, html) = app.html_with("/admin/comptes", Some(&admin_cookie)).await;
    assert!(html.contains("au moins 8 caractères"));
    let res = app
        .post("/admin/comptes/2/mot-de-passe", Some(&admin_cookie), &[("jeton", &jeton), ("mot_de_passe", "tout nouveau mot de passe")])
        .await;
    assert_eq!(location(&res), "/admin/comptes?enregistre=1");
    assert_eq!(app.get_with("/admin", Some(&editor_cookie)).await.status().as_u16(), 303, "sessions closed");
    // The new password is provisional: its owner chooses their own at once.
    app.login_provisional(EDITOR.0, "tout nouveau mot de passe").await;
}
