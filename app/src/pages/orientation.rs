//! `/orientation?commune=INSEE&besoin=…`: the result. Ranked services with the reasons they fit, what
//! to do to get there, and a plain notice when nothing local fits.

use super::parcours::{journey_from_url, redirect_to, RestartLink};
use crate::components::print_button::PrintButton;
use crate::components::problem::ProblemPage;
use crate::components::result_card::ResultCardView;
use crate::domain::engine::Tier;
use crate::domain::flow::Flow;
use crate::domain::journey::{url, Journey, Screen, Step};
use crate::domain::result::OrientationResult;
use crate::server_fns::orientation::get_orientation;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OrientationPage() -> impl IntoView {
    let flow = Flow::shipped();
    let mut journey = match journey_from_url() {
        Ok(j) => j,
        Err(error) => return view! { <ProblemPage error/> }.into_any(),
    };
    // A shared or bookmarked result has no « etape »: the comment answers it has are enough.
    let submitted = journey.soumis == Some(Screen::Comment);
    journey.soumis = Some(Screen::Comment);
    let services_known = |need| flow.criteria(need, &journey.answers).is_ok_and(|c| !c.services.is_empty());
    match journey.step(flow) {
        Step::Resultat { .. } => {}
        // A shared link may lack some answers: the engine then assumes the defaults, as long as it
        // knows which services to look for.
        Step::Comment { need, .. } | Step::Precision { need, .. } if !submitted && services_known(need) => {}
        _ => {
            // Something the result needs is missing: the parcours asks for it.
            let mut pairs = journey.pairs(flow);
            if submitted {
                pairs.push(("etape".into(), "comment".into()));
            }
            return redirect_to(url("/parcours", &pairs));
        }
    }
    let pairs = journey.pairs(flow);
    let result = get_orientation(pairs);
    Suspend::new(async move {
        match result.await {
            Ok(r) => view! { <ResultView result=r journey/> }.into_any(),
            Err(error) => view! { <ProblemPage error/> }.into_any(),
        }
    })
    .into_any()
}

#[component]
fn ResultView(result: OrientationResult, journey: Journey) -> impl IntoView {
    let OrientationResult { besoin_titre, commune_nom, epci_nom, reponses, local, niveaux, cartes, url: self_url, .. } = result;
    let count = cartes.len();
    let title = format!("{besoin_titre} à {commune_nom} : {count} aide{}", if count > 1 { "s" } else { "" });
    let edit = self_url.replacen("/orientation", "/parcours", 1);
    let edit_bottom = edit.clone();
    let remote_only = !niveaux.is_empty() && niveaux.iter().all(|t| *t == Tier::Distance);
    let counter = journey.guichet.then(|| {
        view! {
            <p class="guichet-actions">
                <a class="button" href=journey.restart_url()>"Nouvelle personne"</a>
                <PrintButton/>
            </p>
        }
    });
    view! {
        <Title text=format!("{title} – Aiguillage")/>
        {counter}
        <h1>{format!("Où trouver de l’aide : {}", besoin_titre.to_lowercase())}</h1>
        <p class="lead">{format!("Pour {commune_nom} ({epci_nom}).")}</p>
        <details class="answers">
            <summary>"Vos réponses"</summary>
            <ul>{reponses.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            <p><a href=edit>"Modifier mes réponses"</a></p>
        </details>
        {(!local).then(|| view! {
            <div class="notice" role="note">
                <p>
                    <strong>"Nous n’avons pas trouvé d’aide dans votre intercommunalité pour ce besoin."</strong>
                </p>
                <p>{if remote_only { "Voici les aides à distance." } else { "Voici les aides qui couvrent tout le département ou qui se font à distance." }}</p>
            </div>
        })}
        {if count == 0 {
            view! {
                <div class="notice" role="note">
                    <p><strong>"Nous n’avons trouvé aucune aide pour ces réponses."</strong></p>
                    <p>"Essayez d’enlever une réponse, ou appelez votre mairie : elle connaît les aides près de chez vous."</p>
                </div>
            }.into_any()
        } else {
            view! {
                <ol class="results">
                    {cartes.into_iter().map(|card| view! { <li><ResultCardView card/></li> }).collect_view()}
                </ol>
            }.into_any()
        }}
        <p class="step-links">
            <a href=edit_bottom>"Modifier mes réponses"</a>
            " · "
            <RestartLink journey=journey.clone()/>
        </p>
    }
}
