//! The page's language, as the server found it in the path (`server::langue` strips the prefix and
//! leaves a [`Langue`] on the request), and the words of `domain::textes` in it. Pages render on the
//! server only, so these read the request; islands get their words as props.

pub use crate::domain::langue::Langue;
use crate::domain::textes::Arg;
use leptos::prelude::*;

/// The language of the page being rendered: the one the server put on the request, French otherwise.
pub fn langue() -> Langue {
    if let Some(l) = use_context::<Langue>() {
        return l;
    }
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        return parts.extensions.get::<Langue>().copied().unwrap_or_default();
    }
    Langue::Fr
}

/// The message `key` in the page's language.
pub fn t(key: &str) -> String {
    langue().t(key)
}

/// The message `key` with its values, in the page's language.
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    langue().tr(key, args)
}

/// A site path in the page's language (« /parcours » → « /en/parcours »), inside the partner's frame
/// when the page is framed (`crate::integration`).
pub fn href(path: &str) -> String {
    crate::integration::within(&langue().href(path))
}

/// « Titre – Aiguillage ».
pub fn page_title(title: &str) -> String {
    tr("titre-page", &[("titre", title.into())])
}

/// The browser's languages (`Accept-Language`), to propose the page in one of ours. Never a
/// redirect: the person chose the address they followed.
pub fn proposed() -> Option<Langue> {
    #[cfg(feature = "ssr")]
    {
        let parts = use_context::<axum::http::request::Parts>()?;
        let header = parts.headers.get(axum::http::header::ACCEPT_LANGUAGE)?.to_str().ok()?;
        Langue::proposed(header, langue())
    }
    #[cfg(not(feature = "ssr"))]
    None
}

/// The page's path and query without the language prefix (`/parcours?besoin=x`), as the server
/// routed it; « / » outside a request (a document made by a form handler).
pub fn current_target() -> (String, String) {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        return (parts.uri.path().to_owned(), parts.uri.query().unwrap_or_default().to_owned());
    }
    ("/".to_owned(), String::new())
}
