use crate::error::AppError;
use leptos::prelude::*;
use leptos_meta::Title;

/// A page that explains what went wrong and offers a way on. Sets the HTTP status on the server, so
/// that a tampered link is a 400 and not a « 200 with an error in it ».
#[component]
pub fn ProblemPage(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::from_u16(error.status()).unwrap_or(axum::http::StatusCode::BAD_REQUEST));
    }
    let heading = match error {
        AppError::BadRequest(_) => "Cette adresse ne fonctionne pas",
        AppError::NotFound => "Page introuvable",
        AppError::Unauthorized => "Connexion nécessaire",
        AppError::Forbidden => "Accès refusé",
        AppError::Internal => "Un problème est survenu",
    };
    view! {
        <Title text=format!("{heading} – Aiguillage")/>
        <h1>{heading}</h1>
        <p class="problem-message">{error.to_string()}</p>
        <p>
            <a class="button" href="/">"Recommencer depuis l’accueil"</a>
        </p>
    }
}
