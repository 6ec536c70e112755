use leptos::prelude::*;

/// « Imprimer la fiche »: one action once the script runs. Before that (or without JavaScript) it
/// says how to print with the browser, so nothing is promised that does not work.
#[island]
pub fn PrintButton(
    /// « Imprimer la fiche », in the page's language.
    label: String,
    /// « Pour imprimer : Ctrl + P ».
    hint: String,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    view! {
        {move || if ready.get() {
            view! {
                <button type="button" class="button button--secondary" on:click=move |_| print()>{label.clone()}</button>
            }.into_any()
        } else {
            view! { <span class="print-hint">{hint.clone()}</span> }.into_any()
        }}
    }
}

fn print() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The button with the page's words.
#[component]
pub fn Print() -> impl IntoView {
    view! { <PrintButton label=crate::i18n::t("imprimer-fiche") hint=crate::i18n::t("imprimer-astuce")/> }
}
