use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// A structure's edit form (no id: a new structure, admins only).
#[server(endpoint = "admin/structure", input = GetUrl)]
pub async fn get_structure_form(id: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    crate::ssr::admin_pages::structure_form(id, saved).await
}
