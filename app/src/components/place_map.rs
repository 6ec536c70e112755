//! The result's small map (`domain::place_map`), plain SVG from the server: the person's commune,
//! its EPCI, and the shortlist's places numbered like their cards (each card's
//! title carries its number, `.results--numbered`, online and offline). The caption names the commune and the
//! numbers drawn: it is the figure's text alternative, and the list above says the rest in words.

use crate::domain::place_map::PlaceMap;
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn PlaceMapView(carte: PlaceMap, commune: String) -> impl IntoView {
    let PlaceMap { vue, commune: own, epci, lieux } = carte;
    // Markers keep the same size on the page whatever the EPCI's extent.
    let width = vue.split(' ').nth(2).and_then(|w| w.parse::<f64>().ok()).unwrap_or(100.0);
    let r = (width / 28.0).max(3.0);
    let numeros = lieux.iter().map(|m| m.numero.to_string()).collect::<Vec<_>>().join(", ");
    let caption = if lieux.is_empty() {
        tr("carte-lieux-sans", &[("commune", (&commune).into())])
    } else {
        tr("carte-lieux", &[("commune", (&commune).into()), ("numeros", (&numeros).into())])
    };
    view! {
        <figure class="place-map">
            <svg class="place-map-svg" viewBox=vue role="img" aria-labelledby="plan-des-lieux" preserveAspectRatio="xMidYMid meet">
                <path class="pm-epci" d=epci></path>
                <path class="pm-commune" d=own></path>
                {lieux.into_iter().map(|m| view! {
                    <g class="pm-lieu">
                        <circle cx=m.x cy=m.y r=format!("{r:.1}")></circle>
                        <text x=m.x y=m.y dy="0.35em" text-anchor="middle" font-size=format!("{:.1}", r * 1.3)>{m.numero}</text>
                    </g>
                }).collect_view()}
            </svg>
            <figcaption id="plan-des-lieux">{caption}</figcaption>
        </figure>
    }
}
