//! The islands' code, named only by a page that has an island, and fetched only once it is used
//! (issue 29).
//!
//! Leptos' `HydrationScripts` sits in the document's `<head>`, which the shell writes before it knows
//! what the page holds: every step and result page used to fetch the whole bundle. The component that
//! holds the island (the commune step's field) names the code instead, in a `<meta>` that `leptos_meta`
//! places in the `<head>`; a `<meta>`, not a preload link, so that nothing is fetched with the page.
//! The step navigator (`step_navigator.js`) reads it and loads the code when the field is first used
//! (focused, touched or hovered), on a full load and after a step fetched in place alike: a first
//! visit to the commune step costs its page only (9 KB brotli instead of 77), and someone who answers
//! with « Me localiser », or submits the plain form, never pays for the code. `/hors-ligne` names it too:
//! the service worker keeps the code it names, for the commune steps people visit offline.

use leptos::prelude::*;
use leptos_meta::Meta;

/// Where the step navigator looks for the islands' code: « {js} {wasm} ».
pub const META_NAME: &str = "aiguillage-ilots";

/// The islands' JavaScript and wasm addresses, for the step navigator to load on first use.
#[component]
pub fn IslandScripts() -> impl IntoView {
    files().map(|(js, wasm)| view! { <Meta name=META_NAME content=format!("{js} {wasm}")/> })
}

/// The bundle's two addresses (`components::bundle`). The shell provides the options; outside it
/// (never on a page) there is nothing to name.
fn files() -> Option<(String, String)> {
    #[cfg(feature = "ssr")]
    {
        let files = super::bundle::files(&use_context::<LeptosOptions>()?);
        Some((files.js.clone(), files.wasm.clone()))
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}
