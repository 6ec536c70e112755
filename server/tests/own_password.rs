//! Accounts at ASVS 5.0 level 2 (issue 25): a provisional password must be changed at the first
//! login, everyone changes their own after typing the current one, guessable passwords are refused,
//! and a change ends every other session.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, ADMIN};
use support::{cookie_of, location, spawn_app, TestApp};

const NEW: (&str, &str) = ("secretariat@mairie-exemple.fr", "provisoire du lundi matin");

/// A coordinator creates an account for a secrétaire de mairie, with a provisional password.
async fn created_by_a_coordinator(app: &TestApp) {
    let cookie = admin(app).await;
    let jeton = app.token("/admin/comptes", Some(&cookie)).await;
    let fields =
        [("jeton", jeton.as_str()), ("email", NEW.0), ("nom", "Secrétariat de mairie"), ("role", "editeur"), ("mot_de_passe", NEW.1)];
    let res = app.post("/admin/comptes/creer", Some(&cookie), &fields).await;
    assert_eq!(location(&res), "/admin/comptes?enregistre=1");
}

async fn change(app: &TestApp, cookie: &str, current: &str, new: &str, again: &str) -> reqwest::Response {
    let jeton = app.token("/admin/mot-de-passe", Some(cookie)).await;
    app.post("/admin/mot-de-passe", Some(cookie), &[("jeton", &jeton), ("actuel", current), ("nouveau", new), ("confirmation", again)])
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provisional_password_leads_everywhere_to_choosing_ones_own_and_then_no_longer_works() {
    let app = spawn_app().await;
    created_by_a_coordinator(&app).await;
    let jeton = app.token("/admin/connexion", None).await;
    let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", NEW.0), ("mot_de_passe", NEW.1)]).await;
    assert_eq!(location(&res), "/admin/mot-de-passe", "straight to choosing one's own");
    let cookie = cookie_of(&res).unwrap();
    for page in ["/admin", "/admin/structures/hinaura-15"] {
        let res = app.get_with(page, Some(&cookie)).await;
        assert_eq!((res.status().as_u16(), location(&res).as_str()), (303, "/admin/mot-de-passe"), "{page}");
    }
    let (status, html) = app.html_with("/admin/mot-de-passe", Some(&cookie)).await;
    assert_eq!(status, 200);
    assert!(html.contains("est provisoire : choisissez le vôtre"), "{html}");

    // Refused, each with its reason, and nothing changes.
    let res = change(&app, &cookie, "pas le bon", "une phrase bien a moi", "une phrase bien a moi").await;
    assert_eq!(location(&res), "/admin/mot-de-passe");
    let (_, html) = app.html_with("/admin/mot-de-passe", Some(&cookie)).await;
    assert!(html.contains("Ce n’est pas votre mot de passe actuel."), "{html}");
    change(&app, &cookie, NEW.1, "azertyuiop", "azertyuiop").await;
    let (_, html) = app.html_with("/admin/mot-de-passe", Some(&cookie)).await;
    assert!(html.contains("trop facile à deviner"), "a keyboard row: {html}");
    change(&app, &cookie, NEW.1, "une phrase bien a moi", "une phrase bien à moi").await;
    let (_, html) = app.html_with("/admin/mot-de-passe", Some(&cookie)).await;
    assert!(html.contains("ne sont pas identiques"), "{html}");
    assert_eq!(app.get_with("/admin", Some(&cookie)).await.status().as_u16(), 303, "still provisional");

    // Changed: this browser gets a new session, every other one ends, the old password is dead.
    let other_device = {
        let jeton = app.token("/admin/connexion", None).await;
        let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", NEW.0), ("mot_de_passe", NEW.1)]).await;
        cookie_of(&res).unwrap()
    };
    let res = change(&app, &cookie, NEW.1, "une phrase bien a moi", "une phrase bien a moi").await;
    assert_eq!(location(&res), "/admin/mot-de-passe?enregistre=1");
    let renewed = cookie_of(&res).expect("a new session");
    assert_ne!(renewed, cookie);
    assert_eq!(app.get_with("/admin", Some(&renewed)).await.status().as_u16(), 200, "no longer provisional");
    for old in [&cookie, &other_device] {
        assert_eq!(location(&app.get_with("/admin", Some(old)).await), "/admin/connexion", "an old session ended");
    }
    let jeton = app.token("/admin/connexion", None).await;
    let res = app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", NEW.0), ("mot_de_passe", NEW.1)]).await;
    assert_eq!(location(&res), "/admin/connexion?erreur=identifiants", "the provisional password is dead");
    assert_eq!(
        location(
            &app.post("/admin/connexion", None, &[("jeton", &jeton), ("email", NEW.0), ("mot_de_passe", "une phrase bien a moi")]).await
        ),
        "/admin"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_cannot_give_a_guessable_password_and_changes_their_own_from_the_menu() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let jeton = app.token("/admin/comptes", Some(&cookie)).await;
    let fields =
        [("jeton", jeton.as_str()), ("email", NEW.0), ("nom", "Secrétariat"), ("role", "editeur"), ("mot_de_passe", "password123")];
    app.post("/admin/comptes/creer", Some(&cookie), &fields).await;
    let (_, html) = app.html_with("/admin/comptes", Some(&cookie)).await;
    assert!(html.contains("trop facile à deviner"), "{html}");
    assert!(!html.contains(NEW.0) || html.contains(&format!("value=\"{}\"", NEW.0)), "not created, only kept in the form");

    let (_, home) = app.html_with("/admin", Some(&cookie)).await;
    assert!(home.contains("href=\"/admin/mot-de-passe\""), "« Mon mot de passe » in the menu");
    let res = change(&app, &cookie, ADMIN.1, "le chat de la coordination dort", "le chat de la coordination dort").await;
    assert_eq!(location(&res), "/admin/mot-de-passe?enregistre=1");
    let (_, html) = app.html_with("/admin/mot-de-passe?enregistre=1", cookie_of(&res).as_deref()).await;
    assert!(html.contains("Modifications enregistrées") && !html.contains("provisoire :"), "{html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn managing_accounts_asks_for_the_password_again_fifteen_minutes_after_it_was_typed() {
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    let (_, html) = app.html_with("/admin/comptes", Some(&cookie)).await;
    assert!(html.contains("Créer un compte") && !html.contains("Confirmez votre mot de passe"), "just logged in");
    // The password was last typed long ago (a session left open on a shared computer).
    let repo = support::repository(&app.data).await;
    let token = cookie.split_once('=').unwrap().1;
    app::ssr::repo::backoffice::BackOffice::confirm_session(&repo, &app::ssr::auth::hash_token(token), "2026-01-01T08:00:00Z")
        .await
        .unwrap();
    let (_, html) = app.html_with("/admin/comptes", Some(&cookie)).await;
    assert!(html.contains("Confirmez votre mot de passe") && !html.contains("Créer un compte"), "{html}");
    let jeton = support::token_in(&html).unwrap();
    let fields = [("jeton", jeton.as_str()), ("email", NEW.0), ("nom", "Secrétariat"), ("role", "editeur"), ("mot_de_passe", NEW.1)];
    let res = app.post("/admin/comptes/creer", Some(&cookie), &fields).await;
    assert_eq!(location(&res), "/admin/comptes", "sent back to confirm, nothing created");

    let confirm = |password: &'static str, retour: &'static str| {
        let (app, cookie, jeton) = (&app, cookie.clone(), jeton.clone());
        async move {
            location(
                &app.post("/admin/confirmer", Some(&cookie), &[("jeton", &jeton), ("mot_de_passe", password), ("retour", retour)]).await,
            )
        }
    };
    assert_eq!(confirm("pas le bon", "/admin/comptes").await, "/admin/comptes?erreur=confirmation");
    let (_, html) = app.html_with("/admin/comptes?erreur=confirmation", Some(&cookie)).await;
    assert!(html.contains("Ce n’est pas votre mot de passe."), "{html}");
    assert_eq!(confirm(ADMIN.1, "//evil.example/x").await, "/admin", "never sent to another site");
    assert_eq!(confirm(ADMIN.1, "/admin/comptes").await, "/admin/comptes");
    let res = app.post("/admin/comptes/creer", Some(&cookie), &fields).await;
    assert_eq!(location(&res), "/admin/comptes?enregistre=1");
    let (_, html) = app.html_with("/admin/comptes", Some(&cookie)).await;
    assert!(html.contains(NEW.0), "created once confirmed");
}
