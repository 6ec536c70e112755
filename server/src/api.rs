//! Plain JSON endpoints of the public URL contract, and the health check.

use app::domain::commune_search::{CommuneQuery, CommuneSearchResponse};
use app::error::AppError;
use app::ssr::client_ip::ClientIp;
use app::ssr::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

fn bad_request(message: impl Into<String>) -> Response {
    AppError::BadRequest(message.into()).into_response()
}

#[derive(Debug, Deserialize)]
pub struct CommunesParams {
    q: Option<String>,
    lat: Option<String>,
    lon: Option<String>,
}

/// `GET /api/v1/communes?q=`: communes of the Ain by name, former name or postal code.
pub async fn communes(State(services): State<AppState>, params: Result<Query<CommunesParams>, QueryRejection>) -> Response {
    let Ok(Query(params)) = params else {
        return bad_request("Les paramètres de la recherche sont mal formés. Utilisez ?q= suivi du nom ou du code postal.");
    };
    if params.q.is_none() {
        if let (Some(lat), Some(lon)) = (&params.lat, &params.lon) {
            let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
                return bad_request("lat et lon doivent être des nombres, par exemple lat=46.15&lon=5.61.");
            };
            // The nearest commune of the Ain, or none when the position is elsewhere.
            let gazetteer = &services.gazetteer;
            let communes = gazetteer
                .nearest(lon, lat)
                .map(|c| gazetteer.hit(c, app::domain::commune_search::MatchKind::Position, None))
                .into_iter()
                .collect();
            let body = CommuneSearchResponse { requete: format!("{lat},{lon}"), communes };
            return ([(header::CACHE_CONTROL, "no-store")], SafeJson(body)).into_response();
        }
    }
    let raw = params.q.unwrap_or_default();
    let query = match CommuneQuery::parse(&raw) {
        Ok(q) => q,
        Err(e) => return bad_request(e.to_string()),
    };
    let body = CommuneSearchResponse { requete: raw, communes: services.gazetteer.search(&query) };
    // The geography changes once a year at most: let browsers and the service worker keep answers an hour.
    ([(header::CACHE_CONTROL, "public, max-age=3600")], SafeJson(body)).into_response()
}

/// JSON that echoes what a client typed (the search text) with `<`, `>` and `&` written as `\u003c`,
/// `\u003e`, `\u0026`: the same value for any JSON reader, and no markup in the bytes should
/// anything ever read them as HTML (the hostile-input corpus, `bench/hostile.sh`, checks this).
pub struct SafeJson<T>(pub T);

impl<T: serde::Serialize> IntoResponse for SafeJson<T> {
    fn into_response(self) -> Response {
        match serde_json::to_string(&self.0) {
            Ok(text) => {
                let text = text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026");
                ([(header::CONTENT_TYPE, "application/json")], text).into_response()
            }
            Err(e) => AppError::internal(e).into_response(),
        }
    }
}

/// `GET /health`: 200 when the database answers, 503 otherwise (for load balancers and monitoring).
pub async fn health(State(services): State<AppState>) -> Response {
    match services.repo.ping().await {
        Ok(()) => (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], Json(serde_json::json!({ "statut": "ok" }))).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, [(header::CACHE_CONTROL, "no-store")], Json(serde_json::json!({ "statut": "indisponible" })))
                .into_response()
        }
    }
}

/// `GET /api/v1/orientation?commune=INSEE&besoin=…`: the result page's content as JSON. Never
/// counted in the indicators, and limited per client (429 with `Retry-After`).
pub async fn orientation(
    State(services): State<AppState>,
    ClientIp(ip): ClientIp,
    params: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Response {
    if let Err(wait) = services.api_limiter.check(ip, std::time::Instant::now()) {
        let seconds = wait.as_secs().max(1);
        let message = format!("Trop d’appels depuis votre adresse : réessayez dans {seconds} s.");
        let mut res =
            (StatusCode::TOO_MANY_REQUESTS, [(header::CACHE_CONTROL, "no-store")], Json(serde_json::json!({ "erreur": message })))
                .into_response();
        res.headers_mut().insert(header::RETRY_AFTER, axum::http::HeaderValue::from(seconds));
        return res;
    }
    let Ok(Query(pairs)) = params else {
        return bad_request("Les paramètres sont mal formés.");
    };
    match app::ssr::orientation::from_pairs(&services, &pairs, app::domain::langue::Langue::Fr, app::ssr::orientation::Asker::Program) {
        Ok(result) => ([(header::CACHE_CONTROL, "no-cache")], SafeJson(result)).into_response(),
        Err(e) => e.into_response(),
    }
}

#[derive(Debug, Deserialize)]
pub struct SnapshotParams {
    departement: Option<String>,
}

/// `GET /api/v1/instantane[?departement=01]`: the snapshot the service worker keeps so that the
/// journey works offline (the same engine runs over it in the browser), whole or for one
/// département. Always revalidated: it is only as good as it is fresh.
pub async fn snapshot(State(services): State<AppState>, params: Result<Query<SnapshotParams>, QueryRejection>) -> Response {
    let Ok(Query(params)) = params else {
        return bad_request("Les paramètres sont mal formés.");
    };
    let json = match params.departement.as_deref() {
        None => app::ssr::orientation::snapshot_json(&services),
        Some(dep) if (2..=3).contains(&dep.len()) && dep.bytes().all(|b| b.is_ascii_digit() || b == b'A' || b == b'B') => {
            match app::ssr::orientation::departement_snapshot_json(&services, dep) {
                Some(json) => json,
                None => return AppError::NotFound.into_response(),
            }
        }
        Some(_) => return bad_request("Le département s’écrit avec son code : 01, 2A, 974…"),
    };
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-cache")], json).into_response()
}
