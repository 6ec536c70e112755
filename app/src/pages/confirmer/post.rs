//! `POST /confirmer/{jeton}`: « tout est juste », from the link of a reminder (`ssr::reminders`).

use crate::domain::langue::Langue;
use crate::ssr::post::{anonymous_form_refusal, see_other};
use crate::ssr::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Form;

/// `POST /confirmer/{jeton}`: confirms the link's structure today (audited), then shows the thanks.
/// An altered link is a 404, an expired one a 410; nothing is written then.
pub async fn confirm(
    State(services): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let page = format!("/confirmer/{}", crate::domain::journey::percent_encode(&token));
    let jeton = pairs.iter().find(|(k, _)| k == "jeton").map_or("", |(_, v)| v.as_str());
    if let Some(refused) = anonymous_form_refusal(&services.form_key, &headers, jeton, Langue::Fr, &page) {
        return refused;
    }
    match crate::ssr::reminders::confirm(&services, &token).await {
        Ok(_) => see_other(&format!("{page}?fait=1")),
        Err(e) => e.into_response(),
    }
}
