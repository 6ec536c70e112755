//! `/rappel?{journey}`: « Être rappelé ». From a result, the person (or the secrétaire at the counter,
//! with the person's consent) leaves a first name and a phone number or an e-mail address; the
//! request goes to the structure designated for their EPCI and need (`ssr::callbacks`).
//!
//! The page says who receives it and the phone number to call instead, asks the minimum, and says in
//! the consent itself who gets what, for what, and for how long. `/rappel/envoye` gives the
//! reference, `/rappel/effacer` erases a request with it. Every step is a form that works without
//! JavaScript; the hidden field `site` is a trap for robots (people never see it).

pub mod data;
#[cfg(feature = "ssr")]
pub mod post;

use self::data::get_callback_form;
use super::parcours::journey_from_url;
use crate::components::form_fields::{ErrorSummary, TextArea, TextField, Token};
use crate::components::problem::ProblemPage;
use crate::domain::callback::Refusal;
use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::flow::Flow;
use crate::i18n::{href, page_title, t, tr};
use crate::pages::query;
use crate::view::forms::CallbackForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// The errors named by the redirect back to the form (`erreur=prenom,contact`).
fn errors_from_query() -> FieldErrors {
    let mut errors = FieldErrors::default();
    for code in query("erreur").unwrap_or_default().split(',') {
        let (field, key) = match (Refusal::from_code(code), code) {
            (Some(r), _) => (r.code(), format!("rappel-erreur-{}", r.code())),
            (None, "deja") => ("prenom", "rappel-erreur-deja".to_owned()),
            (None, "expire") => ("prenom", "rappel-erreur-expire".to_owned()),
            _ => continue,
        };
        let field = if field == "contact" { "telephone" } else { field };
        errors.0.push((field.to_owned(), t(&key)));
    }
    errors
}

#[component]
pub fn CallbackPage() -> impl IntoView {
    let journey = match journey_from_url() {
        Ok(j) => j,
        Err(error) => return view! { <ProblemPage error/> }.into_any(),
    };
    let data = get_callback_form(journey.pairs(Flow::shipped()), crate::i18n::langue());
    let errors = errors_from_query();
    Suspend::new(async move {
        match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(form) => view! { <CallbackView form errors=errors.clone()/> }.into_any(),
        }
    })
    .into_any()
}

#[component]
fn CallbackView(form: CallbackForm, errors: FieldErrors) -> impl IntoView {
    let CallbackForm { commune, besoin_titre, destination, telephone, jeton, pairs, retour, guichet } = form;
    let heading = t("rappel-titre");
    let title = if errors.is_empty() { heading.clone() } else { format!("{} {heading}", t("erreur-prefixe")) };
    let consent_key = if guichet { "rappel-consentement-guichet" } else { "rappel-consentement" };
    let consent_error = errors.get("consentement").map(str::to_owned);
    let consent_invalid = consent_error.is_some();
    let consent_described = if consent_invalid { "consentement-erreur consentement-duree" } else { "consentement-duree" };
    let none = Fields::default();
    view! {
        <Title text=page_title(&title)/>
        <h1>{heading}</h1>
        <p class="lead">{tr("rappel-pour", &[("besoin", (&besoin_titre).into()), ("commune", (&commune).into())])}</p>
        <p>{tr("rappel-destinataire", &[("nom", (&destination).into())])}</p>
        {telephone.map(|tel| {
            let shown = crate::i18n::langue().phone(&tel);
            view! { <p>{tr("rappel-destinataire-tel", &[("telephone", (&shown).into())])}</p> }
        })}
        <ErrorSummary errors=errors.clone() title=t("rappel-refus-titre") intro=t("rappel-refus-intro")/>
        <form method="post" action=href("/rappel") class="admin-form">
            <Token jeton/>
            {pairs.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
            <TextField name="prenom" label=t("rappel-prenom") fields=none.clone() errors=errors.clone() required=true autocomplete="given-name" maxlength=40/>
            <TextField name="telephone" label=t("rappel-telephone") kind="tel" hint=t("rappel-contact-aide") fields=none.clone() errors=errors.clone() autocomplete="tel"/>
            <TextField name="courriel" label=t("rappel-courriel") kind="email" fields=none.clone() errors=errors.clone() autocomplete="email"/>
            <TextArea name="message" label=t("rappel-message") maxlength=500 fields=none errors=errors.clone()/>
            <div class="piege" aria-hidden="true">
                <label for="site">{t("rappel-piege")}</label>
                <input type="text" id="site" name="site" tabindex="-1" autocomplete="off"/>
            </div>
            <div class="field" class:field--error=consent_invalid>
                {consent_error.map(|e| view! { <p class="field-message" id="consentement-erreur">{e}</p> })}
                <div class="radio">
                    <input type="checkbox" id="consentement" name="consentement" value="oui" required=true
                        aria-invalid=consent_invalid.then_some("true") aria-describedby=consent_described/>
                    <label for="consentement">{tr(consent_key, &[("nom", (&destination).into())])}</label>
                </div>
                <p class="field-hint" id="consentement-duree">{t("rappel-conservation")}</p>
            </div>
            <button type="submit" class="button">{t("rappel-envoyer")}</button>
        </form>
        <p><a href=crate::integration::within(&retour)>{t("rappel-annuler")}</a></p>
    }
}

/// `/rappel/envoye?reference=…`: the request is stored; its reference, and how to erase it.
#[component]
pub fn CallbackSentPage() -> impl IntoView {
    let reference = query("reference").and_then(|r| crate::domain::callback::normalize_reference(&r));
    view! {
        <Title text=page_title(&t("rappel-envoye-titre"))/>
        <h1>{t("rappel-envoye")}</h1>
        <p>{t("rappel-envoye-texte")}</p>
        {reference.map(|r| view! { <p class="lead">{t("rappel-reference")}" "<strong class="reference">{r}</strong></p> })}
        <p><a href=href("/rappel/effacer")>{t("rappel-supprimer-lien")}</a></p>
        <p><a class="button" href=href("/")>{t("signaler-retour")}</a></p>
    }
}

/// `/rappel/effacer`: the person erases their request with its reference and the contact given.
#[component]
pub fn CallbackErasePage() -> impl IntoView {
    let done = query("fait").is_some();
    let mut errors = FieldErrors::default();
    if query("erreur").as_deref() == Some("introuvable") {
        errors.0.push(("reference".to_owned(), t("rappel-supprimer-introuvable")));
    }
    if done {
        return view! {
            <Title text=page_title(&t("rappel-supprimee"))/>
            <h1>{t("rappel-supprimee")}</h1>
            <p>{t("rappel-supprimee-texte")}</p>
            <p><a class="button" href=href("/")>{t("signaler-retour")}</a></p>
        }
        .into_any();
    }
    let jeton = self::data::get_erase_token();
    let heading = t("rappel-supprimer-titre");
    let title = if errors.is_empty() { heading.clone() } else { format!("{} {heading}", t("erreur-prefixe")) };
    Suspend::new(async move {
        let jeton = match jeton.await {
            Ok(j) => j,
            Err(error) => return view! { <ProblemPage error/> }.into_any(),
        };
        let none = Fields::default();
        view! {
            <Title text=page_title(&title)/>
            <h1>{heading.clone()}</h1>
            <p>{t("rappel-supprimer-texte")}</p>
            <ErrorSummary errors=errors.clone() title=t("rappel-refus-titre") intro=t("rappel-refus-intro")/>
            <form method="post" action=href("/rappel/effacer") class="admin-form">
                <Token jeton/>
                <TextField name="reference" label=t("rappel-supprimer-reference") fields=none.clone() errors=errors.clone() required=true autocomplete="off" maxlength=12/>
                <TextField name="contact" label=t("rappel-supprimer-contact") fields=none errors=errors.clone() required=true maxlength=254/>
                <button type="submit" class="button">{t("rappel-supprimer-bouton")}</button>
            </form>
        }
        .into_any()
    })
    .into_any()
}
