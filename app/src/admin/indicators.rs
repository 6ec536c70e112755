//! `/admin/indicateurs`: the indicators for the coordinators — exact figures, and also broken down
//! by precision and by mode (counter or public site); each table as CSV ([`csv`]).

#[cfg(feature = "ssr")]
pub mod csv;

use crate::admin::frame::AdminNav;
use crate::admin::page::failure;
use crate::components::indicators::IndicatorsBody;
use crate::error::AppError;
use crate::pages::query_pairs;
use crate::view::admin::Frame;
use crate::view::indicators::IndicatorsView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn AdminIndicatorsPage() -> impl IntoView {
    let data = get_admin_indicators(query_pairs());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok((frame, data)) => view! {
                <Title text="Indicateurs – Espace de gestion – Aiguillage"/>
                <AdminNav frame/>
                <h1>"Indicateurs"</h1>
                <p>"Les nombres exacts, pour la coordination : la page publique "<a href="/indicateurs">"/indicateurs"</a>" écrit « moins de 5 » à la place des nombres de 1 à 4."</p>
                <IndicatorsBody data base=crate::routes::admin::INDICATORS/>
            }
            .into_any(),
        }
    })
}

/// The indicators for the page's filter, exact (admins).
#[server(endpoint = "admin/indicateurs", input = GetUrl)]
pub async fn get_admin_indicators(pairs: Vec<(String, String)>) -> Result<(Frame, IndicatorsView), AppError> {
    let (services, session) = crate::admin::session::admin_session().await?;
    let frame = crate::admin::session::frame(&services, &session).await?;
    Ok((frame, crate::ssr::indicators::view(&services, &pairs, false).await?))
}
