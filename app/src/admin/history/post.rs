//! `POST /admin/revisions/{id}/restaurer`: an entry put back as a revision left it (admins); the
//! restore is itself a revision, so it can be undone the same way.

use crate::admin::form::{AdminForm, Editor};
use crate::form::{op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::ops;
use axum::extract::Path;
use axum::response::Response;

/// `POST /admin/revisions/{id}/restaurer` (admins).
pub async fn restore(Path(revision): Path<i64>, AdminForm { services, session, .. }: AdminForm<Editor>) -> Response {
    match ops::restore(&services, &session, revision).await {
        Ok(rev) => see_other(&urls::history(rev.kind, &rev.entity_id)),
        Err(e) => op_failure(e, urls::HOME),
    }
}
