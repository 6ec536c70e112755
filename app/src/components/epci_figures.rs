//! « Fiches et signalements par intercommunalité »: whether each EPCI's entries are still true — the
//! share confirmed in six months, séances to come and past, reports opened and closed and the median
//! time to close one. On both indicator pages (and as CSV), and in an EPCI's printable guide.

use crate::view::epci::EpciRow;
use leptos::prelude::*;

/// The table; `csv`: where the same table is as a file, if anywhere.
#[component]
pub fn EpciFiguresTable(rows: Vec<EpciRow>, #[prop(optional)] csv: Option<String>) -> impl IntoView {
    view! {
        <section class="indicators-section" aria-labelledby="fiches-titre">
            <h2 id="fiches-titre">"Fiches et signalements par intercommunalité"</h2>
            <p>"Une fiche est à jour quand une personne l’a confirmée depuis moins de six mois. Les séances et les signalements sont ceux des lieux de l’intercommunalité."</p>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="fiches-legende">
                <table>
                    <caption id="fiches-legende">"Fiches, séances et signalements, par intercommunalité"</caption>
                    <thead>
                        <tr>
                            {EpciRow::HEADINGS.iter().enumerate().map(|(i, h)| {
                                let number = i > 0;
                                view! { <th scope="col" class:number=number>{*h}</th> }
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|r| {
                            let [nom, rest @ ..] = r.cells();
                            view! {
                                <tr>
                                    <th scope="row">{nom}</th>
                                    {rest.into_iter().map(|c| view! { <td class="number">{c}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {csv.map(|href| view! { <p><a href=href download="">"Télécharger « Fiches et signalements par intercommunalité » (CSV)"</a></p> })}
        </section>
    }
}
