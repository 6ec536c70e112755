//! `/carte-des-lieux?besoin=…&epci=…`: every place of the directory on a map, for one need and one
//! intercommunalité (or all of them), with the same needs as the parcours. Every point is a link to
//! the place's page; the list under the map says the same in words and is the map's text
//! alternative. Plain SVG drawn on the server (`domain::place_map::area`), like the map of the
//! indicators: no script, no tile server, no other site. In the six languages: the footer of every
//! page links to it.

use crate::components::form_fields::{ErrorSummary, SelectField};
use crate::components::problem::ProblemPage;
use crate::domain::place_map::AreaMap;
use crate::error::AppError;
use crate::i18n::{href, t, tr};
use crate::pages::query_pairs;
use crate::view::places::PlacesView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn PlacesMapPage() -> impl IntoView {
    let data = get_places_map(query_pairs(), crate::i18n::langue());
    Suspend::new(async move {
        let body = match data.await {
            Ok(v) => view! { <PlacesBody v/> }.into_any(),
            Err(error) => view! { <ProblemPage error/> }.into_any(),
        };
        view! {
            <Title text=crate::i18n::page_title(&t("lieux-titre"))/>
            <h1>{t("lieux-titre")}</h1>
            <p class="lead">{t("lieux-intro")}</p>
            {body}
            <p class="hint">{t("lieux-sources")}</p>
        }
    })
}

#[component]
fn PlacesBody(v: PlacesView) -> impl IntoView {
    let PlacesView { fields, errors, besoins, epcis, titre, carte, lieux } = v;
    let count = lieux.len();
    view! {
        <form method="get" action=href("/carte-des-lieux") class="filter-form" aria-labelledby="lieux-choix">
            <h2 id="lieux-choix">{t("lieux-choisir")}</h2>
            <ErrorSummary errors=errors.clone() title=t("lieux-erreur-titre") intro=t("lieux-erreur-intro")/>
            <div class="filter-fields">
                <SelectField name="besoin" label=t("lieux-besoin") options=besoins fields=fields.clone() errors=errors.clone()/>
                <SelectField name="epci" label=t("lieux-epci") options=epcis fields errors/>
            </div>
            <button type="submit" class="button">{t("lieux-afficher")}</button>
        </form>
        <section aria-labelledby="lieux-titre">
            <h2 id="lieux-titre">{tr("lieux-nombre", &[("selection", (&titre).into()), ("n", count.into())])}</h2>
            {carte.map(|c| view! {
                <p><a class="skip-map" href="#lieux-liste">{t("lieux-passer-carte")}</a></p>
                <Drawing c titre=titre.clone()/>
            })}
            <ul class="places-list" id="lieux-liste">
                {lieux.into_iter().map(|(page, nom, offre, commune)| view! {
                    <li><a href=page>{nom}</a>{format!(", {commune} — {offre}")}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Drawing(c: AreaMap, titre: String) -> impl IntoView {
    let AreaMap { vue, fond, points } = c;
    let width = vue.split(' ').nth(2).and_then(|w| w.parse::<f64>().ok()).unwrap_or(600.0);
    let r = format!("{:.1}", (width / 110.0).max(1.5));
    view! {
        <svg class="places-map" viewBox=vue role="group" aria-label=tr("lieux-carte-nom", &[("selection", (&titre).into())])>
            <path class="places-map-fond" d=fond aria-hidden="true"></path>
            {points.into_iter().map(|p| {
                let label = p.nom.clone();
                view! {
                    <a href=p.href aria-label=label>
                        <title>{p.nom}</title>
                        <circle class="places-map-point" cx=p.x cy=p.y r=r.clone()></circle>
                    </a>
                }
            }).collect_view()}
        </svg>
    }
}

/// The map and list for the page's choice.
#[server(endpoint = "carte-des-lieux", input = GetUrl)]
pub async fn get_places_map(pairs: Vec<(String, String)>, langue: crate::domain::langue::Langue) -> Result<PlacesView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    Ok(crate::ssr::places_map::view(&services, &pairs, langue))
}
