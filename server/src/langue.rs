//! The language prefix of public addresses (`/en/parcours?…`, see `domain::langue` for why the path):
//! taken off before routing, so that every route serves every language, and left on the request as a
//! [`Langue`] for the pages. HTML answers say their language (`Content-Language`) and that they vary
//! with `Accept-Language` (a page proposes the browser's language when it is one of ours).

use app::domain::langue::Langue;
use axum::extract::Request;
use axum::http::uri::PathAndQuery;
use axum::http::{header, HeaderValue, Uri};
use axum::middleware::Next;
use axum::response::Response;

/// Takes the language prefix off the request's path and puts the language beside it.
pub fn strip_prefix(mut request: Request) -> Request {
    let (langue, rest) = Langue::split_path(request.uri().path());
    if langue != Langue::Fr {
        let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
        if let Ok(pq) = PathAndQuery::try_from(format!("{rest}{query}")) {
            let mut parts = request.uri().clone().into_parts();
            parts.path_and_query = Some(pq);
            if let Ok(uri) = Uri::from_parts(parts) {
                *request.uri_mut() = uri;
            }
        }
    }
    request.extensions_mut().insert(langue);
    request
}

/// `Content-Language` and `Vary: Accept-Language` on pages.
pub async fn language_headers(request: Request, next: Next) -> Response {
    let langue = request.extensions().get::<Langue>().copied().unwrap_or_default();
    let mut response = next.run(request).await;
    let html = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if html {
        let h = response.headers_mut();
        h.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(langue.tag()));
        h.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    response
}
