//! `/admin`: the back-office home, the structures this account may edit ([`data`]).

#[cfg(feature = "ssr")]
pub mod data;

use crate::admin::frame::AdminNav;
use crate::admin::page::failure;
use crate::admin::urls::{self, EntityKind};
use crate::admin::views::{Dashboard, EntryRow};
use crate::error::AppError;
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
            Ok(Dashboard { frame, structures, a_verifier }) => {
                let admin = frame.admin;
                view! {
                    <Title text="Mes fiches – Espace de gestion – Aiguillage"/>
                    <AdminNav frame/>
                    <h1>"Mes fiches"</h1>
                    {admin.then(|| view! {
                        <p>
                            {format!("{a_verifier} fiches publiques n’ont pas été confirmées depuis six mois. ")}
                            <a href=urls::INBOX>"Voir les fiches à vérifier"</a>
                        </p>
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
