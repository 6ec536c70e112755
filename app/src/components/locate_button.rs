//! « Me localiser »: the browser's position → the nearest commune of the Ain → the next step.
//!
//! Not an island (issue 29): it was one, and the commune step then loaded the islands' wasm at once
//! to show a button whose work is three browser calls (the position, the commune API, a navigation).
//! The server writes it `hidden`, in the page's language, with its messages; `page_actions.js` shows
//! it only where the browser can tell a position, and does the work. When the position is refused or
//! unavailable it says so, and the text field stays the way to answer. Without JavaScript nothing is
//! shown or promised.

use super::island_words::around;
use crate::i18n::t;
use leptos::prelude::*;

/// `base`: the current step's address with the journey so far; the script appends `commune=`.
#[component]
pub fn LocateButton(base: String) -> impl IntoView {
    let [found_before, found_after] = around("localiser-trouve", "commune");
    view! {
        <div class="locate">
            <button
                type="button"
                class="button button--secondary"
                hidden
                data-locate=base
                data-searching=t("localiser-en-cours")
                data-found-before=found_before
                data-found-after=found_after
                data-outside=t("localiser-hors-ain")
                data-unavailable=t("localiser-refuse")
            >
                {t("localiser")}
            </button>
            <p role="status" class="field-hint"></p>
        </div>
    }
}
