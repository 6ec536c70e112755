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

/// The bundle's two addresses, as `HydrationScripts` computes them: with hashed names when the build
/// wrote its hash file beside the server, else the names cargo-leptos gives an unhashed build. The
/// shell provides the options; outside it (never on a page) there is nothing to name.
fn files() -> Option<(String, String)> {
    #[cfg(feature = "ssr")]
    {
        static FILES: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
        let options = use_context::<LeptosOptions>()?;
        let files = FILES
            .get_or_init(|| {
                let (mut js, mut wasm) = (options.output_name.to_string(), options.output_name.to_string());
                if options.hash_files {
                    let hashes = hash_file(&options.hash_file).unwrap_or_default();
                    for (file, hash) in hashes.lines().filter_map(|l| l.trim().split_once(':')) {
                        match file {
                            "js" => js.push_str(&format!(".{}", hash.trim())),
                            "wasm" => wasm.push_str(&format!(".{}", hash.trim())),
                            _ => {}
                        }
                    }
                } else if option_env!("LEPTOS_OUTPUT_NAME").is_none() {
                    wasm.push_str("_bg");
                }
                let pkg = &options.site_pkg_dir;
                (format!("/{pkg}/{js}.js"), format!("/{pkg}/{wasm}.wasm"))
            })
            .clone();
        Some(files)
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// The hash file cargo-leptos writes beside the server's binary, as Leptos reads it.
#[cfg(feature = "ssr")]
fn hash_file(name: &str) -> Option<String> {
    let dir = std::env::current_exe().ok()?.parent()?.to_path_buf();
    std::fs::read_to_string(dir.join(name)).ok()
}
