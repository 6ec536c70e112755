use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Error reports and entries to confirm (admins).
#[server(endpoint = "admin/signalements", input = GetUrl)]
pub async fn get_inbox() -> Result<Inbox, AppError> {
    crate::ssr::admin_pages::inbox().await
}
