//! Coverage and priorities on the indicator pages: how many communes have local help for each need,
//! and the « communes prioritaires » — fragile, and with a need nothing local answers. Built by
//! `ssr::coverage::view`; each table also a CSV file.

use super::bar_chart::BarChart;
use crate::domain::indicators::coverage::FRAGILE_IFN;
use crate::domain::journey::url;
use crate::view::coverage::{CoverageRow, CoverageView};
use leptos::prelude::*;

#[component]
pub fn CoverageSections(
    coverage: CoverageView,
    base: &'static str,
    links: Vec<(String, String)>,
    /// The long tables shown unfolded (a printed page cannot open them).
    #[prop(optional)]
    unfolded: bool,
) -> impl IntoView {
    let CoverageView { communes, needs, forms, priorities, ifn_note } = coverage;
    let bars = needs.iter().map(|n| (n.besoin.clone(), n.local as u64, format!("{} sur {communes}", n.local))).collect();
    let count = priorities.len();
    view! {
        <section class="indicators-section" aria-labelledby="couverture-titre">
            <h2 id="couverture-titre">"Couverture par besoin"</h2>
            <p>{format!("Sur {communes} communes : pour chaque besoin, celles où toute personne qui peut se déplacer trouve une aide dans sa commune, son intercommunalité ou à proximité, quelle que soit la forme précise de son besoin.")}</p>
            <BarChart title="Communes avec une aide locale, par besoin".to_owned() bars/>
            <CoverageTable id="couverture" caption="Communes par meilleure aide trouvée, pour chaque besoin" first="Besoin" rows=needs/>
            <p><a href=url(&format!("{base}/couverture.csv"), &links) download="">"Télécharger « Couverture par besoin » (CSV)"</a></p>
        </section>
        <section class="indicators-section" aria-labelledby="couverture-precise-titre">
            <h2 id="couverture-precise-titre">"Couverture par besoin précis"</h2>
            <p>"Pour chaque forme précise d’un besoin, le nombre de communes où elle trouve une aide locale : une forme sans aucune aide nulle part est un manque de tout le département."</p>
            <details class="others" open=unfolded>
                <summary>{format!("Voir les {} besoins précis", forms.len())}</summary>
                <CoverageTable id="couverture-precise" caption="Communes par meilleure aide trouvée, pour chaque besoin précis" first="Besoin précis" rows=forms/>
            </details>
            <p><a href=url(&format!("{base}/couverture-precise.csv"), &links) download="">"Télécharger « Couverture par besoin précis » (CSV)"</a></p>
        </section>
        <section class="indicators-section" aria-labelledby="prioritaires-titre">
            <h2 id="prioritaires-titre">{format!("Communes prioritaires ({count})")}</h2>
            <p>{format!("Les communes les plus fragiles face au numérique (indice de fragilité numérique de {FRAGILE_IFN} ou plus : le quart le plus fragile de l’Ain) où au moins un besoin ne trouve aucune aide locale. Les plus touchées d’abord.")}</p>
            {(count == 0).then(|| view! { <p>"Aucune commune prioritaire pour ce choix."</p> })}
            {(count > 0).then(|| view! {
                <details class="others" open=unfolded>
                <summary>{format!("Voir les {count} communes prioritaires")}</summary>
                <div class="table-scroll" role="region" tabindex="0" aria-labelledby="prioritaires-legende">
                    <table>
                        <caption id="prioritaires-legende">"Communes prioritaires, et leurs besoins sans aide locale"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Commune"</th>
                                <th scope="col">"Intercommunalité"</th>
                                <th scope="col" class="number">"Fragilité (sur 10)"</th>
                                <th scope="col">"Besoins sans aide locale (meilleure aide, distance)"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {priorities.into_iter().map(|p| view! {
                                <tr>
                                    <th scope="row">{p.commune}</th>
                                    <td>{p.epci}</td>
                                    <td class="number">{format!("{:.1}", p.ifn).replace('.', ",")}</td>
                                    <td>{p.gaps.join(" ; ")}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                </details>
            })}
            <p><a href=url(&format!("{base}/prioritaires.csv"), &links) download="">"Télécharger « Communes prioritaires » (CSV)"</a></p>
            <p class="hint">{ifn_note}</p>
        </section>
    }
}

/// Communes by the best help found, one row per need (or precise form).
#[component]
fn CoverageTable(id: &'static str, caption: &'static str, first: &'static str, rows: Vec<CoverageRow>) -> impl IntoView {
    let (legend, labelled_by) = (format!("{id}-legende"), format!("{id}-legende"));
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby=labelled_by>
            <table>
                <caption id=legend>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="number">"Aide locale"</th>
                        <th scope="col" class="number">"Département ou à distance seulement"</th>
                        <th scope="col" class="number">"Aucune aide"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|n| view! {
                        <tr>
                            <th scope="row">{n.besoin}</th>
                            <td class="number">{n.local}</td>
                            <td class="number">{n.wider}</td>
                            <td class="number">{n.nothing}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
