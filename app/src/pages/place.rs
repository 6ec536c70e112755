//! `/lieu/{service_id}`: one service's card on its own (linked from the agenda), with its séances.

pub mod data;
use self::data::get_place;
use crate::components::problem::ProblemPage;
use crate::components::result_card::ResultCardView;
use crate::components::seance_card::SeanceCardView;
use crate::components::translation::DataInFrench;
use crate::i18n::{href, page_title, t};
use crate::pages::param;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PlacePage() -> impl IntoView {
    let id = param("id");
    let data = get_place(id.clone(), crate::i18n::langue());
    Suspend::new(async move {
        match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok((card, seances)) => view! {
                <Title text=page_title(&format!("{} – {}", card.service_nom, card.nom))/>
                <h1>{card.nom.clone()}</h1>
                <DataInFrench/>
                <ResultCardView card retour=href(&format!("/lieu/{id}"))/>
                {(!seances.is_empty()).then(|| view! {
                    <section aria-labelledby="seances-titre">
                        <h2 id="seances-titre">{t("lieu-seances")}</h2>
                        <ul class="seances">{seances.into_iter().map(|s| view! { <li><SeanceCardView seance=s/></li> }).collect_view()}</ul>
                    </section>
                })}
                <p><a href=href("/agenda")>{t("lieu-agenda")}</a>" · "<a href=href("/")>{t("lieu-autre-aide")}</a></p>
                // The form is in French, like the back-office it leads to.
                <p><a href=crate::integration::within(&format!("/proposer?lieu={}", crate::domain::journey::percent_encode(&id))) hreflang="fr"
                    target=crate::integration::target("/proposer")>{t("lieu-ma-structure")}</a></p>
            }
            .into_any(),
        }
    })
}
