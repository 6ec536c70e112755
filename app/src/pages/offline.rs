//! `/hors-ligne`: what the service worker shows for a page never visited while the network is down
//! (`/en/hors-ligne` and the others for a page in that language), and the frame of the pages the
//! offline engine computes.

use crate::i18n::{href, page_title, t};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text=page_title(&t("hors-ligne-titre"))/>
        // Not for this page, which has no island: the service worker keeps the code this frame names,
        // for the commune steps people visited (`public/sw.js`).
        <crate::components::island_scripts::IslandScripts/>
        <h1>{t("hors-ligne-titre")}</h1>
        <p>{t("hors-ligne-texte-1")}</p>
        <p>{t("hors-ligne-texte-2")}</p>
        <p>{t("hors-ligne-texte-3")}" "<a href="tel:+33170772372">{crate::i18n::langue().phone("+33170772372")}</a>"."</p>
        <p><a class="button" href=href("/")>{t("retour-accueil")}</a></p>
    }
}
