//! Properties of the engine over the real geography and the demo directory: every commune of the Ain
//! × every path of the flow × every mobility answer.

use super::*;
use crate::commune_search::tests::gazetteer;
use crate::flow::{Answers, Flow};
use crate::taxonomy::ServiceKind;
use proptest::prelude::*;
use std::sync::OnceLock;

fn demo_directory() -> &'static Directory {
    static D: OnceLock<Directory> = OnceLock::new();
    D.get_or_init(|| crate::test_data::demo_directory().clone())
}

/// The kinds of service some remote, national service offers: for those, nobody is left with nothing.
fn offered_everywhere(dir: &Directory) -> Vec<ServiceKind> {
    dir.services().iter().filter(|s| s.zone == Coverage::National).flat_map(|s| s.services.clone()).collect()
}

fn check(orientation: &Orientation, criteria: &Criteria, dir: &Directory) -> Result<(), String> {
    for m in &orientation.matches {
        if m.reasons.is_empty() {
            return Err(format!("{} has no reason", m.service));
        }
        let service = dir.services().iter().find(|s| s.id == m.service).unwrap();
        if !service.services.iter().any(|k| criteria.services.contains(k)) {
            return Err(format!("{} does not answer the need", m.service));
        }
        if criteria.mobilite == Some(Mobility::Non) && !(service.comes_to_person() || service.itinerance.contains(&Itinerance::Itinerant)) {
            return Err(format!("{} needs travelling", m.service));
        }
    }
    // Someone who travels with difficulty gets every place within reach as one group, nearest first.
    let group = |t: Tier| if criteria.mobilite == Some(Mobility::Difficile) && t.is_local() { Tier::Commune } else { t };
    if !orientation.matches.windows(2).all(|w| group(w[0].tier) <= group(w[1].tier)) {
        return Err("tiers out of order".into());
    }
    let everywhere = offered_everywhere(dir);
    if orientation.matches.is_empty() && criteria.services.iter().any(|k| everywhere.contains(k)) {
        return Err("empty although a remote service answers this need".into());
    }
    Ok(())
}

#[test]
fn every_commune_and_every_path_gets_a_deterministic_explained_result() {
    let flow = Flow::shipped();
    let dir = demo_directory();
    let openings = Openings::new();
    let mut orientations = 0;
    for commune in &gazetteer().geography().communes {
        for need in &flow.besoins {
            for path in flow.precision_paths(need) {
                for mobility in ["oui", "difficile", "non"] {
                    let mut answers: Answers = path.clone();
                    answers.insert("deplacement".into(), vec![mobility.into()]);
                    let criteria = flow.criteria(need, &answers).unwrap();
                    let profile = Profile { commune, criteria: &criteria };
                    let first = orient(dir, &openings, &profile);
                    assert_eq!(first, orient(dir, &openings, &profile), "not deterministic");
                    if let Err(e) = check(&first, &criteria, dir) {
                        panic!("{} {} {answers:?}: {e}", commune.nom, need.id);
                    }
                    orientations += 1;
                }
            }
        }
    }
    assert_eq!(orientations, 391 * 28 * 3);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any combination of the « comment » answers keeps the properties.
    #[test]
    fn any_answers_keep_results_explained_and_ordered(
        commune in 0usize..391,
        need in 0usize..4,
        path_seed in any::<usize>(),
        mobility in prop::sample::select(vec!["oui", "difficile", "non"]),
        availability in prop::sample::subsequence(vec!["semaine", "soir", "weekend"], 0..=3),
        support in prop::sample::subsequence(vec!["surdite", "moteur", "visuel", "langue", "lecture"], 0..=5),
        asker in prop::sample::select(vec!["moi", "jeune", "proche", "pro"]),
    ) {
        let flow = Flow::shipped();
        let need = &flow.besoins[need];
        let paths = flow.precision_paths(need);
        let mut answers = paths[path_seed % paths.len()].clone();
        answers.insert("deplacement".into(), vec![mobility.into()]);
        answers.insert("disponibilite".into(), availability.iter().map(|s| s.to_string()).collect());
        answers.insert("besoins_specifiques".into(), support.iter().map(|s| s.to_string()).collect());
        if need.comment.iter().any(|q| q == "demandeur") {
            answers.insert("demandeur".into(), vec![asker.into()]);
        }
        let criteria = flow.criteria(need, &answers).unwrap();
        let commune = &gazetteer().geography().communes[commune];
        let o = orient(demo_directory(), &Openings::new(), &Profile { commune, criteria: &criteria });
        prop_assert_eq!(check(&o, &criteria, demo_directory()), Ok(()));
    }
}
