//! `POST /admin/propositions/{id}`: a coordinator's decision (`ssr::proposals::decide`).

use crate::admin::form::{AdminForm, Coordinator};
use crate::domain::proposal::Decision;
use crate::error::AppError;
use crate::form::{op_failure, see_other};
use crate::ssr::auth::Session;
use crate::ssr::proposals::{decide as apply, Decided};
use crate::ssr::repo::backoffice::Role;
use crate::ssr::repo::proposals::Stored;
use crate::ssr::state::AppState;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};

/// The proposal `id`, for a coordinator.
pub async fn readable(services: &AppState, session: &Session, id: &str) -> Result<Stored, AppError> {
    if session.account.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    services.repo.proposal(id).await?.ok_or(AppError::NotFound)
}

/// Accept (and publish), add to a listed structure, ask, or refuse; back to the proposal with
/// `fait=1`, or with the refusal's code when nothing changed.
pub async fn decide(Path(id): Path<String>, AdminForm { services, session, fields, .. }: AdminForm<Coordinator>) -> Response {
    let page = crate::routes::admin::proposal(&id);
    let p = match readable(&services, &session, &id).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let decision = match Decision::parse(fields.get("action"), fields.get("texte"), fields.get("structure")) {
        Ok(d) => d,
        Err(refused) => return see_other(&format!("{page}?erreur={}", refused.code())),
    };
    match apply(&services, &session, &p, &decision, crate::ssr::clock::timestamp()).await {
        Ok(Decided::Published(_) | Decided::Moved(_)) => see_other(&format!("{page}?fait=1")),
        Ok(Decided::Refused(refused)) => see_other(&format!("{page}?erreur={}", refused.code())),
        Err(e) => op_failure(e, &page),
    }
}
