//! `/admin/double-authentification`: anyone logged in adds a second factor to their account (an
//! authenticator app's code at every login, ASVS 5.0 V6), renews its recovery codes or removes it,
//! each time with their current password. Its post is in [`post`]; the codes are checked in
//! `ssr::second_factor`.

#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, query};
use crate::components::form_fields::{ErrorSummary, TextField, Token};
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::{SecondFactorSetup, SecondFactorView};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// The refused form's flash key, and the one that carries fresh recovery codes to the page.
pub const FORM: &str = "double-authentification";
pub const CODES: &str = "codes-de-secours";

#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let data = get_second_factor(query("enregistre").is_some());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(SecondFactorView { frame, codes_left, setup, fresh_codes, errors, saved }) => {
                let jeton = frame.jeton.clone();
                let prefix = if errors.is_empty() { "" } else { "Erreur : " };
                view! {
                    <Title text=format!("{prefix}Double authentification – Espace de gestion – Aiguillage")/>
                    <AdminNav frame/>
                    <h1>"Double authentification"</h1>
                    <SavedNotice saved/>
                    {(!fresh_codes.is_empty()).then(|| view! { <FreshCodes codes=fresh_codes/> })}
                    <ErrorSummary errors=errors.clone() title="Rien n’a été changé"/>
                    {match setup {
                        Some(setup) => view! { <Setup setup jeton errors/> }.into_any(),
                        None => view! { <Enabled codes_left jeton errors/> }.into_any(),
                    }}
                }
                .into_any()
            }
        }
    })
}

/// The recovery codes just created: the only time they are shown.
#[component]
fn FreshCodes(codes: Vec<String>) -> impl IntoView {
    view! {
        <section class="notice recovery-codes" aria-labelledby="codes-titre">
            <h2 id="codes-titre">"Vos codes de secours"</h2>
            <p>"Notez-les ou imprimez-les maintenant, et gardez-les loin de votre téléphone : ils ne seront plus affichés. Chacun remplace une fois le code de l’application, si vous perdez votre téléphone."</p>
            <ol class="codes">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ol>
        </section>
    }
}

#[component]
fn Setup(setup: SecondFactorSetup, jeton: String, errors: FieldErrors) -> impl IntoView {
    // The key as apps show it when typed by hand: groups of four.
    let grouped = setup.secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    view! {
        <p>"Avec la double authentification, votre mot de passe ne suffit plus : à chaque connexion, l’application de votre téléphone donne un code à 6 chiffres. Quelqu’un qui aurait deviné votre mot de passe ne peut pas entrer."</p>
        <ol class="steps">
            <li>"Installez une application d’authentification sur votre téléphone (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…)."</li>
            <li>
                "Dans l’application, ajoutez un compte en scannant ce code QR, ou en tapant la clé."
                <div class="qr qr--setup" role="img" aria-label="Code QR à scanner avec l’application d’authentification" inner_html=setup.qr_svg></div>
                <p>"Clé : " <code class="secret">{grouped}</code></p>
                <p><a href=setup.uri>"Ouvrir l’application sur ce téléphone"</a></p>
            </li>
            <li>"Saisissez le code que l’application affiche, et votre mot de passe actuel."</li>
        </ol>
        <form method="post" action=urls::SECOND_FACTOR class="admin-form admin-form--narrow">
            <Token jeton/>
            <input type="hidden" name="secret" value=setup.secret/>
            <TextField name="code" label="Code à 6 chiffres affiché par l’application" autocomplete="one-time-code" required=true maxlength=32
                fields=Fields::default() errors=errors.clone()/>
            <TextField name="actuel" label="Mot de passe actuel" kind="password" autocomplete="current-password" required=true maxlength=64
                fields=Fields::default() errors/>
            <button type="submit" name="action" value="activer" class="button">"Activer la double authentification"</button>
        </form>
    }
}

#[component]
fn Enabled(codes_left: u32, jeton: String, errors: FieldErrors) -> impl IntoView {
    let left = match codes_left {
        0 => "Il ne vous reste aucun code de secours : créez-en de nouveaux.".to_owned(),
        1 => "Il vous reste 1 code de secours.".to_owned(),
        n => format!("Il vous reste {n} codes de secours."),
    };
    view! {
        <p>"La double authentification est active : à chaque connexion, le code de votre application vous est demandé après votre mot de passe."</p>
        <p>{left}</p>
        <form method="post" action=urls::SECOND_FACTOR class="admin-form admin-form--narrow">
            <Token jeton/>
            <TextField name="actuel" label="Mot de passe actuel" kind="password" autocomplete="current-password" required=true maxlength=64
                hint="Demandé pour chacune des deux actions ci-dessous." fields=Fields::default() errors/>
            <p class="actions">
                <button type="submit" name="action" value="codes" class="button">"Créer dix nouveaux codes de secours"</button>
                " "
                <button type="submit" name="action" value="desactiver" class="button button--secondary">"Désactiver la double authentification"</button>
            </p>
        </form>
        <p>"Les nouveaux codes remplacent les anciens, qui ne servent plus."</p>
    }
}

#[server(endpoint = "admin/double-authentification", input = GetUrl)]
pub async fn get_second_factor(saved: bool) -> Result<SecondFactorView, AppError> {
    use crate::admin::session::{flash_of, frame, session_even_second_factor};
    use crate::ssr::second_factor::{new_secret, otpauth_uri};
    let (services, session) = session_even_second_factor().await?;
    let repo = &services.repo;
    let (mut fresh_codes, mut errors, mut typed_secret) = (Vec::new(), FieldErrors::default(), None);
    match flash_of(&services, &session, &[FORM, CODES]).await? {
        Some((form, fields, _)) if form == CODES => fresh_codes = fields.0.into_iter().map(|(_, code)| code).collect(),
        Some((_, fields, refused)) => {
            errors = refused;
            typed_secret = Some(fields.get("secret").to_owned()).filter(|s| !s.is_empty());
        }
        None => {}
    }
    let enabled = repo.totp(session.account.id).await?.is_some();
    let codes_left = if enabled { repo.recovery_codes_left(session.account.id).await? } else { 0 };
    let setup = (!enabled).then(|| {
        // A refused activation keeps the secret already scanned.
        let secret = typed_secret.unwrap_or_else(new_secret);
        let uri = otpauth_uri(&secret, &session.account.email);
        let qr_svg = crate::pages::orientation::keep::qr_uncached(&uri).unwrap_or_default();
        SecondFactorSetup { secret, uri, qr_svg }
    });
    Ok(SecondFactorView { frame: frame(&services, &session).await?, codes_left, setup, fresh_codes, errors, saved })
}
