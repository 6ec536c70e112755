//! `/admin/propositions`: what the field proposed (« Proposer un lieu », « C'est ma structure »),
//! waiting ones first, for the coordinators; one proposal and its decisions: [`detail`], posted to
//! [`post`]. Nothing proposed is in the directory before a coordinator accepts it.

pub mod detail;
#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::AdminNav;
use crate::admin::page::failure;
use crate::error::AppError;
use crate::view::admin::Frame;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

use crate::routes::admin as urls;
use crate::view::follow_up::ProposalRow;

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let data = get_proposals();
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok((frame, rows)) => view! { <ProposalsView frame rows/> }.into_any(),
        }
    })
}

#[component]
fn ProposalsView(frame: Frame, rows: Vec<ProposalRow>) -> impl IntoView {
    let count = rows.len();
    view! {
        <Title text="Propositions – Espace de gestion – Aiguillage"/>
        <AdminNav frame/>
        <h1>"Propositions"</h1>
        <p>"Ce que les structures et les habitants proposent depuis « Proposer un lieu » et « C’est ma structure ». Rien n’est publié avant votre décision ; chaque décision est envoyée au proposant avec vos mots."</p>
        {(count == 0).then(|| view! { <p>"Aucune proposition."</p> })}
        {(count > 0).then(|| view! {
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="propositions-legende">
            <table>
                <caption id="propositions-legende">{format!("Propositions ({count}), celles qui attendent d’abord")}</caption>
                <thead><tr>
                    <th scope="col">"Reçue"</th><th scope="col">"Genre"</th><th scope="col">"Lieu"</th>
                    <th scope="col">"Commune"</th><th scope="col">"Où en est-elle"</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <td>{r.recue}</td><td>{r.genre}</td><td><a href=urls::proposal(r.id)>{r.nom}</a></td>
                            <td>{r.commune}</td><td>{r.statut}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        })}
    }
}

/// Every proposal, for coordinators.
#[server(endpoint = "admin/propositions", input = GetUrl)]
pub async fn get_proposals() -> Result<(Frame, Vec<ProposalRow>), AppError> {
    use crate::ssr::proposals::{commune_name, name};
    let (services, session) = crate::admin::session::session().await?;
    if session.account.role != crate::ssr::repo::backoffice::Role::Admin {
        return Err(AppError::Forbidden);
    }
    let rows = services
        .repo
        .proposals()
        .await?
        .iter()
        .map(|p| ProposalRow {
            id: p.id,
            recue: crate::ssr::callback_view::french_moment(p.created_at),
            genre: p.genre().label().to_owned(),
            nom: name(&services, p),
            commune: commune_name(&services, p),
            statut: p.status.label().to_owned(),
        })
        .collect();
    Ok((crate::admin::session::frame(&services, &session).await?, rows))
}
