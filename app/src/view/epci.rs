//! One EPCI's figures as a table row (the indicators, the guides). Built from
//! `domain::indicators`'s figures, drawn by `components::epci_figures`.

use crate::domain::indicators::epci::EpciFigures;
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
