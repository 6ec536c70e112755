use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// A service's edit form (no id: a new service of `structure`).
#[server(endpoint = "admin/service", input = GetUrl)]
pub async fn get_service_form(id: Option<String>, structure: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    crate::ssr::admin_pages::service_form(id, structure, saved).await
}
