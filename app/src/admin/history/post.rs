//! `POST /admin/revisions/{id}/restaurer`: an entry put back as a revision left it (admins); the
//! restore is itself a revision, so it can be undone the same way.

use crate::admin::session::guard;
use crate::domain::edit::Fields;
use crate::routes::admin as urls;
use crate::ssr::ops;
use crate::ssr::post::{op_failure, see_other, Posted};
use crate::ssr::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;

/// `POST /admin/revisions/{id}/restaurer` (admins).
pub async fn restore(State(services): State<AppState>, headers: HeaderMap, Path(revision): Path<i64>, Form(p): Posted) -> Response {
    let session = match guard(&services, &headers, &Fields(p), urls::HOME).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    match ops::restore(&services, &session, revision).await {
        Ok(rev) => see_other(&urls::history(rev.kind, &rev.entity_id)),
        Err(e) => op_failure(e, urls::HOME),
    }
}
