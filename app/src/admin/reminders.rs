//! `/admin/rappels`: the structures to remind (an entry not confirmed for six months, or an error
//! report waiting), each with its reasons and its « tout est juste » link ([`data`]). With an SMTP
//! relay configured, a form sends the checked ones ([`post`]); without one, each row is a
//! ready `mailto:` link that opens the same message in the coordinator's own mail program.

#[cfg(feature = "ssr")]
pub mod data;
#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::AdminNav;
use crate::admin::page::{failure, timestamp};
use crate::components::form_fields::Token;
use crate::domain::edit::EntityKind;
use crate::error::AppError;
use crate::pages::query_pairs;
use crate::routes::admin as urls;
use crate::view::follow_up::{ReminderRow, Reminders};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn RemindersPage() -> impl IntoView {
    let data = get_reminders(query_pairs());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(Reminders { frame, relais, rows, resultat }) => {
                let jeton = frame.jeton.clone();
                let count = rows.len();
                view! {
                    <Title text="Rappels aux structures – Espace de gestion – Aiguillage"/>
                    <AdminNav frame/>
                    <h1>"Rappels aux structures"</h1>
                    <div role="status" class="notice-slot">
                        {resultat.map(|r| view! { <p class="notice notice--ok">{r}</p> })}
                    </div>
                    <p>{format!("{count} structures ont une fiche à confirmer ou une erreur signalée. Chacune reçoit la liste de ce que l’annuaire dit d’elle et un lien « tout est juste », valable 30 jours, qui confirme sa fiche sans compte ni mot de passe.")}</p>
                    {if relais {
                        view! {
                            <form method="post" action=urls::REMINDERS>
                                <Token jeton/>
                                <ReminderTable rows with_boxes=true/>
                                <button type="submit" class="button">"Envoyer les rappels cochés"</button>
                            </form>
                        }.into_any()
                    } else {
                        view! {
                            <p class="hint">"Aucun relais de courriel n’est configuré sur le serveur (AIGUILLAGE_SMTP) : chaque lien « Écrire » ouvre le message prêt dans votre messagerie."</p>
                            <ReminderTable rows with_boxes=false/>
                        }.into_any()
                    }}
                }
                .into_any()
            }
        }
    })
}

#[component]
fn ReminderTable(rows: Vec<ReminderRow>, with_boxes: bool) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="rappels-legende">
            <table>
                <caption id="rappels-legende">"Structures à qui demander de confirmer leur fiche"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Structure"</th>
                        <th scope="col">"Pourquoi"</th>
                        <th scope="col">"Contact"</th>
                        <th scope="col">"Dernier rappel"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let box_id = format!("rappel-{}", r.structure_id);
                        let contact = match (&r.courriel, &r.mailto, &r.telephone) {
                            (Some(c), Some(m), _) => view! { <a href=m.clone()>{format!("Écrire à {c}")}</a> }.into_any(),
                            (Some(c), None, _) => view! { <span>{c.clone()}</span> }.into_any(),
                            (None, _, Some(t)) => view! { <span>{format!("Pas d’adresse électronique : appeler le {t}")}</span> }.into_any(),
                            (None, _, None) => view! { <span>"Aucun contact connu"</span> }.into_any(),
                        };
                        view! {
                            <tr>
                                <th scope="row">
                                    {if with_boxes && r.courriel.is_some() {
                                        view! {
                                            <input type="checkbox" name="structure" value=r.structure_id.clone() id=box_id.clone() checked=r.coche/>
                                            " "<label for=box_id>{r.nom.clone()}</label>
                                        }.into_any()
                                    } else {
                                        view! { <span>{r.nom.clone()}</span> }.into_any()
                                    }}
                                    " "<a href=urls::entry(EntityKind::Structure, &r.structure_id)>"(fiche)"<span class="visually-hidden">{format!(" de {}", r.nom)}</span></a>
                                </th>
                                <td>{r.raisons}</td>
                                <td>{contact}</td>
                                <td>{r.dernier_rappel.as_deref().map_or_else(|| "Jamais".to_owned(), timestamp)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The structures to remind (admins). `envoyes`/`echecs` come back in the URL after a send.
#[server(endpoint = "admin/rappels", input = GetUrl)]
pub async fn get_reminders(pairs: Vec<(String, String)>) -> Result<Reminders, AppError> {
    data::reminders(&pairs).await
}
