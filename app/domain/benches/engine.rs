//! The routing engine over a national-size directory: 20 000 structures, 100 000 services.
//! Target: under 1 ms per orientation. Run with `cargo bench -p domain --bench engine`.

use criterion::{criterion_group, criterion_main, Criterion};
use domain::commune_search::Gazetteer;
use domain::directory::{Address, Coverage, Directory, Service, Structure};
use domain::engine::{orient, Openings, Profile};
use domain::flow::{Answers, Flow};
use domain::geo::{Geography, InseeCode};
use domain::taxonomy::{Accompaniment, Fee, Public, ServiceKind};
use std::hint::black_box;

/// A deterministic pseudo-random sequence (no dependency, same directory every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Structures spread over metropolitan France; one in twenty in the Ain, with the Ain's EPCI.
fn national_directory(geo: &Geography) -> Directory {
    let mut rng = Lcg(42);
    let mut structures = Vec::with_capacity(20_000);
    let mut services = Vec::with_capacity(100_000);
    for i in 0..20_000 {
        let in_ain = i % 20 == 0;
        let (commune, epci, lon, lat) = if in_ain {
            let c = &geo.communes[rng.below(geo.communes.len() as u64) as usize];
            (c.insee.clone(), c.epci.clone(), c.lon, c.lat)
        } else {
            let dep = 2 + rng.below(94);
            let code = InseeCode::parse(&format!("{dep:02}{:03}", 1 + rng.below(600))).unwrap();
            (
                code,
                format!("2{:08}", rng.below(100_000_000)),
                -4.5 + rng.below(12_000) as f64 / 1000.0,
                42.5 + rng.below(8_500) as f64 / 1000.0,
            )
        };
        let id = format!("s{i:05}");
        structures.push(Structure {
            nom: format!("Lieu {i}"),
            adresse: Some(Address {
                adresse: "1 rue".into(),
                code_postal: "00000".into(),
                code_insee: commune,
                commune: "X".into(),
                longitude: Some(lon),
                latitude: Some(lat),
            }),
            a_verifier: rng.below(2) == 0,
            ..Structure::blank(id.clone(), "bench")
        });
        for j in 0..5 {
            let kind = ServiceKind::ALL[rng.below(ServiceKind::ALL.len() as u64) as usize];
            let zone = match rng.below(100) {
                0 => Coverage::National,
                1..=4 => Coverage::Departement(vec![format!("{:02}", 1 + rng.below(95))]),
                _ => Coverage::Epci(vec![epci.clone()]),
            };
            services.push(Service {
                nom: "Service".into(),
                services: vec![kind],
                publics: if rng.below(3) == 0 { vec![Public::Jeunes] } else { vec![] },
                frais: vec![Fee::Gratuit],
                modalites_accompagnement: vec![Accompaniment::Individuel, Accompaniment::Atelier][..1 + rng.below(2) as usize].to_vec(),
                a_domicile: rng.below(10) == 0,
                zone,
                ..Service::blank(format!("{id}-{j}"), &id)
            });
        }
    }
    Directory::new(structures, services).expect("a valid national directory")
}

fn bench(c: &mut Criterion) {
    let geo = Geography::from_json(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../server/data/ain-geo.json"))).unwrap();
    let gazetteer = Gazetteer::new(geo.clone());
    let directory = national_directory(&geo);
    let flow = Flow::shipped();
    let need = flow.need("demarche").unwrap();
    let answers: Answers = [
        ("demarche_organisme".to_owned(), vec!["caf".to_owned()]),
        ("demarche_aide".to_owned(), vec!["avec_moi".to_owned()]),
        ("deplacement".to_owned(), vec!["difficile".to_owned()]),
        ("disponibilite".to_owned(), vec!["soir".to_owned()]),
    ]
    .into();
    let criteria = flow.criteria(need, &answers).unwrap();
    let nantua = gazetteer.commune(&InseeCode::parse("01269").unwrap()).unwrap();
    let profile = Profile { commune: nantua, criteria: &criteria };
    let openings = Openings::new();
    // Build the lookup index once, as the server's long-lived directory does.
    let _ = directory.structure("s00000");
    c.bench_function("orient: démarche CAF à Nantua, 100 000 services", |b| {
        b.iter(|| orient(black_box(&directory), &openings, black_box(&profile)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
