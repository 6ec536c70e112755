//! `/admin/signalements`: what needs a coordinator ([`data`]); a report dealt with is closed by
//! `/admin/signalements/{id}/traiter` ([`post`]).

#[cfg(feature = "ssr")]
pub mod data;
#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::dashboard::EntryList;
use crate::admin::frame::AdminNav;
use crate::admin::page::{failure, timestamp};
use crate::components::form_fields::Token;
use crate::domain::edit::EntityKind;
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::Reports;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/signalements`: what the public reported, and the entries to confirm again.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let data = get_reports();
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(Reports { frame, reports, stale, absent }) => {
                let jeton = frame.jeton.clone();
                let count = reports.len();
                let stale_count = stale.len();
                let absent_count = absent.len();
                view! {
                    <Title text="Signalements et fiches à vérifier – Espace de gestion – Aiguillage"/>
                    <AdminNav frame/>
                    <h1>"Signalements et fiches à vérifier"</h1>
                    <section aria-labelledby="signalements-titre">
                        <h2 id="signalements-titre">{format!("Erreurs signalées par le public ({count})")}</h2>
                        {(count == 0).then(|| view! { <p>"Aucun signalement en attente."</p> })}
                        <ul class="reports">
                            {reports.into_iter().map(|r| view! {
                                <li class="report">
                                    <h3 class="report-title"><a href=urls::entry(EntityKind::Structure, &r.structure_id)>{r.lieu}</a>{format!(" — {}", r.sujet)}</h3>
                                    <p class="report-date">{format!("Reçu le {}", timestamp(&r.at))}</p>
                                    <blockquote>{r.message}</blockquote>
                                    <form method="post" action=urls::close_report(r.id)>
                                        <Token jeton=jeton.clone()/>
                                        <button type="submit" class="button button--secondary">
                                            "Marquer comme traité"<span class="visually-hidden">{format!(" (signalement n° {})", r.id)}</span>
                                        </button>
                                    </form>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                    <section aria-labelledby="absent-titre">
                        <h2 id="absent-titre">{format!("Fiches absentes du dernier fichier de leur source ({absent_count})")}</h2>
                        <p>"Un fichier plus récent de leur source ne les cite plus : le lieu a peut-être fermé, déménagé ou changé de nom. Rien n’a été effacé : vérifiez, puis corrigez ou archivez."</p>
                        <EntryList rows=absent kind=EntityKind::Structure/>
                    </section>
                    <section aria-labelledby="stale-titre">
                        <h2 id="stale-titre">{format!("Fiches non confirmées depuis six mois ({stale_count})")}</h2>
                        <p>"Le public les voit marquées « informations à vérifier ». Appelez la structure, corrigez si besoin, puis confirmez."</p>
                        <EntryList rows=stale kind=EntityKind::Structure/>
                    </section>
                }
                .into_any()
            }
        }
    })
}

/// Error reports and entries to confirm (admins).
#[server(endpoint = "admin/signalements", input = GetUrl)]
pub async fn get_reports() -> Result<Reports, AppError> {
    crate::admin::reports::data::reports().await
}
