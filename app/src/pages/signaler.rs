//! `/signaler?service=…`: anyone can say that a card is wrong, without giving any personal data. The
//! report lands in the coordinators' inbox, attached to the entry.

#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::fields::{ChoiceGroup, ErrorSummary, TextArea, Token};
use crate::components::problem::ProblemPage;
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::pages::query;
use crate::server_fns::report::get_report_form;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[component]
pub fn ReportPage() -> impl IntoView {
    let Some(service) = query("service") else {
        let error = AppError::BadRequest("Il manque la fiche à signaler (service=…).".into());
        return view! { <ProblemPage error/> }.into_any();
    };
    let mut errors = FieldErrors::default();
    match query("erreur").as_deref() {
        Some("sujet") => errors.0.push(("sujet".into(), "Choisissez ce qui ne va pas.".into())),
        Some("message") => errors.0.push(("message".into(), "Décrivez l’erreur en quelques mots (1 000 caractères au plus).".into())),
        Some("expire") => errors.0.push(("message".into(), "Le formulaire avait expiré. Envoyez-le de nouveau.".into())),
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

#[component]
fn ReportView(form: ReportForm, errors: FieldErrors) -> impl IntoView {
    let ReportForm { service_id, service_nom, structure_nom, jeton, retour } = form;
    let prefix = if errors.is_empty() { "" } else { "Erreur : " };
    let subjects = REPORT_SUBJECTS.iter().map(|s| (s.to_string(), s.to_string())).collect();
    view! {
        <Title text=format!("{prefix}Signaler une erreur – {structure_nom} – Aiguillage")/>
        <h1>"Signaler une erreur"</h1>
        <p class="lead">{format!("Sur la fiche « {service_nom} », {structure_nom}.")}</p>
        <p>"Votre message va à la coordination départementale, qui corrigera la fiche. Ne donnez pas d’information personnelle : aucune réponse ne vous sera envoyée."</p>
        <ErrorSummary errors=errors.clone()/>
        <form method="post" action=crate::i18n::href("/signaler") class="admin-form">
            <Token jeton/>
            <input type="hidden" name="service" value=service_id/>
            <input type="hidden" name="retour" value=retour.clone()/>
            <ChoiceGroup name="sujet" legend="Qu’est-ce qui ne va pas ?" options=subjects fields=Fields::default() errors=errors.clone()/>
            <TextArea name="message" label="Ce qui est faux, et ce qui serait juste si vous le savez" maxlength=1000 required=true fields=Fields::default() errors/>
            <button type="submit" class="button">"Envoyer le signalement"</button>
        </form>
        <p><a href=retour>"Retour sans rien envoyer"</a></p>
    }
}

/// `/signaler/merci`: the report was received.
#[component]
pub fn ReportThanksPage() -> impl IntoView {
    let retour = safe_return(query("retour").as_deref());
    view! {
        <Title text="Signalement envoyé – Aiguillage"/>
        <h1>"Merci, votre signalement est envoyé"</h1>
        <p>"La coordination va vérifier la fiche et la corriger."</p>
        <p><a class="button" href=retour>"Retour"</a></p>
    }
}

/// The public « Signaler une erreur » form for one service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportForm {
    pub service_id: String,
    pub service_nom: String,
    pub structure_nom: String,
    pub jeton: String,
    /// Where « Retour » goes (a result or guide page of this site), checked.
    pub retour: String,
}

/// The subjects a report can have.
pub const REPORT_SUBJECTS: &[&str] =
    &["L’adresse", "Les horaires", "Le téléphone ou le courriel", "Ce qui est proposé", "Le lieu a fermé", "Autre chose"];

/// Only pages of this site, so the link cannot send anyone elsewhere.
pub fn safe_return(retour: Option<&str>) -> String {
    match retour {
        Some(r) if r.starts_with('/') && !r.starts_with("//") && !r.contains(['\\', '\r', '\n']) && r.len() <= 1500 => r.to_owned(),
        _ => "/".to_owned(),
    }
}
