//! A request id on every log line: each request gets `x-request-id` (`{start}-{n}`: this process's
//! start time in seconds, then a counter), sent back in the response, and every event logged while
//! it is served carries it in its `requete` span. An operator ties a person's « it failed at 10:42 »
//! to the lines of that request; the id says nothing about the person.

use axum::http::{HeaderValue, Request};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tower_http::request_id::{MakeRequestId, RequestId};

#[derive(Clone)]
pub struct Sequence {
    start: u64,
    next: Arc<AtomicU64>,
}

impl Default for Sequence {
    fn default() -> Self {
        let start = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default();
        Self { start, next: Arc::default() }
    }
}

impl MakeRequestId for Sequence {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{n}", self.start)).ok().map(RequestId::new)
    }
}

/// The span every event of a request is logged in: its id, method and path (never the query).
pub fn span<B>(request: &Request<B>) -> tracing::Span {
    let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
    tracing::info_span!("requete", id = %id, method = %request.method(), path = %request.uri().path())
}
