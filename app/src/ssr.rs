//! Server-only code: data access and the state handlers share. Compiled with the "ssr" feature only.

pub mod admin_imports;
pub mod admin_pages;
pub mod agenda;
pub mod auth;
pub mod backoffice;
pub mod guide;
pub mod hours;
pub mod import;
pub mod open_data;
pub mod orientation;
pub mod repo;
pub mod state;
pub mod throttle;

/// `https://host` as the person reached us (behind a proxy, as it forwarded), for absolute links
/// (QR codes, calendar files); empty when the host header is not a plain host name.
pub fn public_origin(headers: &axum::http::HeaderMap) -> String {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let host = header("x-forwarded-host").or_else(|| header("host")).unwrap_or_default();
    // Only plain host names: a forged header must not put markup or another path in the page.
    if host.is_empty() || !host.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)) {
        return String::new();
    }
    let scheme = header("x-forwarded-proto").filter(|p| p == "https").unwrap_or_else(|| "http".into());
    format!("{scheme}://{host}")
}
