//! What every back-office page does the same way: a failure becomes the login page or the problem
//! page, and stored timestamps read as French dates.

use crate::components::problem::ProblemPage;
use crate::error::AppError;
use crate::pages::parcours::redirect_to;
pub use crate::pages::{param, query};
use leptos::prelude::*;

/// Not logged in: to the login page; a provisional password: to choosing one's own; a coordinator
/// without a required second factor: to adding one; anything else: the problem page with its status.
pub fn failure(error: AppError) -> AnyView {
    match error {
        AppError::Unauthorized => redirect_to(crate::routes::admin::LOGIN.into()),
        AppError::PasswordToChange => redirect_to(crate::routes::admin::MY_PASSWORD.into()),
        AppError::SecondFactorToSet => redirect_to(crate::routes::admin::SECOND_FACTOR.into()),
        error => view! { <ProblemPage error/> }.into_any(),
    }
}

/// « 2026-11-28T19:35:02Z » → « 28/11/2026 à 19:35 (UTC) ».
pub fn timestamp(iso: &str) -> String {
    match (iso.get(0..4), iso.get(5..7), iso.get(8..10), iso.get(11..16)) {
        (Some(y), Some(m), Some(d), Some(t)) => format!("{d}/{m}/{y} à {t} (UTC)"),
        _ => iso.to_owned(),
    }
}
