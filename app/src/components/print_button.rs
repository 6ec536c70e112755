use leptos::prelude::*;

/// « Imprimer la fiche »: one action once the script runs. Before that (or without JavaScript) it
/// says how to print with the browser, so nothing is promised that does not work.
/// Its words come from the page (`island_words`).
#[island]
pub fn PrintButton() -> impl IntoView {
    use super::island_words::{page, page_words, read, word, PAGE};
    let words = read(PAGE, page_words);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    view! {
        {move || if ready.get() {
            view! {
                <button type="button" class="button button--secondary" on:click=move |_| print()>{word(&words, page::PRINT).to_owned()}</button>
            }.into_any()
        } else {
            view! { <span class="print-hint">{word(&words, page::PRINT_HINT).to_owned()}</span> }.into_any()
        }}
    }
}

fn print() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
