//! `POST /admin/confirmer`: the password typed again, checked like a login (slowed down after
//! failures), then the session marked as confirmed and the browser sent back to its page.

use crate::admin::form::{AdminForm, Editor};
use crate::form::{op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::auth;
use crate::ssr::ops::OpError;
use axum::response::Response;

pub async fn confirm(AdminForm { services, session, fields, .. }: AdminForm<Editor>) -> Response {
    // Only a back-office page: anything else goes back to the back-office's home.
    let back =
        crate::domain::local_path::local_path(fields.raw("retour")).filter(|p| p.starts_with("/admin/")).unwrap_or(urls::HOME).to_owned();
    let checked = match auth::check_password(services.repo.as_ref(), &session.account.email, fields.raw("mot_de_passe")).await {
        Ok(Some(_)) => services.repo.confirm_session(&session.id_hash, &crate::ssr::clock::stamp()).await.map(|()| true),
        other => other.map(|_| false),
    };
    match checked {
        Ok(true) => see_other(&back),
        Ok(false) => see_other(&format!("{back}{}erreur=confirmation", if back.contains('?') { '&' } else { '?' })),
        Err(e) => op_failure(OpError::from(e), &back),
    }
}
