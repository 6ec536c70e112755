//! `/parcours`: the steps of the journey, each a server-rendered GET form whose answers travel in the
//! query string (shareable, bookmarkable, works with the back button and without JavaScript). Which
//! step comes next, and what it asks, is decided by the flow's data (`domain::journey`).

mod commune_step;
pub mod data;

use crate::components::fields::{HiddenFields, NeedChoices, QuestionFieldset, StepHeading};
use crate::components::problem::ProblemPage;
use crate::domain::flow::{Flow, NeedDef};
use crate::domain::journey::{keys, step_number, url, Journey, Screen, Step};
use crate::error::AppError;
use crate::i18n::{href, langue, t, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The journey in the page's URL, or the French reason it cannot be read.
pub fn journey_from_url() -> Result<Journey, AppError> {
    let params = use_query_map().get_untracked();
    let pairs: Vec<(&str, &str)> = (&params).into_iter().map(|(k, v)| (k.as_ref(), v)).collect();
    let journey = Journey::from_pairs(Flow::shipped(), &pairs).map_err(AppError::from)?;
    // A well-formed code that is no commune of the Ain: a tampered or outdated link.
    #[cfg(feature = "ssr")]
    if let Some(code) = &journey.demande.commune {
        if crate::ssr::state::AppState::from_context()?.gazetteer.commune(code).is_none() {
            return Err(AppError::BadRequest(tr("commune-inconnue", &[("code", (&code.to_string()).into())])));
        }
    }
    Ok(journey)
}

/// Sends the browser elsewhere (a 303 during server rendering), with a link for the rare case it stays.
/// `target` is a site path in French form: it goes to the page's language.
/// Not `leptos_axum::redirect`: it only redirects requests that accept HTML, and these pages are
/// navigations whatever the client says it accepts.
pub fn redirect_to(target: String) -> AnyView {
    let target = href(&target);
    #[cfg(feature = "ssr")]
    if let (Some(res), Ok(location)) = (use_context::<leptos_axum::ResponseOptions>(), axum::http::HeaderValue::from_str(&target)) {
        res.set_status(axum::http::StatusCode::SEE_OTHER);
        res.insert_header(axum::http::header::LOCATION, location);
    }
    view! { <p><a href=target>{t("continuer-lien")}</a></p> }.into_any()
}

#[component]
pub fn ParcoursPage() -> impl IntoView {
    let flow = Flow::shipped();
    let journey = match journey_from_url() {
        Ok(j) => j,
        Err(error) => return view! { <ProblemPage error/> }.into_any(),
    };
    match journey.step(flow) {
        Step::Besoin => view! { <NeedStep journey/> }.into_any(),
        Step::Precision { need, missing } => {
            let missing = missing.iter().map(|q| q.id.clone()).collect();
            view! { <QuestionsStep journey need=need.clone() screen=Screen::Precision missing/> }.into_any()
        }
        Step::Commune { need } => view! { <commune_step::CommuneStep journey need=need.clone()/> }.into_any(),
        Step::Comment { need, missing } => {
            let missing = missing.iter().map(|q| q.id.clone()).collect();
            view! { <QuestionsStep journey need=need.clone() screen=Screen::Comment missing/> }.into_any()
        }
        Step::Resultat { .. } => redirect_to(url("/orientation", &journey.pairs(flow))),
    }
}

/// « Recommencer », or « Nouvelle personne » at a mairie's counter.
#[component]
pub fn RestartLink(journey: Journey) -> impl IntoView {
    restart_link(journey.navigation.guichet, &journey.restart_url())
}

/// « Recommencer », or « Nouvelle personne » at a counter, to `url` (`Journey::restart_url`).
pub fn restart_link(guichet: bool, url: &str) -> impl IntoView {
    let label = t(if guichet { "nouvelle-personne" } else { "recommencer" });
    view! { <a href=href(url)>{label}</a> }
}

fn page_title(title: &str, number: (usize, usize), error: bool) -> String {
    let key = if error { "titre-etape-erreur" } else { "titre-etape" };
    crate::i18n::page_title(&tr(key, &[("titre", title.into()), ("numero", number.0.into()), ("total", number.1.into())]))
}

/// Step 1 when the need was not chosen on the home page (« Je ne peux pas me déplacer »).
#[component]
fn NeedStep(journey: Journey) -> impl IntoView {
    let flow = Flow::shipped();
    let title = t("besoin-titre");
    let number = step_number(None, Screen::Besoin);
    let error = (journey.navigation.soumis == Some(Screen::Besoin)).then(|| t("besoin-manquant"));
    view! {
        <Title text=page_title(&title, number, error.is_some())/>
        <StepHeading number title/>
        <form method="get" action=href("/parcours") class="step-form">
            <HiddenFields pairs=journey.pairs(flow)/>
            <input type="hidden" name=keys::ETAPE value=Screen::Besoin.slug()/>
            <NeedChoices legend=t("besoin-legende") error/>
            <button type="submit" class="button">{t("continuer")}</button>
        </form>
    }
}

/// A screen of questions from the flow (précision or comment), rendered generically.
#[component]
fn QuestionsStep(journey: Journey, need: NeedDef, screen: Screen, missing: Vec<String>) -> impl IntoView {
    let flow = Flow::shipped();
    let ids: Vec<String> = if screen == Screen::Precision { need.precisions.clone() } else { need.comment.clone() };
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let show_errors = journey.navigation.soumis == Some(screen) && !missing.is_empty();
    let (title, action, button) = match screen {
        Screen::Precision => (tr("precision-titre", &[("besoin", need.titre_in(langue()).into())]), "/parcours", "continuer"),
        _ => (t("comment-titre"), "/orientation", "voir-les-aides"),
    };
    let number = step_number(Some(&need), screen);
    // From the comment screen, the commune can be changed without losing the other answers (not at a
    // counter: the commune is the mairie's).
    let change_commune = (screen == Screen::Comment && !journey.navigation.guichet).then(|| {
        let pairs: Vec<(String, String)> = journey.pairs(flow).into_iter().filter(|(k, _)| k != keys::COMMUNE).collect();
        href(&url("/parcours", &pairs))
    });
    let questions = ids
        .iter()
        .filter_map(|id| flow.question(id).cloned())
        .map(|q| {
            let selected = journey.demande.answers.get(&q.id).cloned().unwrap_or_default();
            let error = (show_errors && missing.contains(&q.id)).then(|| t("reponse-manquante"));
            view! { <QuestionFieldset question=q selected error/> }
        })
        .collect_view();
    view! {
        <Title text=page_title(&title, number, show_errors)/>
        <StepHeading number title/>
        <form method="get" action=href(action) class="step-form">
            <HiddenFields pairs=journey.pairs_except(flow, &id_refs)/>
            <input type="hidden" name=keys::ETAPE value=screen.slug()/>
            {questions}
            <button type="submit" class="button">{t(button)}</button>
        </form>
        <p class="step-links">
            {change_commune.map(|link| view! { <a href=link>{t("changer-commune")}</a>" · " })}
            <RestartLink journey=journey.clone()/>
        </p>
    }
}
