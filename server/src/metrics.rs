//! `GET /metrics`: Prometheus text for the operators of a deployment, never for the public. It
//! exists only when `AIGUILLAGE_METRIQUES_JETON` is set, and answers only a request carrying
//! `Authorization: Bearer <jeton>` (401 otherwise, with nothing else said).
//!
//! What it counts: requests by route (the route's pattern, never the path a client typed, so the
//! number of series stays bounded), method and status; their latency by route; the database pool;
//! and, read from the database so that every server says the same, imports applied and undone and
//! server runs interrupted (crash recoveries) or alive.

use app::ssr::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::Arc;
use std::time::Instant;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabels {
    state: String,
}

fn latency_histogram() -> Histogram {
    Histogram::new([0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5])
}

/// One server's registry.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    pool: Family<StateLabels, Gauge>,
    events: Family<StateLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("aiguillage");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(latency_histogram);
        let pool = Family::<StateLabels, Gauge>::default();
        let events = Family::<StateLabels, Gauge>::default();
        registry.register("http_requests", "Requêtes servies, par route, méthode et statut", requests.clone());
        registry.register("http_request_duration_seconds", "Temps de réponse par route", latency.clone());
        registry.register("db_pool_connections", "Connexions à la base : ouvertes, libres, maximum", pool.clone());
        registry.register(
            "events",
            "Imports appliqués et annulés, exécutions de serveur interrompues (reprises après incident) et en cours",
            events.clone(),
        );
        Self { registry, requests, latency, pool, events }
    }
}

/// The matched route's pattern, carried from inside the router to [`record`] outside it.
#[derive(Clone)]
struct Route(Arc<str>);

/// Inside the router (`route_layer`): notes which route answered.
pub async fn note_route(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map(|p| Route(p.as_str().into()));
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

/// Around everything: counts the request and times it.
pub async fn record(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let method = match request.method().as_str() {
        m @ ("GET" | "HEAD" | "POST") => m.to_owned(),
        _ => "autre".to_owned(),
    };
    let started = Instant::now();
    let response = next.run(request).await;
    let route = response.extensions().get::<Route>().map_or_else(|| "autre".to_owned(), |r| route_label(&r.0));
    metrics.latency.get_or_create(&RouteLabels { route: route.clone() }).observe(started.elapsed().as_secs_f64());
    metrics.requests.get_or_create(&RequestLabels { route, method, status: response.status().as_u16() }).inc();
    response
}

/// A nested service's catch-all (`/pkg/{*rest}`) is named by its prefix.
fn route_label(pattern: &str) -> String {
    match pattern.find("/{*") {
        Some(i) => format!("{}/*", &pattern[..i]),
        None => pattern.to_owned(),
    }
}

/// Equal whatever the first differing byte: the token's comparison says nothing by its timing.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len() && given.iter().zip(expected).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// The bearer token `/metrics` asks for; without one, `/metrics` does not exist.
#[derive(Clone, Default)]
pub struct MetricsToken(pub Option<Arc<str>>);

/// `GET /metrics`.
pub async fn metrics(
    State(metrics): State<Arc<Metrics>>,
    State(MetricsToken(token)): State<MetricsToken>,
    State(services): State<AppState>,
    headers: HeaderMap,
) -> Response {
    let Some(token) = token.as_deref() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer ")).unwrap_or("");
    if !same_secret(given.as_bytes(), token.as_bytes()) {
        return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response();
    }
    match render(&metrics, &services).await {
        Ok(body) => ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body)
            .into_response(),
        Err(e) => {
            tracing::warn!(cause = %e, "metrics not read");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

async fn render(metrics: &Metrics, services: &AppState) -> Result<String, Box<dyn std::error::Error>> {
    let pool = services.repo.pool_usage();
    for (state, n) in [("ouvertes", pool.open), ("libres", pool.idle), ("maximum", pool.max)] {
        metrics.pool.get_or_create(&StateLabels { state: state.into() }).set(i64::from(n));
    }
    let events = services.repo.events().await?;
    for (state, n) in [
        ("imports_appliques", events.imports_applied),
        ("imports_annules", events.imports_undone),
        ("executions_interrompues", events.runs_interrupted),
        ("executions_en_cours", events.runs_alive),
    ] {
        metrics.events.get_or_create(&StateLabels { state: state.into() }).set(n);
    }
    let mut body = String::new();
    encode(&mut body, &metrics.registry)?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nested_catch_all_is_named_by_its_prefix_and_other_patterns_as_they_are() {
        assert_eq!(route_label("/pkg/{*__private__axum_nest_tail_param}"), "/pkg/*");
        assert_eq!(route_label("/agenda/{file}"), "/agenda/{file}");
    }

    #[test]
    fn a_token_is_equal_only_to_itself() {
        assert!(same_secret(b"abcdefghijklmnopqrstuvwx", b"abcdefghijklmnopqrstuvwx"));
        assert!(!same_secret(b"abcdefghijklmnopqrstuvwX", b"abcdefghijklmnopqrstuvwx"));
        assert!(!same_secret(b"abc", b"abcdefghijklmnopqrstuvwx"));
        assert!(!same_secret(b"", b"abcdefghijklmnopqrstuvwx"));
    }
}
