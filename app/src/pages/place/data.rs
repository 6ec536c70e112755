//! A place's page loader (`/lieu/{id}`): its card and its séances.

use crate::domain::result::ResultCard;
use crate::domain::seance::SeanceCard;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// One published service's card, its fixed words in `langue`, and its upcoming séances.
#[server(endpoint = "lieu", input = GetUrl)]
pub async fn get_place(id: String, langue: crate::domain::langue::Langue) -> Result<(ResultCard, Vec<SeanceCard>), AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    let card = crate::ssr::orientation::service_card(&services, &id, langue).ok_or(AppError::NotFound)?;
    Ok((card, crate::ssr::agenda::of_service(&services, &id, langue)))
}
