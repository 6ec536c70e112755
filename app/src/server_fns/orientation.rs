use crate::domain::langue::Langue;
use crate::domain::result::OrientationResult;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// The result for a journey given as its URL pairs (see `ssr::orientation::compute`), in `langue`.
#[server(endpoint = "orientation", input = Json)]
pub async fn get_orientation(pairs: Vec<(String, String)>, langue: Langue) -> Result<OrientationResult, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    crate::ssr::orientation::from_pairs(&services, &pairs, langue, crate::ssr::orientation::Asker::Person)
}
