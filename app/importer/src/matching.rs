//! Whether a candidate is a place already known, and which: by its key in the same source (or its id,
//! for Aiguillage's own export), then by SIRET in the same commune, then by street address or name in
//! the same commune, then within 100 m with a similar name. Look-alikes that are not merged come back
//! as near misses. An index by key, commune and grid cell keeps this linear in the file's size.

use crate::export::OWN_SOURCE;
use crate::similarity::{name_jaccard, name_likeness, same_address};
use crate::Candidate;
use domain::commune_search::distance_km;
use domain::directory::Structure;
use std::collections::HashMap;

/// How a candidate was recognised as an entry already known.
#[derive(Debug, Clone, PartialEq)]
pub enum How {
    SameKey,
    Siret,
    Address,
    Name,
    Nearby {
        metres: u32,
    },
    /// A France services of the ANCT's list, in the commune of a 2019 maison de services au public
    /// known from nothing else: the France services replaced it.
    ReplacesMsap,
}

/// Two descriptions that look alike but were not merged: a coordinator decides.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    pub line: usize,
    pub nom: String,
    pub id: String,
    pub existing: String,
    pub metres: Option<u32>,
    pub likeness: f64,
}

fn metres(a: &Structure, b: &Structure) -> Option<u32> {
    let (a, b) = (a.adresse.as_ref()?, b.adresse.as_ref()?);
    Some((distance_km(a.longitude?, a.latitude?, b.longitude?, b.latitude?) * 1000.0).round() as u32)
}

pub fn commune_of(s: &Structure) -> Option<&str> {
    s.adresse.as_ref().map(|a| a.code_insee.as_str())
}

/// Where to look for a candidate's match without reading the whole directory: entries by source key,
/// by commune and by grid cell (about 1 km), kept up to date as the plan creates and merges entries.
#[derive(Default)]
pub struct Index {
    by_key: HashMap<(String, String), usize>,
    by_commune: HashMap<String, Vec<usize>>,
    by_cell: HashMap<(i32, i32), Vec<usize>>,
}

fn cell(s: &Structure) -> Option<(i32, i32)> {
    let a = s.adresse.as_ref()?;
    Some(((a.latitude? * 100.0).floor() as i32, (a.longitude? * 100.0).floor() as i32))
}

impl Index {
    pub fn add(&mut self, i: usize, s: &Structure) {
        for r in &s.sources {
            self.by_key.insert((r.source.clone(), r.cle.clone()), i);
        }
        if let Some(code) = commune_of(s) {
            let list = self.by_commune.entry(code.to_owned()).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
        if let Some(c) = cell(s) {
            let list = self.by_cell.entry(c).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }

    /// The entries in the cells around `s` (300 m fit within one cell's neighbours).
    fn around(&self, s: &Structure) -> Vec<usize> {
        let Some((y, x)) = cell(s) else { return Vec::new() };
        let mut out: Vec<usize> = (-1..=1)
            .flat_map(|dy| (-1..=1).map(move |dx| (y + dy, x + dx)))
            .filter_map(|c| self.by_cell.get(&c))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// An entry that only the 2019 directory lists, as a maison de services au public.
fn only_a_2019_msap(s: &Structure) -> bool {
    !s.sources.is_empty() && s.sources.iter().all(|r| r.source == "annuaire-administration" && r.cle.starts_with("msap-"))
}

/// The entry of `work` that `c` describes, and how; else the near misses worth showing.
pub fn find(work: &[Structure], index: &Index, c: &Candidate) -> Result<(usize, How), Vec<NearMiss>> {
    let s = &c.structure;
    let (source, key, _) = c.source();
    if let Some(&i) = index.by_key.get(&(source.to_owned(), key.to_owned())) {
        return Ok((i, How::SameKey));
    }
    // Aiguillage's own export names its entries by their ids.
    if source == OWN_SOURCE {
        if let Some(i) = work.iter().position(|w| w.id == key) {
            return Ok((i, How::SameKey));
        }
    }
    let commune = commune_of(s);
    let town = s.adresse.as_ref().map_or("", |a| a.commune.as_str());
    let street = s.adresse.as_ref().map_or("", |a| a.adresse.as_str());
    let same_commune: Vec<usize> = commune
        .and_then(|code| index.by_commune.get(code))
        .map(|list| list.iter().copied().filter(|&i| commune_of(&work[i]) == commune).collect())
        .unwrap_or_default();
    let likeness = |i: usize| name_likeness(&s.nom, &work[i].nom, town);
    let jaccard = |i: usize| name_jaccard(&s.nom, &work[i].nom, town);
    let address_of = |i: usize| work[i].adresse.as_ref().map_or("", |a| a.adresse.as_str());
    if let Some(siret) = &s.siret {
        let best = same_commune
            .iter()
            .copied()
            .filter(|&i| work[i].siret.as_ref() == Some(siret) && (likeness(i) >= 0.3 || same_address(street, address_of(i))))
            .max_by(|&a, &b| likeness(a).total_cmp(&likeness(b)));
        if let Some(i) = best {
            return Ok((i, How::Siret));
        }
    }
    if let Some(&i) = same_commune.iter().find(|&&i| same_address(street, address_of(i)) && likeness(i) >= 0.3) {
        return Ok((i, How::Address));
    }
    if let Some(&i) = same_commune.iter().find(|&&i| jaccard(i) >= 0.99) {
        return Ok((i, How::Name));
    }
    // The France services replaced the maisons de services au public (whose label ended in 2022): an
    // entry known only as the 2019 MSAP of the same commune is that place, not a second one beside it.
    if source == "france-services" {
        if let Some(&i) = same_commune.iter().find(|&&i| only_a_2019_msap(&work[i])) {
            return Ok((i, How::ReplacesMsap));
        }
    }
    let around = index.around(s);
    if let Some((i, m)) = around.iter().filter_map(|&i| Some((i, metres(s, &work[i])?))).find(|&(i, m)| m <= 100 && jaccard(i) >= 0.6) {
        return Ok((i, How::Nearby { metres: m }));
    }
    let mut candidates: Vec<usize> = around.into_iter().chain(same_commune.iter().copied()).collect();
    candidates.sort_unstable();
    candidates.dedup();
    let misses = candidates
        .into_iter()
        .filter_map(|i| {
            let (m, like) = (metres(s, &work[i]), likeness(i));
            let near = m.is_some_and(|m| m <= 300) && like >= 0.3;
            let same_place = same_commune.contains(&i) && (like >= 0.5 || same_address(street, address_of(i)));
            (near || same_place).then(|| NearMiss {
                line: c.line,
                nom: s.nom.clone(),
                id: work[i].id.clone(),
                existing: work[i].nom.clone(),
                metres: m,
                likeness: like,
            })
        })
        .collect();
    Err(misses)
}
