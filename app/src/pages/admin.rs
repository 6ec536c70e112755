//! The back-office (« espace de gestion »): server-rendered pages whose forms post to plain handlers
//! (`server/src/forms`), then come back here (post/redirect/get). No island, no JavaScript needed.

pub mod accounts;
pub mod dashboard;
pub mod history;
pub mod imports;
pub mod inbox;
pub mod login;
pub mod seance;
pub mod service;
pub mod structure;

use crate::components::problem::ProblemPage;
use crate::error::AppError;
use crate::pages::parcours::redirect_to;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Not logged in: to the login page; anything else: the problem page with its status.
pub fn failure(error: AppError) -> AnyView {
    match error {
        AppError::Unauthorized => redirect_to(crate::admin::urls::LOGIN.into()),
        error => view! { <ProblemPage error/> }.into_any(),
    }
}

pub fn param(name: &str) -> String {
    use_params_map().get_untracked().get(name).unwrap_or_default()
}

pub fn query(name: &str) -> Option<String> {
    use_query_map().get_untracked().get(name).filter(|v| !v.is_empty())
}

/// « 2026-11-28T19:35:02Z » → « 28/11/2026 à 19:35 (UTC) ».
pub fn timestamp(iso: &str) -> String {
    match (iso.get(0..4), iso.get(5..7), iso.get(8..10), iso.get(11..16)) {
        (Some(y), Some(m), Some(d), Some(t)) => format!("{d}/{m}/{y} à {t} (UTC)"),
        _ => iso.to_owned(),
    }
}
