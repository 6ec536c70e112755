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
//! ([`CAPACITY_BYTES`]) and evicted as `compress_once`'s pages are (what is asked again stays).

use leptos::prelude::*;

/// What kept bodies may weigh, their keys included: about 600 result pages.
#[cfg(feature = "ssr")]
const CAPACITY_BYTES: u64 = 48 * 1024 * 1024;

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

/// Kept bodies, shared by every request of one server (`AppState::drawn`).
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct Drawn(std::sync::Arc<quick_cache::sync::Cache<u128, std::sync::Arc<Kept>, Weight>>);

/// One body: the inputs it was drawn from, and its markup.
#[cfg(feature = "ssr")]
pub struct Kept {
    key: Vec<u8>,
    html: String,
}

/// A kept body weighs its key and its markup.
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct Weight;

#[cfg(feature = "ssr")]
impl quick_cache::Weighter<u128, std::sync::Arc<Kept>> for Weight {
    fn weight(&self, _: &u128, kept: &std::sync::Arc<Kept>) -> u64 {
        (kept.key.len() + kept.html.len() + 64) as u64
    }
}

#[cfg(feature = "ssr")]
impl Default for Drawn {
    fn default() -> Self {
        Drawn(std::sync::Arc::new(quick_cache::sync::Cache::with_weighter(2048, CAPACITY_BYTES, Weight)))
    }
}

#[cfg(feature = "ssr")]
impl Drawn {
    fn markup<I: serde::Serialize, V: IntoView>(&self, inputs: I, draw: impl FnOnce(I) -> V) -> leptos::tachys::html::InertElement {
        use leptos::tachys::html::InertElement;
        let frame = crate::integration::current().map(|i| i.cle);
        // Inputs that cannot be serialised are drawn each time.
        let mut key = Vec::with_capacity(64 * 1024);
        let Ok(()) = ciborium::into_writer(&(crate::i18n::langue().code(), frame, &inputs), &mut key) else {
            return InertElement::new(draw(inputs).into_view().to_html());
        };
        let fingerprint = xxhash_rust::xxh3::xxh3_128(&key);
        if let Some(kept) = self.0.get(&fingerprint).filter(|kept| kept.key == key) {
            return InertElement::new(kept.html.clone());
        }
        let html = draw(inputs).into_view().to_html();
        let nonce = leptos::nonce::use_nonce();
        if nonce.is_none_or(|n| n.is_empty() || !html.contains(&*n)) {
            self.0.insert(fingerprint, std::sync::Arc::new(Kept { key, html: html.clone() }));
        }
        InertElement::new(html)
    }

    /// How many bodies are kept.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.len()
    }
}

#[cfg(all(test, feature = "ssr"))]
#[path = "drawn_once_tests.rs"]
mod tests;
