//! Coverage and priorities: for every commune and every need, the best help available there and how
//! far it is; for every precise form of a need (« m'équiper : acheter du matériel »), how many
//! communes find local help; crossed with the commune's Indice de fragilité numérique, the
//! « communes prioritaires » where fragility is high and nothing local answers a need. People are
//! assumed able to travel, as the parcours does by default.

use super::{precision, Reached};
use crate::commune_search::Gazetteer;
use crate::directory::Directory;
use crate::engine::{orient, Openings, Profile};
use crate::flow::{Criteria, Flow, Mobility};
use crate::geo::InseeCode;
use std::collections::BTreeMap;

/// Communes at or above this fragility score are in the most fragile quarter of the Ain (IFN 2023:
/// median 5.4, third quartile 6.4, on a scale of 10).
pub const FRAGILE_IFN: f64 = 6.4;

/// How one need is covered in one commune.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedCoverage {
    pub besoin: String,
    /// The best tier any form of the need reaches.
    pub atteint: Reached,
    /// The distance to the nearest place that fits some form of the need, when one has an address.
    pub distance_km: Option<f64>,
    /// Each precise form (`indicators::precision`, « caf/avec_moi ») and the best tier it reaches.
    pub forms: Vec<(String, Reached)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommuneCoverage {
    pub insee: InseeCode,
    pub nom: String,
    pub epci: String,
    /// The Indice de fragilité numérique, when the commune has one.
    pub ifn: Option<f64>,
    /// In the flow's order of needs.
    pub needs: Vec<NeedCoverage>,
}

impl CommuneCoverage {
    /// The needs for which nothing in the commune, the EPCI or nearby answers.
    pub fn gaps(&self) -> impl Iterator<Item = &NeedCoverage> {
        self.needs.iter().filter(|n| !n.atteint.is_local())
    }

    /// Fragile, and at least one need without a local answer.
    pub fn is_priority(&self) -> bool {
        self.ifn.is_some_and(|ifn| ifn >= FRAGILE_IFN) && self.gaps().next().is_some()
    }
}

/// Every commune of the gazetteer, every need of the flow and each of its precise forms.
pub fn communes(gazetteer: &Gazetteer, directory: &Directory, flow: &Flow, fragility: &Fragility) -> Vec<CommuneCoverage> {
    let openings = Openings::new();
    // Each need's forms, keyed as counters key them, with the engine's criteria: computed once.
    let forms: Vec<(String, Vec<(String, Criteria)>)> = flow
        .besoins
        .iter()
        .map(|need| {
            let criteria = flow
                .precision_paths(need)
                .iter()
                .filter_map(|answers| Some((precision(need, answers), flow.criteria(need, answers).ok()?)))
                .map(|(key, c)| (key, Criteria { mobilite: Some(Mobility::Peut), ..c }))
                .collect();
            (need.id.clone(), criteria)
        })
        .collect();
    gazetteer
        .geography()
        .communes
        .iter()
        .map(|commune| {
            let needs = forms
                .iter()
                .map(|(besoin, criteria)| {
                    let mut need = NeedCoverage { besoin: besoin.clone(), atteint: Reached::Nothing, distance_km: None, forms: Vec::new() };
                    for (key, criteria) in criteria {
                        let o = orient(directory, &openings, &Profile { commune, criteria });
                        let reached = Reached::best(&o.tiers);
                        let nearest = o.matches.iter().filter_map(|m| m.distance_km).reduce(f64::min);
                        need.atteint = need.atteint.min(reached);
                        need.distance_km = match (need.distance_km, nearest) {
                            (Some(a), Some(b)) => Some(a.min(b)),
                            (a, b) => a.or(b),
                        };
                        need.forms.push((key.clone(), reached));
                    }
                    need
                })
                .collect();
            CommuneCoverage {
                insee: commune.insee.clone(),
                nom: commune.nom.clone(),
                epci: commune.epci.clone(),
                ifn: fragility.by_commune.get(&commune.insee).copied(),
                needs,
            }
        })
        .collect()
}

/// The Indice de fragilité numérique of today's communes, read from its file (2023 codes).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fragility {
    pub by_commune: BTreeMap<InseeCode, f64>,
    /// 2023 codes of communes merged since, and the commune they are part of today (their scores are
    /// averaged with their new commune's).
    pub merged: Vec<(String, InseeCode)>,
    /// 2023 codes that are no commune of the Ain today.
    pub unmapped: Vec<String>,
}

/// Reads the IFN file (`name,division,code,…,total`): the score is the `total` column. Rows whose
/// code is a former commune go to today's commune, averaged with its own score.
pub fn read_fragility(csv: &str, gazetteer: &Gazetteer) -> Fragility {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').map(str::trim).collect();
    let column = |name: &str| header.iter().position(|h| *h == name);
    let (Some(code_at), Some(total_at)) = (column("code"), column("total")) else { return Fragility::default() };
    let mut scores: BTreeMap<InseeCode, Vec<f64>> = BTreeMap::new();
    let mut fragility = Fragility::default();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        let (Some(code), Some(total)) = (cells.get(code_at), cells.get(total_at).and_then(|t| t.parse::<f64>().ok())) else { continue };
        let today = InseeCode::parse(code).ok().and_then(|c| gazetteer.commune(&c)).map(|c| c.insee.clone());
        match today {
            Some(insee) => {
                if insee.to_string() != *code {
                    fragility.merged.push(((*code).to_owned(), insee.clone()));
                }
                scores.entry(insee).or_default().push(total);
            }
            None => fragility.unmapped.push((*code).to_owned()),
        }
    }
    fragility.by_commune =
        scores.into_iter().map(|(insee, s)| (insee, (s.iter().sum::<f64>() / s.len() as f64 * 10.0).round() / 10.0)).collect();
    fragility
}

#[cfg(test)]
#[path = "coverage_tests.rs"]
mod tests;
