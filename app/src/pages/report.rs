//! `/signaler?service=…`: anyone can say that a card is wrong, without giving any personal data. The
//! report lands in the coordinators' inbox, attached to the entry.

pub mod data;
#[cfg(feature = "ssr")]
pub mod post;

use self::data::get_report_form;
use crate::components::form_fields::{ChoiceGroup, ErrorSummary, TextArea, Token};
use crate::components::problem::ProblemPage;
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::i18n::{href, langue, page_title, t, Langue};
use crate::pages::query;
use crate::view::forms::ReportForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ReportPage() -> impl IntoView {
    let Some(service) = query("service") else {
        return view! { <ProblemPage error=AppError::BadRequest(t("signaler-sans-fiche"))/> }.into_any();
    };
    let mut errors = FieldErrors::default();
    match query("erreur").as_deref() {
        Some("sujet") => errors.0.push(("sujet".into(), t("signaler-erreur-sujet"))),
        Some("message") => errors.0.push(("message".into(), t("signaler-erreur-message"))),
        Some("expire") => errors.0.push(("message".into(), t("signaler-erreur-expire"))),
        _ => {}
    }
    let data = get_report_form(service, query("retour"));
    Suspend::new(async move {
        match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(form) => view! { <ReportView form errors=errors.clone()/> }.into_any(),
        }
    })
    .into_any()
}

/// The form. The subjects' values are stored French words (the coordinators' inbox reads them); only
/// their labels follow the page's language. Names of the directory stay French, marked so.
#[component]
fn ReportView(form: ReportForm, errors: FieldErrors) -> impl IntoView {
    let ReportForm { service_id, service_nom, structure_nom, jeton, retour } = form;
    let heading = t("signaler-titre");
    let title = if errors.is_empty() {
        format!("{heading} – {structure_nom}")
    } else {
        format!("{} {heading} – {structure_nom}", t("erreur-prefixe"))
    };
    let subjects = REPORT_SUBJECTS.iter().map(|(value, key)| (value.to_string(), t(key))).collect();
    // Coordinators read any language with a translator; saying so matters only outside French.
    let hint = (!matches!(langue(), Langue::Fr | Langue::Facile)).then(|| t("signaler-langue"));
    view! {
        <Title text=page_title(&title)/>
        <h1>{heading}</h1>
        <p class="lead">{t("signaler-fiche")}" "<bdi lang="fr">{format!("« {service_nom} », {structure_nom}")}</bdi></p>
        <p>{t("signaler-explication")}</p>
        <ErrorSummary errors=errors.clone() title=t("signaler-refus-titre") intro=t("signaler-refus-intro")/>
        <form method="post" action=href("/signaler") class="admin-form">
            <Token jeton/>
            <input type="hidden" name="service" value=service_id/>
            <input type="hidden" name="retour" value=retour.clone()/>
            <ChoiceGroup name="sujet" legend=t("signaler-question") options=subjects fields=Fields::default() errors=errors.clone()/>
            <TextArea name="message" label=t("signaler-message") hint maxlength=1000 required=true fields=Fields::default() errors/>
            <button type="submit" class="button">{t("signaler-envoyer")}</button>
        </form>
        <p><a href=crate::integration::within(&retour)>{t("signaler-annuler")}</a></p>
    }
}

/// `/signaler/merci`: the report was received.
#[component]
pub fn ReportThanksPage() -> impl IntoView {
    let retour = safe_return(query("retour").as_deref());
    view! {
        <Title text=page_title(&t("signaler-envoye"))/>
        <h1>{t("signaler-merci")}</h1>
        <p>{t("signaler-merci-texte")}</p>
        <p><a class="button" href=crate::integration::within(&retour)>{t("signaler-retour")}</a></p>
    }
}

/// The subjects a report can have: the French value stored with the report, and its label's key.
pub const REPORT_SUBJECTS: &[(&str, &str)] = &[
    ("L’adresse", "signaler-sujet-adresse"),
    ("Les horaires", "signaler-sujet-horaires"),
    ("Le téléphone ou le courriel", "signaler-sujet-contact"),
    ("Ce qui est proposé", "signaler-sujet-offre"),
    ("Le lieu a fermé", "signaler-sujet-ferme"),
    ("Autre chose", "signaler-sujet-autre"),
];

/// Only pages of this site, so the link cannot send anyone elsewhere.
pub fn safe_return(retour: Option<&str>) -> String {
    retour.and_then(crate::domain::local_path::local_path).unwrap_or("/").to_owned()
}
