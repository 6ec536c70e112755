//! The reference data every crate's tests share, read from the repository here once rather than by a
//! relative path in each test: the Ain's geography (`server/data/ain-geo.json`), the three national
//! phone lines (`server/data/seed/national.json`) and the Hinaura file of places. Compiled for this
//! crate's tests, and for other crates' tests through the `test-data` feature (their
//! dev-dependency), never into the server or the wasm.

use crate::commune_search::Gazetteer;
use crate::directory::Directory;
use crate::geo::Geography;
use std::sync::OnceLock;

pub mod hinaura;

pub const AIN_GEO_JSON: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../server/data/ain-geo.json"));
pub const NATIONAL_JSON: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../server/data/seed/national.json"));
pub const HINAURA_JSON: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../importer/seed/hinaura-lieux-ain-2021-2022.json"));

pub fn geography() -> Geography {
    Geography::from_json(AIN_GEO_JSON).expect("ain-geo.json is valid")
}

pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::new(geography()))
}

/// The Hinaura places with the national lines: the directory most engine tests reason about.
pub fn demo_directory() -> &'static Directory {
    static D: OnceLock<Directory> = OnceLock::new();
    D.get_or_init(|| {
        let (lieux, _) = hinaura::import(HINAURA_JSON, gazetteer()).expect("the Hinaura file imports");
        lieux.merged(serde_json::from_str(NATIONAL_JSON).expect("national.json is valid")).expect("no duplicate ids")
    })
}
