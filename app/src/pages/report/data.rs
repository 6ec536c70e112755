//! « Signaler une erreur »'s loader: the form's signed token and where it leads back.

use crate::error::AppError;
use crate::view::forms::ReportForm;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The « Signaler une erreur » form of one published service.
#[server(endpoint = "signaler", input = GetUrl)]
pub async fn get_report_form(service: String, retour: Option<String>) -> Result<ReportForm, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    let directory = services.directory();
    let s = directory.service(&service).ok_or(AppError::NotFound)?;
    let structure = directory.structure(&s.structure).ok_or(AppError::NotFound)?;
    Ok(ReportForm {
        service_id: s.id.clone(),
        service_nom: s.nom.clone(),
        structure_nom: structure.nom.clone(),
        jeton: crate::ssr::auth::form_token(&services.form_key, None, crate::ssr::clock::now().timestamp()),
        retour: super::safe_return(retour.as_deref()),
    })
}
