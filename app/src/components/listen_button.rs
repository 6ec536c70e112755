use crate::i18n::t;
use leptos::prelude::*;

/// « Écouter »: reads the page's main content aloud with the browser's speech synthesis, in the page's
/// language. Written `hidden`: `page_actions.js` shows it only when the browser has a voice of that
/// language (never a button that does nothing, nor an Arabic page read by a French voice), inline and
/// small, so that its arrival moves nothing on the page. No wasm: a plain script does it (issue 29).
#[component]
pub fn ListenButton() -> impl IntoView {
    let (listen, stop) = (t("ecouter"), t("ecouter-arreter"));
    view! {
        <button type="button" class="listen" hidden aria-pressed="false" data-listen=listen.clone() data-stop=stop>{listen.clone()}</button>
    }
}
