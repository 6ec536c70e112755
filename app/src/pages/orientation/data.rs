//! The result page's loader: the engine's answer for the journey's answers, with its map for a person;
//! counted when a person asks, never when a program calls it over `/api/`.

use crate::domain::langue::Langue;
use crate::domain::result::OrientationResult;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

/// The result for a journey given as its URL pairs (see `ssr::orientation::compute`), in `langue`.
#[server(endpoint = "orientation", input = Json)]
pub async fn get_orientation(pairs: Vec<(String, String)>, langue: Langue) -> Result<OrientationResult, AppError> {
    use crate::ssr::client_ip::ClientIp;
    use crate::ssr::orientation::Asker;
    let services = crate::ssr::state::AppState::from_context()?;
    let (ClientIp(ip), headers, uri): (ClientIp, axum::http::HeaderMap, axum::http::Uri) =
        leptos_axum::extract().await.map_err(AppError::internal)?;
    // The result page calls this function in the server while it renders `/orientation`; called over
    // HTTP (`/api/orientation`, which any script can post to), it is a program, and never counted.
    let asker = if uri.path().starts_with("/api/") {
        Asker::Program
    } else {
        let user_agent = headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        let integration = crate::integration::current().map(|i| i.cle);
        Asker::Person { client: crate::ssr::throttle::client_key(ip), user_agent, integration }
    };
    let program = matches!(asker, Asker::Program);
    let mut result = crate::ssr::orientation::from_pairs(&services, &pairs, langue, asker)?;
    // The page draws the shortlist's map; a program gets the answer alone.
    if !program {
        result.carte_lieux = crate::ssr::place_map::for_result(&services, &result);
    }
    Ok(result)
}
