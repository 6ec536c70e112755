use crate::domain::flow::Flow;
use crate::i18n::{href, langue, t};
use leptos::prelude::*;
use leptos_meta::Title;

/// The entry: the needs of the flow, and the shortcut for people who cannot travel.
#[component]
pub fn HomePage() -> impl IntoView {
    let l = langue();
    view! {
        <Title text=t("accueil-titre-page")/>
        <h1>{t("accueil-titre")}</h1>
        <p class="lead">{t("accueil-intro")}</p>
        <h2 id="besoins-titre">{t("besoin-titre")}</h2>
        <ul class="needs" aria-labelledby="besoins-titre">
            {Flow::shipped().besoins.iter().map(|need| view! {
                <li>
                    <a class="need-card" href=href(&format!("/parcours?besoin={}", need.id))>
                        <span class="need-title">{need.titre_in(l).to_owned()}</span>
                        <span class="need-examples">{need.exemples_in(l).to_owned()}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
        <p class="no-travel">
            <a class="need-card need-card--wide" href=href("/parcours?deplacement=non")>
                <span class="need-title">{t("je-ne-peux-pas-me-deplacer")}</span>
                <span class="need-examples">{t("je-ne-peux-pas-me-deplacer-exemples")}</span>
            </a>
        </p>
    }
}
