use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The audit log of one entry (admins).
#[server(endpoint = "admin/historique", input = GetUrl)]
pub async fn get_history(kind: String, id: String) -> Result<History, AppError> {
    crate::ssr::admin_pages::history(kind, id).await
}
