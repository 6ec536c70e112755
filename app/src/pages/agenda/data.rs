//! The agenda page's loader (`/agenda`): its server function, thin, over `ssr::agenda`.

use crate::domain::seance::{AgendaQuery, AgendaView};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The upcoming séances, filtered, their fixed words in `langue`.
#[server(endpoint = "agenda", input = GetUrl)]
pub async fn get_agenda(query: AgendaQuery, langue: crate::domain::langue::Langue) -> Result<AgendaView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    crate::ssr::agenda::view(&services, query, langue)
}
