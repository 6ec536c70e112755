//! « Fiches et signalements par intercommunalité »: whether each EPCI's entries are still true — the
//! share confirmed in six months, séances to come and past, reports opened and closed and the median
//! time to close one. On both indicator pages (and as CSV), and in an EPCI's printable guide.

use crate::domain::pilotage::epci::EpciFigures;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpciRow {
    pub nom: String,
    pub fiches: usize,
    /// « 62 % », or « — » without entries.
    pub a_jour: String,
    pub seances_a_venir: usize,
    pub seances_passees: usize,
    pub signalements_ouverts: usize,
    pub signalements_traites: usize,
    /// « 3,5 jours », or « — » when none was closed.
    pub delai: String,
}

impl From<&EpciFigures> for EpciRow {
    fn from(f: &EpciFigures) -> Self {
        let delai = f.delai_median_jours.map_or("—".to_owned(), |d| format!("{:.1} jours", d).replace('.', ","));
        EpciRow {
            nom: f.nom.clone(),
            fiches: f.fiches,
            a_jour: f.freshness().map_or("—".to_owned(), |p| format!("{p} %")),
            seances_a_venir: f.seances_a_venir,
            seances_passees: f.seances_passees,
            signalements_ouverts: f.signalements_ouverts,
            signalements_traites: f.signalements_traites,
            delai,
        }
    }
}

impl EpciRow {
    /// The column headings, as the table and its CSV file write them.
    pub const HEADINGS: [&'static str; 8] = [
        "Intercommunalité",
        "Fiches publiées",
        "Confirmées depuis moins de 6 mois",
        "Séances à venir",
        "Séances passées",
        "Signalements en attente",
        "Signalements traités",
        "Délai médian de traitement",
    ];

    pub fn cells(&self) -> [String; 8] {
        [
            self.nom.clone(),
            self.fiches.to_string(),
            self.a_jour.clone(),
            self.seances_a_venir.to_string(),
            self.seances_passees.to_string(),
            self.signalements_ouverts.to_string(),
            self.signalements_traites.to_string(),
            self.delai.clone(),
        ]
    }
}

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
