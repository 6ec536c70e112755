use leptos::prelude::*;

/// « Imprimer la fiche »: one action once the script runs. Before that (or without JavaScript) it
/// says how to print with the browser, so nothing is promised that does not work.
#[island]
pub fn PrintButton() -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    view! {
        {move || if ready.get() {
            view! {
                <button type="button" class="button button--secondary" on:click=move |_| print()>"Imprimer la fiche"</button>
            }.into_any()
        } else {
            view! { <span class="print-hint">"Pour imprimer : Ctrl + P"</span> }.into_any()
        }}
    }
}

fn print() {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
