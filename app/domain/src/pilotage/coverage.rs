//! Coverage and priorities: for every commune and every need, the best help any person with that
//! need can count on there, and how far it is; crossed with the commune's Indice de fragilité
//! numérique, the « communes prioritaires » where fragility is high and nothing local answers.
//!
//! A need has several precise forms (« m'équiper : acheter du matériel », « … : accéder à un
//! ordinateur »): a commune is covered for the need only as well as its worst-covered form, since a
//! person does not choose which form their need takes. People are assumed able to travel, as the
//! parcours does by default.

use super::Reached;
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
    /// The best tier that every form of the need reaches.
    pub atteint: Reached,
    /// For that worst-covered form, the distance to the nearest fitting place, when it has one.
    pub distance_km: Option<f64>,
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

/// Every commune of the gazetteer, every need of the flow.
pub fn communes(gazetteer: &Gazetteer, directory: &Directory, flow: &Flow, fragility: &Fragility) -> Vec<CommuneCoverage> {
    let openings = Openings::new();
    // Each need's forms, as the engine's criteria, computed once.
    let forms: Vec<(String, Vec<Criteria>)> = flow
        .besoins
        .iter()
        .map(|need| {
            let criteria = flow.precision_paths(need).iter().filter_map(|answers| flow.criteria(need, answers).ok()).collect();
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
                    let worst = criteria
                        .iter()
                        .map(|c| {
                            let criteria = Criteria { mobilite: Some(Mobility::Peut), ..c.clone() };
                            let o = orient(directory, &openings, &Profile { commune, criteria: &criteria });
                            let nearest = o.matches.iter().filter_map(|m| m.distance_km).reduce(f64::min);
                            (Reached::best(&o.tiers), nearest)
                        })
                        .max_by(|a, b| a.0.cmp(&b.0))
                        .unwrap_or((Reached::Nothing, None));
                    NeedCoverage { besoin: besoin.clone(), atteint: worst.0, distance_km: worst.1 }
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
