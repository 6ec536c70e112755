//! « Signaler une erreur »: the public form, and its handling in the admin inbox.

use super::{forbidden_origin, guard_admin, now, op_failure, see_other, too_many, ClientIp};
use app::admin::{safe_return, REPORT_SUBJECTS};
use app::domain::edit::Fields;
use app::domain::journey::percent_encode;
use app::ssr::auth::{check_form_token, now_rfc3339, same_origin};
use app::ssr::backoffice::{self, OpError};
use app::ssr::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;

/// `POST /signaler`: no account, no cookie, no personal data; limited per address against floods.
pub async fn report(
    State(services): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let fields = Fields(pairs);
    let service = fields.get("service").to_owned();
    let retour = safe_return(Some(fields.get("retour")));
    let back = format!("/signaler?service={}&retour={}", percent_encode(&service), percent_encode(&retour));
    if !same_origin(&headers) || !check_form_token(&services.form_key, None, fields.get("jeton"), now()) {
        return forbidden_origin(&back);
    }
    let sujet = fields.get("sujet");
    let message = fields.get("message");
    if !REPORT_SUBJECTS.contains(&sujet) {
        return see_other(&format!("{back}&erreur=sujet"));
    }
    if message.is_empty() || message.chars().count() > 1000 {
        return see_other(&format!("{back}&erreur=message"));
    }
    if let Err(wait) = services.report_limiter.check(ip) {
        return too_many(wait, &back);
    }
    match backoffice::report(&services, &service, sujet, message).await {
        Ok(()) => see_other(&format!("/signaler/merci?retour={}", percent_encode(&retour))),
        Err(e) => op_failure(e, &back),
    }
}

/// `POST /admin/signalements/{id}/traiter` (admins).
pub async fn close(
    State(services): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let back = app::admin::urls::INBOX;
    let session = match guard_admin(&services, &headers, &Fields(pairs), back).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    match services.repo.close_report(id, &session.account.email, &now_rfc3339()).await {
        Ok(_) => see_other(back),
        Err(e) => op_failure(OpError::from(e), back),
    }
}
