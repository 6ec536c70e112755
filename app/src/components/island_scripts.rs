//! The islands' code, named only by a page that has an island (issue 29).
//!
//! Leptos' `HydrationScripts` sits in the document's `<head>`, which the shell writes before it knows
//! what the page holds: every step and result page used to fetch the whole bundle. The two links are
//! written instead by the components that hold islands (the commune step's field and « Me localiser »),
//! through `leptos_meta`, which places them in the `<head>` once the page is rendered. The step
//! navigator (`step_navigator.js`) reads them, loads the code and wakes the islands, on a full load
//! and after a step fetched in place alike. `/hors-ligne` names them too: the service worker keeps the
//! code it names for the steps people visited, offline.

use leptos::prelude::*;
use leptos_meta::Link;

/// `<link rel="modulepreload">` for the islands' JavaScript and `<link rel="preload">` for their wasm,
/// both fetched as `fetch()` and `import()` will ask for them (`crossorigin`: same origin, no credentials
/// difference), so that neither is downloaded twice.
#[component]
pub fn IslandScripts() -> impl IntoView {
    files().map(|(js, wasm)| {
        view! {
            <Link rel="modulepreload" href=js crossorigin="anonymous"/>
            <Link rel="preload" href=wasm as_="fetch" type_="application/wasm" crossorigin="anonymous"/>
        }
    })
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
