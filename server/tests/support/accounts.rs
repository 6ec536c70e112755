//! The accounts the back-office tests log in with.

#![allow(dead_code)]

use super::support::TestApp;

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
