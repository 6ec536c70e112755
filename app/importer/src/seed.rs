//! The demo directory command 1 creates: every real source file of `seed/` (see `seed/SOURCES.txt`)
//! imported by this very pipeline, oldest first, merged into one entry per real place, every entry
//! « à vérifier » with its source and date. Rows a file gets wrong (the Aidants Connect list's
//! « Mairie de Loyettes » with a Moselle INSEE code) are left out and reported, as an import that a
//! coordinator applies « sans les lignes refusées » would.

use crate::merge::{plan, Plan};
use crate::{date_from_name, parse, Context};
use domain::commune_search::Gazetteer;
use domain::directory::{Directory, DirectoryError};

/// The seed files, oldest data first: a newer file then updates what an older one said.
pub const FILES: &[(&str, &[u8])] = &[
    ("annuaire-administration-ain-2019.csv", include_bytes!("../seed/annuaire-administration-ain-2019.csv")),
    ("hinaura-lieux-ain-2021-2022.json", include_bytes!("../seed/hinaura-lieux-ain-2021-2022.json")),
    ("cnfs-lieux-ain-202212.json", include_bytes!("../seed/cnfs-lieux-ain-202212.json")),
    ("france-services-ain-20221201.csv", include_bytes!("../seed/france-services-ain-20221201.csv")),
    ("cnfs-structures-ain-20230405.csv", include_bytes!("../seed/cnfs-structures-ain-20230405.csv")),
    ("aidants-connect-structures-ain-20240222.csv", include_bytes!("../seed/aidants-connect-structures-ain-20240222.csv")),
    ("france-services-ain-20240801.csv", include_bytes!("../seed/france-services-ain-20240801.csv")),
];

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("{0} : {1}")]
    File(&'static str, crate::FileError),
    #[error("répertoire incohérent : {0}")]
    Directory(#[from] DirectoryError),
}

/// Each seed file's import plan, by file name, for the start-up log.
pub type FilePlans = Vec<(&'static str, Plan)>;

/// Imports `files` into `base`, each plan applied without its refused rows. Returns the directory and
/// each file's plan (for the start-up log and the README's counts).
pub fn import_all(
    base: Directory,
    files: &[(&'static str, &[u8])],
    gazetteer: &Gazetteer,
    hours_valid: &dyn Fn(&str) -> bool,
    today: &str,
) -> Result<(Directory, FilePlans), SeedError> {
    let (mut structures, mut services) = base.into_parts();
    let mut plans = Vec::new();
    for (name, bytes) in files {
        let ctx = Context { gazetteer, date: date_from_name(name).unwrap_or_else(|| today.to_owned()), hours_valid };
        let parsed = parse(bytes, &ctx).map_err(|e| SeedError::File(name, e))?;
        let p = plan(&structures, &services, parsed);
        apply(&mut structures, &mut services, &p);
        plans.push((*name, p));
    }
    Ok((Directory::new(structures, services)?, plans))
}

/// Writes `p` into in-memory lists (the server writes it into the database instead).
pub fn apply(structures: &mut Vec<domain::directory::Structure>, services: &mut Vec<domain::directory::Service>, p: &Plan) {
    for s in &p.structures {
        match structures.iter_mut().find(|e| e.id == s.id) {
            Some(e) => *e = s.clone(),
            None => structures.push(s.clone()),
        }
    }
    services.extend(p.services.iter().cloned());
    services.retain(|s| !p.retired_services.contains(&s.id));
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::taxonomy::Programme;
    use std::collections::BTreeSet;

    fn seeded() -> (Directory, Vec<(&'static str, Plan)>) {
        import_all(Directory::default(), FILES, domain::test_data::gazetteer(), &|_| true, "2026-11-29").unwrap()
    }

    #[test]
    fn every_real_source_file_imports_and_only_the_known_source_error_is_refused() {
        let (directory, plans) = seeded();
        assert_eq!(plans.len(), FILES.len());
        let refused: Vec<_> = plans.iter().flat_map(|(_, p)| p.parsed.refusals.iter().map(|r| r.value.clone())).collect();
        assert_eq!(refused, ["57490"], "« Mairie de Loyettes » carries a Moselle code in the Aidants Connect list");
        assert!(directory.structures().len() > 150, "{}", directory.structures().len());
    }

    #[test]
    #[ignore = "prints the seed's counts for the README"]
    fn print_the_seed_counts() {
        let (directory, plans) = seeded();
        for (name, p) in &plans {
            eprintln!("{name}: {}", crate::report::summary(p));
        }
        for p in [Programme::FranceServices, Programme::AidantsConnect, Programme::ConseillersNumeriques] {
            let n = directory.structures().iter().filter(|s| s.dispositifs.contains(&p)).count();
            eprintln!("{}: {n}", p.plain());
        }
        for s in directory.structures().iter().filter(|s| s.adresse.as_ref().is_some_and(|a| a.code_insee.as_str() == "01033")) {
            eprintln!("Valserhône: {} | {:?} | {:?}", s.nom, s.adresse.as_ref().map(|a| &a.adresse), s.dispositifs);
        }
        eprintln!("structures {}", directory.structures().len());
    }

    #[test]
    fn the_24_france_services_of_2024_are_one_entry_each_with_their_label() {
        let (directory, _) = seeded();
        let listed_2024: Vec<_> = directory
            .structures()
            .iter()
            .filter(|s| s.sources.iter().any(|r| r.source == "france-services" && r.date == "2024-08-01"))
            .collect();
        assert_eq!(listed_2024.len(), 24);
        assert!(listed_2024.iter().all(|s| s.dispositifs.contains(&Programme::FranceServices)));
        // Each offers the démarches service the label implies.
        for s in listed_2024 {
            let offers = |kind| directory.services().iter().any(|v| v.structure == s.id && v.services.contains(&kind));
            assert!(offers(domain::taxonomy::ServiceKind::Demarches), "{}", s.nom);
        }
    }

    #[test]
    fn only_the_places_the_anct_lists_carry_the_france_services_label() {
        let (directory, _) = seeded();
        let labelled: Vec<&str> =
            directory.structures().iter().filter(|s| s.dispositifs.contains(&Programme::FranceServices)).map(|s| s.nom.as_str()).collect();
        assert_eq!(labelled.len(), 24, "{labelled:#?}");
        // A permanence of the Valserhône France services' conseiller is not a France services, and
        // says whose permanence it is; a 2019 MSAP is no longer labelled.
        let billiat = directory.structures().iter().find(|s| s.nom == "Mairie de Billiat").unwrap();
        assert!(!billiat.dispositifs.contains(&Programme::FranceServices));
        let offered: Vec<&str> = directory.services().iter().filter(|v| v.structure == billiat.id).map(|v| v.nom.as_str()).collect();
        assert_eq!(offered, ["Permanence du conseiller numérique de la France services de Valserhône"]);
        assert!(directory.services().iter().all(|v| !v.id.ends_with("-france-services")
            || directory.structure(&v.structure).is_some_and(|s| s.dispositifs.contains(&Programme::FranceServices))));
    }

    #[test]
    fn the_report_of_the_conseillers_file_says_which_labels_it_may_not_give_and_who_does() {
        let (_, plans) = seeded();
        let (name, cnfs) = plans
            .iter()
            .find(|(name, p)| name.starts_with("cnfs") && p.parsed.candidates.iter().any(|c| !c.refused_labels.is_empty()))
            .unwrap();
        let report = crate::report::render(name, cnfs, true);
        assert!(report.contains("Qui donne les labels nationaux :"), "{report}");
        let france_services = crate::authority::of(Programme::FranceServices).unwrap();
        assert!(report.contains(&format!("France services : {}", france_services.regle)), "{report}");
        let refused = cnfs.parsed.candidates.iter().filter(|c| c.refused_labels.contains(&Programme::FranceServices)).count();
        assert!(refused >= 13, "the 13 mairies of issue 24 among them: {refused}");
    }

    #[test]
    fn no_two_entries_claim_the_same_row_of_a_source() {
        let (directory, _) = seeded();
        let mut seen = BTreeSet::new();
        for s in directory.structures() {
            for r in &s.sources {
                assert!(seen.insert((r.source.clone(), r.cle.clone())), "{} {} twice", r.source, r.cle);
            }
        }
    }

    #[test]
    fn the_list_of_employers_enriches_known_places_and_creates_none() {
        let (directory, plans) = seeded();
        let (_, employers) = plans.iter().find(|(name, _)| name.starts_with("cnfs-structures")).unwrap();
        assert_eq!(employers.created(), 0, "{}", crate::report::render("cnfs-structures", employers, true));
        assert!(employers.merged() > 0);
        assert!(employers.parsed.skipped.iter().all(|s| s.reason.starts_with("aucun lieu connu")));
        // Enriched, not renamed: the place keeps its name, gains the employer's SIRET.
        let val_revermont = directory.structures().iter().find(|s| s.nom == "MAIRIE VAL REVERMONT").unwrap();
        assert!(val_revermont.sources.iter().any(|r| r.source == "cnfs-structures"));
        assert!(val_revermont.siret.is_some());
    }

    #[test]
    fn the_two_antennes_of_2022_missing_from_2024_are_flagged_and_kept() {
        let (directory, plans) = seeded();
        let flagged: Vec<&str> = plans.iter().flat_map(|(_, p)| p.flagged.iter().map(|f| f.id.as_str())).collect();
        assert_eq!(flagged.len(), 2, "{flagged:?}");
        for id in flagged {
            assert!(directory.structure(id).is_some_and(|s| s.sources.iter().any(|r| r.absent)));
        }
    }
}
