//! The site's bundle as cargo-leptos names it: the stylesheet, and the islands' JavaScript and wasm,
//! with their content hashes when the build wrote its hash file beside the server's binary (as
//! Leptos' `HashedStylesheet` and `HydrationScripts` name them).
//!
//! Read once per process: `HashedStylesheet` reads the hash file again at every page (the binary's
//! path, the file, its lines), 4 % of a result page's CPU under load (perf, issue 29). A new build is
//! a new process, so the names never go stale.

use leptos::prelude::*;
use std::sync::OnceLock;

/// The bundle's addresses, from the site's root.
pub struct Files {
    pub css: String,
    pub js: String,
    pub wasm: String,
}

/// The bundle's addresses for these options (the same for every page of a process).
pub fn files(options: &LeptosOptions) -> &'static Files {
    static FILES: OnceLock<Files> = OnceLock::new();
    FILES.get_or_init(|| {
        let name = options.output_name.to_string();
        let (mut css, mut js, mut wasm) = (name.clone(), name.clone(), name);
        if options.hash_files {
            let hashes = hash_file(&options.hash_file).unwrap_or_default();
            for (file, hash) in hashes.lines().filter_map(|l| l.trim().split_once(':')) {
                let hashed = match file {
                    "css" => &mut css,
                    "js" => &mut js,
                    "wasm" => &mut wasm,
                    _ => continue,
                };
                hashed.push_str(&format!(".{}", hash.trim()));
            }
        } else if option_env!("LEPTOS_OUTPUT_NAME").is_none() {
            wasm.push_str("_bg");
        }
        let pkg = &options.site_pkg_dir;
        Files { css: format!("/{pkg}/{css}.css"), js: format!("/{pkg}/{js}.js"), wasm: format!("/{pkg}/{wasm}.wasm") }
    })
}

/// The site's stylesheet, as `HashedStylesheet` writes it.
#[component]
pub fn SiteStylesheet(options: LeptosOptions) -> impl IntoView {
    view! { <link id="leptos" rel="stylesheet" href=files(&options).css.clone()/> }
}

/// The hash file cargo-leptos writes beside the server's binary, as Leptos reads it.
fn hash_file(name: &str) -> Option<String> {
    let dir = std::env::current_exe().ok()?.parent()?.to_path_buf();
    std::fs::read_to_string(dir.join(name)).ok()
}
