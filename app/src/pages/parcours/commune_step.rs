//! The « Où » step: a commune by name or postal code. Without JavaScript the typed text is resolved on
//! the server (one commune: on to the next step; several: a choice as radio buttons; none: an error
//! next to the field); hydrated, the field is a combobox.

use super::data::find_commune;
use super::{page_title, redirect_to};
use crate::components::commune_combobox::CommuneCombobox;
use crate::components::fields::{Choice, HiddenFields, StepHeading};
use crate::components::island_scripts::IslandScripts;
use crate::components::island_words::{self, Holder};
use crate::components::locate_button::LocateButton;
use crate::components::problem::ProblemPage;
use crate::domain::commune_search::{CommuneHit, CommuneLookup};
use crate::domain::flow::{Flow, NeedDef};
use crate::domain::journey::{step_number, url, Journey, Screen};
use crate::i18n::{href, t, tr};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CommuneStep(journey: Journey, need: NeedDef) -> impl IntoView {
    let lookup = find_commune(journey.navigation.texte.clone(), crate::i18n::langue());
    // A bare Suspend, not <Suspense>: pages render on the server only (islands), and in Async mode the
    // renderer awaits it directly, without <Suspense>'s effect-based wake-up.
    Suspend::new(async move {
        let flow = Flow::shipped();
        match lookup.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(CommuneLookup::Empty) => view! { <CommuneForm journey need texte=String::new() erreur=None/> }.into_any(),
            Ok(CommuneLookup::Problem { texte, message }) => view! { <CommuneForm journey need texte erreur=Some(message)/> }.into_any(),
            Ok(CommuneLookup::Choose { texte, options }) => view! { <ChooseCommune journey need texte options/> }.into_any(),
            Ok(CommuneLookup::Found(hit)) => {
                let mut pairs = journey.pairs(flow);
                pairs.push((crate::domain::journey::keys::COMMUNE.into(), hit.code_insee));
                redirect_to(url("/parcours", &pairs))
            }
        }
    })
}

/// The commune question: text input (combobox once hydrated) and a submit button.
#[component]
fn CommuneForm(journey: Journey, need: NeedDef, texte: String, erreur: Option<String>) -> impl IntoView {
    let number = step_number(Some(&need), Screen::Commune);
    let question = t("commune-titre");
    // What the field's island shows, as context for its server rendering and in the page for the
    // browser (`island_words`).
    let base = href(&url("/parcours", &journey.pairs(Flow::shipped())));
    provide_context(island_words::CommuneStep { texte, erreur: erreur.clone() });
    view! {
        <IslandScripts/>
        <Holder id=island_words::COMMUNE words=island_words::commune_words()/>
        <Title text=page_title(&question, number, erreur.is_some())/>
        <StepHeading number title=question/>
        <p>{t("commune-intro")}</p>
        <form method="get" action=href("/parcours") class="step-form">
            <HiddenFields pairs=journey.pairs(Flow::shipped())/>
            <CommuneCombobox/>
            <button type="submit" class="button">{t("continuer")}</button>
        </form>
        <LocateButton base/>
        <p class="step-links"><super::RestartLink journey=journey.clone()/></p>
    }
}

/// Several communes fit what was typed: the person picks theirs (radio buttons, no script needed).
#[component]
fn ChooseCommune(journey: Journey, need: NeedDef, texte: String, options: Vec<CommuneHit>) -> impl IntoView {
    let flow = Flow::shipped();
    // Submitted without a choice: say so next to the list.
    let missing = journey.navigation.choix;
    let number = step_number(Some(&need), Screen::Commune);
    let back = href(&url("/parcours", &journey.pairs(flow)));
    let legend = tr("commune-plusieurs", &[("texte", (&texte).into())]);
    let question = t("commune-titre");
    view! {
        <Title text=page_title(&question, number, missing)/>
        <StepHeading number title=question/>
        <form method="get" action=href("/parcours") class="step-form">
            <HiddenFields pairs=journey.pairs(flow)/>
            <input type="hidden" name="q" value=texte/>
            <input type="hidden" name="choix" value="1"/>
            <fieldset class="radios" class:field--error=missing aria-describedby=missing.then_some("choix-erreur")>
                <legend class="field-label">{legend}</legend>
                {missing.then(|| view! {
                    <p class="field-message" id="choix-erreur">
                        <span class="visually-hidden">{t("erreur-prefixe")}" "</span>
                        {t("commune-choix-manquant")}
                    </p>
                })}
                {options.into_iter().map(|hit| view! {
                    <Choice kind="radio" name="commune".to_owned() value=hit.code_insee.clone() label=hit.label() hint=hit.epci_nom.clone()/>
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">{t("continuer")}</button>
        </form>
        <p><a href=back>{t("autre-commune")}</a></p>
    }
}
