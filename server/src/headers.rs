//! Security headers on every response (pages set their own Content-Security-Policy with a nonce; the
//! rest get the same policy without one).

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// `https`: the configured public address is `https://` (then HSTS), never what a request's
/// `X-Forwarded-Proto` claims.
pub async fn security_headers(State(https): State<bool>, request: Request, next: Next) -> Response {
    let personal = personal_link(request.uri().path());
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        if let Ok(v) = HeaderValue::from_str(&app::content_security_policy(None)) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if personal {
        // The page's own `<meta>` says the same, but Leptos sometimes leaves a `<Meta>` that sits in a
        // `Suspend` out of the head (seen once in twenty runs): the header always holds.
        h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
        h.insert(HeaderName::from_static("x-robots-tag"), HeaderValue::from_static("noindex"));
        // Kept by no cache: not the browser's, not a proxy's, not the service worker's (`sw.js`
        // keeps nothing marked so), so a shared phone does not keep someone's request or proposal.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else {
        h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    }
    // « Me localiser » asks for the position; nothing else may ask for anything.
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("geolocation=(self), camera=(), microphone=(), payment=(), usb=()"),
    );
    h.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    if https {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
    response
}

/// A page opened from a personal link (a structure's request, a proposer's page, a reminder's « tout
/// est juste », the page where an accepted « C'est ma structure » chooses its password), in any
/// language or frame: its address is a secret, sent nowhere and never indexed.
fn personal_link(path: &str) -> bool {
    ["/demande/", "/proposition/", "/confirmer/", "/admin/acces/"].iter().any(|p| path.contains(p))
}

#[cfg(test)]
mod tests {
    use super::personal_link;

    #[test]
    fn personal_links_are_known_in_every_language_and_nothing_else_is() {
        assert!(personal_link("/proposition/abc") && personal_link("/en/demande/x") && personal_link("/confirmer/t"));
        assert!(personal_link("/admin/acces/1.2-ab.cd"));
        assert!(!personal_link("/proposer") && !personal_link("/admin/propositions/3") && !personal_link("/orientation"));
    }
}
