//! The notice that a new version of the site is ready, written hidden in every page: the inline script
//! `update_notice.js` (see `shell`) installs the service worker and shows it when a new version waits.
//! Not an island: a page whose only interactive part is this notice loads no wasm (issue 29).

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    view! {
        <div class="update-notice" role="status">
            <p hidden>
                {t("mise-a-jour")}" "
                <button type="button" class="button button--secondary">{t("mise-a-jour-bouton")}</button>
            </p>
        </div>
    }
}
