//! `/admin/acces/{jeton}`: someone whose « C'est ma structure » was accepted chooses the password of
//! the account it opened (`ssr::access`), from the link of their acceptance message. No session is
//! needed and none is opened: once the password is saved, they log in with it like anyone. Its post
//! is in [`post`]; a refused password comes back as a message next to its field, never as typed.

#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::page::query;
use crate::admin::password::NewPasswordFields;
use crate::components::form_fields::{ErrorSummary, Token};
use crate::components::problem::ProblemPage;
use crate::domain::edit::FieldErrors;
use crate::error::AppError;
use crate::pages::param;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::{Meta, Title};

/// What the page shows: whose account, the form's token, and a refused attempt's messages.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct AccessForm {
    pub nom: String,
    pub email: String,
    pub jeton: String,
    pub errors: FieldErrors,
}

#[component]
pub fn AccessPage() -> impl IntoView {
    let token = param("jeton");
    let action = format!("{}/{}", crate::routes::admin::ACCESS, crate::domain::journey::percent_encode(&token));
    let data = get_access(token, query("brouillon"));
    Suspend::new(async move {
        let body = match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(form) => view! { <AccessView form action=action.clone()/> }.into_any(),
        };
        view! {
            <Meta name="robots" content="noindex"/>
            <Meta name="referrer" content="no-referrer"/>
            {body}
        }
    })
}

#[component]
fn AccessView(form: AccessForm, action: String) -> impl IntoView {
    let AccessForm { nom, email, jeton, errors } = form;
    let prefix = if errors.is_empty() { "" } else { "Erreur : " };
    view! {
        <Title text=format!("{prefix}Choisir votre mot de passe – Espace de gestion – Aiguillage")/>
        <h1>"Choisir votre mot de passe"</h1>
        <p>{format!("Bonjour {nom}. La coordination numérique de l’Ain vous a ouvert un compte de l’espace de gestion pour tenir votre fiche à jour (horaires, ateliers, passages).")}</p>
        <p>"Vous vous connecterez avec l’adresse "<strong>{email}</strong>" et le mot de passe choisi ici. Personne d’autre ne le connaîtra ; ce lien ne sert qu’une fois."</p>
        <ErrorSummary errors=errors.clone() title="Le mot de passe n’a pas été enregistré"/>
        <form method="post" action=action class="admin-form admin-form--narrow">
            <Token jeton/>
            <NewPasswordFields label="Mot de passe" errors/>
            <button type="submit" class="button">"Enregistrer mon mot de passe"</button>
        </form>
    }
}

/// The account a link opens (an altered link is a 404, an expired or used one a 410), and the
/// messages of the attempt kept under `brouillon`.
#[server(endpoint = "admin/acces", input = GetUrl)]
pub async fn get_access(jeton: String, brouillon: Option<String>) -> Result<AccessForm, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    let now = crate::ssr::clock::timestamp();
    let account = crate::ssr::access::by_link(&services, &jeton, now).await?;
    let errors = match brouillon {
        Some(cle) => crate::ssr::proposals::draft(&services, &cle, now)
            .await?
            .and_then(|raw| serde_json::from_str::<FieldErrors>(&raw).ok())
            .unwrap_or_default(),
        None => FieldErrors::default(),
    };
    Ok(AccessForm { nom: account.nom, email: account.email, jeton: crate::ssr::auth::form_token(&services.form_key, None, now), errors })
}
