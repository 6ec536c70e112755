//! Pages compressed once, whatever their nonce (issue 29).
//!
//! Every page is still rendered for its request: a person's result is counted, hours and passages
//! follow the clock, and each response has its own CSP nonce. But two requests for the same result
//! give the same bytes but for that nonce, and compressing them was most of what a compressed page
//! cost (a codec's context built and filled for each response: 1 641 req/s against 2 714 without
//! compression). So an HTML page is cut at its nonce, the pieces between are compressed once and
//! kept, and each response joins them around its own nonce (`codec`): zstd frames one after another
//! (a zstd stream may be several frames, RFC 8878 3.1; end2end `bytes.spec.ts` checks Chromium reads
//! them all), or one gzip member whose deflate blocks end on byte boundaries (browsers read only the
//! first member of several). Brotli streams cannot be joined unless every piece is encoded for it: a
//! client that takes brotli alone gets the compression layer's, as before.
//!
//! What is kept: the pieces themselves, compared byte for byte at each hit (a page is never answered
//! with another page's bytes), and their compressed forms, in a cache bounded in bytes whose eviction
//! (S3-FIFO) keeps what is asked again and lets a page seen once go first. A page whose headers
//! forbid storing it (`Cache-Control: no-store`: the back-office) is compressed on the fly, as before;
//! any other kept page is only ever sent to a request that has just rendered the very same bytes.

mod codec;

pub use codec::Codec;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;

/// What the kept pages may weigh: about 1 000 result pages (46 KB, and 11 KB compressed).
const CAPACITY_BYTES: u64 = 64 * 1024 * 1024;
/// A nonce longer than this is not one of ours: such a page is compressed on the fly.
const MAX_NONCE: usize = 64;

/// The kept pages, shared by every request of one server.
#[derive(Clone)]
pub struct Pages(Arc<quick_cache::sync::Cache<(Codec, u64), Arc<Kept>, Weight>>);

/// One page's pieces (the bytes between its nonces) and their compressed forms.
pub struct Kept {
    pieces: Vec<Bytes>,
    compressed: Vec<Bytes>,
}

/// A kept page weighs its pieces and their compressed forms.
#[derive(Clone)]
pub struct Weight;

impl quick_cache::Weighter<(Codec, u64), Arc<Kept>> for Weight {
    fn weight(&self, _: &(Codec, u64), kept: &Arc<Kept>) -> u64 {
        kept.pieces.iter().chain(&kept.compressed).map(|b| b.len() as u64 + 16).sum()
    }
}

impl Default for Pages {
    fn default() -> Self {
        Pages(Arc::new(quick_cache::sync::Cache::with_weighter(4096, CAPACITY_BYTES, Weight)))
    }
}

impl Pages {
    /// `page` (whose nonce is `nonce`, empty when it has none) encoded by `codec`, from its kept
    /// pieces when the same page was compressed before.
    pub fn encode(&self, codec: Codec, page: &Bytes, nonce: &str) -> std::io::Result<Vec<u8>> {
        let pieces = split(page, nonce.as_bytes());
        let key = (codec, fingerprint(&pieces));
        let kept = match self.0.get(&key) {
            Some(kept) if kept.pieces == pieces => kept,
            _ => {
                let compressed = pieces.iter().map(|p| codec.compress(p).map(Bytes::from)).collect::<std::io::Result<Vec<_>>>()?;
                let kept = Arc::new(Kept { pieces, compressed });
                self.0.insert(key, Arc::clone(&kept));
                kept
            }
        };
        Ok(codec.join(&kept.pieces, &kept.compressed, nonce.as_bytes()))
    }

    /// How many pages are kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Encodes every HTML page whose client takes zstd or gzip (see the module's documentation).
pub async fn encode(State(pages): State<Pages>, request: Request, next: Next) -> Response {
    let accepted = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).and_then(Codec::preferred);
    let codec = accepted.filter(|_| request.method() == Method::GET);
    let response = next.run(request).await;
    let Some(codec) = codec else { return response };
    let Some(nonce) = keepable(response.status(), response.headers()) else { return response };
    let (parts, body) = response.into_parts();
    let (mut parts, page) = match crate::valid_html::whole_page(parts, body).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    match pages.encode(codec, &page, &nonce) {
        Ok(encoded) => {
            parts.headers.insert(header::CONTENT_ENCODING, codec.header());
            parts.headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(encoded))
        }
        // The compression layer will try on the fly.
        Err(e) => {
            tracing::warn!(cause = %e, "page not compressed once");
            Response::from_parts(parts, Body::from(page))
        }
    }
}

/// The page's nonce (empty when it has none) when the response is a page that can be kept: a
/// `200` HTML page, not encoded yet, that its headers do not forbid to store.
fn keepable(status: StatusCode, headers: &HeaderMap) -> Option<String> {
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let stored = text(header::CACHE_CONTROL).is_none_or(|c| !c.contains("no-store"));
    if status != StatusCode::OK || !stored || !crate::valid_html::uncompressed_html(headers) {
        return None;
    }
    match text(header::CONTENT_SECURITY_POLICY) {
        Some(policy) => nonce_of(policy).filter(|n| n.len() <= MAX_NONCE).map(str::to_owned).or(Some(String::new())),
        None => Some(String::new()),
    }
}

/// The nonce a Content-Security-Policy allows, if any (`'nonce-…'`).
fn nonce_of(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    Some(&policy[start..start + len]).filter(|n| !n.is_empty())
}

/// `page` cut at every `nonce` (one piece when there is none).
fn split(page: &Bytes, nonce: &[u8]) -> Vec<Bytes> {
    if nonce.is_empty() {
        return vec![page.clone()];
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in memchr::memmem::find_iter(page, nonce) {
        pieces.push(page.slice(start..at));
        start = at + nonce.len();
    }
    pieces.push(page.slice(start..));
    pieces
}

/// A fingerprint of the pieces, their lengths included (`ab|c` is not `a|bc`).
fn fingerprint(pieces: &[Bytes]) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for piece in pieces {
        hasher.update(&(piece.len() as u64).to_le_bytes());
        hasher.update(piece);
    }
    hasher.digest()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        assert_eq!(nonce_of("default-src 'self'; script-src 'self' 'nonce-abc_D-1' 'wasm-unsafe-eval'"), Some("abc_D-1"));
        assert_eq!(nonce_of("default-src 'self'"), None);
        assert_eq!(nonce_of("script-src 'nonce-'"), None);
    }

    #[test]
    fn a_page_is_kept_once_and_its_second_request_is_joined_from_it() {
        let pages = Pages::default();
        let first = Bytes::from("<script nonce=\"un\">x</script><p>page</p>".repeat(50));
        let second = Bytes::from("<script nonce=\"deux\">x</script><p>page</p>".repeat(50));
        let a = pages.encode(Codec::Zstd, &first, "un").unwrap();
        let b = pages.encode(Codec::Zstd, &second, "deux").unwrap();
        assert_eq!(pages.len(), 1, "the same page with another nonce is the same kept page");
        assert_eq!(zstd::stream::decode_all(&a[..]).unwrap(), first);
        assert_eq!(zstd::stream::decode_all(&b[..]).unwrap(), second);
        let other = Bytes::from("<script nonce=\"un\">x</script><p>une autre page</p>");
        assert_eq!(zstd::stream::decode_all(&pages.encode(Codec::Zstd, &other, "un").unwrap()[..]).unwrap(), other);
        pages.encode(Codec::Gzip, &first, "un").unwrap();
        assert_eq!(pages.len(), 3, "another page, and the same page for another encoding, are kept apart");
    }

    #[test]
    fn only_stored_html_pages_are_kept() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("script-src 'nonce-n1'"));
        assert_eq!(keepable(StatusCode::OK, &headers).as_deref(), Some("n1"));
        assert_eq!(keepable(StatusCode::NOT_FOUND, &headers), None);
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
        assert_eq!(keepable(StatusCode::OK, &headers), None, "a personal page is never kept");
        headers.remove(header::CACHE_CONTROL);
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv"));
        assert_eq!(keepable(StatusCode::OK, &headers), None);
    }
}
