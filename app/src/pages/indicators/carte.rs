//! `/indicateurs/carte`: the map of the Ain, coloured by coverage, fragility or freshness
//! (`ssr::map`), with its legend and its table. A plain GET form chooses the layer.

use crate::components::map::MapBody;
use crate::components::problem::ProblemPage;
use crate::error::AppError;
use crate::pages::query_pairs;
use crate::view::map::MapView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn MapPage() -> impl IntoView {
    let data = get_map(query_pairs());
    Suspend::new(async move {
        let body = match data.await {
            Ok(data) => view! { <MapBody data/> }.into_any(),
            Err(error) => view! { <ProblemPage error/> }.into_any(),
        };
        view! {
            <Title text="Carte de l’Ain – Indicateurs – Aiguillage"/>
            <p class="breadcrumb"><a href=crate::i18n::href("/indicateurs")>"Indicateurs"</a></p>
            <h1>"Carte de l’Ain"</h1>
            <p>"Les 391 communes de l’Ain et leurs 17 intercommunalités (traits épais). Chaque commune de la carte mène à sa ligne du tableau qui la suit."</p>
            {body}
            <p class="hint">"Contours : IGN GEOFLA 2016, communes fusionnées depuis regroupées ; communes et intercommunalités : découpage administratif (Etalab). Licence Ouverte 2.0."</p>
        }
    })
}

/// The map for the page's choice.
#[server(endpoint = "indicateurs-carte", input = GetUrl)]
pub async fn get_map(pairs: Vec<(String, String)>) -> Result<MapView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    crate::ssr::map::view(&services, &pairs).await
}
