//! `POST /confirmer/{jeton}`: « tout est juste », from the link of a reminder (`ssr::reminders`).

use crate::form::{see_other, PublicForm};
use axum::extract::Path;
use axum::response::{IntoResponse, Response};

/// `POST /confirmer/{jeton}`: confirms the link's structure today (audited), then shows the thanks.
/// An altered link is a 404, an expired one a 410; nothing is written then.
pub async fn confirm(Path(token): Path<String>, PublicForm { services, .. }: PublicForm) -> Response {
    let page = format!("/confirmer/{}", crate::domain::journey::percent_encode(&token));
    match crate::ssr::reminders::confirm(&services, &token).await {
        Ok(_) => see_other(&format!("{page}?fait=1")),
        Err(e) => e.into_response(),
    }
}
