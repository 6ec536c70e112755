//! `/admin/historique/{kind}/{id}`: an entry's audit log ([`data`]), each version restorable
//! (`/admin/revisions/{id}/restaurer`, [`post`]).

#[cfg(feature = "ssr")]
pub mod data;
#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::AdminNav;
use crate::admin::page::{failure, param, timestamp};
use crate::components::form_fields::Token;
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::History;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/historique/{type}/{id}`: every change of an entry, and a way back to any version.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let data = get_history(param("kind"), param("id"));
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(History { frame, nom, edit_url, revisions, .. }) => {
                let jeton = frame.jeton.clone();
                view! {
                    <Title text=format!("Historique : {nom} – Espace de gestion – Aiguillage")/>
                    <AdminNav frame/>
                    <p class="breadcrumb"><a href=crate::routes::admin::HOME>"Mes fiches"</a>" › "<a href=edit_url>{nom.clone()}</a>" › Historique"</p>
                    <h1>{format!("Historique : {nom}")}</h1>
                    <p>"Du plus récent au plus ancien. « Revenir à cette version » remet la fiche dans l’état qui suivait cette modification ; ce retour est lui-même enregistré."</p>
                    <ol class="history" reversed>
                        {revisions.into_iter().map(|r| view! {
                            <li class="history-entry">
                                <h2 class="history-title">{format!("{} — {}", r.action, timestamp(&r.at))}</h2>
                                <p>{format!("Par {} (version n° {})", r.author, r.id)}</p>
                                {if r.changes.is_empty() {
                                    view! { <p>"Aucun champ modifié."</p> }.into_any()
                                } else {
                                    view! {
                                        <table class="changes">
                                            <caption class="visually-hidden">{format!("Modifications de la version n° {}", r.id)}</caption>
                                            <thead><tr><th scope="col">"Champ"</th><th scope="col">"Avant"</th><th scope="col">"Après"</th></tr></thead>
                                            <tbody>
                                                {r.changes.into_iter().map(|c| view! {
                                                    <tr><th scope="row">{c.champ}</th><td>{c.avant}</td><td>{c.apres}</td></tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    }.into_any()
                                }}
                                <form method="post" action=urls::restore_revision(r.id)>
                                    <Token jeton=jeton.clone()/>
                                    <button type="submit" class="button button--secondary">
                                        "Revenir à cette version"<span class="visually-hidden">{format!(" (n° {})", r.id)}</span>
                                    </button>
                                </form>
                            </li>
                        }).collect_view()}
                    </ol>
                }
                .into_any()
            }
        }
    })
}

/// The audit log of one entry (admins).
#[server(endpoint = "admin/historique", input = GetUrl)]
pub async fn get_history(kind: String, id: String) -> Result<History, AppError> {
    crate::admin::history::data::history(kind, id).await
}
