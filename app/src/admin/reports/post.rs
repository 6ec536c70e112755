//! `POST /admin/signalements/{id}/traiter`: a report dealt with leaves the inbox (admins).

use crate::admin::form::{AdminForm, Coordinator};
use crate::form::{op_failure, see_other};
use crate::ssr::ops::OpError;
use axum::extract::Path;
use axum::response::Response;

/// `POST /admin/signalements/{id}/traiter` (admins).
pub async fn close(Path(id): Path<i64>, AdminForm { services, session, .. }: AdminForm<Coordinator>) -> Response {
    let back = crate::routes::admin::REPORTS;
    match services.repo.close_report(id, &session.account.email, &crate::ssr::clock::stamp()).await {
        Ok(_) => see_other(back),
        Err(e) => op_failure(OpError::from(e), back),
    }
}
