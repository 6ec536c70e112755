//! The result pages' bodies kept by `components::drawn_once` (issue 29): the cache, its key and its
//! bound. Why a body may be kept, and what it is keyed by, is that module's documentation.

use leptos::prelude::*;

/// What kept bodies may weigh, their keys included: about 600 result pages.
const CAPACITY_BYTES: u64 = 48 * 1024 * 1024;

/// Kept bodies, shared by every request of one server (`AppState::drawn`).
#[derive(Clone)]
pub struct Drawn(std::sync::Arc<quick_cache::sync::Cache<u128, std::sync::Arc<Kept>, Weight>>);

/// One body: the inputs it was drawn from, and its markup.
pub struct Kept {
    key: Vec<u8>,
    html: String,
}

/// A kept body weighs its key and its markup.
#[derive(Clone)]
pub struct Weight;

impl quick_cache::Weighter<u128, std::sync::Arc<Kept>> for Weight {
    fn weight(&self, _: &u128, kept: &std::sync::Arc<Kept>) -> u64 {
        (kept.key.len() + kept.html.len() + 64) as u64
    }
}

impl Default for Drawn {
    fn default() -> Self {
        Drawn(std::sync::Arc::new(quick_cache::sync::Cache::with_weighter(2048, CAPACITY_BYTES, Weight)))
    }
}

impl Drawn {
    pub fn markup<I: serde::Serialize, V: IntoView>(&self, inputs: I, draw: impl FnOnce(I) -> V) -> leptos::tachys::html::InertElement {
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

#[cfg(test)]
#[path = "drawn_tests.rs"]
mod tests;
