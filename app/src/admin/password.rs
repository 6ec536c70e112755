//! `/admin/mot-de-passe`: anyone logged in changes their own password after typing the current one
//! (ASVS 5.0 V6); a provisional password, set by a coordinator, leads every back-office page here
//! until it is changed. Its post is in [`post`].

#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, query};
use crate::components::form_fields::{ErrorSummary, TextField, Token};
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::MyPassword;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn MyPasswordPage() -> impl IntoView {
    let data = get_my_password(query("enregistre").is_some());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(MyPassword { frame, provisional, errors, saved }) => {
                let jeton = frame.jeton.clone();
                let prefix = if errors.is_empty() { "" } else { "Erreur : " };
                view! {
                    <Title text=format!("{prefix}Mon mot de passe – Espace de gestion – Aiguillage")/>
                    <AdminNav frame/>
                    <h1>"Mon mot de passe"</h1>
                    <SavedNotice saved/>
                    {provisional.then(|| view! {
                        <p class="notice">"Le mot de passe que vous avez reçu est provisoire : choisissez le vôtre pour continuer. Personne d’autre ne le connaîtra."</p>
                    })}
                    <ErrorSummary errors=errors.clone() title="Le mot de passe n’a pas été changé"/>
                    <form method="post" action=urls::MY_PASSWORD class="admin-form admin-form--narrow">
                        <Token jeton/>
                        <TextField name="actuel" label="Mot de passe actuel" kind="password" autocomplete="current-password" required=true maxlength=64
                            fields=Fields::default() errors=errors.clone()/>
                        <NewPasswordFields label="Nouveau mot de passe" errors/>
                        <button type="submit" class="button">"Changer mon mot de passe"</button>
                    </form>
                    <p>"Vos autres sessions, sur d’autres appareils, prennent fin quand vous changez votre mot de passe."</p>
                }
                .into_any()
            }
        }
    })
}

/// A new password, typed twice (`nouveau`, `confirmation`): « Mon mot de passe » and the access
/// link's page (`admin::access`); `label` names the first field, the second says « une seconde fois ».
#[component]
pub fn NewPasswordFields(label: &'static str, errors: FieldErrors) -> impl IntoView {
    view! {
        <TextField name="nouveau" label=label kind="password" autocomplete="new-password" required=true maxlength=64
            hint="De 8 à 64 caractères, difficile à deviner : une phrase de plusieurs mots, par exemple." fields=Fields::default() errors=errors.clone()/>
        <TextField name="confirmation" label=format!("{label}, une seconde fois") kind="password" autocomplete="new-password" required=true maxlength=64
            fields=Fields::default() errors/>
    }
}

#[server(endpoint = "admin/mot-de-passe", input = GetUrl)]
pub async fn get_my_password(saved: bool) -> Result<MyPassword, AppError> {
    use crate::admin::session::{flash, frame, session_even_provisional};
    let (services, session) = session_even_provisional().await?;
    let errors = flash(&services, &session, "mot-de-passe").await?.map(|(_, errors)| errors).unwrap_or_default();
    Ok(MyPassword { frame: frame(&services, &session).await?, provisional: session.account.must_change_password, errors, saved })
}
