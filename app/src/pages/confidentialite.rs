//! `/confidentialite`: what Aiguillage counts, what it never keeps, and why no consent banner is
//! needed, in the page's language. The page states facts the code enforces (`domain::indicators`, the
//! `orientation_count` table), so a change to what is counted must change this page too (its words
//! are in `app/domain/locales/*/pages.ftl`, « vie-privee-… »).

use crate::components::translation::items;
use crate::i18n::{href, page_title, t};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <Title text=page_title(&t("vie-privee-titre"))/>
        <h1>{t("vie-privee-titre")}</h1>
        <p>{t("vie-privee-intro")}</p>

        <h2>{t("vie-privee-compte")}</h2>
        <p>{t("vie-privee-compte-texte")}</p>
        {items(&["vie-privee-jour", "vie-privee-besoin", "vie-privee-epci", "vie-privee-niveau", "vie-privee-mode", "vie-privee-integration"])}
        <p>{t("vie-privee-fiche")}</p>

        <h2>{t("vie-privee-jamais")}</h2>
        {items(&["vie-privee-aucun-traceur", "vie-privee-aucune-ip", "vie-privee-base"])}

        <h2>{t("vie-privee-bandeau")}</h2>
        <p>{t("vie-privee-bandeau-1")}</p>
        <p>{t("vie-privee-bandeau-2")}</p>

        <h2>{t("vie-privee-publie")}</h2>
        <p>{t("vie-privee-publie-texte")}" "<a href=href("/indicateurs")>{t("pied-indicateurs")}</a></p>

        <h2>{t("vie-privee-rappel-titre")}</h2>
        <p>{t("vie-privee-rappel-1")}</p>
        <p>{t("vie-privee-rappel-2")}</p>
        <p>{t("vie-privee-rappel-3")}" "<a href=href("/rappel/effacer")>{t("rappel-supprimer-lien")}</a></p>

        <h2>{t("vie-privee-autres")}</h2>
        {items(&["vie-privee-signaler", "vie-privee-proposition", "vie-privee-envois", "vie-privee-gestion"])}
    }
}
