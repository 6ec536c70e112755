//! `/proposer`: « Proposer un lieu, un atelier ou une permanence », without an account, for what no
//! national file lists (a centre social's « parents et écrans » evening, a solidarity-price
//! computer shop, a game workshop for young people). `?genre=gestion&structure=…` is « C'est ma
//! structure », from a place's page. Nothing is published before a coordinator accepts it
//! (`ssr::proposals`); the proposer follows it through the link of `/proposition/{jeton}`.
//!
//! The page is written in French, like the back-office that reads it: it is for the people who run
//! places. A refused form comes back as it was typed, with each message next to its field (kept an
//! hour under a random key: [`post`]). The hidden field `piege` is a trap for robots.

#[cfg(feature = "ssr")]
pub mod post;

use crate::components::form_fields::{standard_options, ChoiceGroup, ErrorSummary, TextArea, TextField, Token};
use crate::components::problem::ProblemPage;
use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::proposal::Genre;
use crate::domain::taxonomy::{Fee, Public};
use crate::error::AppError;
use crate::i18n::href;
use crate::pages::query;
use crate::view::forms::ProposalForm;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn ProposePage() -> impl IntoView {
    let data = get_proposal_form(query("brouillon"), query("lieu"), query("commune"), query("aide"));
    Suspend::new(async move {
        match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(form) => view! { <ProposeView form/> }.into_any(),
        }
    })
}

#[component]
fn ProposeView(form: ProposalForm) -> impl IntoView {
    let ProposalForm { jeton, fields, errors, structure_nom } = form;
    let gestion = structure_nom.is_some();
    let heading = if gestion { "C’est ma structure : gérer sa fiche" } else { "Proposer un lieu, un atelier ou une permanence" };
    let title = if errors.is_empty() { heading.to_owned() } else { format!("Erreur : {heading}") };
    view! {
        <Title text=format!("{title} – Aiguillage")/>
        <div lang="fr" class="proposal">
            <h1>{heading}</h1>
            <p class="lead">
                "Une personne de la coordination numérique de l’Ain lit chaque proposition avant toute publication : rien n’est publié sans elle. "
                "Vous recevez sa réponse par courriel, avec un lien pour suivre votre proposition et répondre à ses questions."
            </p>
            <ErrorSummary errors=errors.clone() title="La proposition n’a pas été envoyée" intro="Corrigez ces points, puis envoyez de nouveau :"/>
            <form method="post" action=href("/proposer") class="admin-form">
                <Token jeton/>
                {match structure_nom {
                    Some(nom) => view! { <ManageFields nom fields=fields.clone() errors=errors.clone()/> }.into_any(),
                    None => view! { <PlaceFields fields=fields.clone() errors=errors.clone()/> }.into_any(),
                }}
                <ProposerFields fields errors/>
                <button type="submit" class="button">{if gestion { "Envoyer la demande" } else { "Envoyer la proposition" }}</button>
            </form>
        </div>
    }
}

/// « C'est ma structure »: the place, and the proposer's function there.
#[component]
fn ManageFields(nom: String, fields: Fields, errors: FieldErrors) -> impl IntoView {
    view! {
        <input type="hidden" name="genre" value=Genre::Gestion.code()/>
        <input type="hidden" name="structure" value=fields.get("structure").to_owned()/>
        <p>"Fiche : "<strong>{nom}</strong></p>
        <p>"Un compte de l’espace de gestion vous permettra de tenir cette fiche à jour (horaires, ateliers, passages). La coordination vérifie que vous y travaillez avant de l’ouvrir."</p>
        <TextField name="fonction" label="Votre fonction dans la structure" hint="Exemple : animatrice numérique, directeur, secrétaire de mairie." fields errors required=true maxlength=80/>
    }
}

/// A place or an atelier: where, what it helps with, for whom, and when (in words).
#[component]
fn PlaceFields(fields: Fields, errors: FieldErrors) -> impl IntoView {
    let genres = [Genre::Lieu, Genre::Atelier].iter().map(|g| (g.code().to_owned(), g.label().to_owned())).collect();
    let aides = crate::domain::proposal::aides().into_iter().map(|(l, p)| (l.to_owned(), p.to_owned())).collect();
    let publics = standard_options(Public::ALL, Public::label, |p| p.label());
    let frais = standard_options(Fee::ALL, Fee::label, |f| f.label());
    view! {
        <ChoiceGroup name="genre" legend="Vous proposez" options=genres fields=fields.clone() errors=errors.clone()/>
        <fieldset class="form-section">
            <legend>"Le lieu"</legend>
            <TextField name="nom" label="Nom du lieu ou de la structure" hint="Exemple : Centre social Le Lien, médiathèque de Nantua." fields=fields.clone() errors=errors.clone() required=true maxlength=150/>
            <TextField name="adresse" label="Adresse" hint="Le numéro et la rue, ou un repère : salle des fêtes, marché." fields=fields.clone() errors=errors.clone() required=true maxlength=200 autocomplete="street-address"/>
            <TextField name="code_postal" label="Code postal" fields=fields.clone() errors=errors.clone() required=true maxlength=5 autocomplete="postal-code"/>
            <TextField name="commune" label="Commune" hint="Son nom, ou son code INSEE." fields=fields.clone() errors=errors.clone() required=true maxlength=80/>
            <TextField name="telephone" label="Téléphone du lieu, pour le public" kind="tel" fields=fields.clone() errors=errors.clone()/>
            <TextField name="courriel" label="Courriel du lieu, pour le public" kind="email" fields=fields.clone() errors=errors.clone()/>
            <TextField name="site_web" label="Site internet" kind="url" fields=fields.clone() errors=errors.clone() maxlength=300/>
        </fieldset>
        <fieldset class="form-section">
            <legend>"L’activité"</legend>
            <TextField name="activite" label="Nom de l’activité" hint="Exemple : Atelier parents et écrans, permanence numérique du mardi." fields=fields.clone() errors=errors.clone() required=true maxlength=150/>
            <ChoiceGroup name="aides" legend="Ce qu’elle propose" options=aides fields=fields.clone() errors=errors.clone() multiple=true/>
            <ChoiceGroup name="publics" legend="Pour qui en particulier (facultatif)" options=publics fields=fields.clone() errors=errors.clone() multiple=true/>
            <ChoiceGroup name="frais" legend="Prix (facultatif)" options=frais fields=fields.clone() errors=errors.clone()/>
            <TextArea name="quand" label="Quand ?" hint=Some("Les jours et horaires, ou les dates des ateliers. La coordination les reporte dans la fiche.".to_owned()) maxlength=1000 fields errors/>
        </fieldset>
    }
}

/// Who proposes, to be answered; the consent says what is kept, for what, and for how long.
#[component]
fn ProposerFields(fields: Fields, errors: FieldErrors) -> impl IntoView {
    let consent_error = errors.get("consentement").map(str::to_owned);
    let consent_invalid = consent_error.is_some();
    let consent_given = fields.get("consentement") == "oui";
    view! {
        <fieldset class="form-section">
            <legend>"Vous"</legend>
            <TextField name="proposant_nom" label="Votre nom" fields=fields.clone() errors=errors.clone() required=true maxlength=80 autocomplete="name"/>
            <TextField name="proposant_courriel" label="Votre adresse électronique" hint="La réponse de la coordination y arrive ; elle n’est jamais publiée." kind="email" fields=fields.clone() errors=errors.clone() required=true autocomplete="email"/>
            <TextArea name="message" label="Un mot pour la coordination" maxlength=1000 fields errors=errors.clone()/>
            <div class="piege" aria-hidden="true">
                <label for="piege">"Ne remplissez pas ce champ"</label>
                <input type="text" id="piege" name="piege" tabindex="-1" autocomplete="off"/>
            </div>
            <div class="field" class:field--error=consent_invalid>
                {consent_error.map(|e| view! { <p class="field-message" id="consentement-erreur">{e}</p> })}
                <div class="radio">
                    <input type="checkbox" id="consentement" name="consentement" value="oui" required=true checked=consent_given
                        aria-invalid=consent_invalid.then_some("true") aria-describedby=consent_invalid.then_some("consentement-erreur")/>
                    <label for="consentement">"J’accepte que la coordination numérique de l’Ain garde mon nom et mon adresse électronique pour me répondre, le temps de traiter cette proposition."</label>
                </div>
            </div>
        </fieldset>
    }
}

/// The form: a refused one as it was typed (`brouillon`), or blank with what the link brings (the
/// commune and the help of a result where nothing fit; `lieu`, the service whose page said « C'est ma
/// structure »).
#[server(endpoint = "proposer", input = GetUrl)]
pub async fn get_proposal_form(
    brouillon: Option<String>,
    lieu: Option<String>,
    commune: Option<String>,
    aide: Option<String>,
) -> Result<ProposalForm, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    let now = crate::ssr::clock::now().timestamp();
    let kept = match brouillon {
        Some(cle) => crate::ssr::proposals::draft(&services, &cle, now)
            .await?
            .and_then(|raw| serde_json::from_str::<(Fields, FieldErrors)>(&raw).ok()),
        None => None,
    };
    let structure = match lieu {
        Some(service) => Some(services.directory().service(&service).map(|s| s.structure.clone()).ok_or(AppError::NotFound)?),
        None => None,
    };
    let (fields, errors) = kept.unwrap_or_else(|| {
        let mut f = Fields::default();
        if let Some(id) = &structure {
            f.0.push(("genre".to_owned(), Genre::Gestion.code().to_owned()));
            f.0.push(("structure".to_owned(), id.clone()));
        }
        if let Some(code) = commune.and_then(|c| crate::domain::geo::InseeCode::parse(&c).ok()) {
            if let Some(c) = services.gazetteer.commune(&code) {
                f.0.push(("commune".to_owned(), c.nom.clone()));
            }
        }
        if let Some(kind) = aide.as_deref().and_then(crate::domain::taxonomy::ServiceKind::from_label) {
            f.0.push(("aides".to_owned(), kind.label().to_owned()));
        }
        (f, FieldErrors::default())
    });
    let structure_nom = match (fields.get("genre") == Genre::Gestion.code()).then(|| fields.get("structure").to_owned()) {
        Some(id) => Some(services.directory().structure(&id).map(|s| s.nom.clone()).ok_or(AppError::NotFound)?),
        None => None,
    };
    Ok(ProposalForm { jeton: crate::ssr::auth::form_token(&services.form_key, None, now), fields, errors, structure_nom })
}
