#![recursion_limit = "256"]
//! Aiguillage: the Leptos application (pages, islands, server functions) and its pure domain.
//!
//! Pages render on the server only; the few interactive parts are Leptos islands, so the browser
//! downloads the code of those parts and not of every page (a full-hydration bundle is over our
//! 100 KB budget by itself). Every page works before, and without, the wasm.

pub mod admin;
pub mod components;
pub use ::domain;
pub mod error;
#[cfg(feature = "ssr")]
pub mod form;
pub mod i18n;
pub mod integration;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod view;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The Content-Security-Policy of pages: only this site's own files, the inline hydration script by
/// its per-response nonce, WebAssembly compilation, no plug-ins, no framing, forms to this site only.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let script = match nonce {
        Some(n) => format!("'self' 'nonce-{n}' 'wasm-unsafe-eval'"),
        None => "'self' 'wasm-unsafe-eval'".to_owned(),
    };
    format!(
        "default-src 'self'; script-src {script}; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
         manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

/// A script of this folder as it travels inline in every page: without its comment lines and
/// indentation.
fn minified(source: &str) -> String {
    let lines = source.lines().map(str::trim);
    lines.filter(|l| !l.is_empty() && !l.starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The page's own scripts, one inline module with the page's nonce (no extra request): the steps of
/// the parcours without full reloads, then « Écouter », « Imprimer la fiche » and the step's heading
/// without wasm (see each file: progressive enhancements).
fn page_scripts() -> &'static str {
    static SCRIPT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SCRIPT.get_or_init(|| minified(include_str!("step_navigator.js")) + "\n" + &minified(include_str!("page_actions.js")))
}

/// The service worker's installation and the update notice (see the file), inline like the others;
/// not in a partner's frame.
fn update_notice() -> &'static str {
    static SCRIPT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SCRIPT.get_or_init(|| minified(include_str!("update_notice.js")))
}

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The nonce leptos_axum generates for this response goes into the header that allows it.
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        let nonce = leptos::nonce::use_nonce().map(|n| n.to_string());
        if let Ok(value) = axum::http::HeaderValue::from_str(&content_security_policy(nonce.as_deref())) {
            res.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    // Islands mode: only what is inside an island is hydrated (Leptos' `HydrationScripts` says so to
    // the renderer; the islands' code is named by the pages that hold one, `island_scripts`).
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    provide_context(options.clone());
    let langue = i18n::langue();
    view! {
        <!DOCTYPE html>
        <html lang=langue.tag() dir=langue.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <crate::components::bundle::SiteStylesheet options=options.clone()/>
                <script type="module" nonce=leptos::nonce::use_nonce() inner_html=page_scripts()></script>
                // Not inside a partner's frame: the service worker and its notice belong to our own site.
                {integration::current().is_none().then(|| view! {
                    <script type="module" nonce=leptos::nonce::use_nonce() inner_html=update_notice()></script>
                })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Read once from the request, then known to every component of the page: every link asks for
    // both (`i18n::href`).
    provide_context(i18n::langue());
    provide_context(integration::current());
    view! {
        <Meta name="description" content=i18n::t("accueil-description")/>
        <Meta name="theme-color" content="#1d4e89"/>
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Link rel="manifest" href="/manifest.webmanifest"/>
        <Link rel="apple-touch-icon" href="/icons/icon-192.png"/>
        <Router>
            <components::layout::Layout>
                // Async: the whole page is in the first response, so it works without JavaScript.
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/parcours") view=pages::parcours::ParcoursPage ssr=SsrMode::Async/>
                    <Route path=path!("/orientation") view=pages::orientation::OrientationPage ssr=SsrMode::Async/>
                    <Route path=path!("/guichet/:insee") view=pages::guichet::GuichetPage ssr=SsrMode::Async/>
                    <Route path=path!("/guide") view=pages::guide::GuideIndexPage ssr=SsrMode::Async/>
                    <Route path=path!("/guide/:siren") view=pages::guide::GuidePage ssr=SsrMode::Async/>
                    <Route path=path!("/agenda") view=pages::agenda::AgendaPage ssr=SsrMode::Async/>
                    <Route path=path!("/accessibilite") view=pages::accessibility::AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("/donnees") view=pages::donnees::DonneesPage ssr=SsrMode::Async/>
                    <Route path=path!("/integrer") view=pages::integrer::EmbedPage ssr=SsrMode::Async/>
                    <Route path=path!("/indicateurs") view=pages::indicators::IndicatorsPage ssr=SsrMode::Async/>
                    <Route path=path!("/indicateurs/carte") view=pages::indicators::carte::MapPage ssr=SsrMode::Async/>
                    <Route path=path!("/confirmer/:jeton") view=pages::confirmer::ConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/confidentialite") view=pages::confidentialite::PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("/hors-ligne") view=pages::offline::OfflinePage ssr=SsrMode::Async/>
                    <Route path=path!("/lieu/:id") view=pages::place::PlacePage ssr=SsrMode::Async/>
                    <Route path=path!("/signaler") view=pages::report::ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/signaler/merci") view=pages::report::ReportThanksPage ssr=SsrMode::Async/>
                    <Route path=path!("/rappel") view=pages::rappel::CallbackPage ssr=SsrMode::Async/>
                    <Route path=path!("/rappel/envoye") view=pages::rappel::CallbackSentPage ssr=SsrMode::Async/>
                    <Route path=path!("/rappel/effacer") view=pages::rappel::CallbackErasePage ssr=SsrMode::Async/>
                    <Route path=path!("/demande/:jeton") view=pages::demande::RequestPage ssr=SsrMode::Async/>
                    <Route path=path!("/proposer") view=pages::proposer::ProposePage ssr=SsrMode::Async/>
                    <Route path=path!("/carte-des-lieux") view=pages::carte_des_lieux::PlacesMapPage ssr=SsrMode::Async/>
                    <Route path=path!("/proposition/:jeton") view=pages::proposition::ProposalPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/propositions") view=admin::proposals::ProposalsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/propositions/:id") view=admin::proposals::detail::ProposalAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/demandes") view=admin::requests::RequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/demandes/:id") view=admin::requests::detail::RequestAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin") view=admin::dashboard::DashboardPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/connexion") view=admin::login::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/connexion/code") view=admin::login::LoginCodePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/double-authentification") view=admin::second_factor::SecondFactorPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/structures/:id") view=admin::entries::structure::StructurePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/services/:id") view=admin::entries::service::ServicePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/seances/:id") view=admin::entries::seance::SeancePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/historique/:kind/:id") view=admin::history::HistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/signalements") view=admin::reports::ReportsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/comptes") view=admin::accounts::AccountsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/mot-de-passe") view=admin::password::MyPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/acces/:jeton") view=admin::access::AccessPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/imports") view=admin::imports::ImportsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/indicateurs") view=admin::indicators::AdminIndicatorsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/rappels") view=admin::reminders::RemindersPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/sites-partenaires") view=admin::integrations::IntegrationsPage ssr=SsrMode::Async/>
                </Routes>
            </components::layout::Layout>
        </Router>
    }
}

/// Entry point of the browser bundle: wakes up the islands, nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Readable panics in the console while developing; the release bundle (at its size budget) keeps
    // the bytes: a panic there still stops with a wasm trap in the console.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
