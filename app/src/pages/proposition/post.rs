//! `POST /proposition/{jeton}`: the proposer answers the coordination's question.

use crate::domain::journey::percent_encode;
use crate::form::{see_other, PublicForm};
use axum::extract::Path;
use axum::response::{IntoResponse, Response};

/// An altered link is a 404, an expired one a 410; a proposal with no question waiting, or already
/// decided, changes nothing and says so.
pub async fn answer(Path(token): Path<String>, PublicForm { services, langue, fields }: PublicForm) -> Response {
    let page = langue.href(&format!("/proposition/{}", percent_encode(&token)));
    let p = match crate::ssr::proposals::by_link(&services, &token, crate::ssr::clock::timestamp()).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    match crate::ssr::proposals::answer(&services, &p, fields.get("reponse"), crate::ssr::clock::timestamp()).await {
        Ok(Ok(_)) => see_other(&format!("{page}?fait=1")),
        Ok(Err(refused)) => see_other(&format!("{page}?erreur={}", refused.code())),
        Err(e) => e.into_response(),
    }
}
