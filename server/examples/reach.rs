//! What a person reaches (`domain::reach`), before and after the import: every commune × précision
//! path × mobility answer oriented over the old demo directory (the Hinaura lieux alone) and over
//! the one the importer now builds from every real source. Not a test: a report, rerun with
//!
//! ```sh
//! cargo run --release -p server --example reach
//! ```

use app::domain::commune_search::Gazetteer;
use app::domain::directory::Directory;
use app::domain::flow::{Flow, Mobility};
use app::domain::geo::Geography;
use app::domain::reach::{measure, Counts, Coverage};
use server::startup::{seed_directory, seed_without_permanences, DEPARTEMENT_JSON, GEOGRAPHY_JSON, NATIONAL_JSON};

fn row(name: &str, a: Counts) {
    println!(
        "| {name} | {} | {} ({} %) | {} ({} %) | {} ({} %) |",
        a.total(),
        a.local,
        a.percent(a.local),
        a.wider,
        a.percent(a.wider),
        a.nothing,
        a.percent(a.nothing)
    );
}

fn needs(name: &str, c: &Coverage) {
    for (need, n) in &c.by_need {
        println!("| {name} | {need} | {} % | {} % | {} % |", n.percent(n.local), n.percent(n.wider), n.percent(n.nothing));
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let gazetteer = Gazetteer::new(Geography::from_json(GEOGRAPHY_JSON)?);
    let hinaura = include_str!("../../app/importer/seed/hinaura-lieux-ain-2021-2022.json");
    let (lieux, _) = app::domain::test_data::hinaura::import(hinaura, &gazetteer)?;
    let departement: Directory = serde_json::from_str(DEPARTEMENT_JSON)?;
    let national: Directory = serde_json::from_str(NATIONAL_JSON)?;
    let before = lieux.merged(departement)?.merged(national)?;
    let (after, _) = seed_directory(&gazetteer, "2026-11-29")?;
    let flow = Flow::shipped();
    let (b, a) = (measure(&gazetteer, &before, flow), measure(&gazetteer, &after, flow));
    println!("| directory | orientations | local | département or remote only | nothing |\n|---|---|---|---|---|");
    row(&format!("before: Hinaura seed ({} structures)", before.structures().len()), b.all);
    row(&format!("after: importer seed ({} structures)", after.structures().len()), a.all);
    println!("\n| directory | need | local | département or remote only | nothing |\n|---|---|---|---|---|");
    needs("before", &b);
    needs("after", &a);

    // Issue 27: people who cannot travel, or only with difficulty. Local: a place in reach (a passage in
    // the commune, a home visit, a place), or a structure of their EPCI designated to call them back.
    let france_services = app::domain::reach::epcis_with_france_services(&gazetteer, &after);
    let (no_passages, _) = seed_without_permanences(&gazetteer, "2026-11-29")?;
    println!("\n| can they travel? | directory | designated to call back | orientations | local | département or remote only | nothing | of which a passage / a home visit / a call back |\n|---|---|---|---|---|---|---|---|");
    for (answer, mobility) in [("non", Mobility::Non), ("difficilement", Mobility::Difficile)] {
        for (directory, name) in [(&no_passages, "without passages"), (&after, "with the seeded permanences")] {
            for (designated, who) in [
                (Default::default(), "nobody (seeded)".to_owned()),
                (france_services.clone(), format!("the France Services of {} EPCI", france_services.len())),
            ] {
                let (counts, kinds) = app::domain::reach::measure_immobile(&gazetteer, directory, flow, mobility, &designated);
                let total = counts.total().max(1) as f64;
                let share = |n: usize| (n as f64 * 1000.0 / total).round() / 10.0;
                let of_which = format!("{} % / {} % / {} %", share(kinds.passage), share(kinds.domicile), share(kinds.rappel));
                println!(
                    "| {answer} | {name} | {who} | {} | {} % | {} % | {} % | {of_which} |",
                    counts.total(),
                    counts.percent(counts.local),
                    counts.percent(counts.wider),
                    counts.percent(counts.nothing)
                );
            }
        }
    }
    Ok(())
}
