//! `/parcours`: the steps of the journey, each a server-rendered GET form whose answers travel in the
//! query string (shareable, bookmarkable, works with the back button and without JavaScript).

use crate::components::commune_combobox::CommuneCombobox;
use crate::components::problem::ProblemPage;
use crate::domain::commune_search::{CommuneHit, CommuneLookup};
use crate::domain::parcours_query::{parcours_url, ParcoursQuery};
use crate::error::AppError;
use crate::server_fns::communes::find_commune;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ParcoursPage() -> impl IntoView {
    let params = use_query_map().get_untracked();
    let raw_len = (&params).into_iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    match ParcoursQuery::parse(raw_len, (&params).into_iter().map(|(k, v)| (k.as_ref(), v))) {
        Err(e) => view! { <ProblemPage error=AppError::BadRequest(e.to_string())/> }.into_any(),
        Ok(query) => view! { <CommuneStep query/> }.into_any(),
    }
}

/// Hidden fields carrying the answers already given, so that each form submits the whole journey.
#[component]
fn ContextFields(query: ParcoursQuery) -> impl IntoView {
    query
        .context_pairs()
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view()
}

#[component]
fn CommuneStep(query: ParcoursQuery) -> impl IntoView {
    let lookup = find_commune(query.texte.clone(), query.commune.as_ref().map(|c| c.to_string()));
    // A bare Suspend, not <Suspense>: pages render on the server only (islands), and in Async mode the
    // renderer awaits it directly. <Suspense>'s effect-based wake-up can lose a notification under
    // load and leave the response hanging (leptos issues 4851, 4673), which a bare Suspend avoids.
    Suspend::new(async move {
        match lookup.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(CommuneLookup::Empty) => view! { <CommuneForm query texte=String::new() erreur=None/> }.into_any(),
            Ok(CommuneLookup::Problem { texte, message }) => view! { <CommuneForm query texte erreur=Some(message)/> }.into_any(),
            Ok(CommuneLookup::Choose { texte, options }) => view! { <ChooseCommune query texte options/> }.into_any(),
            Ok(CommuneLookup::Found(hit)) => view! { <CommuneChosen query hit/> }.into_any(),
            Ok(CommuneLookup::UnknownCode(code)) => {
                let error = AppError::BadRequest(format!("Le code « {code} » ne correspond à aucune commune de l’Ain."));
                view! { <ProblemPage error/> }.into_any()
            }
        }
    })
}

const COMMUNE_QUESTION: &str = "Dans quelle commune habitez-vous ?";

/// The commune question: text input (combobox once hydrated) and a submit button.
#[component]
fn CommuneForm(query: ParcoursQuery, texte: String, erreur: Option<String>) -> impl IntoView {
    let title = match &erreur {
        Some(_) => format!("Erreur : {COMMUNE_QUESTION} – Aiguillage"),
        None => format!("{COMMUNE_QUESTION} – Aiguillage"),
    };
    view! {
        <Title text=title/>
        <h1>{COMMUNE_QUESTION}</h1>
        <p>"Nous cherchons l’aide la plus proche, dans votre intercommunalité."</p>
        <form method="get" action="/parcours" class="step-form">
            <ContextFields query/>
            <CommuneCombobox texte erreur/>
            <button type="submit" class="button">"Continuer"</button>
        </form>
    }
}

/// Several communes fit what was typed: the person picks theirs (radio buttons, no script needed).
#[component]
fn ChooseCommune(query: ParcoursQuery, texte: String, options: Vec<CommuneHit>) -> impl IntoView {
    // Submitted without a choice: say so next to the list.
    let missing = query.choix;
    let back = parcours_url(&query.context_pairs());
    let legend = format!("Plusieurs communes correspondent à « {texte} ». Laquelle est la vôtre ?");
    let title = if missing { format!("Erreur : {COMMUNE_QUESTION} – Aiguillage") } else { format!("{COMMUNE_QUESTION} – Aiguillage") };
    view! {
        <Title text=title/>
        <h1>{COMMUNE_QUESTION}</h1>
        <form method="get" action="/parcours" class="step-form">
            <ContextFields query/>
            <input type="hidden" name="q" value=texte/>
            <input type="hidden" name="choix" value="1"/>
            <fieldset class="radios" aria-describedby=missing.then_some("choix-erreur")>
                <legend class="field-label">{legend}</legend>
                {missing.then(|| view! {
                    <p class="field-message" id="choix-erreur">
                        <span class="visually-hidden">"Erreur : "</span>
                        "Choisissez votre commune dans la liste."
                    </p>
                })}
                {options.into_iter().map(|hit| {
                    let id = format!("commune-{}", hit.code_insee);
                    view! {
                        <div class="radio">
                            <input type="radio" name="commune" id=id.clone() value=hit.code_insee.clone()/>
                            <label for=id>
                                {hit.label()}
                                <span class="radio-hint">{hit.epci_nom.clone()}</span>
                            </label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">"Continuer"</button>
        </form>
        <p><a href=back>"Chercher une autre commune"</a></p>
    }
}

/// The commune is known: show it with its EPCI, which is where the person will be directed.
#[component]
fn CommuneChosen(query: ParcoursQuery, hit: CommuneHit) -> impl IntoView {
    let change = parcours_url(&query.context_pairs());
    view! {
        <Title text=format!("{} – Votre commune – Aiguillage", hit.nom)/>
        <h1>{format!("Votre commune : {}", hit.nom)}</h1>
        <dl class="summary">
            <dt>"Commune"</dt>
            <dd>{hit.label()}</dd>
            <dt>"Intercommunalité"</dt>
            <dd>{hit.epci_nom.clone()}</dd>
        </dl>
        <p>"Nous cherchons d’abord l’aide dans cette intercommunalité."</p>
        <p><a href=change>"Changer de commune"</a></p>
    }
}
