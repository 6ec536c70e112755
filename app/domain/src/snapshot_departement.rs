//! The offline snapshot of one département, for a deployment that covers several: what a person
//! there needs to be oriented without a network. Its communes and the EPCI they belong to (with
//! those EPCI's other communes, since a place across the border still serves them), the places in
//! those communes or with a service covering the département or all of France, and the hours these
//! places use. What it leaves out: places in a neighbouring EPCI of another département, which the
//! online engine may still offer; offline answers say « données du … » as always.

use super::directory::{Coverage, Directory};
use super::geo::Geography;
use super::snapshot::Snapshot;
use std::collections::HashSet;

impl Snapshot {
    /// The part of this snapshot for département `dep` (« 01 », « 2A », « 974 »), or `None` when
    /// none of its communes is in it.
    pub fn of_departement(&self, dep: &str) -> Option<Snapshot> {
        let geo = &self.geography;
        let epcis: HashSet<&str> = geo.communes.iter().filter(|c| c.insee.departement() == dep).map(|c| c.epci.as_str()).collect();
        if epcis.is_empty() {
            return None;
        }
        let communes: Vec<_> = geo.communes.iter().filter(|c| epcis.contains(c.epci.as_str())).cloned().collect();
        let codes: HashSet<&str> = communes.iter().map(|c| c.insee.as_str()).collect();
        let geography = Geography {
            epci: geo.epci.iter().filter(|e| epcis.contains(e.siren.as_str())).cloned().collect(),
            anciennes_communes: geo.anciennes_communes.iter().filter(|f| codes.contains(f.commune.as_str())).cloned().collect(),
            communes: communes.clone(),
        };
        let reaches = |zone: &Coverage| match zone {
            Coverage::National => true,
            Coverage::Departement(d) => d.iter().any(|d| d == dep),
            Coverage::Epci(e) => e.iter().any(|e| epcis.contains(e.as_str())),
            Coverage::Communes(c) => c.iter().any(|c| codes.contains(c.as_str())),
        };
        let dir = &self.directory;
        let located = |id: &str| dir.structure(id).and_then(|s| s.adresse.as_ref()).is_some_and(|a| codes.contains(a.code_insee.as_str()));
        // A tournée that stops in the département serves it, wherever its structure is.
        let stops_here = |s: &crate::directory::Service| s.passages.iter().any(|p| codes.contains(p.code_insee.as_str()));
        let services: Vec<_> =
            dir.services().iter().filter(|s| located(&s.structure) || reaches(&s.zone) || stops_here(s)).cloned().collect();
        let kept: HashSet<&str> = services.iter().map(|s| s.structure.as_str()).collect();
        let structures: Vec<_> = dir.structures().iter().filter(|s| kept.contains(s.id.as_str())).cloned().collect();
        // A part of a consistent directory is consistent: every service's place is kept with it.
        let directory = Directory::new(structures, services).ok()?;
        let used: HashSet<&String> = directory
            .structures()
            .iter()
            .filter_map(|s| s.horaires.as_ref())
            .chain(directory.services().iter().filter_map(|s| s.horaires.as_ref()))
            .collect();
        let mut hours = self.hours.clone();
        hours.weeks.retain(|raw, _| used.contains(raw));
        let passages: HashSet<&String> = directory.services().iter().flat_map(|s| &s.passages).map(|p| &p.horaires).collect();
        hours.dated.retain(|raw, _| passages.contains(raw));
        Some(Snapshot { format: self.format, date: self.date.clone(), donnees_du: self.donnees_du.clone(), geography, directory, hours })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::HoursTable;

    fn snapshot(geography: Geography, directory: Directory) -> Snapshot {
        Snapshot {
            format: crate::snapshot::FORMAT,
            date: "2026-11-29".into(),
            donnees_du: "29/11/2026".into(),
            geography,
            directory,
            hours: HoursTable::default(),
        }
    }

    #[test]
    fn a_departement_keeps_its_communes_places_and_national_services_and_nothing_else() {
        let ain = crate::test_data::geography();
        let directory = crate::simulation::directory(&ain, 300, 2, 3);
        let whole = snapshot(ain.clone(), directory.clone());
        let part = whole.of_departement("01").expect("the Ain");
        assert_eq!(part.geography.communes.len(), ain.communes.len(), "every commune of the Ain's EPCI");
        assert_eq!(part.directory.services().len(), directory.services().len());
        assert!(whole.of_departement("69").is_none(), "no commune of the Rhône here");
        // Keep only Nantua's EPCI's communes as « département 99 »: a smaller part, still consistent.
        let mut geo = ain.clone();
        let haut_bugey = "200042935";
        for c in geo.communes.iter_mut().filter(|c| c.epci == haut_bugey) {
            c.insee = crate::geo::InseeCode::parse(&format!("99{}", &c.insee.as_str()[2..])).unwrap();
        }
        geo.anciennes_communes.retain(|f| !f.commune.as_str().starts_with("99"));
        let part = snapshot(geo, directory).of_departement("99").expect("département 99");
        assert!(part.geography.communes.iter().all(|c| c.epci == haut_bugey));
        assert!(part.geography.check().is_ok());
        let in_99 = |insee: &str| insee.starts_with("99");
        for s in part.directory.services() {
            let located =
                part.directory.structure(&s.structure).and_then(|p| p.adresse.as_ref()).is_some_and(|a| in_99(a.code_insee.as_str()));
            let reaches = match &s.zone {
                Coverage::National => true,
                Coverage::Departement(d) => d.iter().any(|d| d == "99"),
                Coverage::Epci(e) => e.iter().any(|e| e == haut_bugey),
                Coverage::Communes(c) => c.iter().any(|c| in_99(c.as_str())),
            };
            assert!(located || reaches, "{} neither in nor serving département 99", s.id);
        }
        assert!(part.directory.services().len() < 300, "a part only");
    }
}
