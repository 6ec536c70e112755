//! `/admin/comptes`: accounts, created, attached to structures, disabled ([`data`], [`post`]).

#[cfg(feature = "ssr")]
pub mod data;
#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::confirm::ConfirmPassword;
use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, query};
use crate::components::form_fields::{ChoiceGroup, ErrorSummary, TextField, Token};
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::{AccountRow, Accounts};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/comptes`: coordinators create accounts and attach editors to their structures.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let data = get_accounts(query("enregistre").is_some());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(Accounts { frame, confirm: true, .. }) => {
                let jeton = frame.jeton.clone();
                view! {
                    <Title text="Comptes – Espace de gestion – Aiguillage"/>
                    <AdminNav frame/>
                    <h1>"Comptes"</h1>
                    <ConfirmPassword jeton retour=urls::ACCOUNTS failed=query("erreur").is_some()/>
                }
                .into_any()
            }
            Ok(Accounts { frame, accounts, structures, fields, errors, saved, .. }) => {
                let jeton = frame.jeton.clone();
                let roles = vec![
                    ("editeur".to_owned(), "Structure : modifie ses fiches".to_owned()),
                    ("admin".to_owned(), "Coordination : tout, y compris les comptes".to_owned()),
                ];
                let prefix = if errors.is_empty() { "" } else { "Erreur : " };
                view! {
                    <Title text=format!("{prefix}Comptes – Espace de gestion – Aiguillage")/>
                    <AdminNav frame/>
                    <h1>"Comptes"</h1>
                    <SavedNotice saved/>
                    <section aria-labelledby="nouveau-titre">
                        <h2 id="nouveau-titre">"Créer un compte"</h2>
                        <ErrorSummary errors=errors.clone()/>
                        <form method="post" action=urls::ACCOUNT_CREATE class="admin-form admin-form--narrow">
                            <Token jeton=jeton.clone()/>
                            <TextField name="email" label="Adresse de courriel" kind="email" required=true fields=fields.clone() errors=errors.clone()/>
                            <TextField name="nom" label="Nom affiché" required=true maxlength=100 fields=fields.clone() errors=errors.clone()/>
                            <ChoiceGroup name="role" legend="Rôle" options=roles fields=fields.clone() errors=errors.clone()/>
                            <TextField name="mot_de_passe" label="Mot de passe provisoire" kind="password" autocomplete="new-password" required=true maxlength=64
                                hint="De 8 à 64 caractères. Transmettez-le par un autre canal que le courriel." fields=Fields::default() errors=errors.clone()/>
                            <button type="submit" class="button">"Créer le compte"</button>
                        </form>
                    </section>
                    <section aria-labelledby="comptes-titre">
                        <h2 id="comptes-titre">"Comptes existants"</h2>
                        <ul class="accounts">
                            {accounts.into_iter().map(|a| view! { <AccountItem account=a structures=structures.clone() jeton=jeton.clone() errors=errors.clone()/> }).collect_view()}
                        </ul>
                    </section>
                }
                .into_any()
            }
        }
    })
}

#[component]
fn AccountItem(account: AccountRow, structures: Vec<(String, String)>, jeton: String, errors: FieldErrors) -> impl IntoView {
    let AccountRow { id, email, nom, admin, disabled, structures: attached, second_factor } = account;
    let fields = Fields(attached.iter().map(|s| ("structures".to_owned(), s.clone())).collect());
    let options: Vec<(String, String)> = structures;
    let count = attached.len();
    view! {
        <li class="account">
            <h3>{format!("{nom} — {email}")}</h3>
            <p>
                {if admin { "Coordination" } else { "Structure" }}
                {disabled.then(|| view! { " " <span class="badge">"Désactivé"</span> })}
            </p>
            {(!admin).then(|| view! {
                <details>
                    <summary>{format!("Structures rattachées ({count})")}</summary>
                    <form method="post" action=urls::account_structures(id)>
                        <Token jeton=jeton.clone()/>
                        <ChoiceGroup name="structures" legend="Structures que ce compte peut modifier" multiple=true options fields errors=FieldErrors::default() id_prefix=format!("compte-{id}-")/>
                        <button type="submit" class="button">"Enregistrer les rattachements"</button>
                    </form>
                </details>
            })}
            <details open=errors.get(&format!("compte-{id}-mot_de_passe")).is_some()>
                <summary>"Nouveau mot de passe provisoire"</summary>
                <form method="post" action=urls::account_password(id) class="admin-form admin-form--narrow">
                    <Token jeton=jeton.clone()/>
                    <PasswordField id=format!("compte-{id}-mot_de_passe") errors=errors.clone()/>
                    <button type="submit" class="button">"Remplacer le mot de passe"<span class="visually-hidden">{format!(" de {email}")}</span></button>
                </form>
            </details>
            {second_factor.then(|| view! { <RemoveSecondFactor id email=email.clone() jeton=jeton.clone()/> })}
            <form method="post" action=urls::account_toggle(id, disabled)>
                <Token jeton/>
                <button type="submit" class="button button--secondary">
                    {if disabled { "Réactiver" } else { "Désactiver" }}<span class="visually-hidden">{format!(" le compte {email}")}</span>
                </button>
            </form>
        </li>
    }
}

/// For someone who lost both their phone and their recovery codes: the coordination removes the
/// second factor, the person logs in with their password and sets a new one.
#[component]
fn RemoveSecondFactor(id: i64, email: String, jeton: String) -> impl IntoView {
    view! {
        <details>
            <summary>"Double authentification activée"</summary>
            <p>"Si la personne a perdu son téléphone et ses codes de secours : retirez-la. Elle se connectera avec son seul mot de passe, puis pourra en activer une nouvelle. Ses sessions ouvertes seront fermées."</p>
            <form method="post" action=urls::account_second_factor(id)>
                <Token jeton/>
                <button type="submit" class="button button--secondary">
                    "Retirer la double authentification"<span class="visually-hidden">{format!(" de {email}")}</span>
                </button>
            </form>
        </details>
    }
}

/// A password input whose id is unique in the page (one per account), with its message.
#[component]
fn PasswordField(id: String, errors: FieldErrors) -> impl IntoView {
    let error = errors.get(&id).map(str::to_owned);
    let has_error = error.is_some();
    let (hint, message) = (format!("{id}-aide"), format!("{id}-erreur"));
    let described = if has_error { format!("{hint} {message}") } else { hint.clone() };
    view! {
        <div class="field" class:field--error=has_error>
            <label class="field-label" for=id.clone()>"Mot de passe provisoire"</label>
            <p class="field-hint" id=hint>"De 8 à 64 caractères. Les sessions ouvertes de ce compte seront fermées."</p>
            {error.map(|e| view! { <p class="field-message" id=message><span class="visually-hidden">"Erreur : "</span>{e}</p> })}
            <input class="input" type="password" id=id name="mot_de_passe" autocomplete="new-password" required maxlength="64"
                aria-invalid=has_error.then_some("true") aria-describedby=described/>
        </div>
    }
}

/// Accounts and their structures (admins).
#[server(endpoint = "admin/comptes", input = GetUrl)]
pub async fn get_accounts(saved: bool) -> Result<Accounts, AppError> {
    crate::admin::accounts::data::accounts(saved).await
}
