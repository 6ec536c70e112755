//! The guides' loaders (`/guide`, `/guide/{siren}`): the EPCI list, one guide, its working group.

use crate::domain::guide::{EpciLink, GuideView};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The 17 EPCI that have communes in the Ain, by name.
#[server(endpoint = "guide/epci", input = GetUrl)]
pub async fn list_epci() -> Result<Vec<EpciLink>, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    Ok(crate::ssr::guide::epci_list(&services))
}

/// What an EPCI's working group reads after its guide: coverage, gaps, priorities, freshness.
#[server(endpoint = "guide/epci/groupe", input = GetUrl)]
pub async fn get_working_group(siren: String) -> Result<crate::view::working_group::WorkingGroup, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    crate::ssr::guide::working_group(&services, &siren).await
}

/// One EPCI's guide « par besoins ».
#[server(endpoint = "guide/epci/contenu", input = GetUrl)]
pub async fn get_guide(siren: String) -> Result<GuideView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    crate::ssr::guide::epci_guide(&services, &siren)
}
