//! `POST /rappel` and `POST /rappel/effacer`: the person's two actions on « Être rappelé ».

use crate::domain::callback;
use crate::domain::edit::Fields;
use crate::domain::flow::Flow;
use crate::domain::indicators::Mode;
use crate::domain::journey::{url, Journey};
use crate::domain::langue::Langue;
use crate::form::{message_page, see_other, too_many, ClientIp, PublicForm};
use crate::ssr::callbacks::{self, NotStored};
use crate::ssr::state::AppState;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// The form's own fields; the others are the journey it was sent from.
const OWN_FIELDS: [&str; 7] = ["jeton", "prenom", "telephone", "courriel", "message", "site", "consentement"];

fn journey_of(fields: &Fields) -> Result<Journey, crate::error::AppError> {
    let journey: Vec<&(String, String)> = fields.0.iter().filter(|(k, _)| !OWN_FIELDS.contains(&k.as_str())).collect();
    let pairs: Vec<(&str, &str)> = journey.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    Journey::from_pairs(Flow::shipped(), &pairs).map_err(crate::error::AppError::from)
}

/// `POST /rappel`: checks, stores, and sends to `/rappel/envoye` with the reference. A refused field
/// sends back to the form with its code (never what was typed: a phone number has no place in a URL).
/// A robot that filled the trap gets the same thanks page and nothing is stored.
pub async fn send(ClientIp(ip): ClientIp, PublicForm { services, langue, fields }: PublicForm) -> Response {
    let journey = match journey_of(&fields) {
        Ok(j) => j,
        Err(e) => return e.into_response(),
    };
    let flow = Flow::shipped();
    let back = url(&langue.href("/rappel"), &journey.pairs(flow));
    if !fields.get("site").is_empty() {
        return see_other(&langue.href("/rappel/envoye"));
    }
    let about = match callbacks::about(&services, &journey) {
        Ok(a) => a,
        Err(e) => return e.into_response(),
    };
    let contact = if fields.get("telephone").trim().is_empty() { fields.get("courriel") } else { fields.get("telephone") };
    let request = match callback::parse(fields.get("prenom"), contact, fields.get("message"), fields.get("consentement") == "oui") {
        Ok(r) => r,
        Err(refused) => {
            let codes: Vec<&str> = refused.iter().map(|r| r.code()).collect();
            return see_other(&format!("{back}&erreur={}", codes.join(",")));
        }
    };
    if let Some(refused) = limited(&services, ip, langue, &back).await {
        return refused;
    }
    let mode = if journey.navigation.guichet { Mode::Guichet } else { Mode::Public };
    match callbacks::create(&services, &about, request, mode, crate::ssr::clock::timestamp()).await {
        Ok(reference) => see_other(&langue.href(&format!("/rappel/envoye?reference={reference}"))),
        Err(NotStored::Duplicate) => see_other(&format!("{back}&erreur=deja")),
        Err(NotStored::Failed(e)) => failure(langue, &back, &e.to_string()),
    }
}

/// One attempt of this client address at either form: the 429 page past its allowance.
async fn limited(services: &AppState, ip: std::net::IpAddr, langue: Langue, back: &str) -> Option<Response> {
    match services.callback_limiter.check(services.repo.as_ref(), ip).await {
        Ok(Ok(())) => None,
        Ok(Err(wait)) => Some(too_many(langue, wait, back)),
        Err(e) => Some(failure(langue, back, &e.to_string())),
    }
}

/// The database failed: nothing was stored, back to the form (the browser still holds its text).
fn failure(langue: Langue, back: &str, cause: &str) -> Response {
    tracing::error!(%cause, "a callback request was not stored");
    message_page(
        langue,
        StatusCode::INTERNAL_SERVER_ERROR,
        &langue.t("erreur-probleme"),
        &langue.t("rappel-echec"),
        (back, &langue.t("formulaire-revenir")),
    )
}

/// `POST /rappel/effacer`: erases the personal data of the request with this reference and contact.
/// The same answer whether the reference exists or not, unless both match: a reference alone reveals
/// nothing. Limited per address like a request.
pub async fn erase(ClientIp(ip): ClientIp, PublicForm { services, langue, fields }: PublicForm) -> Response {
    let back = langue.href("/rappel/effacer");
    if let Some(refused) = limited(&services, ip, langue, &back).await {
        return refused;
    }
    match callbacks::delete_by_person(&services, fields.get("reference"), fields.get("contact"), crate::ssr::clock::timestamp()).await {
        Ok(true) => see_other(&format!("{back}?fait=1")),
        Ok(false) => see_other(&format!("{back}?erreur=introuvable")),
        Err(e) => failure(langue, &back, &e.to_string()),
    }
}
