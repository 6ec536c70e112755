//! Loads a national-size simulation into a database (issue 12): a geography written by
//! `server/data/generate-geo.mjs --departements toutes`, and a directory generated over it
//! (`domain::simulation`: places drawn by population, 5 services each). Then `bench/national.sh`
//! starts the real server on it and measures. Prints what it wrote and how long each step took.
//!
//!   cargo run --release -p server --example simulation -- GEOGRAPHIE.json DATABASE_URL [LIEUX] [SERVICES_PAR_LIEU]

use app::ssr::repo::sql::SqlRepository;
use app::ssr::repo::Repository;
use std::time::Instant;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [geography, url, rest @ ..] = args.as_slice() else {
        return Err("usage : simulation GEOGRAPHIE.json DATABASE_URL [LIEUX] [SERVICES_PAR_LIEU]".into());
    };
    let places: usize = rest.first().map_or(Ok(20_000), |s| s.parse())?;
    let per_place: usize = rest.get(1).map_or(Ok(5), |s| s.parse())?;

    let started = Instant::now();
    let geography = app::domain::geo::Geography::from_json(&std::fs::read_to_string(geography)?)?;
    let repo = SqlRepository::connect(url).await?;
    repo.migrate().await?;
    repo.replace_geography(&geography).await?;
    let geography_s = started.elapsed().as_secs_f64();

    let generated = Instant::now();
    let directory = app::domain::simulation::directory(&geography, places, per_place, 2026);
    let generate_s = generated.elapsed().as_secs_f64();

    let written = Instant::now();
    let fresh = repo.seed_directory_if_empty(&directory).await?;
    let write_s = written.elapsed().as_secs_f64();
    repo.pool().close().await;
    println!(
        "communes {} · EPCI {} · lieux {} · services {} · géographie écrite en {geography_s:.1} s · annuaire généré en {generate_s:.1} s, {} en {write_s:.1} s",
        geography.communes.len(),
        geography.epci.len(),
        directory.structures().len(),
        directory.services().len(),
        if fresh { "écrit" } else { "déjà là (rien écrit)" },
    );
    Ok(())
}
