//! Per EPCI, whether the directory is still true: how many of its entries were confirmed in the last
//! six months, its séances to come and past, and the error reports on its places — opened, closed,
//! and the median time to close one. What an EPCI working group checks before its meeting.

use crate::commune_search::Gazetteer;
use crate::directory::Structure;
use crate::freshness::needs_check;
use crate::geo::InseeCode;
use crate::seance::Seance;
use std::collections::BTreeMap;

/// A report, as these figures need it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportTimes {
    pub structure_id: String,
    pub closed: bool,
    /// Days from the report to its closing, when both dates read.
    pub days_to_close: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EpciFigures {
    pub siren: String,
    pub nom: String,
    /// Published entries (structures) with an address in the EPCI.
    pub fiches: usize,
    /// Of those, confirmed in the last six months.
    pub a_jour: usize,
    /// Names of the entries to confirm again, by name.
    pub a_verifier: Vec<String>,
    pub seances_a_venir: usize,
    pub seances_passees: usize,
    pub signalements_ouverts: usize,
    pub signalements_traites: usize,
    pub delai_median_jours: Option<f64>,
}

impl EpciFigures {
    /// The share of entries confirmed in the last six months, in percent (none without entries).
    pub fn freshness(&self) -> Option<u64> {
        (self.fiches > 0).then(|| ((self.a_jour * 100 + self.fiches / 2) / self.fiches) as u64)
    }
}

/// The figures of every EPCI of the Ain, by name. `structures` and `seances` are the published ones
/// (archived left out); `today` is `AAAA-MM-JJ`.
pub fn by_epci(
    gazetteer: &Gazetteer,
    structures: &[Structure],
    seances: &[Seance],
    reports: &[ReportTimes],
    today: &str,
) -> Vec<EpciFigures> {
    let geography = gazetteer.geography();
    let mut figures: BTreeMap<&str, EpciFigures> = geography
        .epci
        .iter()
        .map(|e| (e.siren.as_str(), EpciFigures { siren: e.siren.clone(), nom: e.nom.clone(), ..Default::default() }))
        .collect();
    let epci_of = |insee: &InseeCode| gazetteer.commune(insee).map(|c| c.epci.clone());
    let mut structure_epci: BTreeMap<&str, String> = BTreeMap::new();
    for s in structures {
        let Some(epci) = s.adresse.as_ref().and_then(|a| epci_of(&a.code_insee)) else { continue };
        let Some(f) = figures.get_mut(epci.as_str()) else { continue };
        f.fiches += 1;
        if needs_check(s.a_verifier, s.date_maj.as_deref(), today) {
            f.a_verifier.push(s.nom.clone());
        } else {
            f.a_jour += 1;
        }
        structure_epci.insert(&s.id, epci);
    }
    for s in seances {
        let Some(f) = epci_of(&s.commune).and_then(|e| figures.get_mut(e.as_str())) else { continue };
        if s.debut.as_str().get(..10).is_some_and(|day| day < today) {
            f.seances_passees += 1;
        } else {
            f.seances_a_venir += 1;
        }
    }
    let mut delays: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for r in reports {
        let Some(epci) = structure_epci.get(r.structure_id.as_str()) else { continue };
        let Some(f) = figures.get_mut(epci.as_str()) else { continue };
        if r.closed {
            f.signalements_traites += 1;
            delays.entry(f.siren.clone()).or_default().extend(r.days_to_close);
        } else {
            f.signalements_ouverts += 1;
        }
    }
    let mut out: Vec<EpciFigures> = figures.into_values().collect();
    for f in &mut out {
        f.delai_median_jours = delays.get(f.siren.as_str()).and_then(|d| median(d));
        f.a_verifier.sort();
    }
    out.sort_by_key(|f| crate::normalize::fold(&f.nom));
    out
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commune_search::tests::gazetteer;
    use crate::directory::Address;

    fn place(id: &str, insee: &str, date_maj: Option<&str>, a_verifier: bool) -> Structure {
        let adresse = Address {
            adresse: String::new(),
            code_postal: String::new(),
            code_insee: InseeCode::parse(insee).unwrap(),
            commune: String::new(),
            longitude: None,
            latitude: None,
        };
        Structure {
            nom: format!("Lieu {id}"),
            adresse: Some(adresse),
            date_maj: date_maj.map(str::to_owned),
            a_verifier,
            ..Structure::blank(id.into(), "test")
        }
    }

    #[test]
    fn an_epci_counts_its_entries_confirmed_in_six_months_and_the_median_time_to_close_its_reports() {
        let structures = [
            place("a", "01269", Some("2026-10-01"), false),
            place("b", "01269", Some("2025-01-01"), false),
            place("c", "01269", Some("2026-11-01"), true),
            place("d", "01053", Some("2026-11-01"), false),
        ];
        let reports = [
            ReportTimes { structure_id: "a".into(), closed: true, days_to_close: Some(2.0) },
            ReportTimes { structure_id: "b".into(), closed: true, days_to_close: Some(10.0) },
            ReportTimes { structure_id: "a".into(), closed: false, days_to_close: None },
            ReportTimes { structure_id: "inconnu".into(), closed: false, days_to_close: None },
        ];
        let all = by_epci(gazetteer(), &structures, &[], &reports, "2026-11-29");
        assert_eq!(all.len(), gazetteer().geography().epci.len(), "every EPCI, even without entries");
        let haut_bugey = all.iter().find(|f| f.siren == "200042935").unwrap();
        assert_eq!((haut_bugey.fiches, haut_bugey.a_jour, haut_bugey.freshness()), (3, 1, Some(33)));
        assert_eq!(haut_bugey.a_verifier, ["Lieu b", "Lieu c"], "too old, and never confirmed");
        assert_eq!((haut_bugey.signalements_ouverts, haut_bugey.signalements_traites, haut_bugey.delai_median_jours), (1, 2, Some(6.0)));
        assert!(all.iter().filter(|f| f.fiches == 0).all(|f| f.freshness().is_none()));
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[]), None);
    }
}
