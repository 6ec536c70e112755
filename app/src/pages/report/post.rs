//! `POST /signaler`: « Signaler une erreur », the public form; coordinators read the reports in
//! `/admin/signalements` (`crate::admin::reports`).

use super::{safe_return, REPORT_SUBJECTS};
use crate::domain::journey::percent_encode;
use crate::domain::langue::Langue;
use crate::form::{message_page, see_other, too_many, ClientIp, PublicForm};
use crate::ssr::ops::{self, OpError};
use axum::http::StatusCode;
use axum::response::Response;

/// `POST /signaler`: no account, no cookie, no personal data; limited per address against floods.
/// Sent from `/en/signaler`, its redirects stay under `/en`.
pub async fn report(ClientIp(ip): ClientIp, PublicForm { services, langue, fields }: PublicForm) -> Response {
    let service = fields.get("service").to_owned();
    let retour = safe_return(Some(fields.get("retour")));
    let back = langue.href(&format!("/signaler?service={}&retour={}", percent_encode(&service), percent_encode(&retour)));
    let sujet = fields.get("sujet");
    let message = fields.get("message");
    if !REPORT_SUBJECTS.iter().any(|(value, _)| *value == sujet) {
        return see_other(&format!("{back}&erreur=sujet"));
    }
    if message.is_empty() || message.chars().count() > 1000 {
        return see_other(&format!("{back}&erreur=message"));
    }
    match services.report_limiter.check(services.repo.as_ref(), ip).await {
        Ok(Ok(())) => {}
        Ok(Err(wait)) => return too_many(langue, wait, &back),
        Err(e) => return failure(langue, e.into(), &back, &retour),
    }
    match ops::report(&services, &service, sujet, message).await {
        Ok(()) => see_other(&langue.href(&format!("/signaler/merci?retour={}", percent_encode(&retour)))),
        Err(e) => failure(langue, e, &back, &retour),
    }
}

/// The report could not be kept: the entry left the directory meanwhile (404, back where the person
/// came from), or the database failed (500, back to the form, whose text the browser still holds).
fn failure(langue: Langue, error: OpError, back: &str, retour: &str) -> Response {
    let (status, heading, message, (to, words)) = match error {
        OpError::NotFound => (StatusCode::NOT_FOUND, "erreur-introuvable", "signaler-fiche-disparue", (retour, "signaler-retour")),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, "erreur-probleme", "signaler-echec", (back, "formulaire-revenir")),
    };
    message_page(langue, status, &langue.t(heading), &langue.t(message), (to, &langue.t(words)))
}
