use crate::domain::commune_search::CommuneLookup;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The commune step: resolves a chosen code or a typed text (see `Gazetteer::lookup`).
#[server(endpoint = "communes/trouver", input = GetUrl)]
pub async fn find_commune(texte: Option<String>, code: Option<String>) -> Result<CommuneLookup, AppError> {
    use crate::domain::geo::InseeCode;
    let services = crate::ssr::state::Services::from_context()?;
    let code = match code.as_deref().filter(|c| !c.is_empty()) {
        Some(c) => Some(InseeCode::parse(c).map_err(|e| AppError::BadRequest(e.to_string()))?),
        None => None,
    };
    Ok(services.gazetteer.lookup(texte.as_deref(), code.as_ref()))
}
