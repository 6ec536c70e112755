//! `POST /demande/{jeton}`: a structure answers the request its link opens (`ssr::callbacks::answer`).

use crate::domain::callback::Answer;
use crate::domain::edit::Fields;
use crate::form::{see_other, PublicForm};
use axum::extract::Path;
use axum::response::{IntoResponse, Response};

/// Where an answer leads back: the page with `fait=1`, or with the refusal's code (nothing changed).
pub fn after_answer(page: &str, outcome: Result<crate::domain::callback::Status, crate::domain::callback::AnswerRefusal>) -> Response {
    match outcome {
        Ok(_) => see_other(&format!("{page}?fait=1")),
        Err(refused) => see_other(&format!("{page}?erreur={}", refused.code())),
    }
}

/// The answer a form sends, as of today.
pub fn answer_of(fields: &Fields) -> Result<Answer, crate::domain::callback::AnswerRefusal> {
    let today = crate::ssr::clock::now().format("%Y-%m-%d").to_string();
    Answer::parse(fields.get("action"), fields.get("date"), fields.get("structure"), &today)
}

/// `POST /demande/{jeton}`: an altered link is a 404, an expired one or a request passed on to
/// another structure a 410; nothing is written then.
pub async fn answer(Path(token): Path<String>, PublicForm { services, fields, .. }: PublicForm) -> Response {
    let page = format!("/demande/{}", crate::domain::journey::percent_encode(&token));
    let c = match crate::ssr::callbacks::by_link(&services, &token, crate::ssr::clock::timestamp()).await {
        Ok(c) => c,
        Err(e) => return e.into_response(),
    };
    let answer = match answer_of(&fields) {
        Ok(a) => a,
        Err(refused) => return after_answer(&page, Err(refused)),
    };
    let who = crate::ssr::callbacks::link_holder(&services, &c);
    match crate::ssr::callbacks::answer(&services, &c, &answer, &who, crate::ssr::clock::timestamp()).await {
        Ok(outcome) => after_answer(&page, outcome),
        Err(e) => e.into_response(),
    }
}
