//! The map of the Ain (`/indicateurs/carte`): the 391 communes filled by one layer's class
//! (`domain::indicators::map`), the EPCI borders drawn over them, a legend in words, and the same
//! values in a table beside it.
//!
//! Each commune is a link to its own row of the table, named with the commune, its EPCI and its
//! value: the keyboard reaches every area (a skip link jumps over them), a screen reader hears
//! each one, and following one lands on the row that says the same in words. Plain SVG drawn on
//! the server: no script, no tile server, nothing asked of another site; it works offline and in print.

use crate::components::form_fields::{ErrorSummary, SelectField};
use crate::view::map::{Area, MapView};
use leptos::prelude::*;

/// The scale's CSS class: `map-0` (best) to `map-5` (worst), `map-na` when not known.
fn class_of(class: Option<u8>) -> String {
    class.map_or_else(|| "map-na".to_owned(), |c| format!("map-{c}"))
}

#[component]
pub fn MapBody(data: MapView) -> impl IntoView {
    let MapView { fields, errors, besoins, titre, explication, legende, largeur, hauteur, limites_epci, zones } = data;
    let vues = vec![
        ("couverture".to_owned(), "Couverture".to_owned()),
        ("fragilite".to_owned(), "Fragilité numérique".to_owned()),
        ("fraicheur".to_owned(), "Fraîcheur des fiches".to_owned()),
    ];
    let besoins: Vec<_> = std::iter::once((String::new(), "Tous les besoins".to_owned())).chain(besoins).collect();
    let shown = !zones.is_empty();
    view! {
        <form method="get" action=crate::i18n::href("/indicateurs/carte") class="filter-form" aria-labelledby="carte-choix">
            <h2 id="carte-choix">"Choisir la carte"</h2>
            <ErrorSummary errors=errors.clone() title="Cette carte n’a pas pu être affichée" intro="Corrigez ce point, puis affichez de nouveau :"/>
            <div class="filter-fields">
                <SelectField name="vue" label="Carte" options=vues fields=fields.clone() errors=errors.clone()/>
                <SelectField name="besoin" label="Besoin (pour la couverture)" options=besoins fields errors/>
            </div>
            <button type="submit" class="button">"Afficher"</button>
        </form>
        {shown.then(|| view! {
            <section class="indicators-section" aria-labelledby="carte-titre">
                <h2 id="carte-titre">{titre.clone()}</h2>
                <p>{explication}</p>
                <Legend entries=legende/>
                <p><a class="skip-map" href="#carte-tableau">"Passer la carte et aller au tableau"</a></p>
                <Drawing titre largeur hauteur limites_epci zones=zones.clone()/>
                <AreaTable zones/>
            </section>
        })}
    }
}

#[component]
fn Legend(entries: Vec<(Option<u8>, String)>) -> impl IntoView {
    view! {
        <ul class="map-legend" aria-label="Légende">
            {entries.into_iter().map(|(class, words)| view! {
                <li><span class=format!("map-swatch {}", class_of(class)) aria-hidden="true"></span>{words}</li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Drawing(titre: String, largeur: u32, hauteur: u32, limites_epci: String, zones: Vec<Area>) -> impl IntoView {
    view! {
        <svg class="map" viewBox=format!("0 0 {largeur} {hauteur}") role="group" aria-label=format!("Carte de l’Ain, {titre}")>
            {zones.into_iter().map(|z| {
                let name = format!("{} ({}) : {}", z.commune, z.epci, z.valeur);
                let label = name.clone();
                view! {
                    <a href=format!("#c-{}", z.insee) aria-label=label>
                        <title>{name}</title>
                        <path class=class_of(z.classe) d=z.d></path>
                    </a>
                }
            }).collect_view()}
            <path class="map-epci" d=limites_epci aria-hidden="true"></path>
        </svg>
    }
}

#[component]
fn AreaTable(zones: Vec<Area>) -> impl IntoView {
    view! {
        <div class="table-scroll" id="carte-tableau" role="region" tabindex="0" aria-labelledby="carte-tableau-legende">
            <table class="map-table">
                <caption id="carte-tableau-legende">"La carte en tableau : chaque commune et sa valeur"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Commune"</th>
                        <th scope="col">"Intercommunalité"</th>
                        <th scope="col">"Valeur"</th>
                    </tr>
                </thead>
                <tbody>
                    {zones.into_iter().map(|z| view! {
                        <tr id=format!("c-{}", z.insee)>
                            <th scope="row">{z.commune}</th>
                            <td>{z.epci}</td>
                            <td><span class=format!("map-swatch {}", class_of(z.classe)) aria-hidden="true"></span>{z.valeur}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
