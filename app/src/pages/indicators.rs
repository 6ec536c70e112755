//! `/indicateurs`: how many people Aiguillage oriented, for what, where, and how well the answer
//! fitted — anonymous counts, small ones hidden (`ssr::indicators`). Each table is also a CSV file
//! (`/indicateurs/{table}.csv`, [`csv`]).

pub mod carte;
#[cfg(feature = "ssr")]
pub mod csv;

use crate::components::indicators::IndicatorsBody;
use crate::components::problem::ProblemPage;
use crate::error::AppError;
use crate::pages::query_pairs;
use crate::view::indicators::IndicatorsView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn IndicatorsPage() -> impl IntoView {
    let data = get_indicators(query_pairs());
    Suspend::new(async move {
        let body = match data.await {
            Ok(data) => view! { <IndicatorsBody data base="/indicateurs"/> }.into_any(),
            Err(error) => view! { <ProblemPage error/> }.into_any(),
        };
        view! {
            <Title text="Indicateurs – Aiguillage"/>
            <h1>"Indicateurs"</h1>
            <p>
                "Chaque orientation affichée par Aiguillage, sur ce site ou au guichet d’une mairie, est comptée, "
                "sans rien garder de la personne : son besoin, l’intercommunalité de sa commune, et la meilleure aide trouvée. "
                <a href=crate::i18n::href("/confidentialite")>"Ce qui est compté, et pourquoi aucun bandeau ne vous le demande"</a>"."
            </p>
            <p>"Les orientations faites hors connexion, par le téléphone lui-même, ne sont pas comptées : aucune information ne quitte alors l’appareil."</p>
            <p><a href=crate::i18n::href("/indicateurs/carte")>"La carte de l’Ain : couverture, fragilité numérique et fraîcheur des fiches, commune par commune"</a></p>
            {body}
        }
    })
}

/// The indicators for the page's filter (public: counts under 5 hidden).
#[server(endpoint = "indicateurs", input = GetUrl)]
pub async fn get_indicators(pairs: Vec<(String, String)>) -> Result<IndicatorsView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    crate::ssr::indicators::view(&services, &pairs, true).await
}
