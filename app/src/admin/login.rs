//! `/admin/connexion` (the login form) and `/admin/deconnexion`; their posts in [`post`].

#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::fields::{TextField, Token};
use crate::admin::page::{failure, query};
use crate::admin::urls;
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/connexion`: e-mail and password; the handler answers with a redirect either way.
#[component]
pub fn LoginPage() -> impl IntoView {
    let (message, is_error) = match query("erreur").as_deref() {
        Some("identifiants") => (Some("Adresse de courriel ou mot de passe incorrect."), true),
        Some("expire") => (Some("Le formulaire avait expiré. Saisissez de nouveau vos identifiants."), true),
        Some("session") => (Some("Votre session a pris fin. Reconnectez-vous."), true),
        _ if query("deconnecte").is_some() => (Some("Vous êtes déconnecté."), false),
        _ => (None, false),
    };
    let token = get_login_token();
    Suspend::new(async move {
        let jeton = match token.await {
            Ok(t) => t,
            Err(e) => return failure(e),
        };
        let mut errors = FieldErrors::default();
        if is_error {
            errors.0.push(("mot_de_passe".into(), message.unwrap_or_default().into()));
        }
        let title = if is_error { "Erreur : Connexion – Aiguillage" } else { "Connexion – Aiguillage" };
        view! {
            <Title text=title/>
            <h1>"Connexion à l’espace de gestion"</h1>
            <p>"Réservé aux coordinateurs et aux structures qui tiennent leurs fiches à jour. Pas de compte ? Demandez-le à la coordination départementale."</p>
            <div role="status" class="notice-slot">
                {(!is_error).then(|| message.map(|m| view! { <p class="notice notice--ok">{m}</p> }))}
            </div>
            <form method="post" action=urls::LOGIN class="admin-form admin-form--narrow">
                <Token jeton/>
                <TextField name="email" label="Adresse de courriel" kind="email" autocomplete="username" required=true fields=Fields::default() errors=FieldErrors::default()/>
                <TextField name="mot_de_passe" label="Mot de passe" kind="password" autocomplete="current-password" required=true maxlength=64 fields=Fields::default() errors/>
                <button type="submit" class="button">"Se connecter"</button>
            </form>
        }
        .into_any()
    })
}

/// The login form's token against cross-site submissions.
#[server(endpoint = "admin/connexion/jeton", input = GetUrl)]
pub async fn get_login_token() -> Result<String, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    Ok(crate::ssr::auth::form_token(&services.form_key, None, crate::ssr::post::now()))
}
