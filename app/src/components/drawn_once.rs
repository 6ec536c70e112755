//! Markup drawn once for the same inputs: the body of a result page (issue 29).
//!
//! Once pages were compressed once (`server::compress_once`), drawing a result page was most of what
//! the server spent on it: some thirty cards, 46 KB of markup, each word looked up and each attribute
//! escaped, for every request, while the same commune and need are asked over and over. The body is
//! a pure function of what it is drawn from: the result (its cards with today's hours and whether
//! they are open now, reasons, séances, map), a few flags of the journey, the page's language and
//! the partner frame. So its markup is kept, keyed by those inputs themselves, serialised, and never
//! by the address: a new directory, a card that has just closed or another language is another key,
//! drawn anew. The fingerprint of the inputs finds a kept body; their bytes, compared whole, decide.
//! The key is the inputs in CBOR (RFC 8949): self-describing like JSON (every value says its type and
//! length, every field its name), so two different inputs never give the same bytes, and their
//! `Deserialize` reads them back; but strings are copied as they are, where JSON escaped them.
//!
//! Nothing else changes: the result is still computed, and counted, for each request
//! (`ssr::orientation`); the page around the body (title, scripts and their nonce) is drawn each
//! time. A body that holds the request's nonce is never kept. Kept bodies are bounded in bytes
//! (`ssr::drawn`) and evicted as `compress_once`'s pages are (what is asked again stays).

use leptos::prelude::*;

/// `draw(inputs)`'s markup, drawn once for the same `inputs` in the same language and frame. `draw`
/// must read nothing but `inputs`, the page's language (`i18n::langue`), its frame
/// (`crate::integration`) and the server's configuration. The markup is the very one `draw` gives.
#[cfg(feature = "ssr")]
pub fn drawn_once<I: serde::Serialize, V: IntoView>(inputs: I, draw: impl FnOnce(I) -> V) -> impl IntoView {
    match crate::ssr::state::AppState::from_context() {
        Ok(services) => services.drawn.markup(inputs, draw),
        Err(_) => leptos::tachys::html::InertElement::new(draw(inputs).into_view().to_html()),
    }
}

/// Pages are drawn on the server only: elsewhere, `draw(inputs)`.
#[cfg(not(feature = "ssr"))]
pub fn drawn_once<I: serde::Serialize, V: IntoView>(inputs: I, draw: impl FnOnce(I) -> V) -> impl IntoView {
    draw(inputs)
}
