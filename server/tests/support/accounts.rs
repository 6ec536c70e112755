//! The accounts the back-office tests log in with.

#![allow(dead_code)]

use super::support::{token_in, TestApp};

pub const ADMIN: (&str, &str) = ("coordination@exemple.fr", "un mot de passe assez long");
pub const EDITOR: (&str, &str) = ("mediatheque@exemple.fr", "autre mot de passe long");
/// A seeded structure and its service.
pub const OURS: &str = "hinaura-15";
pub const THEIRS: &str = "hinaura-16";

pub async fn admin(app: &TestApp) -> String {
    app.account(ADMIN.0, "admin", ADMIN.1).await;
    app.login(ADMIN.0, ADMIN.1).await
}

/// An editor attached to `OURS` only.
pub async fn editor(app: &TestApp, admin_cookie: &str) -> String {
    let id = app.account(EDITOR.0, "editeur", EDITOR.1).await;
    let jeton = app.token("/admin/comptes", Some(admin_cookie)).await;
    let res = app.post(&format!("/admin/comptes/{id}/structures"), Some(admin_cookie), &[("jeton", &jeton), ("structures", OURS)]).await;
    assert_eq!(res.status().as_u16(), 303);
    app.login(EDITOR.0, EDITOR.1).await
}

/// Renames `OURS` through its back-office form, as a coordinator logged in with `cookie` does.
pub async fn rename_ours(app: &TestApp, cookie: &str, nom: &str) {
    let (status, html) = app.html_with(&format!("/admin/structures/{OURS}"), Some(cookie)).await;
    assert_eq!(status, 200, "the session works on {}", app.base);
    let jeton = token_in(&html).unwrap();
    let fields = [("jeton", jeton.as_str()), ("nom", nom), ("commune", "01053"), ("code_postal", "01000"), ("adresse", "1 rue de la Paix")];
    let res = app.post(&format!("/admin/structures/{OURS}/enregistrer"), Some(cookie), &fields).await;
    assert_eq!(res.status().as_u16(), 303, "{nom} on {}", app.base);
}
