//! `/admin`: the back-office home: what waits for a coordinator, then the structures this account
//! may edit ([`data`]).

#[cfg(feature = "ssr")]
pub mod data;

use crate::admin::frame::AdminNav;
use crate::admin::page::failure;
use crate::domain::edit::EntityKind;
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::{Dashboard, EntryRow, Todo};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin`: the structures this account keeps up to date.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let data = get_dashboard();
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(Dashboard { frame, structures, a_faire }) => {
                let admin = frame.admin;
                view! {
                    <Title text="Mes fiches – Espace de gestion – Aiguillage"/>
                    <AdminNav frame/>
                    <h1>"Mes fiches"</h1>
                    {a_faire.map(|todo| view! { <TodoList todo/> })}
                    {admin.then(|| view! {
                        <p><a class="button" href=urls::new_entry(EntityKind::Structure)>"Ajouter une structure"</a></p>
                    })}
                    {if structures.is_empty() {
                        view! { <p>"Aucune structure n’est rattachée à votre compte. Demandez à la coordination de vous en rattacher une."</p> }.into_any()
                    } else {
                        view! { <EntryList rows=structures kind=EntityKind::Structure/> }.into_any()
                    }}
                }
                .into_any()
            }
        }
    })
}

/// What waits for a coordinator, each line a count and the page that deals with it.
#[component]
fn TodoList(todo: Todo) -> impl IntoView {
    let Todo { signalements, a_verifier, absentes, prioritaires, demandes_en_retard } = todo;
    let lines = [
        (
            demandes_en_retard,
            "demande de rappel sans réponse depuis quatre jours",
            "demandes de rappel sans réponse depuis quatre jours",
            format!("{}#demandes-titre", crate::routes::admin::REQUESTS),
        ),
        (signalements, "erreur signalée par le public", "erreurs signalées par le public", format!("{}#signalements-titre", urls::REPORTS)),
        (
            absentes,
            "fiche absente du dernier fichier de sa source",
            "fiches absentes du dernier fichier de leur source",
            format!("{}#absent-titre", urls::REPORTS),
        ),
        (
            a_verifier,
            "fiche non confirmée depuis six mois",
            "fiches non confirmées depuis six mois",
            format!("{}#stale-titre", urls::REPORTS),
        ),
        (
            prioritaires,
            "commune prioritaire (fragile, un besoin sans aide locale)",
            "communes prioritaires (fragiles, un besoin sans aide locale)",
            format!("{}#prioritaires-titre", urls::INDICATORS),
        ),
    ];
    view! {
        <section class="todo" aria-labelledby="a-faire-titre">
            <h2 id="a-faire-titre">"À faire"</h2>
            <ul>
                {lines.into_iter().map(|(n, one, many, href)| view! {
                    <li><a href=href>{format!("{n} {}", if n == 1 { one } else { many })}</a></li>
                }).collect_view()}
                <li><a href=urls::REMINDERS>"Demander aux structures de confirmer leur fiche (rappels)"</a></li>
            </ul>
        </section>
    }
}

/// Entries as links, with their state in words (not in colour only).
#[component]
pub fn EntryList(rows: Vec<EntryRow>, kind: EntityKind) -> impl IntoView {
    view! {
        <ul class="entry-list">
            {rows.into_iter().map(|r| view! {
                <li>
                    <a href=urls::entry(kind, &r.id)>{r.nom}</a>
                    {(!r.detail.is_empty()).then(|| format!(" — {}", r.detail))}
                    {r.archived.then(|| view! { " " <span class="badge">"Archivée"</span> })}
                    {(r.a_verifier && !r.archived).then(|| view! { " " <span class="badge badge--warn">"À vérifier"</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// The back-office home: the structures this account may edit.
#[server(endpoint = "admin/tableau", input = GetUrl)]
pub async fn get_dashboard() -> Result<Dashboard, AppError> {
    crate::admin::dashboard::data::dashboard().await
}
