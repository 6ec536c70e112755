//! The routing engine over a national-size directory: 20 000 structures, 100 000 services.
//! Target: under 1 ms per orientation. Run with `cargo bench -p domain --bench engine`: over the
//! Ain's geography (every place near: the hardest case), or with `AIGUILLAGE_GEOGRAPHIE=file.json`
//! over another one (bench/national.sh passes the whole of France).

use criterion::{criterion_group, criterion_main, Criterion};
use domain::commune_search::Gazetteer;
use domain::engine::{orient, Openings, Profile};
use domain::flow::{Answers, Flow};
use domain::geo::{Geography, InseeCode};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let geo = match std::env::var("AIGUILLAGE_GEOGRAPHIE") {
        Ok(path) => Geography::from_json(&std::fs::read_to_string(path).unwrap()).unwrap(),
        Err(_) => Geography::from_json(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../server/data/ain-geo.json"))).unwrap(),
    };
    let gazetteer = Gazetteer::new(geo.clone());
    // 20 000 places drawn by population over the geography's communes, 5 services each.
    let directory = domain::simulation::directory(&geo, 20_000, 5, 42);
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
    let _ = directory.structure("sim-000000");
    c.bench_function("orient: démarche CAF à Nantua, 100 000 services", |b| {
        b.iter(|| orient(black_box(&directory), &openings, black_box(&profile)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
