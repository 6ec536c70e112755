//! The partner site a page is framed in (`domain::integration`): the server finds the integration in
//! the address (`/integre/{clé}/…`), takes the prefix off and leaves the [`Integration`] on the
//! request, as it does with the language. Links of a framed page stay in the frame through
//! [`within`]; pages that cannot be framed open outside it ([`target`]).

pub use crate::domain::integration::Integration;
use leptos::prelude::*;

/// The integration of the page being rendered, if it is framed.
pub fn current() -> Option<Integration> {
    if let Some(i) = use_context::<Option<Integration>>() {
        return i;
    }
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        return parts.extensions.get::<Integration>().cloned();
    }
    None
}

/// A site address (language prefix included) as the page's links give it: inside the frame when the
/// page is framed and the address can be, as it is otherwise.
pub fn within(url: &str) -> String {
    match current() {
        Some(i) => i.within(url),
        None => url.to_owned(),
    }
}

/// `_top` for a link of a framed page to a page that cannot be framed (the guides, the agenda, the
/// back-office): it opens in place of the partner's page rather than as an error inside its frame.
pub fn target(url: &str) -> Option<&'static str> {
    (current().is_some() && crate::domain::integration::opens_outside(url)).then_some("_top")
}

/// `_top` on a framed page: for a link that is the site's own address on purpose (the address to
/// keep, which a person opens on their phone), never the partner's frame.
pub fn top() -> Option<&'static str> {
    current().is_some().then_some("_top")
}
