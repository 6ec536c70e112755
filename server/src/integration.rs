//! `/integre/{clé}/…`: the parcours inside a partner's frame (`app::domain::integration`), for the
//! partners of the configuration and those coordinators list (`AppState::integration`). The prefix
//! comes off before the language's and routing, and the [`Integration`] stays on the request for the
//! pages (their links stay in the frame). The answer is then made fit for the frame, here and only
//! here: `frame-ancestors` names the partner's origins instead of `'none'`, a redirect stays inside
//! the frame, and no cookie is set (the partner's visitors are not ours to follow).
//!
//! An unknown key, or a page that cannot be framed (the back-office, the API, the downloads), is left
//! as it is: no route matches it, and the « page introuvable » keeps `frame-ancestors 'none'`.

use app::domain::integration::{embeddable, split_path, Integration};
use app::domain::langue::Langue;
use app::ssr::state::AppState;
use axum::extract::{Request, State};
use axum::http::uri::PathAndQuery;
use axum::http::{header, HeaderValue, Uri};
use axum::middleware::Next;
use axum::response::Response;

pub async fn frame(State(services): State<AppState>, mut request: Request, next: Next) -> Response {
    let Some(integration) = framed(&services, &mut request).await else {
        return next.run(request).await;
    };
    request.extensions_mut().insert(integration.clone());
    let mut response = next.run(request).await;
    fit_for_frame(&integration, &mut response);
    response
}

/// The integration a request is framed in, with its address made the page's own; `None` (the
/// request untouched) for anything else. A database that does not answer refuses the frame.
async fn framed(services: &AppState, request: &mut Request) -> Option<Integration> {
    let (cle, page) = split_path(request.uri().path())?;
    let integration = match services.integration(cle).await {
        Ok(found) => found?,
        Err(e) => {
            tracing::warn!(error = %e, "partner site not read");
            return None;
        }
    };
    if !embeddable(Langue::split_path(page).1) {
        return None;
    }
    let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    let pq = PathAndQuery::try_from(format!("{page}{query}")).ok()?;
    let mut parts = request.uri().clone().into_parts();
    parts.path_and_query = Some(pq);
    *request.uri_mut() = Uri::from_parts(parts).ok()?;
    Some(integration)
}

fn fit_for_frame(integration: &Integration, response: &mut Response) {
    let h = response.headers_mut();
    let policy = h
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .map(|csp| csp.replace("frame-ancestors 'none'", &format!("frame-ancestors {}", integration.frame_ancestors())));
    if let Some(v) = policy.and_then(|p| HeaderValue::from_str(&p).ok()) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    let location = h.get(header::LOCATION).and_then(|v| v.to_str().ok()).map(|l| integration.within(l));
    if let Some(v) = location.and_then(|l| HeaderValue::from_str(&l).ok()) {
        h.insert(header::LOCATION, v);
    }
    h.remove(header::SET_COOKIE);
}
