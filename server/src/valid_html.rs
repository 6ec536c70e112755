//! Valid HTML on every page (RGAA 8.2), where Leptos 0.8.23 writes two things the W3C checker
//! refuses. Each is changed here in bytes only, into markup the browser parses into the same DOM:
//!
//! - `<!>` hydration markers, « bogus comments » to the checker: parsed as an empty comment, exactly
//!   as `<!---->` is. Only markup is rewritten: never inside a `<script>`, a `<style>`, a comment or an
//!   attribute value, where the same three characters are text.
//! - The async renderer's resolved-resources `<script>`s, written after `</html>`. The parser puts a
//!   start tag found there at the end of `<body>`, so writing them just before `</body>` builds the
//!   same tree (nothing but those scripts follows `</body></html>`).
//!
//! Upstream: both are how `tachys` and `leptos_axum` stream. Proposed there; this module goes when
//! they are fixed. (A third, `HydrationScripts`' CSP nonce as the `crossorigin` value of the islands'
//! links, went with `HydrationScripts`: `components::island_scripts` writes `anonymous` itself.)

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::response::Parts;
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::Response;

/// Larger pages are sent as they are (no page comes near: the map is the largest, ~210 KB).
const MAX_PAGE: usize = 8 * 1024 * 1024;

/// An HTML page (or error page) not encoded yet: what this module and `compress_once` work on.
pub(crate) fn uncompressed_html(headers: &HeaderMap) -> bool {
    let html = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
    html && !headers.contains_key(header::CONTENT_ENCODING)
}

/// The page's whole body, or, when it cannot be read, the response to send instead (logged).
pub(crate) async fn whole_page(parts: Parts, body: Body) -> Result<(Parts, Bytes), Response> {
    match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => Ok((parts, bytes)),
        Err(e) => {
            tracing::error!(cause = %e, "page body unreadable");
            Err(Response::from_parts(parts, Body::empty()))
        }
    }
}

/// Repairs every uncompressed HTML response (pages and error pages).
pub async fn repair(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if !uncompressed_html(response.headers()) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let (mut parts, bytes) = match whole_page(parts, body).await {
        Ok(page) => page,
        Err(response) => return response,
    };
    let Ok(page) = std::str::from_utf8(&bytes) else { return Response::from_parts(parts, Body::from(bytes)) };
    let repaired = repaired(page);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(repaired))
}

/// `page` with the two changes of this module's documentation, in one copy.
pub fn repaired(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + 256);
    match trailing_scripts(page) {
        Some((body, trailing, end)) => {
            empty_comments(&mut out, body);
            out.push_str(trailing);
            out.push_str(end);
        }
        None => empty_comments(&mut out, page),
    }
    out
}

/// When scripts (only) follow `</body></html>`: what comes before, those scripts, and the end, to be
/// written in that order.
fn trailing_scripts(page: &str) -> Option<(&str, &str, &str)> {
    const END: &str = "</body></html>";
    let at = page.rfind(END)?;
    let trailing = &page[at + END.len()..];
    let scripts = trailing.trim_start().starts_with("<script") || trailing.trim().is_empty();
    scripts.then(|| (&page[..at], trailing, END))
}

/// `page` into `out`, every `<!>` in markup written `<!---->`; text, attribute values, comments,
/// scripts and styles are copied as they are. Bytes are searched, not characters: every byte this
/// looks for is ASCII, which never occurs inside a UTF-8 sequence.
fn empty_comments(out: &mut String, page: &str) {
    let bytes = page.as_bytes();
    let (mut at, mut copied) = (0, 0);
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]).map(|i| at + i) {
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!>") {
            out.push_str(&page[copied..lt]);
            out.push_str("<!---->");
            (at, copied) = (lt + 3, lt + 3);
            continue;
        }
        let taken = if rest.starts_with(b"<!--") {
            memchr::memmem::find(rest, b"-->").map_or(rest.len(), |end| end + 3)
        } else if let Some(raw) = raw_text_element(rest) {
            let tag_end = tag_length(rest);
            closing(&rest[tag_end..], raw).map_or(rest.len(), |end| tag_end + end)
        } else if rest.get(1).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/' || *c == b'!') {
            tag_length(rest)
        } else {
            1
        };
        at = lt + taken;
    }
    out.push_str(&page[copied..]);
}

/// `script` or `style` when `at` opens one (their content is text, never markup).
fn raw_text_element(at: &[u8]) -> Option<&'static str> {
    ["script", "style"].into_iter().find(|name| {
        at.get(1..=name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && at.get(1 + name.len()).is_some_and(|c| *c == b'>' || *c == b'/' || c.is_ascii_whitespace())
    })
}

/// Where `</name` (in any case) starts in `text`.
fn closing(text: &[u8], name: &str) -> Option<usize> {
    memchr::memmem::find_iter(text, b"</")
        .find(|at| text.get(at + 2..at + 2 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes())))
}

/// The length of the tag that starts `at`, up to its `>`, quoted attribute values skipped.
fn tag_length(at: &[u8]) -> usize {
    let mut from = 1;
    while let Some(i) = memchr::memchr3(b'>', b'"', b'\'', &at[from..]).map(|i| from + i) {
        if at[i] == b'>' {
            return i + 1;
        }
        match memchr::memchr(at[i], &at[i + 1..]) {
            Some(end) => from = i + 1 + end + 1,
            None => return at.len(),
        }
    }
    at.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commented(page: &str) -> String {
        let mut out = String::new();
        empty_comments(&mut out, page);
        out
    }

    #[test]
    fn markers_become_empty_comments_only_in_markup() {
        let page = r#"<p><!>a<!></p><p title="<!>">x &lt;!&gt;</p><script>let s = "<!>";</script><style>p::before{content:"<!>"}</style><!-- <!> -->"#;
        assert_eq!(
            commented(page),
            r#"<p><!---->a<!----></p><p title="<!>">x &lt;!&gt;</p><script>let s = "<!>";</script><style>p::before{content:"<!>"}</style><!-- <!> -->"#
        );
        assert_eq!(commented("a < b <!>"), "a < b <!---->", "a lone < is text");
        assert_eq!(commented("<SCRIPT>x('<!>')</Script><p a='>'><!>é</p>"), "<SCRIPT>x('<!>')</Script><p a='>'><!---->é</p>", "any case");
        assert_eq!(commented("<p title=\"unclosed <!>"), "<p title=\"unclosed <!>", "an open quote runs to the end");
    }

    #[test]
    fn the_resolved_resources_scripts_move_inside_the_body() {
        let page = r#"<html><head><link crossorigin="anonymous" href="/pkg/a.js" rel="modulepreload"></head><body><main><!></main></body></html><script nonce="n0nce">__RESOLVED_RESOURCES=[];</script><script nonce="n0nce">__INCOMPLETE_CHUNKS=[];</script>"#;
        assert_eq!(
            repaired(page),
            r#"<html><head><link crossorigin="anonymous" href="/pkg/a.js" rel="modulepreload"></head><body><main><!----></main><script nonce="n0nce">__RESOLVED_RESOURCES=[];</script><script nonce="n0nce">__INCOMPLETE_CHUNKS=[];</script></body></html>"#
        );
        let ended = "<html><body><p>x</p></body></html>";
        assert_eq!(repaired(ended), ended, "a page that ends well is left as it is");
    }
}
