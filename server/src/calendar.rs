//! `/agenda.ics` and `/agenda/{id}.ics`: the agenda as calendar files a phone can subscribe to.

use app::domain::langue::Langue;
use app::domain::seance::AgendaQuery;
use app::error::AppError;
use app::form::message_page;
use app::ssr::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;

fn calendar_response(result: Result<String, AppError>) -> Response {
    match result {
        Ok(body) => {
            let mut res = body.into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
            // Calendar applications poll subscriptions; an hour is fresh enough for an agenda.
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
            res
        }
        Err(e) => {
            let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST);
            message_page(Langue::Fr, status, "Agenda indisponible", &e.to_string(), ("/agenda", "Voir l’agenda"))
        }
    }
}

/// The site's address in the language the calendar was asked in (`/en/agenda.ics`): the events'
/// links open the place's page in that language.
fn origin(services: &AppState, langue: Option<Extension<Langue>>) -> String {
    format!("{}{}", services.public_address, langue.map(|l| l.0).unwrap_or_default().prefix())
}

/// `GET /agenda.ics` (and `/en/agenda.ics`…): the filtered agenda as a calendar feed.
pub async fn agenda(
    State(services): State<AppState>,
    langue: Option<Extension<Langue>>,
    query: Result<Query<AgendaQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return calendar_response(Err(AppError::BadRequest("Les filtres de cette adresse sont mal formés.".into())));
    };
    calendar_response(app::ssr::agenda::ics(&services, &q, &origin(&services, langue)))
}

/// `GET /agenda/{id}.ics`: one séance, for « Ajouter à mon agenda ».
pub async fn one(State(services): State<AppState>, langue: Option<Extension<Langue>>, Path(file): Path<String>) -> Response {
    let Some(id) = file.strip_suffix(".ics") else {
        return calendar_response(Err(AppError::NotFound));
    };
    calendar_response(app::ssr::agenda::ics_one(&services, id, &origin(&services, langue)))
}
