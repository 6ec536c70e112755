use crate::domain::result::OrientationResult;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// The result for a journey given as its URL pairs (see `ssr::orientation::compute`).
#[server(endpoint = "orientation", input = Json)]
pub async fn get_orientation(pairs: Vec<(String, String)>) -> Result<OrientationResult, AppError> {
    use crate::domain::flow::Flow;
    use crate::domain::journey::Journey;
    let services = crate::ssr::state::Services::from_context()?;
    let len = pairs.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let journey = Journey::parse(Flow::shipped(), len, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    crate::ssr::orientation::compute(&services, &journey)
}
