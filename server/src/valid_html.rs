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

use axum::body::Body;
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

/// Larger pages are sent as they are (no page comes near: the map is the largest, ~210 KB).
const MAX_PAGE: usize = 8 * 1024 * 1024;

/// Repairs every uncompressed HTML response (pages and error pages).
pub async fn repair(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let html = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
    if !html || response.headers().contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(cause = %e, "page body unreadable");
            return Response::from_parts(parts, Body::empty());
        }
    };
    let Ok(page) = std::str::from_utf8(&bytes) else { return Response::from_parts(parts, Body::from(bytes)) };
    let repaired = repaired(page);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(repaired))
}

/// `page` with the two changes of this module's documentation.
pub fn repaired(page: &str) -> String {
    empty_comments(&scripts_inside_body(page))
}

/// What follows `</body></html>` (scripts only) moved to just before `</body>`.
fn scripts_inside_body(page: &str) -> String {
    const END: &str = "</body></html>";
    match page.rfind(END) {
        Some(at) if page[at + END.len()..].trim_start().starts_with("<script") || page[at + END.len()..].trim().is_empty() => {
            let trailing = &page[at + END.len()..];
            format!("{}{}{END}", &page[..at], trailing)
        }
        _ => page.to_owned(),
    }
}

/// Every `<!>` in markup written `<!---->`; text, attribute values, comments, scripts and styles
/// are copied as they are.
fn empty_comments(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + page.len() / 16);
    let mut rest = page;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!>") {
            out.push_str("<!---->");
            rest = after;
            continue;
        }
        let taken = if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |end| end + 3)
        } else if let Some(raw) = raw_text_element(rest) {
            let tag_end = tag_length(rest);
            let close = format!("</{raw}");
            rest[tag_end..].to_ascii_lowercase().find(&close).map_or(rest.len(), |end| tag_end + end)
        } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            tag_length(rest)
        } else {
            1
        };
        out.push_str(&rest[..taken]);
        rest = &rest[taken..];
    }
    out.push_str(rest);
    out
}

/// `script` or `style` when `at` opens one (their content is text, never markup).
fn raw_text_element(at: &str) -> Option<&'static str> {
    ["script", "style"].into_iter().find(|name| {
        at.get(1..=name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name))
            && at[1 + name.len()..].starts_with(|c: char| c == '>' || c == '/' || c.is_ascii_whitespace())
    })
}

/// The length of the tag that starts `at`, up to its `>`, quoted attribute values skipped.
fn tag_length(at: &str) -> usize {
    let mut quote = None;
    for (i, c) in at.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    at.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_become_empty_comments_only_in_markup() {
        let page = r#"<p><!>a<!></p><p title="<!>">x &lt;!&gt;</p><script>let s = "<!>";</script><style>p::before{content:"<!>"}</style><!-- <!> -->"#;
        assert_eq!(
            empty_comments(page),
            r#"<p><!---->a<!----></p><p title="<!>">x &lt;!&gt;</p><script>let s = "<!>";</script><style>p::before{content:"<!>"}</style><!-- <!> -->"#
        );
        assert_eq!(empty_comments("a < b <!>"), "a < b <!---->", "a lone < is text");
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
