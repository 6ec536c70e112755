use crate::domain::langue::Langue;
use crate::domain::result::OrientationResult;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// The result for a journey given as its URL pairs (see `ssr::orientation::compute`), in `langue`.
#[server(endpoint = "orientation", input = Json)]
pub async fn get_orientation(pairs: Vec<(String, String)>, langue: Langue) -> Result<OrientationResult, AppError> {
    use crate::ssr::post::ClientIp;
    let services = crate::ssr::state::AppState::from_context()?;
    let (ClientIp(ip), headers): (ClientIp, axum::http::HeaderMap) = leptos_axum::extract().await.map_err(AppError::internal)?;
    let user_agent = headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let asker = crate::ssr::orientation::Asker::Person { client: crate::ssr::throttle::client_key(ip), user_agent };
    crate::ssr::orientation::from_pairs(&services, &pairs, langue, asker)
}
