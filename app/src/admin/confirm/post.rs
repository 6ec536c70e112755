//! `POST /admin/confirmer`: the password typed again, checked like a login (slowed down after
//! failures), then the session marked as confirmed and the browser sent back to its page.

use crate::admin::session::guard;
use crate::domain::edit::Fields;
use crate::routes::admin as urls;
use crate::ssr::auth::{self, now_rfc3339};
use crate::ssr::ops::OpError;
use crate::ssr::post::{op_failure, see_other};
use crate::ssr::state::AppState;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;

pub async fn confirm(State(services): State<AppState>, headers: HeaderMap, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let fields = Fields(pairs);
    // Only a back-office page: anything else goes back to the back-office's home.
    let back =
        crate::domain::local_path::local_path(fields.raw("retour")).filter(|p| p.starts_with("/admin/")).unwrap_or(urls::HOME).to_owned();
    let session = match guard(&services, &headers, &fields, &back).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let checked = match auth::check_password(&services, &session.account.email, fields.raw("mot_de_passe")).await {
        Ok(Some(_)) => services.repo.confirm_session(&session.id_hash, &now_rfc3339()).await.map(|()| true),
        other => other.map(|_| false),
    };
    match checked {
        Ok(true) => see_other(&back),
        Ok(false) => see_other(&format!("{back}{}erreur=confirmation", if back.contains('?') { '&' } else { '?' })),
        Err(e) => op_failure(OpError::from(e), &back),
    }
}
