//! `POST /proposer`: a proposal is checked, stored, and the proposer is sent to its own page
//! (`/proposition/{jeton}`), whose link their receipt also carries.

use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::journey::percent_encode;
use crate::domain::langue::Langue;
use crate::error::AppError;
use crate::form::{message_page, see_other, too_many, ClientIp, PublicForm};
use crate::ssr::proposals;
use crate::ssr::state::AppState;
use axum::http::StatusCode;
use axum::response::Response;

/// `POST /proposer`: no account and no cookie; limited per address with « Signaler une erreur »
/// (one bucket for both public forms that write to the coordinators' lists). A refused form is kept
/// an hour and shown again; a robot that filled the trap is thanked and nothing is stored.
pub async fn propose(ClientIp(ip): ClientIp, PublicForm { services, langue, fields }: PublicForm) -> Response {
    let back = back_to_form(&services, langue, &fields);
    if !fields.get("piege").is_empty() {
        return see_other(&langue.href("/"));
    }
    match services.report_limiter.check(services.repo.as_ref(), ip).await {
        Ok(Ok(())) => {}
        Ok(Err(wait)) => return too_many(langue, wait, &back),
        Err(e) => return failure(langue, &back, &e.into()),
    }
    let now = crate::ssr::clock::timestamp();
    let proposal = match proposals::parse(&services, &fields) {
        Ok(p) => p,
        Err(errors) => return keep_refused(&services, langue, &fields, errors, now).await,
    };
    match proposals::create(&services, &proposal, now).await {
        Ok(id) => {
            let (path, _) = proposals::link(&services, id, now);
            see_other(&format!("{}?envoyee=1", langue.href(&path)))
        }
        Err(e) => failure(langue, &back, &e),
    }
}

/// The blank form this one came from (« C'est ma structure » keeps its place: one of its services).
fn back_to_form(services: &AppState, langue: Langue, fields: &Fields) -> String {
    let directory = services.directory();
    let service = directory.services().iter().find(|s| s.structure == fields.get("structure"));
    match service {
        Some(s) if !fields.get("structure").is_empty() => langue.href(&format!("/proposer?lieu={}", percent_encode(&s.id))),
        _ => langue.href("/proposer"),
    }
}

async fn keep_refused(services: &AppState, langue: Langue, fields: &Fields, errors: FieldErrors, now: i64) -> Response {
    let typed = fields.without("jeton").without("piege");
    let back = back_to_form(services, langue, fields);
    let contenu = serde_json::to_string(&(typed, errors)).unwrap_or_default();
    match proposals::keep_draft(services, &contenu, now).await {
        Ok(cle) => see_other(&format!("{}?brouillon={cle}", langue.href("/proposer"))),
        Err(e) => failure(langue, &back, &e),
    }
}

/// The database failed: nothing was stored, back to the form (the browser still holds its text).
fn failure(langue: Langue, back: &str, cause: &AppError) -> Response {
    tracing::error!(%cause, "a proposal was not stored");
    message_page(
        langue,
        StatusCode::INTERNAL_SERVER_ERROR,
        "Un problème est survenu",
        "Votre proposition n’a pas pu être enregistrée. Revenez en arrière : votre navigateur a gardé ce que vous avez écrit, et réessayez dans quelques minutes.",
        (back, "Revenir au formulaire"),
    )
}
