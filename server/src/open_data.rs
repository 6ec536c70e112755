//! The open-data routes: the data·inclusion v1 API and the downloads of `/donnees`, with ETag and
//! Last-Modified so that harvesters fetch only what changed.

use app::ssr::open_data::{self, Query};
use app::ssr::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query as QueryString, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use importer::export::data_inclusion::Site;

/// `body` with its validators, or 304 when the client already has it.
fn cached(request: &HeaderMap, content_type: &'static str, body: String, last_modified: Option<String>) -> Response {
    let etag = open_data::etag(body.as_bytes());
    if request.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| v.split(',').any(|t| t.trim() == etag)) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let mut response = ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-cache")], body).into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, v);
    }
    // The directory's newest day, as an HTTP date at midnight.
    if let Some(date) = last_modified.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()) {
        let http = date.format("%a, %d %b %Y 00:00:00 GMT").to_string();
        if let Ok(v) = HeaderValue::from_str(&http) {
            headers.insert(header::LAST_MODIFIED, v);
        }
    }
    response
}

fn bad_request(message: String) -> Response {
    app::error::AppError::BadRequest(message).into_response()
}

async fn page(
    services: AppState,
    headers: HeaderMap,
    params: Result<QueryString<Query>, QueryRejection>,
    build: fn(&AppState, &Site, &Query) -> Result<open_data::Page, open_data::QueryError>,
) -> Response {
    let Ok(QueryString(q)) = params else {
        return bad_request("Les paramètres sont mal formés : page, size, commune, epci, thematique, public.".into());
    };
    let (origin, today) = (services.public_address.clone(), app::ssr::clock::today());
    match build(&services, &Site { origin: &origin, today: &today }, &q) {
        Ok(page) => {
            let body = serde_json::to_string(&page).unwrap_or_default();
            cached(&headers, "application/json", body, open_data::last_modified(&services.directory()))
        }
        Err(e) => bad_request(e.to_string()),
    }
}

/// `GET /api/v1/structures?page=&size=&commune=&epci=&thematique=&public=`
pub async fn structures(
    State(services): State<AppState>,
    headers: HeaderMap,
    params: Result<QueryString<Query>, QueryRejection>,
) -> Response {
    page(services, headers, params, open_data::structures).await
}

/// `GET /api/v1/services?page=&size=&commune=&epci=&thematique=&public=`
pub async fn services(
    State(services): State<AppState>,
    headers: HeaderMap,
    params: Result<QueryString<Query>, QueryRejection>,
) -> Response {
    page(services, headers, params, open_data::services_page).await
}

/// `GET /donnees/{file}`: one of the downloads listed on `/donnees`.
pub async fn download(State(services): State<AppState>, headers: HeaderMap, Path(file): Path<String>) -> Response {
    let (origin, today) = (services.public_address.clone(), app::ssr::clock::today());
    let directory = services.directory();
    match open_data::download(&directory, &Site { origin: &origin, today: &today }, &file) {
        Some((content_type, body)) => {
            let mut response = cached(&headers, content_type, body, open_data::last_modified(&directory));
            if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
                response.headers_mut().insert(header::CONTENT_DISPOSITION, v);
            }
            response
        }
        None => (StatusCode::NOT_FOUND, "Ce fichier n’existe pas : voir /donnees.").into_response(),
    }
}
