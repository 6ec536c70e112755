//! Labelled form fields (the back-office's, « Proposer un lieu », the indicators' filters), each
//! with its label, hint and error message tied by `aria-describedby` (the DSFR input-group pattern).
//! They render the submitted values back, so a refused form comes back exactly as typed.

use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::hours_form::DAYS;
use leptos::prelude::*;

fn described(hint: Option<&str>, error: Option<&str>, id: &str) -> Option<String> {
    let ids: Vec<String> = [hint.map(|_| format!("{id}-aide")), error.map(|_| format!("{id}-erreur"))].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn message(id: &str, error: Option<String>) -> impl IntoView {
    error.map(|e| {
        view! {
            <p class="field-message" id=format!("{id}-erreur")><span class="visually-hidden">{format!("{} ", crate::i18n::t("erreur-prefixe"))}</span>{e}</p>
        }
    })
}

/// Label, hint and error message around one control (`name` is its id); the control points at the
/// hint and the message with `described(…)`.
#[component]
fn FieldFrame(
    name: &'static str,
    #[prop(into)] label: String,
    hint: Option<String>,
    error: Option<String>,
    required: bool,
    children: Children,
) -> impl IntoView {
    let has_error = error.is_some();
    view! {
        <div class="field" class:field--error=has_error>
            <label class="field-label" for=name>{label}{(!required).then(|| format!(" ({})", crate::i18n::t("champ-facultatif")))}</label>
            {hint.map(|h| view! { <p class="field-hint" id=format!("{name}-aide")>{h}</p> })}
            {message(name, error)}
            {children()}
        </div>
    }
}

/// A one-line text input (or date, time, e-mail, password…).
#[component]
pub fn TextField(
    name: &'static str,
    #[prop(into)] label: String,
    fields: Fields,
    errors: FieldErrors,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let error = errors.get(name).map(str::to_owned);
    let has_error = error.is_some();
    let value = fields.get(name).to_owned();
    view! {
        <FieldFrame name label hint=hint.clone() error=error.clone() required>
            <input
                class="input"
                type=kind
                id=name
                name=name
                value=value
                required=required
                autocomplete=autocomplete
                maxlength=maxlength
                aria-invalid=has_error.then_some("true")
                aria-describedby=described(hint.as_deref(), error.as_deref(), name)
            />
        </FieldFrame>
    }
}

/// A drop-down list for one field; `options` are (value, label), the current value selected.
#[component]
pub fn SelectField(
    name: &'static str,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    fields: Fields,
    errors: FieldErrors,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let error = errors.get(name).map(str::to_owned);
    let has_error = error.is_some();
    let current = fields.get(name).to_owned();
    view! {
        <FieldFrame name label hint=None error=error.clone() required>
            <select class="input" id=name name=name required=required aria-invalid=has_error.then_some("true") aria-describedby=described(None, error.as_deref(), name)>
                {options.into_iter().map(|(value, text)| {
                    let selected = value == current;
                    view! { <option value=value selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </FieldFrame>
    }
}

#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into)] label: String,
    fields: Fields,
    errors: FieldErrors,
    #[prop(default = None)] hint: Option<String>,
    maxlength: usize,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let error = errors.get(name).map(str::to_owned);
    let has_error = error.is_some();
    // Server-rendered only (the back-office has no islands): text children are safe here.
    let value = fields.get(name).to_owned();
    view! {
        <FieldFrame name label hint=hint.clone() error=error.clone() required>
            <textarea class="input textarea" id=name name=name rows="4" maxlength=maxlength required=required
                aria-invalid=has_error.then_some("true") aria-describedby=described(hint.as_deref(), error.as_deref(), name)>{value}</textarea>
        </FieldFrame>
    }
}

/// Checkboxes (`multiple`) or radio buttons for one field; `options` are (value, label).
#[component]
pub fn ChoiceGroup(
    name: &'static str,
    #[prop(into)] legend: String,
    options: Vec<(String, String)>,
    fields: Fields,
    errors: FieldErrors,
    #[prop(optional)] multiple: bool,
    #[prop(optional)] hint: Option<&'static str>,
    /// Keeps ids unique when the same field appears several times in a page (one form per account).
    #[prop(optional)]
    id_prefix: String,
) -> impl IntoView {
    let error = errors.get(name).map(str::to_owned);
    let has_error = error.is_some();
    let kind = if multiple { "checkbox" } else { "radio" };
    let group_id = format!("{id_prefix}{name}");
    let describedby = described(hint, error.as_deref(), &group_id);
    view! {
        <fieldset id=group_id.clone() class="radios radios--compact" class:field--error=has_error aria-describedby=describedby>
            <legend class="field-label">{legend}</legend>
            {hint.map(|h| view! { <p class="field-hint" id=format!("{group_id}-aide")>{h}</p> })}
            {message(&group_id, error.clone())}
            {options.into_iter().enumerate().map(|(i, (value, label))| {
                let id = format!("{group_id}-{i}");
                let checked = fields.has(name, &value);
                view! {
                    <div class="radio">
                        <input type=kind name=name id=id.clone() value=value checked=checked/>
                        <label for=id>{label}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The options of a standard enumeration: the standard's label is sent, the plain words are shown.
pub fn standard_options<T: Copy>(all: &[T], label: fn(T) -> &'static str, plain: fn(T) -> &'static str) -> Vec<(String, String)> {
    all.iter()
        .map(|v| {
            let (l, p) = (label(*v), plain(*v));
            (l.to_owned(), if l == p { l.to_owned() } else { format!("{p} ({l})") })
        })
        .collect()
}

/// The week of opening hours: for each day, up to two ranges; or the OSM text for richer rules.
#[component]
pub fn HoursFields(fields: Fields, errors: FieldErrors, #[prop(optional)] hint: Option<&'static str>) -> impl IntoView {
    let error = errors.get("horaires").map(str::to_owned);
    let has_error = error.is_some();
    let texte = fields.get("horaires_texte").to_owned();
    let describedby = described(Some("aide"), error.as_deref(), "horaires");
    view! {
        <fieldset id="horaires" class="hours" class:field--error=has_error aria-describedby=describedby>
            <legend class="field-label">"Horaires d’ouverture"</legend>
            <p class="field-hint" id="horaires-aide">
                {hint.unwrap_or("Pour chaque jour, une ou deux plages (matin, après-midi). Laissez vide les jours de fermeture.")}
            </p>
            {message("horaires", error)}
            {DAYS.iter().enumerate().map(|(d, (_, day))| view! {
                <fieldset class="hours-day">
                    <legend>{*day}</legend>
                    {(0..2).map(|k| {
                        let plage = if k == 0 { "1re plage" } else { "2e plage" };
                        let (start, end) = (format!("h-{d}-{k}-debut"), format!("h-{d}-{k}-fin"));
                        view! {
                            <span class="hours-range">
                                <label for=start.clone()>{format!("{plage}, de")}<span class="visually-hidden">{format!(" ({day})")}</span></label>
                                <input class="input input--time" type="time" id=start.clone() name=start.clone() value=fields.get(&start).to_owned()/>
                                <label for=end.clone()>"à"<span class="visually-hidden">{format!(" ({day}, {plage})")}</span></label>
                                <input class="input input--time" type="time" id=end.clone() name=end.clone() value=fields.get(&end).to_owned()/>
                            </span>
                        }
                    }).collect_view()}
                </fieldset>
            }).collect_view()}
            <div class="field">
                <label class="field-label" for="horaires_texte">"Ou, pour des règles plus riches (jours fériés, semaines paires…), le texte au format OpenStreetMap (facultatif)"</label>
                <input class="input" type="text" id="horaires_texte" name="horaires_texte" value=texte maxlength="500" placeholder="Mo-Fr 09:00-12:00; PH off"/>
            </div>
        </fieldset>
    }
}

/// The hidden token every back-office form sends back (checked against cross-site requests).
#[component]
pub fn Token(jeton: String) -> impl IntoView {
    view! { <input type="hidden" name="jeton" value=jeton/> }
}

/// The list of mistakes at the top of a refused form, each linking to its field.
#[component]
pub fn ErrorSummary(
    errors: FieldErrors,
    #[prop(into, default = "Le formulaire n’a pas été enregistré".into())] title: String,
    #[prop(into, default = "Corrigez ces points, puis enregistrez de nouveau :".into())] intro: String,
) -> impl IntoView {
    (!errors.is_empty()).then(|| view! {
        <div class="error-summary" role="alert" aria-labelledby="erreurs-titre">
            <h2 id="erreurs-titre">{title}</h2>
            <p>{intro}</p>
            <ul>
                {errors.0.into_iter().map(|(field, message)| view! { <li><a href=format!("#{field}")>{message}</a></li> }).collect_view()}
            </ul>
        </div>
    })
}
