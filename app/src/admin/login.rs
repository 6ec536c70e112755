//! `/admin/connexion` (the login form) and `/admin/deconnexion`; their posts in [`post`].

#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::page::{failure, query};
use crate::components::form_fields::{TextField, Token};
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::routes::admin as urls;
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
        Some("code-expire") => {
            (Some("Le délai de cinq minutes pour saisir le code est passé. Saisissez de nouveau vos identifiants."), true)
        }
        _ if query("deconnecte").is_some() => (Some("Vous êtes déconnecté."), false),
        _ if query("acces").is_some() => {
            (Some("Votre mot de passe est enregistré. Connectez-vous avec votre adresse de courriel et ce mot de passe."), false)
        }
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

/// `/admin/connexion/code`: the second step of a login, for an account with a second factor. The
/// handler ([`post::code`]) answers with a redirect either way.
#[component]
pub fn LoginCodePage() -> impl IntoView {
    let wrong = query("erreur").as_deref() == Some("code");
    let token = get_login_token();
    Suspend::new(async move {
        let jeton = match token.await {
            Ok(t) => t,
            Err(e) => return failure(e),
        };
        let mut errors = FieldErrors::default();
        if wrong {
            errors.0.push((
                "code".into(),
                "Code incorrect ou déjà utilisé. Saisissez le code que l’application affiche maintenant, ou un code de secours.".into(),
            ));
        }
        let title = if wrong { "Erreur : Code de connexion – Aiguillage" } else { "Code de connexion – Aiguillage" };
        view! {
            <Title text=title/>
            <h1>"Code de connexion"</h1>
            <p>"Votre mot de passe est juste. Ouvrez l’application d’authentification de votre téléphone et saisissez le code à 6 chiffres affiché pour Aiguillage. Téléphone perdu ? Saisissez l’un de vos codes de secours."</p>
            <form method="post" action=urls::LOGIN_CODE class="admin-form admin-form--narrow">
                <Token jeton/>
                <TextField name="code" label="Code à 6 chiffres, ou code de secours" kind="text" autocomplete="one-time-code" required=true maxlength=32
                    hint="Par exemple : 123456, ou abcde-fghij pour un code de secours." fields=Fields::default() errors/>
                <button type="submit" class="button">"Valider"</button>
            </form>
            <p><a href=urls::LOGIN>"Recommencer la connexion"</a></p>
        }
        .into_any()
    })
}

/// The login form's token against cross-site submissions.
#[server(endpoint = "admin/connexion/jeton", input = GetUrl)]
pub async fn get_login_token() -> Result<String, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    Ok(crate::ssr::auth::form_token(&services.form_key, None, crate::ssr::clock::timestamp()))
}
