use crate::components::problem::ProblemPage;
use crate::error::AppError;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ProblemPage error=AppError::NotFound/> }
}
