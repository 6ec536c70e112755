//! The permanences « hors les murs » of the France services of the Ain, transcribed from the
//! `commentaire` column of the ANCT list of 2022-12-01 (`seed/permanences-france-services-ain-20221201.csv`,
//! one row per place, with the sentence it comes from). That column is free text, so it is read once by a
//! person, not parsed by a program: only the sentences that give a commune, a day and hours are kept
//! (« Montrevel-en-Bresse … l’après-midi » has no hours and is left out; the two antennes of Bugey Sud
//! are places of their own). The demo directory gives each France services its passages, so that
//! someone in Tenay who cannot travel learns that the France services of Saint-Rambert comes on Fridays.

use domain::commune_search::Gazetteer;
use domain::directory::{Directory, DirectoryError};
use domain::geo::InseeCode;
use domain::passage::Passage;
use domain::taxonomy::Itinerance;

pub const FILE: &[u8] = include_bytes!("../seed/permanences-france-services-ain-20221201.csv");

#[derive(Debug, serde::Deserialize)]
struct Row {
    id_fs: String,
    code_insee: String,
    lieu: String,
    adresse: String,
    horaires: String,
}

/// Why the transcription does not apply: a mistake in the file, found by the tests.
#[derive(Debug, thiserror::Error)]
pub enum PermanenceError {
    #[error("ligne {0} : {1}")]
    Row(usize, String),
    #[error(transparent)]
    Directory(#[from] DirectoryError),
}

/// `directory` with the passages of `bytes` added to the démarches service of each France services
/// (found by its key in the ANCT list). A row whose France services, commune or hours are unknown is
/// an error: the transcription is ours to keep right.
pub fn add(
    directory: Directory,
    bytes: &[u8],
    gazetteer: &Gazetteer,
    hours_valid: &dyn Fn(&str) -> bool,
) -> Result<Directory, PermanenceError> {
    let (structures, mut services) = directory.into_parts();
    let mut reader = csv::Reader::from_reader(bytes);
    for (i, row) in reader.deserialize::<Row>().enumerate() {
        let line = i + 2;
        let wrong = |m: String| PermanenceError::Row(line, m);
        let row = row.map_err(|e| wrong(e.to_string()))?;
        let structure = structures
            .iter()
            .find(|s| s.sources.iter().any(|r| r.source == "france-services" && r.cle == row.id_fs))
            .ok_or_else(|| wrong(format!("aucune France services n’a l’identifiant {}", row.id_fs)))?;
        let code = InseeCode::parse(&row.code_insee).map_err(|e| wrong(e.to_string()))?;
        let commune = gazetteer.commune(&code).ok_or_else(|| wrong(format!("commune inconnue : {code}")))?;
        if !hours_valid(&row.horaires) {
            return Err(wrong(format!("horaires illisibles : {}", row.horaires)));
        }
        let service = services
            .iter_mut()
            .find(|v| v.structure == structure.id && v.id.ends_with("-france-services"))
            .ok_or_else(|| wrong(format!("{} n’a pas de service France services", structure.nom)))?;
        let passage = Passage {
            id: format!("p{}", service.passages.len() + 1),
            code_insee: code,
            commune: commune.nom.clone(),
            lieu: row.lieu,
            adresse: Some(row.adresse).filter(|a| !a.is_empty()),
            horaires: row.horaires,
            exceptions: vec![],
        };
        service.passages.push(passage);
        if !service.itinerance.contains(&Itinerance::Itinerant) {
            service.itinerance.push(Itinerance::Itinerant);
        }
    }
    Ok(Directory::new(structures, services)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::{import_all, FILES};

    fn seeded() -> Directory {
        let gazetteer = domain::test_data::gazetteer();
        let (directory, _) = import_all(Directory::default(), FILES, gazetteer, &|_| true, "2026-12-03").unwrap();
        add(directory, FILE, gazetteer, &|h: &str| !h.is_empty()).unwrap()
    }

    #[test]
    fn every_transcribed_permanence_lands_on_its_france_services() {
        let directory = seeded();
        let with: Vec<(&str, Vec<&str>)> = directory
            .services()
            .iter()
            .filter(|v| !v.passages.is_empty())
            .map(|v| (directory.structure(&v.structure).unwrap().nom.as_str(), v.passages.iter().map(|p| p.commune.as_str()).collect()))
            .collect();
        assert_eq!(with.len(), 3, "{with:?}");
        let all: usize = with.iter().map(|(_, p)| p.len()).sum();
        assert_eq!(all, 9);
        assert!(with.iter().any(|(_, p)| p == &["Tenay"]), "{with:?}");
    }

    #[test]
    fn a_row_for_an_unknown_france_services_or_commune_is_refused_with_its_line() {
        let gazetteer = domain::test_data::gazetteer();
        let (directory, _) = import_all(Directory::default(), FILES, gazetteer, &|_| true, "2026-12-03").unwrap();
        let bad = b"id_fs,code_insee,lieu,adresse,horaires,texte_source\n696,01416,Mairie,,Fr 09:00-12:30,x\n99999,01416,Mairie,,Fr 09:00-12:30,x\n";
        let e = add(directory.clone(), bad, gazetteer, &|_| true).unwrap_err();
        assert_eq!(e.to_string(), "ligne 3 : aucune France services n’a l’identifiant 99999");
        let bad = b"id_fs,code_insee,lieu,adresse,horaires,texte_source\n696,57490,Mairie,,Fr 09:00-12:30,x\n";
        assert!(add(directory, bad, gazetteer, &|_| true).unwrap_err().to_string().contains("commune inconnue"));
    }
}
