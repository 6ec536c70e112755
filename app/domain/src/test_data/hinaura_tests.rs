use super::*;
use crate::commune_search::tests::gazetteer;
use crate::taxonomy::{Accompaniment, Fee, ServiceKind};

fn seed() -> (Directory, ImportReport) {
    let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../importer/seed/hinaura-lieux-ain-2021-2022.json"));
    import(json, gazetteer()).expect("the seed parses")
}

#[test]
fn all_66_lieux_are_imported_with_a_valid_directory() {
    let (dir, report) = seed();
    assert_eq!(report.imported, 66, "{:?}", report.warnings);
    assert_eq!(dir.structures().len(), 66);
    assert_eq!(dir.services().len(), 66, "one checked service per lieu");
}

#[test]
fn every_lieu_is_marked_to_be_checked_with_its_original_date() {
    let (dir, _) = seed();
    assert!(dir.structures().iter().all(|s| s.a_verifier && s.date_maj.as_deref().is_some_and(|d| d.starts_with("202"))));
}

#[test]
fn communes_are_found_from_loose_names_and_postal_codes() {
    let (dir, _) = seed();
    let commune_of = |id: &str| dir.structure(id).unwrap().adresse.as_ref().unwrap().code_insee.as_str().to_owned();
    assert_eq!(commune_of("hinaura-15"), "01004", "Ambérieu en Bugey");
    assert_eq!(commune_of("hinaura-994"), "01025", "Bage-DOMMARTIN");
    assert_eq!(commune_of("hinaura-1027"), "01185", "PLATEAU D'HAUTEVILLE");
    // Listed with 01500 (Ambérieu's code) but in Bourg-en-Bresse: the name wins.
    assert_eq!(commune_of("hinaura-50"), "01053");
}

#[test]
fn old_labels_are_mapped_to_the_current_standard() {
    let (dir, _) = seed();
    let lab01 = dir.services().iter().find(|s| s.structure == "hinaura-15").unwrap();
    assert!(lab01.services.contains(&ServiceKind::AccesMateriel));
    assert!(lab01.services.contains(&ServiceKind::Quotidien));
    assert!(lab01.frais.contains(&Fee::Gratuit) && lab01.frais.contains(&Fee::Payant));
    assert!(lab01.modalites_accompagnement.contains(&Accompaniment::Atelier));
}

#[test]
fn coverage_is_the_epci_except_for_department_wide_producers() {
    let (dir, _) = seed();
    let zone = |id: &str| dir.services().iter().find(|s| s.structure == id).unwrap().zone.clone();
    assert_eq!(zone("hinaura-773"), Coverage::Epci(vec!["240100610".into()]), "France Services Côtière, Montluel");
    assert_eq!(zone("hinaura-418"), Coverage::Departement(vec!["01".into()]), "CAF de l'Ain");
}

#[test]
fn personal_emails_are_left_out_and_role_emails_kept() {
    assert!(is_generic_email("franceservices@cc-miribel.fr"));
    assert!(is_generic_email("conseiller.numerique@peronnas.fr"));
    assert!(!is_generic_email("j.dupont@mairie.fr"));
    assert!(!is_generic_email("jp-martin@mairie.fr"));
    assert!(!is_generic_email("pas-un-courriel"));
}
