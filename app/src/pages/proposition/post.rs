//! `POST /proposition/{jeton}`: the proposer answers the coordination's question.

use crate::domain::edit::Fields;
use crate::domain::journey::percent_encode;
use crate::domain::langue::Langue;
use crate::ssr::post::{anonymous_form_refusal, now, see_other};
use crate::ssr::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};

/// An altered link is a 404, an expired one a 410; a proposal with no question waiting, or already
/// decided, changes nothing and says so.
pub async fn answer(
    State(services): State<AppState>,
    langue: Option<Extension<Langue>>,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let langue = langue.map(|l| l.0).unwrap_or_default();
    let page = langue.href(&format!("/proposition/{}", percent_encode(&token)));
    let fields = Fields(pairs);
    if let Some(refused) = anonymous_form_refusal(&services.form_key, &headers, fields.get("jeton"), langue, &page) {
        return refused;
    }
    let p = match crate::ssr::proposals::by_link(&services, &token, now()).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    match crate::ssr::proposals::answer(&services, &p, fields.get("reponse"), now()).await {
        Ok(Ok(_)) => see_other(&format!("{page}?fait=1")),
        Ok(Err(refused)) => see_other(&format!("{page}?erreur={}", refused.code())),
        Err(e) => e.into_response(),
    }
}
