//! One place per real place. Each candidate is matched against the directory (and the candidates of the
//! same file before it): by its key in the same source, then by SIRET in the same commune, then by
//! street address or name in the same commune, then by distance and name likeness. A match updates the
//! entry field by field: a newer dated source replaces a value, an older one only fills a gap, and a
//! value a person corrected in the back-office is never touched. Entries a newer file of their source
//! no longer lists are flagged, never erased. The plan is computed whole before anything is written.

use crate::export::OWN_SOURCE;
use crate::matching::{commune_of, find, Index};
pub use crate::matching::{How, NearMiss};
use crate::{Candidate, Parsed};
use domain::directory::{Origin, Service, Structure, TRACKED_FIELDS};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Created {
        line: usize,
        id: String,
        nom: String,
        commune: String,
    },
    Merged {
        line: usize,
        id: String,
        nom: String,
        how: How,
        changes: Vec<FieldChange>,
        kept: Vec<(String, String)>,
        services_added: Vec<String>,
    },
    Unchanged {
        line: usize,
        id: String,
        nom: String,
    },
}

/// An entry that a newer file of its source no longer lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Flagged {
    pub id: String,
    pub nom: String,
    pub source: String,
    pub date: String,
}

/// A national label taken off an entry because its authority's newest list no longer names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Withdrawn {
    pub id: String,
    pub nom: String,
    pub label: domain::taxonomy::Programme,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub parsed: Parsed,
    pub outcomes: Vec<Outcome>,
    pub near_misses: Vec<NearMiss>,
    pub flagged: Vec<Flagged>,
    /// The structures to write, new or changed, in their final state.
    pub structures: Vec<Structure>,
    /// The services to add.
    pub services: Vec<Service>,
    /// Labels taken off (see `authority`).
    pub withdrawn: Vec<Withdrawn>,
    /// The services that a withdrawn label implied, to archive (never erased).
    pub retired_services: Vec<String>,
}

impl Plan {
    /// Nothing would be written.
    pub fn changes_nothing(&self) -> bool {
        self.structures.is_empty() && self.services.is_empty() && self.retired_services.is_empty()
    }

    pub fn created(&self) -> usize {
        self.outcomes.iter().filter(|o| matches!(o, Outcome::Created { .. })).count()
    }

    pub fn merged(&self) -> usize {
        self.outcomes.iter().filter(|o| matches!(o, Outcome::Merged { .. })).count()
    }

    pub fn unchanged(&self) -> usize {
        self.outcomes.iter().filter(|o| matches!(o, Outcome::Unchanged { .. })).count()
    }
}

/// Updates `target` with what `c` says; returns the fields changed and those kept as a person
/// corrected them (field, date of the correction).
fn merge_into(target: &mut Structure, c: &Candidate) -> (Vec<FieldChange>, Vec<(String, String)>) {
    let (source, key, date) = c.source();
    let (mut changes, mut kept) = (Vec::new(), Vec::new());
    let legacy_date = target.date_maj.clone().unwrap_or_default();
    // Aiguillage's own export brings nothing newer than what it was made from, and a list of employers
    // does not describe the place: both only fill gaps.
    let own = source == OWN_SOURCE;
    let fill_only = own || c.enrich_only;
    for field in TRACKED_FIELDS {
        let Some(new) = c.structure.field_text(field) else { continue };
        let old = target.field_text(field);
        let origin = target.origines.get(*field).cloned();
        let stamp = Origin { source: source.to_owned(), date: date.to_owned(), cle: Some(key.to_owned()) };
        if old.as_deref() == Some(new.as_str()) {
            if !own && origin.as_ref().is_none_or(|o| !o.is_correction() && o.date.as_str() < date) {
                target.origines.insert((*field).to_owned(), stamp);
            }
            continue;
        }
        if fill_only && old.is_some() {
            continue;
        }
        let newer = match &origin {
            Some(o) if o.is_correction() => {
                kept.push(((*field).to_owned(), o.date.clone()));
                continue;
            }
            // Same day: another source may update, and so may the same row corrected, but not another
            // row of the same file (two rows describing one place must not take turns).
            Some(o) => o.date.as_str() < date || (o.date == date && (o.source != source || o.cle.as_deref() == Some(key))),
            None => old.is_none() || legacy_date.as_str() <= date,
        };
        if !newer && old.is_some() {
            continue;
        }
        let coordinates = target.adresse.as_ref().map(|a| (a.code_insee.clone(), a.longitude, a.latitude));
        target.copy_field(field, &c.structure);
        // A source without coordinates keeps those already known for the same commune.
        if let (Some(a), Some((insee, lon, lat))) = (target.adresse.as_mut(), coordinates) {
            if a.longitude.is_none() && a.code_insee == insee {
                (a.longitude, a.latitude) = (lon, lat);
            }
        }
        target.origines.insert((*field).to_owned(), stamp);
        changes.push(FieldChange { field: (*field).to_owned(), before: old, after: Some(new) });
    }
    let labels_before = target.dispositifs.len();
    for p in &c.structure.dispositifs {
        if !target.dispositifs.contains(p) {
            target.dispositifs.push(*p);
        }
    }
    if target.dispositifs.len() > labels_before {
        let names = |s: &Structure| s.dispositifs.iter().map(|p| p.label()).collect::<Vec<_>>().join(", ");
        changes.push(FieldChange { field: "dispositifs".into(), before: None, after: Some(names(target)) });
    }
    if own {
        return (changes, kept);
    }
    match target.sources.iter_mut().find(|r| r.source == source && r.cle == key) {
        Some(r) => {
            if r.date.as_str() < date {
                r.date = date.to_owned();
            }
            r.absent = false;
        }
        None => target.sources.push(c.structure.sources[0].clone()),
    }
    if target.date_maj.as_deref().is_none_or(|d| d < date) {
        target.date_maj = Some(date.to_owned());
    }
    if !changes.is_empty() {
        target.a_verifier = true;
    }
    (changes, kept)
}

/// The plan for importing `parsed` into a directory holding `existing` (archived entries included: an
/// entry a coordinator archived is recognised, not created again) and services `existing_services`.
pub fn plan(existing: &[Structure], existing_services: &[Service], parsed: Parsed) -> Plan {
    plan_with_progress(existing, existing_services, parsed, &|_, _| {})
}

/// [`plan`], telling `progress` (rows done, rows in all) as it goes: a long file shows a progress bar.
pub fn plan_with_progress(
    existing: &[Structure],
    existing_services: &[Service],
    parsed: Parsed,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Plan {
    let mut work: Vec<Structure> = existing.to_vec();
    let mut dirty = BTreeSet::new();
    let mut service_ids: BTreeSet<String> = existing_services.iter().map(|s| s.id.clone()).collect();
    // What each entry already offers: a source's service is added only when it brings something new.
    let mut offered: HashMap<String, BTreeSet<domain::taxonomy::ServiceKind>> = HashMap::new();
    for s in existing_services {
        offered.entry(s.structure.clone()).or_default().extend(s.services.iter().copied());
    }
    let mut out = Plan::default();
    let mut index = Index::default();
    for (i, s) in work.iter().enumerate() {
        index.add(i, s);
    }
    let rows = parsed.candidates.len();
    let mut unmatched = Vec::new();
    for (done, c) in parsed.candidates.iter().enumerate() {
        if done % 100 == 0 {
            progress(done, rows);
        }
        match find(&work, &index, c) {
            Err(_) if c.enrich_only => {
                unmatched.push(crate::Skipped {
                    line: c.line,
                    nom: c.structure.nom.clone(),
                    reason: "aucun lieu connu sous ce SIRET dans cette commune : rien à compléter".into(),
                });
            }
            Err(misses) => {
                out.near_misses.extend(misses);
                for s in &c.services {
                    service_ids.insert(s.id.clone());
                    offered.entry(s.structure.clone()).or_default().extend(s.services.iter().copied());
                    out.services.push(s.clone());
                }
                let a = c.structure.adresse.as_ref();
                out.outcomes.push(Outcome::Created {
                    line: c.line,
                    id: c.structure.id.clone(),
                    nom: c.structure.nom.clone(),
                    commune: a.map(|a| a.commune.clone()).unwrap_or_default(),
                });
                dirty.insert(work.len());
                index.add(work.len(), &c.structure);
                work.push(c.structure.clone());
            }
            Ok((i, how)) => {
                let before = work[i].clone();
                let (changes, kept) = merge_into(&mut work[i], c);
                let mut services_added = Vec::new();
                for s in &c.services {
                    let suffix = s.id.strip_prefix(&format!("{}-", c.structure.id)).unwrap_or(&s.id);
                    let id = format!("{}-{suffix}", work[i].id);
                    let kinds = offered.entry(work[i].id.clone()).or_default();
                    // Aiguillage's own export (whose kinds went through the crosswalk and back) only
                    // fills an entry that offers nothing.
                    let own_known = c.source().0 == OWN_SOURCE && !kinds.is_empty();
                    let brings_something = !own_known && s.services.iter().any(|k| !kinds.contains(k));
                    if brings_something && service_ids.insert(id.clone()) {
                        kinds.extend(s.services.iter().copied());
                        services_added.push(s.nom.clone());
                        out.services.push(Service { id, structure: work[i].id.clone(), ..s.clone() });
                    }
                }
                let touched = work[i] != before;
                if touched {
                    dirty.insert(i);
                    index.add(i, &work[i]);
                }
                let (id, nom) = (work[i].id.clone(), work[i].nom.clone());
                out.outcomes.push(if !touched && changes.is_empty() && services_added.is_empty() && kept.is_empty() {
                    Outcome::Unchanged { line: c.line, id, nom }
                } else {
                    Outcome::Merged { line: c.line, id, nom, how, changes, kept, services_added }
                });
            }
        }
    }
    progress(rows, rows);
    flag_absent(&mut work, &mut dirty, &parsed, &mut out.flagged);
    withdraw_labels(&mut work, existing_services, &mut out);
    // Written: what differs from what was stored (rows of one file may touch an entry and leave it as it was).
    out.structures = dirty.into_iter().filter(|&i| existing.get(i) != Some(&work[i])).map(|i| work[i].clone()).collect();
    out.parsed = parsed;
    // A row that only enriches and found nothing to enrich is left out, not a candidate.
    out.parsed.candidates.retain(|c| !unmatched.iter().any(|u: &crate::Skipped| u.line == c.line));
    out.parsed.skipped.extend(unmatched);
    out
}

/// Takes off the entries just flagged the labels that no list of their authority names any more, and
/// retires the services those labels implied.
fn withdraw_labels(work: &mut [Structure], existing_services: &[Service], out: &mut Plan) {
    let ids: BTreeSet<String> = out.flagged.iter().map(|f| f.id.clone()).collect();
    for s in work.iter_mut().filter(|s| ids.contains(s.id.as_str())) {
        for label in crate::authority::withdraw_unlisted(s) {
            if let Some(a) = crate::authority::of(label) {
                let implied = format!("{}-{}", s.id, a.rule.suffix);
                if existing_services.iter().any(|v| v.id == implied) {
                    out.retired_services.push(implied.clone());
                }
                out.services.retain(|v| v.id != implied);
            }
            out.withdrawn.push(Withdrawn { id: s.id.clone(), nom: s.nom.clone(), label });
        }
    }
}

/// Flags the entries of each source of `parsed` that its file no longer lists, within the départements
/// the file covers and when the file is newer than the entry's listing.
fn flag_absent(work: &mut [Structure], dirty: &mut BTreeSet<usize>, parsed: &Parsed, flagged: &mut Vec<Flagged>) {
    let mut listed: BTreeMap<&str, (BTreeSet<&str>, &str)> = BTreeMap::new();
    let mut departements = BTreeSet::new();
    for c in &parsed.candidates {
        let (source, key, date) = c.source();
        let entry = listed.entry(source).or_insert((BTreeSet::new(), date));
        entry.0.insert(key);
        entry.1 = entry.1.max(date);
        if let Some(code) = commune_of(&c.structure) {
            departements.insert(code[..2].to_owned());
        }
    }
    for (i, s) in work.iter_mut().enumerate() {
        let covered = commune_of(s).is_some_and(|code| departements.contains(&code[..2]));
        for r in s.sources.iter_mut() {
            let Some((keys, date)) = listed.get(r.source.as_str()) else { continue };
            if covered && !r.absent && !keys.contains(r.cle.as_str()) && r.date.as_str() < *date {
                r.absent = true;
                dirty.insert(i);
                flagged.push(Flagged { id: s.id.clone(), nom: s.nom.clone(), source: r.source.clone(), date: r.date.clone() });
            }
        }
    }
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
