//! The commune step's loader: a typed name or postcode to communes (the combobox and the no-JS form).

use crate::domain::commune_search::CommuneLookup;
use crate::domain::langue::Langue;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The commune step: resolves a typed text (see `Gazetteer::lookup`), its messages in `langue`.
#[server(endpoint = "communes/trouver", input = GetUrl)]
pub async fn find_commune(texte: Option<String>, langue: Langue) -> Result<CommuneLookup, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    Ok(services.gazetteer.lookup(texte.as_deref(), langue))
}
