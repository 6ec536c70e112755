use crate::i18n::t;
use leptos::prelude::*;

/// « Imprimer la fiche »: one action once `page_actions.js` runs, which shows the button and hides the
/// hint. Before that (or without JavaScript) the hint says how to print with the browser, so nothing is
/// promised that does not work. No wasm: `print()` needs none (issue 29).
#[component]
pub fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" class="button button--secondary" hidden data-print="">{t("imprimer-fiche")}</button>
        <span class="print-hint">{t("imprimer-astuce")}</span>
    }
}
