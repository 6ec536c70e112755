//! Links back into the site built from what a request carried (`?retour=`, the address being
//! viewed). A browser drops tabs and line breaks from a URL and reads `\` as `/`, so « /\t/evil » and
//! « /\evil » are the other site `//evil`: an open redirect. One rule, here, for every such link.

/// `raw` if it is a path of this site: it starts with one `/`, and holds no control character, no
/// white space and no `\` (which a browser could turn into another site's address).
pub fn local_path(raw: &str) -> Option<&str> {
    let safe = raw.starts_with('/')
        && !raw.starts_with("//")
        && raw.len() <= 1500
        && !raw.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    safe.then_some(raw)
}

/// A path as typed, made safe to link to: control characters, white space and `\` are dropped, and
/// the leading slashes become one (« //evil.example/x » is this site's « /evil.example/x »).
pub fn squash(raw: &str) -> String {
    let kept: String = raw.chars().filter(|c| !(c.is_control() || c.is_whitespace() || *c == '\\')).collect();
    format!("/{}", kept.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_a_browser_would_read_as_another_site_is_refused() {
        for raw in ["//evil.example", "/\t/evil.example", "/\\evil.example", "/a\r\nb", "https://evil.example", "evil", "/ /x"] {
            assert_eq!(local_path(raw), None, "{raw:?}");
        }
        assert_eq!(local_path("/lieu/hinaura-15-mediation?x=1"), Some("/lieu/hinaura-15-mediation?x=1"));
        assert_eq!(local_path("/%0A"), Some("/%0A"), "an encoded line break is only text");
    }

    #[test]
    fn a_typed_address_becomes_a_path_of_this_site() {
        assert_eq!(squash("//evil.example/x"), "/evil.example/x");
        assert_eq!(squash("/\t/evil.example"), "/evil.example");
        assert_eq!(squash("/agenda"), "/agenda");
        for raw in ["//evil.example/x", "/\t/evil.example", "/\\/evil", "///a"] {
            assert!(local_path(&squash(raw)).is_some(), "{raw:?}");
        }
    }
}
