//! `/guichet/{insee}`: counter mode for a secrétaire de mairie. The mairie bookmarks its own URL (no
//! cookie, no storage): the commune is preset, the need is the first question, and « Nouvelle
//! personne » comes back here in one action.

use crate::components::fields::{HiddenFields, NeedChoices, StepHeading};
use crate::components::problem::ProblemPage;
use crate::domain::flow::Flow;
use crate::domain::geo::InseeCode;
use crate::domain::journey::{keys, step_number, Journey, Screen};
use crate::error::AppError;
use crate::i18n::{href, page_title, t, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn GuichetPage() -> impl IntoView {
    let raw = use_params_map().get_untracked().get("insee").unwrap_or_default();
    let found = InseeCode::parse(&raw).ok().and_then(|code| commune_name(&code).map(|name| (code, name)));
    let Some((code, name)) = found else {
        let shown: String = raw.chars().take(20).collect();
        let error = AppError::BadRequest(tr("guichet-inconnu", &[("code", (&shown).into())]));
        return view! { <ProblemPage error/> }.into_any();
    };
    let flow = Flow::shipped();
    let journey = Journey::at_counter(code);
    view! {
        <Title text=page_title(&tr("guichet-titre", &[("commune", (&name).into())]))/>
        <div class="guichet">
            <p class="guichet-banner">{tr("guichet-bandeau", &[("commune", (&name).into())])}</p>
            <StepHeading number=step_number(None, Screen::Besoin) title=t("guichet-besoin-titre")/>
            <form method="get" action=href("/parcours") class="step-form">
                <HiddenFields pairs=journey.pairs(flow)/>
                <input type="hidden" name=keys::ETAPE value=Screen::Besoin.slug()/>
                // The first choice takes the focus: the counter can answer at once.
                <NeedChoices legend=t("guichet-besoin-legende") error=None autofocus=true/>
                <button type="submit" class="button">{t("continuer")}</button>
            </form>
        </div>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
fn commune_name(code: &InseeCode) -> Option<String> {
    let services = crate::ssr::state::AppState::from_context().ok()?;
    services.gazetteer.commune(code).map(|c| c.nom.clone())
}

#[cfg(not(feature = "ssr"))]
fn commune_name(_code: &InseeCode) -> Option<String> {
    None
}
