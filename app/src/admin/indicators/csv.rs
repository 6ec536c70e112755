//! `GET /admin/indicateurs/{table}.csv`: one table of the coordinators' indicators (exact figures).

use crate::form::{op_failure, see_other};
use crate::pages::indicators::csv::file_response;
use crate::routes::admin as urls;
use crate::ssr::auth::current;
use crate::ssr::ops::OpError;
use crate::ssr::repo::backoffice::Role;
use crate::ssr::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;

pub async fn download(
    State(services): State<AppState>,
    headers: HeaderMap,
    Path(file): Path<String>,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    match current(services.repo.as_ref(), services.https(), &headers).await {
        Ok(Some(session)) if session.account.role == Role::Admin => file_response(&services, &file, query, false).await,
        Ok(Some(_)) => op_failure(OpError::Forbidden, urls::HOME),
        Ok(None) => see_other(urls::LOGIN),
        Err(_) => op_failure(OpError::Internal, urls::INDICATORS),
    }
}
