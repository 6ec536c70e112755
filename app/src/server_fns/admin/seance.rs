use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// A séance's edit form (no id: a new séance of `service`).
#[server(endpoint = "admin/seance", input = GetUrl)]
pub async fn get_seance_form(id: Option<String>, service: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    crate::ssr::admin_pages::seance_form(id, service, saved).await
}
