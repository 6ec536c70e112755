//! Generic form pieces rendered from the flow's data: adding a question needs no new component.

use crate::domain::flow::Question;
use leptos::prelude::*;

/// Hidden inputs carrying the answers already given, so each form submits the whole journey.
#[component]
pub fn HiddenFields(pairs: Vec<(String, String)>) -> impl IntoView {
    pairs.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value/> }).collect_view()
}

/// One question as a fieldset: radio buttons, or checkboxes when several answers are allowed.
#[component]
pub fn QuestionFieldset(question: Question, selected: Vec<String>, error: Option<String>) -> impl IntoView {
    let kind = if question.multiple { "checkbox" } else { "radio" };
    let error_id = format!("{}-erreur", question.id);
    let hint_id = format!("{}-aide", question.id);
    let described = match (&error, question.multiple) {
        (Some(_), true) => Some(format!("{hint_id} {error_id}")),
        (Some(_), false) => Some(error_id.clone()),
        (None, true) => Some(hint_id.clone()),
        (None, false) => None,
    };
    let has_error = error.is_some();
    view! {
        <fieldset class="radios" class:field--error=has_error aria-describedby=described>
            <legend class="field-label">{question.titre.clone()}</legend>
            {question.multiple.then(|| view! { <p class="field-hint" id=hint_id.clone()>"Cochez tout ce qui vous concerne, ou rien."</p> })}
            {error.map(|e| view! {
                <p class="field-message" id=error_id.clone()>
                    <span class="visually-hidden">"Erreur : "</span>
                    {e}
                </p>
            })}
            {question.reponses.iter().map(|answer| {
                let id = format!("{}-{}", question.id, answer.id);
                let checked = selected.contains(&answer.id);
                view! {
                    <div class="radio">
                        <input type=kind name=question.id.clone() id=id.clone() value=answer.id.clone() checked=checked/>
                        <label for=id>{answer.libelle.clone()}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// « Étape 2 sur 4 » above the step's heading.
#[component]
pub fn StepHeading(number: (usize, usize), title: String) -> impl IntoView {
    view! {
        <p class="step-indicator">{format!("Étape {} sur {}", number.0, number.1)}</p>
        <h1>{title}</h1>
    }
}
