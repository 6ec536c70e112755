//! The posts of `/admin/sites-partenaires` (coordinators): allowing a partner site, removing one.

use super::FORM;
use crate::admin::form::{AdminForm, Coordinator};
use crate::admin::session::refused;
use crate::domain::edit::FieldErrors;
use crate::domain::integration::Integration;
use crate::form::{op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::ops::OpError;
use axum::response::Response;

const BACK: &str = urls::INTEGRATIONS;

/// `POST /admin/sites-partenaires/ajouter`: a key and its sites' origins, checked as the
/// configuration's are; a key of the configuration is refused (it is changed there).
pub async fn add(AdminForm { services, session, fields, .. }: AdminForm<Coordinator>) -> Response {
    let integration = match Integration::new(fields.get("cle"), fields.get("origines")) {
        Ok(i) if services.integrations.get(&i.cle).is_some() => {
            Err(("cle", "Cette clé est celle d’un site de la configuration du serveur : choisissez-en une autre.".to_owned()))
        }
        other => other,
    };
    match integration {
        Err((field, message)) => {
            let errors = FieldErrors(vec![(field.to_owned(), capitalised(&message))]);
            refused(&services, &session, FORM, &fields, errors, BACK).await
        }
        Ok(i) => match services.repo.set_integration(&i, &session.account.email, &crate::ssr::clock::stamp()).await {
            Ok(()) => {
                tracing::info!(by = %session.account.email, cle = %i.cle, "partner site allowed");
                see_other(&format!("{BACK}?enregistre=1"))
            }
            Err(e) => op_failure(OpError::from(e), BACK),
        },
    }
}

/// `POST /admin/sites-partenaires/retirer`: its framed pages are refused from the next request.
pub async fn remove(AdminForm { services, session, fields, .. }: AdminForm<Coordinator>) -> Response {
    let cle = fields.get("cle");
    match services.repo.remove_integration(cle).await {
        Ok(()) => {
            tracing::info!(by = %session.account.email, %cle, "partner site removed");
            see_other(&format!("{BACK}?enregistre=1"))
        }
        Err(e) => op_failure(OpError::from(e), BACK),
    }
}

/// The domain's messages start in lower case (they follow « AIGUILLAGE_INTEGRATIONS : »); next to a
/// field they are a sentence.
fn capitalised(message: &str) -> String {
    let mut chars = message.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
