use crate::domain::seance::{AgendaQuery, AgendaView};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The upcoming séances, filtered.
#[server(endpoint = "agenda", input = GetUrl)]
pub async fn get_agenda(query: AgendaQuery) -> Result<AgendaView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    crate::ssr::agenda::view(&services, query)
}
