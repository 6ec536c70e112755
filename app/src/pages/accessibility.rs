//! `/accessibilite`: the accessibility statement, in the RGAA 4.1 format (state of compliance, what
//! was tested and how, non-accessible content, contact, recourse). The figures it quotes are those of
//! the automated suite that runs on every change; a full manual RGAA audit has not been done, and the
//! page says so rather than claim compliance.

use crate::components::translation::items;
use crate::i18n::{page_title, t, Langue};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <Title text=page_title(&t("acc-titre"))/>
        <Statement/>
        <Translations/>
    }
}

/// The languages of the site, and which translations still wait for a native speaker's review (read
/// from the translation files themselves: the line a reviewer changes).
#[component]
fn Translations() -> impl IntoView {
    let waiting: Vec<Langue> = Langue::ALL.into_iter().filter(|l| l.awaits_review()).collect();
    view! {
        <section aria-labelledby="traductions-titre">
            <h2 id="traductions-titre">{t("traductions-titre")}</h2>
            <p>{t("traductions-texte")}</p>
            {if waiting.is_empty() {
                view! { <p>{t("traductions-relues")}</p> }.into_any()
            } else {
                view! {
                    <p>{t("traductions-a-relire")}</p>
                    <ul class="to-review">
                        {waiting.into_iter().map(|l| view! { <li lang=l.tag() dir=l.dir()>{format!("{} : {}", l.native_name(), l.t("traduction-a-relire"))}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p>{t("traductions-proposer")}</p>
        </section>
    }
}

/// The statement itself, in the page's language.
#[component]
fn Statement() -> impl IntoView {
    view! {
        <h1>{t("acc-titre")}</h1>
        <p>{t("acc-engagement")}</p>
        <p>{t("acc-portee")}</p>

        <h2>{t("acc-etat")}</h2>
        <p><strong>{t("acc-partiel")}</strong>" "{t("acc-etat-texte")}</p>

        <h2>{t("acc-verifie")}</h2>
        {items(&["acc-v1", "acc-v2", "acc-v3", "acc-v4", "acc-v5", "acc-v6"])}
        <p>{t("acc-environnement")}</p>

        <h2>{t("acc-non-accessible")}</h2>
        {items(&["acc-na1", "acc-na2"])}

        <h2>{t("acc-etablissement")}</h2>
        <p>{t("acc-etablissement-texte")}</p>

        <h2>{t("acc-contact")}</h2>
        <p>{t("acc-contact-texte")}</p>

        <h2>{t("acc-recours")}</h2>
        <p>{t("acc-recours-texte")}</p>
        {items(&["acc-r1", "acc-r2", "acc-r3"])}
    }
}
