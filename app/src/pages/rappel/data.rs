//! « Être rappelé »'s loaders: the form's signed token, and the token to erase a request.

use crate::error::AppError;
use crate::view::forms::CallbackForm;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The « Être rappelé » form for a complete journey: who will receive it, in `langue`.
#[server(endpoint = "rappel", input = GetUrl)]
pub async fn get_callback_form(pairs: Vec<(String, String)>, langue: crate::domain::langue::Langue) -> Result<CallbackForm, AppError> {
    use crate::domain::flow::Flow;
    use crate::domain::journey::{url, Journey};
    let services = crate::ssr::state::AppState::from_context()?;
    let flow = Flow::shipped();
    let journey = Journey::from_pairs(flow, &pairs).map_err(AppError::from)?;
    let about = crate::ssr::callbacks::about(&services, &journey)?;
    let destination = crate::ssr::callbacks::destination(&services, &about.epci, &about.besoin).await?;
    Ok(CallbackForm {
        commune: about.commune,
        besoin_titre: flow.need(&about.besoin).map_or(about.besoin_titre, |n| n.titre_in(langue).to_owned()),
        destination: destination.nom,
        telephone: destination.telephone,
        jeton: crate::ssr::auth::form_token(&services.form_key, None, crate::ssr::clock::now().timestamp()),
        retour: url(&langue.href("/orientation"), &journey.pairs(flow)),
        pairs: journey.pairs(flow),
        guichet: journey.navigation.guichet,
    })
}

/// A form token for « Effacer ma demande ».
#[server(endpoint = "rappel-effacer", input = GetUrl)]
pub async fn get_erase_token() -> Result<String, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    Ok(crate::ssr::auth::form_token(&services.form_key, None, crate::ssr::clock::now().timestamp()))
}
