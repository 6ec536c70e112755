use crate::admin::*;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Accounts and their structures (admins).
#[server(endpoint = "admin/comptes", input = GetUrl)]
pub async fn get_accounts(saved: bool) -> Result<Accounts, AppError> {
    crate::ssr::admin_pages::accounts(saved).await
}
