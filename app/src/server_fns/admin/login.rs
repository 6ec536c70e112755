use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The login form's token against cross-site submissions.
#[server(endpoint = "admin/connexion/jeton", input = GetUrl)]
pub async fn get_login_token() -> Result<String, AppError> {
    crate::ssr::admin_pages::login_token()
}
