use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The import page: the dry run of an uploaded file (`essai`), an error to show, the imports applied (admins).
#[server(endpoint = "admin/imports", input = GetUrl)]
pub async fn get_imports(essai: Option<String>, erreur: Option<String>) -> Result<ImportsView, AppError> {
    crate::ssr::admin_imports::imports(essai, erreur).await
}
