//! A directory of national size, generated for measurements (issue 12): so many places over the
//! communes of a geography, drawn in proportion to their population as real places are, each with
//! its services. Deterministic (a seed, no dependency), so that every run measures the same data.
//! Only the benchmarks and `server/examples/simulation.rs` call it; it never reaches a page.

use crate::directory::{Address, Coverage, Directory, Service, Structure};
use crate::geo::Geography;
use crate::taxonomy::{Accompaniment, Fee, Public, ServiceKind};

/// A deterministic pseudo-random sequence (Knuth's MMIX LCG).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn draw(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.draw() % n.max(1) as u64).unwrap_or(0)
    }
}

/// Typical opening hours, and none for a third of the places (as in the real sources).
const HOURS: [Option<&str>; 3] = [Some("Mo-Fr 09:00-12:00,14:00-17:30"), Some("Tu,Th 14:00-18:00; Sa 09:00-12:00"), None];

/// `structures` places over `geo`'s communes, each with `services_per_place` services.
pub fn directory(geo: &Geography, structures: usize, services_per_place: usize, seed: u64) -> Directory {
    let mut rng = Lcg(seed);
    // Cumulative population: a commune is drawn as often as it is populated (at least once in a while).
    let mut cumulative = Vec::with_capacity(geo.communes.len());
    let mut total = 0u64;
    for c in &geo.communes {
        total += u64::from(c.population.max(50));
        cumulative.push(total);
    }
    let mut places = Vec::with_capacity(structures);
    let mut services = Vec::with_capacity(structures * services_per_place);
    for i in 0..structures {
        let drawn = rng.draw() % total.max(1);
        let commune = &geo.communes[cumulative.partition_point(|&c| c <= drawn).min(geo.communes.len() - 1)];
        let id = format!("sim-{i:06}");
        let jitter = |rng: &mut Lcg| (rng.below(2_000) as f64 - 1_000.0) / 100_000.0;
        places.push(Structure {
            nom: format!("Lieu simulé {i} à {}", commune.nom),
            adresse: Some(Address {
                adresse: format!("{} place de la Mairie", 1 + rng.below(40)),
                code_postal: commune.codes_postaux.first().cloned().unwrap_or_default(),
                code_insee: commune.insee.clone(),
                commune: commune.nom.clone(),
                longitude: Some(commune.lon + jitter(&mut rng)),
                latitude: Some(commune.lat + jitter(&mut rng)),
            }),
            horaires: HOURS[rng.below(HOURS.len())].map(str::to_owned),
            telephone: Some(format!("04 {:02} {:02} {:02} {:02}", rng.below(100), rng.below(100), rng.below(100), rng.below(100))),
            a_verifier: rng.below(2) == 0,
            ..Structure::blank(id.clone(), "simulation")
        });
        for j in 0..services_per_place {
            let kind = ServiceKind::ALL[rng.below(ServiceKind::ALL.len())];
            let zone = match rng.below(1_000) {
                0 => Coverage::National,
                1..=50 => Coverage::Departement(vec![commune.insee.departement().to_owned()]),
                51..=250 => Coverage::Communes(vec![commune.insee.clone()]),
                _ => Coverage::Epci(vec![commune.epci.clone()]),
            };
            services.push(Service {
                nom: format!("{kind:?}"),
                services: vec![kind],
                publics: if rng.below(3) == 0 { vec![Public::Jeunes] } else { vec![] },
                frais: vec![Fee::Gratuit],
                modalites_accompagnement: [Accompaniment::Individuel, Accompaniment::Atelier][..1 + rng.below(2)].to_vec(),
                a_domicile: rng.below(10) == 0,
                zone,
                ..Service::blank(format!("{id}-{j}"), &id)
            });
        }
    }
    // Generated from a checked geography with unique ids: Directory's checks cannot fail on it.
    Directory::new(places, services).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_directory_spread_by_population() {
        let geo = crate::test_data::geography();
        let a = directory(&geo, 2_000, 5, 7);
        assert_eq!(a, directory(&geo, 2_000, 5, 7));
        assert_eq!((a.structures().len(), a.services().len()), (2_000, 10_000));
        let in_commune =
            |insee: &str| a.structures().iter().filter(|s| s.adresse.as_ref().is_some_and(|ad| ad.code_insee.as_str() == insee)).count();
        // Bourg-en-Bresse (41 000 inhabitants) draws far more places than Nantua (3 400).
        assert!(in_commune("01053") > 3 * in_commune("01269"), "{} vs {}", in_commune("01053"), in_commune("01269"));
    }
}
