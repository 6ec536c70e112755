//! What a page says about its language when it is not French: the directory's own data stay in
//! French, and the pages not translated yet say so, in the page's language, with their French text
//! marked `lang="fr"` (a screen reader then reads it with a French voice).

use crate::i18n::{langue, t, Langue};
use leptos::prelude::*;

/// « Les noms, adresses et descriptions des lieux sont en français. », above a page's places, in
/// every language but French.
#[component]
pub fn DataInFrench() -> impl IntoView {
    (langue() != Langue::Fr).then(|| view! { <p class="data-language" role="note">{t("donnees-en-francais")}</p> })
}

/// A page whose text exists only in French: in another language, a note says so and the text is
/// marked as French.
#[component]
pub fn FrenchOnly(children: Children) -> impl IntoView {
    let l = langue();
    if matches!(l, Langue::Fr) {
        return children().into_any();
    }
    view! {
        <p class="data-language" role="note">{t("page-en-francais")}</p>
        <div lang="fr" dir="ltr">{children()}</div>
    }
    .into_any()
}

/// A list of messages of the page's language, one item each (the prose pages' lists).
pub fn items(keys: &[&str]) -> impl IntoView {
    view! { <ul>{keys.iter().map(|k| view! { <li>{t(k)}</li> }).collect_view()}</ul> }
}
