//! Generic form pieces rendered from the flow's data: adding a question needs no new component.

use crate::domain::flow::Question;
use crate::i18n::{langue, t, tr};
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
    let l = langue();
    view! {
        <fieldset class="radios" class:field--error=has_error aria-describedby=described>
            <legend class="field-label">{question.titre_in(l).to_owned()}</legend>
            {question.multiple.then(|| view! { <p class="field-hint" id=hint_id.clone()>{t("plusieurs-reponses")}</p> })}
            {error.map(|e| view! {
                <p class="field-message" id=error_id.clone()>
                    <span class="visually-hidden">{t("erreur-prefixe")}" "</span>
                    {e}
                </p>
            })}
            {question.reponses.iter().map(|answer| {
                let checked = selected.contains(&answer.id);
                view! { <Choice kind name=question.id.clone() value=answer.id.clone() label=answer.libelle_in(l).to_owned() checked/> }
            }).collect_view()}
        </fieldset>
    }
}

/// « Étape 2 sur 4 » above the step's heading.
#[component]
pub fn StepHeading(number: (usize, usize), title: String) -> impl IntoView {
    view! {
        <p class="step-indicator">
            {tr("etape", &[("numero", number.0.into()), ("total", number.1.into())])}
            <crate::components::listen_button::ListenButton/>
        </p>
        <h1 tabindex="-1">{title}</h1>
    }
}

/// One radio button or checkbox with its label, and a hint under the label if any. Its id is
/// `name-value`, unique in a page.
#[component]
pub fn Choice(
    kind: &'static str,
    name: String,
    value: String,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] checked: bool,
    #[prop(optional)] autofocus: bool,
) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="radio">
            <input type=kind name=name id=id.clone() value=value checked=checked autofocus=autofocus/>
            <label for=id>
                {label}
                {hint.map(|h| view! { <span class="radio-hint">{h}</span> })}
            </label>
        </div>
    }
}

/// The needs of the flow as radio buttons; `autofocus` puts the focus on the first one.
#[component]
pub fn NeedChoices(legend: String, error: Option<String>, #[prop(optional)] autofocus: bool) -> impl IntoView {
    let has_error = error.is_some();
    let l = langue();
    view! {
        <fieldset class="radios" class:field--error=has_error aria-describedby=has_error.then_some("besoin-erreur")>
            <legend class="field-label">{legend}</legend>
            {error.map(|e| view! {
                <p class="field-message" id="besoin-erreur"><span class="visually-hidden">{t("erreur-prefixe")}" "</span>{e}</p>
            })}
            {crate::domain::flow::Flow::shipped().besoins.iter().enumerate().map(|(i, need)| view! {
                <Choice
                    kind="radio"
                    name="besoin".to_owned()
                    value=need.id.clone()
                    label=need.titre_in(l).to_owned()
                    hint=need.exemples_in(l).to_owned()
                    autofocus=autofocus && i == 0
                />
            }).collect_view()}
        </fieldset>
    }
}
