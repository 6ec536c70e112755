//! `/admin/imports`: a file tried, then applied or undone ([`data`], [`post`]).

#[cfg(feature = "ssr")]
pub mod data;
#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, query, timestamp};
use crate::components::form_fields::Token;
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::{ImportRow, ImportsView, Trial};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/imports` (admins): send a file of places, read what importing it would do, apply it; undo
/// an import applied. Works without JavaScript: plain forms, post/redirect/get.
#[component]
pub fn ImportsPage() -> impl IntoView {
    let data = get_imports(query("essai"), query("erreur"));
    let saved = query("applique").is_some() || query("annule").is_some();
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(ImportsView { frame, trial, error, imports }) => {
                let jeton = frame.jeton.clone();
                view! {
                    <Title text="Importer des lieux – Espace de gestion – Aiguillage"/>
                    <AdminNav frame/>
                    <h1>"Importer des lieux"</h1>
                    <SavedNotice saved/>
                    {error.map(|e| view! { <div class="error-summary" role="alert"><p>{e}</p></div> })}
                    {trial.map(|t| view! { <TrialReport trial=t jeton=jeton.clone()/> })}
                    <UploadForm jeton=jeton.clone()/>
                    <ImportList imports jeton/>
                }
                .into_any()
            }
        }
    })
}

#[component]
fn UploadForm(jeton: String) -> impl IntoView {
    view! {
        <section aria-labelledby="envoi-titre">
            <h2 id="envoi-titre">"Envoyer un fichier"</h2>
            <p>"Formats reconnus : Schéma des lieux de médiation numérique (CSV ou JSON), liste France Services de l’ANCT, structures Aidants Connect, annuaire de l’administration. Rien n’est écrit avant que vous ayez lu le rapport et cliqué sur « Appliquer »."</p>
            <form method="post" action=urls::IMPORT_TRIAL enctype="multipart/form-data" class="admin-form">
                <Token jeton/>
                <div class="field">
                    <label class="field-label" for="fichier">"Fichier (CSV ou JSON, 10 Mo au plus)"</label>
                    <input id="fichier" name="fichier" type="file" accept=".csv,.json,text/csv,application/json" required/>
                </div>
                <div class="field">
                    <label class="field-label" for="date">"Date des données (facultatif)"</label>
                    <p class="field-hint" id="date-aide">"Sinon, la date écrite dans le nom du fichier (liste-fs-20240801.csv), ou aujourd’hui."</p>
                    <input id="date" name="date" type="date" aria-describedby="date-aide"/>
                </div>
                <button type="submit" class="button">"Essayer l’import"</button>
            </form>
        </section>
    }
}

#[component]
fn TrialReport(trial: Trial, jeton: String) -> impl IntoView {
    let Trial { token, fichier, report, refused, changes_nothing } = trial;
    view! {
        <section aria-labelledby="essai-titre" class="import-trial">
            <h2 id="essai-titre">{format!("Essai : {fichier}")}</h2>
            <pre class="import-report" tabindex="0">{report}</pre>
            {(!changes_nothing).then(|| view! {
                <form method="post" action=urls::import_apply(&token)>
                    <Token jeton/>
                    {refused.then(|| view! {
                        <div class="radio">
                            <input id="sans_les_refus" name="sans_les_refus" type="checkbox" value="oui"/>
                            <label for="sans_les_refus">"Appliquer sans les lignes refusées"</label>
                        </div>
                    })}
                    <button type="submit" class="button">"Appliquer cet import"</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn ImportList(imports: Vec<ImportRow>, jeton: String) -> impl IntoView {
    let count = imports.len();
    view! {
        <section aria-labelledby="historique-titre">
            <h2 id="historique-titre">{format!("Imports appliqués ({count})")}</h2>
            {(count == 0).then(|| view! { <p>"Aucun import pour l’instant."</p> })}
            <ul class="imports">
                {imports.into_iter().map(|i| view! {
                    <li>
                        <p><strong>{format!("n° {} — {}", i.id, i.fichier)}</strong>{format!(" ({}), le {} par {}", i.format, timestamp(&i.at), i.author)}</p>
                        <p>{i.resume}</p>
                        {match i.undone {
                            Some(at) => view! { <p>{format!("Annulé le {}.", timestamp(&at))}</p> }.into_any(),
                            None => view! {
                                <form method="post" action=urls::import_undo(i.id)>
                                    <Token jeton=jeton.clone()/>
                                    <button type="submit" class="button button--secondary">
                                        "Annuler cet import"<span class="visually-hidden">{format!(" (n° {})", i.id)}</span>
                                    </button>
                                </form>
                            }.into_any(),
                        }}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The import page: the dry run of an uploaded file (`essai`), an error to show, the imports applied (admins).
#[server(endpoint = "admin/imports", input = GetUrl)]
pub async fn get_imports(essai: Option<String>, erreur: Option<String>) -> Result<ImportsView, AppError> {
    crate::admin::imports::data::imports(essai, erreur).await
}
