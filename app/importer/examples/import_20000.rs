//! Benchmark (not a test): a Schéma des lieux CSV of 20 000 places (generated over the Ain's communes,
//! deterministic) read, located and planned into an empty directory, then planned again over the
//! result (a second import of the same file). Prints the time of each stage; run it under
//! `/usr/bin/time -v` for the peak memory:
//!
//! ```sh
//! cargo build --release -p importer --example import_20000
//! /usr/bin/time -v target/release/examples/import_20000
//! ```

use domain::commune_search::Gazetteer;
use domain::geo::Geography;
use importer::merge::plan;
use importer::{parse, Context};
use std::time::Instant;

const KINDS: &[&str] =
    &["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Accès internet et matériel informatique"];
const WORDS: &[&str] = &[
    "Médiathèque",
    "Centre social",
    "Espace numérique",
    "Maison des services",
    "Tiers-lieu",
    "Association",
    "Mairie annexe",
    "Point relais",
];

fn main() {
    let gazetteer = Gazetteer::new(Geography::from_json(include_str!("../../../server/data/ain-geo.json")).expect("geography"));
    let communes = &gazetteer.geography().communes;
    let mut csv =
        String::from("id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,horaires,source,date_maj\n");
    let mut seed: u64 = 42;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for i in 0..20_000 {
        let c = &communes[next() % communes.len()];
        let (dy, dx) = ((next() % 2000) as f64 / 100_000.0, (next() % 2000) as f64 / 100_000.0);
        csv.push_str(&format!(
            "lieu-{i},00000000000000,{} {} {i},{},{},{},{} rue du Stade {i},{:.5},{:.5},{},Mo-Fr 09:00-12:00,bench,2025-01-01\n",
            WORDS[next() % WORDS.len()],
            c.nom,
            c.nom,
            c.codes_postaux[0],
            c.insee,
            1 + next() % 200,
            c.lat + dy,
            c.lon + dx,
            KINDS[next() % KINDS.len()],
        ));
    }
    let valid = |_: &str| true;
    let ctx = Context { gazetteer: &gazetteer, date: "2025-01-01".into(), hours_valid: &valid };
    let started = Instant::now();
    let parsed = parse(csv.as_bytes(), &ctx).expect("the generated file reads");
    let read = started.elapsed();
    let first = plan(&[], &[], parsed);
    let planned = started.elapsed();
    let mut structures = Vec::new();
    let mut services = Vec::new();
    importer::seed::apply(&mut structures, &mut services, &first);
    let again = plan(&structures, &services, parse(csv.as_bytes(), &ctx).expect("again"));
    let total = started.elapsed();
    println!("file: {} KB, {} places", csv.len() / 1024, first.parsed.candidates.len() + first.parsed.refusals.len());
    println!("read and located: {:.2} s", read.as_secs_f64());
    println!(
        "first import planned: {:.2} s ({} created, {} merged, {} refused, {} near misses)",
        planned.as_secs_f64(),
        first.created(),
        first.merged(),
        first.parsed.refusals.len(),
        first.near_misses.len()
    );
    println!("second import of the same file: {:.2} s, changes nothing: {}", (total - planned).as_secs_f64(), again.changes_nothing());
}
