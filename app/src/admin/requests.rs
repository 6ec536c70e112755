//! `/admin/demandes`: the « être rappelé » requests ([`data`]). Coordinators see them all, with who
//! receives them per EPCI and need, and the comité's counts; an editor sees those of their
//! structures. The list names no one: a person's first name and contact are on the request's own
//! page ([`detail`]), whose every opening is written to its history. Posts: [`post`].

#[cfg(feature = "ssr")]
pub mod data;
pub mod detail;
#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::AdminNav;
use crate::admin::page::failure;
use crate::components::form_fields::{ErrorSummary, SelectField, TextField, Token};
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::requests::{Comite, ReceiverRow, RequestRow, Requests};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn RequestsPage() -> impl IntoView {
    let data = get_requests();
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(r) => view! { <RequestsView r/> }.into_any(),
        }
    })
}

#[component]
fn RequestsView(r: Requests) -> impl IntoView {
    let Requests { frame, rows, receivers, epcis, besoins, structures, comite, refused, relais } = r;
    let admin = frame.admin;
    let jeton = frame.jeton.clone();
    let count = rows.len();
    view! {
        <Title text="Demandes de rappel – Espace de gestion – Aiguillage"/>
        <AdminNav frame/>
        <h1>"Demandes de rappel"</h1>
        {(!relais).then(|| view! {
            <p class="notice">"Aucun relais de courriel n’est configuré (AIGUILLAGE_SMTP) : aucun message ne part, les demandes attendent ici."</p>
        })}
        <section aria-labelledby="demandes-titre">
            <h2 id="demandes-titre">{format!("Demandes en cours et récentes ({count})")}</h2>
            {(count == 0).then(|| view! { <p>"Aucune demande."</p> })}
            {(count > 0).then(|| view! { <RequestTable rows/> })}
        </section>
        {admin.then(|| view! {
            <ReceiversSection receivers epcis besoins structures jeton refused/>
        })}
        {comite.map(|c| view! { <ComiteSection c/> })}
    }
}

#[component]
fn RequestTable(rows: Vec<RequestRow>) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="demandes-legende">
        <table>
            <caption id="demandes-legende">"Demandes, les plus récentes d’abord"</caption>
            <thead><tr>
                <th scope="col">"Référence"</th><th scope="col">"Envoyée"</th><th scope="col">"Commune"</th>
                <th scope="col">"Besoin"</th><th scope="col">"Reçue par"</th><th scope="col">"Où en est-elle"</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <td><a href=urls::request(r.id)>{r.reference}</a></td>
                        <td>{r.envoyee}</td><td>{r.commune}</td><td>{r.besoin}</td><td>{r.destinataire}</td>
                        <td>{r.statut}{r.en_retard.then_some(" — en retard")}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

#[component]
fn ReceiversSection(
    receivers: Vec<ReceiverRow>,
    epcis: Vec<(String, String)>,
    besoins: Vec<(String, String)>,
    structures: Vec<(String, String)>,
    jeton: String,
    refused: Option<(Fields, FieldErrors)>,
) -> impl IntoView {
    let (fields, errors) = refused.unwrap_or_default();
    let placeholder = |word: &str, mut options: Vec<(String, String)>| {
        options.insert(0, (String::new(), word.to_owned()));
        options
    };
    view! {
        <section aria-labelledby="destinataires-titre">
            <h2 id="destinataires-titre">"Qui reçoit les demandes"</h2>
            <p>"Sans structure désignée pour une intercommunalité et un besoin, la demande va à la coordination. Une désignation pour « Tous les besoins » sert quand le besoin n’a pas la sienne."</p>
            {(!receivers.is_empty()).then(|| view! {
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="destinataires-legende">
                <table>
                    <caption id="destinataires-legende">"Structures désignées"</caption>
                    <thead><tr>
                        <th scope="col">"Intercommunalité"</th><th scope="col">"Besoin"</th><th scope="col">"Structure"</th>
                        <th scope="col">"Courriel"</th><th scope="col">"Retirer"</th>
                    </tr></thead>
                    <tbody>
                        {receivers.into_iter().map(|r| view! {
                            <tr>
                                <td>{r.epci_nom.clone()}</td><td>{r.besoin_titre.clone()}</td><td>{r.structure}</td>
                                <td>{r.courriel}<span class="visually-hidden">{format!(" (désignée par {})", r.par)}</span></td>
                                <td>
                                    <form method="post" action=urls::REQUEST_RECEIVER_REMOVE>
                                        <Token jeton=jeton.clone()/>
                                        <input type="hidden" name="epci" value=r.epci/>
                                        <input type="hidden" name="besoin" value=r.besoin/>
                                        <button type="submit" class="button button--secondary">
                                            "Retirer"<span class="visually-hidden">{format!(" la désignation {} – {}", r.epci_nom, r.besoin_titre)}</span>
                                        </button>
                                    </form>
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            })}
            <h3>"Désigner une structure"</h3>
            <ErrorSummary errors=errors.clone()/>
            <form method="post" action=urls::REQUEST_RECEIVER_SET class="admin-form">
                <Token jeton/>
                <SelectField name="epci" label="Intercommunalité" options=placeholder("Choisir", epcis) fields=fields.clone() errors=errors.clone() required=true/>
                <SelectField name="besoin" label="Besoin" options=besoins fields=fields.clone() errors=errors.clone() required=true/>
                <SelectField name="structure" label="Structure" options=placeholder("Choisir", structures) fields=fields.clone() errors=errors.clone() required=true/>
                <TextField name="courriel" label="Courriel qui reçoit les demandes" kind="email" fields errors required=true autocomplete="off"/>
                <button type="submit" class="button">"Désigner"</button>
            </form>
        </section>
    }
}

#[component]
fn ComiteSection(c: Comite) -> impl IntoView {
    let Comite { total, prises, injoignables, delai_median, lignes } = c;
    view! {
        <section aria-labelledby="comite-titre">
            <h2 id="comite-titre">"Pour le comité : les douze derniers mois"</h2>
            <p>{format!("{total} demandes, {prises} prises en charge, {injoignables} personnes injoignables. Délai médian avant la première réponse : {delai_median}.")}</p>
            {(!lignes.is_empty()).then(|| view! {
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="comite-legende">
                <table>
                    <caption id="comite-legende">"Demandes par intercommunalité, besoin et mode"</caption>
                    <thead><tr><th scope="col">"Intercommunalité"</th><th scope="col">"Besoin"</th><th scope="col">"Mode"</th><th scope="col">"Demandes"</th></tr></thead>
                    <tbody>
                        {lignes.into_iter().map(|(e, b, m, n)| view! { <tr><td>{e}</td><td>{b}</td><td>{m}</td><td>{n}</td></tr> }).collect_view()}
                    </tbody>
                </table>
                </div>
            })}
        </section>
    }
}

/// The requests this session may see, and for coordinators the designations and counts.
#[server(endpoint = "admin/demandes", input = GetUrl)]
pub async fn get_requests() -> Result<Requests, AppError> {
    data::requests().await
}
