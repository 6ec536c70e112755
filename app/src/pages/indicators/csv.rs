//! `GET /indicateurs/{table}.csv`: one table of the public indicators, with the page's filter.

use crate::ssr::indicators::{csv, CsvError};
use crate::ssr::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub async fn download(
    State(services): State<AppState>,
    Path(file): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    file_response(&services, &file, query, true).await
}

/// The CSV file, or a French message in plain text: 404 for no such table, 400 for a filter that
/// does not read.
pub async fn file_response(
    services: &AppState,
    file: &str,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
    public: bool,
) -> Response {
    let text =
        |status: StatusCode, message: String| (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response();
    let Ok(Query(pairs)) = query else {
        return text(StatusCode::BAD_REQUEST, "Ce lien est abîmé : ses paramètres ne se lisent pas.".into());
    };
    match csv(services, file, &pairs, public).await {
        Ok((name, bytes)) => {
            let disposition =
                HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")).unwrap_or(HeaderValue::from_static("attachment"));
            let mut res = ([(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"))], bytes).into_response();
            res.headers_mut().insert(header::CONTENT_DISPOSITION, disposition);
            res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(if public { "no-cache" } else { "no-store" }));
            res
        }
        Err(CsvError::NotFound) => text(StatusCode::NOT_FOUND, "Ce tableau n’existe pas.".into()),
        Err(CsvError::Filter(errors)) => text(StatusCode::BAD_REQUEST, errors.summary()),
        Err(CsvError::Internal(e)) => e.into_response(),
    }
}
