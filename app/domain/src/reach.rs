//! How well the directory answers the Ain: for every commune, every path of the flow (need and its
//! précisions) and every mobility answer, the best tier the engine reaches — local (the commune, the
//! EPCI or a place within reach), only département-wide or remote, or nothing. The import issue's
//! « 40 % local, 10.7 % nothing » is this measure. The coordinators' pages read their own,
//! `indicators::coverage`; this one serves the examples and the notes (test data only).

use crate::commune_search::Gazetteer;
use crate::directory::Directory;
use crate::engine::{orient, Openings, Profile, Reason, Tier};
use crate::flow::{Flow, Mobility};
use std::collections::BTreeMap;

/// Counts of orientations by the best answer they got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub local: usize,
    /// Only département-wide or remote answers.
    pub wider: usize,
    pub nothing: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.local + self.wider + self.nothing
    }

    /// `part` as a share of the total, in percent with one decimal.
    pub fn percent(&self, part: usize) -> f64 {
        if self.total() == 0 {
            return 0.0;
        }
        (part as f64 * 1000.0 / self.total() as f64).round() / 10.0
    }

    fn add(&mut self, best: Option<Tier>) {
        match best {
            Some(t) if t.is_local() => self.local += 1,
            Some(_) => self.wider += 1,
            None => self.nothing += 1,
        }
    }
}

/// The whole measure, and per need.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    pub all: Counts,
    pub by_need: BTreeMap<String, Counts>,
}

/// Runs the engine over every commune × précision path × mobility answer.
pub fn measure(gazetteer: &Gazetteer, directory: &Directory, flow: &Flow) -> Coverage {
    let mut coverage = Coverage::default();
    let openings = Openings::new();
    for need in &flow.besoins {
        let counts = coverage.by_need.entry(need.id.clone()).or_default();
        for answers in flow.precision_paths(need) {
            let Ok(base) = flow.criteria(need, &answers) else { continue };
            for mobility in [Mobility::Peut, Mobility::Difficile, Mobility::Non] {
                let criteria = crate::flow::Criteria { mobilite: Some(mobility), ..base.clone() };
                for commune in &gazetteer.geography().communes {
                    let o = orient(directory, &openings, &Profile { commune, criteria: &criteria });
                    let best = o.tiers.first().copied();
                    counts.add(best);
                    coverage.all.add(best);
                }
            }
        }
    }
    coverage
}

/// What made an answer local for someone who cannot travel (issue 27), counted apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LocalKinds {
    /// The first answer is a tournée or a permanence that stops in the commune.
    pub passage: usize,
    /// The first answer comes to the person's home.
    pub domicile: usize,
    /// Nothing else local, but a structure of the EPCI is designated to call back.
    pub rappel: usize,
}

/// For the people who answer `mobility` (cannot travel, or only with difficulty: issue 27), over
/// every commune × précision path: local when the engine finds a place in reach, or when the commune's
/// EPCI has a structure designated to call back (« être rappelé », `calls_back` holds their SIREN);
/// only département-wide or remote otherwise; or nothing. The local answers that are a passage in the
/// commune, a home visit or only a call back are counted apart.
pub fn measure_immobile(
    gazetteer: &Gazetteer,
    directory: &Directory,
    flow: &Flow,
    mobility: Mobility,
    calls_back: &std::collections::BTreeSet<String>,
) -> (Counts, LocalKinds) {
    let (mut counts, mut kinds) = (Counts::default(), LocalKinds::default());
    let openings = Openings::new();
    for need in &flow.besoins {
        for answers in flow.precision_paths(need) {
            let Ok(base) = flow.criteria(need, &answers) else { continue };
            let criteria = crate::flow::Criteria { mobilite: Some(mobility), ..base.clone() };
            for commune in &gazetteer.geography().communes {
                let o = orient(directory, &openings, &Profile { commune, criteria: &criteria });
                let best = o.tiers.first().copied();
                let first = o.matches.first().filter(|m| m.tier.is_local()).map(|m| &m.reasons);
                match first {
                    Some(reasons) if reasons.contains(&Reason::Passage) => kinds.passage += 1,
                    Some(reasons) if reasons.contains(&Reason::SeDeplaceADomicile) => kinds.domicile += 1,
                    Some(_) => {}
                    None if calls_back.contains(&gazetteer.epci_of(commune).siren) => kinds.rappel += 1,
                    None => {}
                }
                if calls_back.contains(&gazetteer.epci_of(commune).siren) {
                    counts.local += 1;
                } else {
                    counts.add(best);
                }
            }
        }
    }
    (counts, kinds)
}

/// The EPCI with at least one published France Services: where designating it to call back is one
/// decision away.
pub fn epcis_with_france_services(gazetteer: &Gazetteer, directory: &Directory) -> std::collections::BTreeSet<String> {
    directory
        .structures()
        .iter()
        .filter(|s| s.dispositifs.contains(&crate::taxonomy::Programme::FranceServices))
        .filter_map(|s| s.adresse.as_ref().and_then(|a| gazetteer.commune(&a.code_insee)))
        .map(|c| gazetteer.epci_of(c).siren.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commune_search::tests::gazetteer;

    #[test]
    fn an_empty_directory_answers_nobody_and_every_orientation_is_counted() {
        let c = measure(gazetteer(), &Directory::default(), Flow::shipped());
        // 391 communes × 28 précision paths × 3 mobility answers.
        assert_eq!(c.all.total(), 391 * 28 * 3);
        assert_eq!(c.all.nothing, c.all.total());
        assert_eq!(c.all.percent(c.all.nothing), 100.0);
    }

    #[test]
    fn a_designated_structure_that_calls_back_makes_every_commune_of_its_epci_local_for_people_who_cannot_travel() {
        let g = gazetteer();
        let (none, _) = measure_immobile(g, &Directory::default(), Flow::shipped(), Mobility::Non, &Default::default());
        assert_eq!((none.local, none.nothing), (0, 391 * 28));
        let one_epci: std::collections::BTreeSet<String> = [g.geography().epci[0].siren.clone()].into();
        let in_it = g.geography().communes.iter().filter(|c| g.epci_of(c).siren == g.geography().epci[0].siren).count();
        let (some, kinds) = measure_immobile(g, &Directory::default(), Flow::shipped(), Mobility::Non, &one_epci);
        assert_eq!(some.local, in_it * 28);
        assert_eq!(kinds, LocalKinds { rappel: in_it * 28, ..LocalKinds::default() });
        assert_eq!(some.total(), none.total());
    }
}
