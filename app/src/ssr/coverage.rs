//! Coverage and priorities on the indicator pages (`domain::indicators::coverage`): computed over the
//! published directory once per week value (a new day or a change in the directory), off the request
//! threads, and crossed with the bundled Indice de fragilité numérique.

use super::state::AppState;
use crate::domain::flow::Flow;
use crate::domain::indicators::coverage::{communes, read_fragility, CommuneCoverage, Fragility};
use crate::domain::indicators::filter::Filter;
use crate::domain::indicators::{Dimension, Names, Reached};
use crate::error::AppError;
use crate::view::coverage::{CoverageRow, CoverageView, PriorityRow};
use std::sync::{Arc, OnceLock};

/// The Indice de fragilité numérique per commune (COG 2023 codes), from the national inclusion
/// numérique stack's open data (see `../shared/data/SOURCES.txt`, file 7).
const IFN_CSV: &str = include_str!("../../data/ifn-indice-fragilite-numerique-communes-ain-2023.csv");

/// The IFN read against today's communes, once.
pub fn fragility(services: &AppState) -> &'static Fragility {
    static FRAGILITY: OnceLock<Fragility> = OnceLock::new();
    FRAGILITY.get_or_init(|| read_fragility(IFN_CSV, &services.gazetteer))
}

/// Every commune × need, for the directory published now.
pub async fn all(services: &AppState) -> Result<Arc<Vec<CommuneCoverage>>, AppError> {
    let (_, week) = services.this_week();
    if let Some(done) = week.coverage.get() {
        return Ok(Arc::clone(done));
    }
    let (gazetteer, fragility) = (Arc::clone(&services.gazetteer), fragility(services));
    let computed = tokio::task::spawn_blocking(move || {
        let all = Arc::new(communes(&gazetteer, &week.directory, Flow::shipped(), fragility));
        Arc::clone(week.coverage.get_or_init(|| all))
    });
    computed.await.map_err(AppError::internal)
}

/// The precise forms of `need` in commune `c`, with the best tier each reaches.
fn forms_of<'a>(c: &'a CommuneCoverage, need: &str) -> Option<&'a [(String, Reached)]> {
    c.needs.iter().find(|n| n.besoin == need).map(|n| n.forms.as_slice())
}

/// Communes by the best help found: local, only département-wide or remote, nothing.
fn row(label: String, reached: impl Iterator<Item = Reached>) -> CoverageRow {
    let mut row = CoverageRow { besoin: label, local: 0, wider: 0, nothing: 0 };
    for r in reached {
        match r {
            Reached::Nothing => row.nothing += 1,
            r if r.is_local() => row.local += 1,
            _ => row.wider += 1,
        }
    }
    row
}

/// The coverage of the communes and needs a filter keeps.
pub async fn view(services: &AppState, filter: &Filter) -> Result<CoverageView, AppError> {
    let all = all(services).await?;
    let flow = Flow::shipped();
    let kept: Vec<&CommuneCoverage> = all.iter().filter(|c| filter.epci.as_ref().is_none_or(|e| *e == c.epci)).collect();
    let wanted = |besoin: &str| filter.besoin.as_ref().is_none_or(|b| b == besoin);
    let needs = flow.besoins.iter().filter(|n| wanted(&n.id)).map(|need| {
        let reached = kept.iter().filter_map(|c| c.needs.iter().find(|n| n.besoin == need.id)).map(|n| n.atteint);
        row(need.titre.clone(), reached)
    });
    let names = Names { flow, geography: services.gazetteer.geography() };
    let mut forms: Vec<CoverageRow> = Vec::new();
    for need in flow.besoins.iter().filter(|n| wanted(&n.id)) {
        let keys = kept.first().and_then(|c| forms_of(c, &need.id)).unwrap_or_default();
        for (key, _) in keys {
            let reached = kept.iter().filter_map(|c| forms_of(c, &need.id)?.iter().find(|f| f.0 == *key)).map(|f| f.1);
            forms.push(row(names.label(Dimension::Precision, &format!("{}:{key}", need.id)), reached));
        }
    }
    let epci_name = |siren: &str| services.gazetteer.geography().epci(siren).map_or_else(|| siren.to_owned(), |e| e.nom.clone());
    let mut priorities: Vec<PriorityRow> = kept
        .iter()
        .filter(|c| c.is_priority() && c.gaps().any(|g| wanted(&g.besoin)))
        .map(|c| PriorityRow {
            commune: c.nom.clone(),
            epci: epci_name(&c.epci),
            ifn: c.ifn.unwrap_or_default(),
            gaps: c
                .gaps()
                .filter(|g| wanted(&g.besoin))
                .map(|g| {
                    let need = flow.need(&g.besoin).map_or(g.besoin.as_str(), |n| n.titre.as_str());
                    match g.distance_km {
                        Some(km) => format!("{need} ({}, {} km)", g.atteint.label().to_lowercase(), km.round()),
                        None => format!("{need} ({})", g.atteint.label().to_lowercase()),
                    }
                })
                .collect(),
        })
        .collect();
    priorities.sort_by(|a, b| b.gaps.len().cmp(&a.gaps.len()).then(b.ifn.total_cmp(&a.ifn)).then_with(|| a.commune.cmp(&b.commune)));
    let fragility = fragility(services);
    Ok(CoverageView {
        communes: kept.len(),
        needs: needs.collect(),
        forms,
        priorities,
        ifn_note: format!(
            "Indice de fragilité numérique 2023 : {} communes d’aujourd’hui ont un score ; {} codes de communes fusionnées depuis 2023 ont rejoint leur commune nouvelle (scores moyennés) ; {} code{} non reconnu{}.",
            fragility.by_commune.len(),
            fragility.merged.len(),
            fragility.unmapped.len(),
            if fragility.unmapped.len() > 1 { "s" } else { "" },
            if fragility.unmapped.len() > 1 { "s" } else { "" },
        ),
    })
}
