use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The back-office home: the structures this account may edit.
#[server(endpoint = "admin/tableau", input = GetUrl)]
pub async fn get_dashboard() -> Result<Dashboard, AppError> {
    crate::ssr::admin_pages::dashboard().await
}
