//! The seeded directory (every real source file, then the national lines) through the engine: the
//! answers a person gives change what they are told, labels are true, and no place is shown twice.

use crate::seed::{import_all, FILES};
use domain::commune_search::Gazetteer;
use domain::directory::Directory;
use domain::engine::{orient, Openings, Orientation, Profile, Reason, Tier};
use domain::flow::Criteria;
use domain::geo::InseeCode;
use domain::taxonomy::ServiceKind;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn seeded() -> &'static Directory {
    static D: OnceLock<Directory> = OnceLock::new();
    D.get_or_init(|| {
        let gazetteer = domain::test_data::gazetteer();
        let (directory, _) = import_all(Directory::default(), FILES, gazetteer, &|_| true, "2026-12-02").unwrap();
        directory.merged(serde_json::from_str(domain::test_data::NATIONAL_JSON).unwrap()).unwrap()
    })
}

fn gazetteer() -> &'static Gazetteer {
    domain::test_data::gazetteer()
}

fn demarche(commune: &str, organisme: &str) -> Orientation {
    let commune = gazetteer().commune(&InseeCode::parse(commune).unwrap()).unwrap();
    let criteria = Criteria { services: vec![ServiceKind::Demarches], demarche: Some(organisme.into()), ..Criteria::default() };
    orient(seeded(), &Openings::new(), &Profile { commune, criteria: &criteria })
}

fn names(o: &Orientation) -> Vec<String> {
    o.matches.iter().map(|m| seeded().structure(&m.structure).map_or(String::new(), |s| s.nom.clone())).collect()
}

const NANTUA: &str = "01269";
const BILLIAT: &str = "01044";

#[test]
fn the_caf_and_the_impots_give_nantua_different_answers() {
    let (caf, impots) = (demarche(NANTUA, "caf"), demarche(NANTUA, "impots"));
    assert_ne!(caf, impots);
    // The CAF's own antenne, in Oyonnax, comes first and says how far it is; then the France
    // services of Nantua, which says which partner it is there for. No impôts office is listed
    // within reach, so for the impôts the France services comes first.
    assert_eq!(names(&caf)[0], "Caisse d'Allocations Familiales de l'Ain - Antenne", "{:?}", names(&caf));
    assert!(
        matches!(caf.matches[0].reasons[..], [Reason::Organisme(ref o), Reason::Proche { km: 8..=12 }, ..] if o == "caf"),
        "{:?}",
        caf.matches[0]
    );
    assert!(caf.matches[1].reasons.contains(&Reason::Partenaire("caf".into())), "{:?}", caf.matches[1]);
    assert!(impots.matches[0].reasons.contains(&Reason::Partenaire("impots".into())), "{:?}", impots.matches[0]);
    // Beyond reach, the CAF's own office (for the whole département) comes first among the
    // département's places: in Gex, Bourg-en-Bresse's and Oyonnax's are far.
    let gex = demarche("01173", "caf");
    let first_departemental = gex.matches.iter().find(|m| m.tier == Tier::Departement).unwrap();
    assert_eq!(first_departemental.reasons[..2], [Reason::Organisme("caf".into()), Reason::DansToutLAin], "{first_departemental:?}");
    assert!(!gex.matches[0].reasons.contains(&Reason::Organisme("caf".into())), "{:?}", gex.matches[0]);
    // Each organisation's own line is the remote answer, never the other's.
    let remote =
        |o: &Orientation| names(o).into_iter().zip(&o.matches).filter(|(_, m)| m.tier == Tier::Remote).map(|(n, _)| n).collect::<Vec<_>>();
    assert!(remote(&caf).iter().any(|n| n.starts_with("CAF")), "{:?}", remote(&caf));
    assert!(!remote(&caf).iter().any(|n| n.starts_with("Impôts")));
    assert!(remote(&impots).first().is_some_and(|n| n.starts_with("Impôts")), "{:?}", remote(&impots));
    // The CAF's own antennes come for the CAF only.
    assert!(names(&caf).iter().any(|n| n.starts_with("Caisse d'Allocations Familiales")), "{:?}", names(&caf));
    assert!(!names(&impots).iter().any(|n| n.starts_with("Caisse d'Allocations Familiales")));
}

#[test]
fn every_demarche_answer_changes_the_answer_somewhere() {
    let communes = [NANTUA, BILLIAT, "01053", "01033", "01283", "01004", "01173"];
    let answers = ["caf", "impots", "papiers", "emploi", "sante", "retraite", "logement", "autre"];
    let results: Vec<Vec<Orientation>> = answers.iter().map(|a| communes.iter().map(|c| demarche(c, a)).collect()).collect();
    for (i, a) in answers.iter().enumerate() {
        for (j, b) in answers.iter().enumerate().skip(i + 1) {
            assert_ne!(results[i], results[j], "« {a} » and « {b} » give the same result in every commune");
        }
    }
}

#[test]
fn billiats_mairie_is_not_offered_as_a_france_services() {
    let o = demarche(BILLIAT, "caf");
    for m in &o.matches {
        let s = seeded().structure(&m.structure).unwrap();
        if m.reasons.iter().any(|r| matches!(r, Reason::Partenaire(_) | Reason::FranceServices)) {
            assert!(s.sources.iter().any(|r| r.source == "france-services" && !r.absent), "{} is not on the ANCT's list", s.nom);
        }
    }
}

#[test]
fn no_result_shows_a_place_twice() {
    let kinds = ServiceKind::ALL;
    for commune in gazetteer().geography().communes.iter().step_by(7) {
        for kind in kinds {
            let criteria = Criteria { services: vec![*kind], ..Criteria::default() };
            let o = orient(seeded(), &Openings::new(), &Profile { commune, criteria: &criteria });
            let mut seen = BTreeSet::new();
            for m in &o.matches {
                let s = seeded().structure(&m.structure).unwrap();
                let place = (domain::normalize::fold(&s.nom), s.adresse.as_ref().map(|a| domain::normalize::fold(&a.adresse)));
                assert!(seen.insert(place.clone()), "{} twice for {kind:?} in {}", s.nom, commune.nom);
            }
        }
    }
}

/// For each need and question, the answers that give the same result as another answer of the same
/// question in every sampled commune (the other questions at their first answer): printed for the
/// closing notes and the README (`cargo test -p importer print_the_answers -- --ignored --nocapture`).
#[test]
#[ignore = "prints which answers change nothing, for the notes"]
fn print_the_answers_that_give_the_same_result_everywhere() {
    use domain::flow::{Answers, Flow};
    let flow = Flow::shipped();
    let communes: Vec<_> = gazetteer().geography().communes.iter().step_by(13).collect();
    for need in &flow.besoins {
        for qid in need.precisions.iter().chain(&need.comment) {
            let q = flow.question(qid).unwrap();
            let results: Vec<(String, Vec<Orientation>)> = q
                .reponses
                .iter()
                .map(|a| {
                    let mut answers = Answers::new();
                    for other in need.precisions.iter().filter(|p| *p != qid) {
                        answers.insert(other.clone(), vec![flow.question(other).unwrap().reponses[0].id.clone()]);
                    }
                    answers.insert(qid.clone(), vec![a.id.clone()]);
                    let criteria = flow.criteria(need, &answers).unwrap();
                    let all =
                        communes.iter().map(|c| orient(seeded(), &Openings::new(), &Profile { commune: c, criteria: &criteria })).collect();
                    (a.id.clone(), all)
                })
                .collect();
            for (i, (a, ra)) in results.iter().enumerate() {
                for (b, rb) in &results[i + 1..] {
                    if ra == rb {
                        let why = q.reponses.iter().find(|r| &r.id == b).and_then(|r| r.identique.clone());
                        eprintln!(
                            "{}\t{}\t{a} = {b}\t{}",
                            need.id,
                            qid,
                            why.map_or("SANS RAISON ÉCRITE".into(), |_| "raison écrite".to_owned())
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_2019_msap_and_the_france_services_that_replaced_it_are_one_place() {
    // Pont-de-Veyle and Hauteville-Lompnes: the MSAP's 2019 address differs from the France
    // services' of 2024, in the same commune.
    for (commune, msap) in [("01306", "annuaire-administration-msap-01306-01"), ("01185", "annuaire-administration-msap-01185-01")] {
        let entry = seeded().structure(msap).unwrap_or_else(|| panic!("{msap}"));
        assert!(entry.sources.iter().any(|r| r.source == "france-services" && !r.absent), "{msap} is the France services now");
        assert!(entry.dispositifs.contains(&domain::taxonomy::Programme::FranceServices));
        let beside = seeded().structures().iter().filter(|s| {
            s.adresse.as_ref().is_some_and(|a| a.code_insee.as_str() == commune)
                && s.sources.iter().all(|r| r.source == "annuaire-administration" && r.cle.starts_with("msap-"))
        });
        assert_eq!(beside.count(), 0, "no MSAP stands beside its France services in {commune}");
    }
}
