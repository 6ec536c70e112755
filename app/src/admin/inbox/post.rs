//! `POST /admin/signalements/{id}/traiter`: a report dealt with leaves the inbox (admins).

use crate::admin::session::guard_admin;
use crate::domain::edit::Fields;
use crate::ssr::auth::now_rfc3339;
use crate::ssr::ops::OpError;
use crate::ssr::post::{op_failure, see_other};
use crate::ssr::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;

/// `POST /admin/signalements/{id}/traiter` (admins).
pub async fn close(
    State(services): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let back = crate::routes::admin::INBOX;
    let session = match guard_admin(&services, &headers, &Fields(pairs), back).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    match services.repo.close_report(id, &session.account.email, &now_rfc3339()).await {
        Ok(_) => see_other(back),
        Err(e) => op_failure(OpError::from(e), back),
    }
}
