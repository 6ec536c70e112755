//! The pure core of Aiguillage: no Leptos, no SQL, no I/O. It compiles into the server and into the
//! browser's wasm, so the same rules answer online and offline.

pub mod commune_search;
pub mod geo;
pub mod normalize;
pub mod phone;
pub mod taxonomy;
pub mod directory;
pub mod import_hinaura;
pub mod flow;
pub mod engine;
pub mod journey;
pub mod result;
pub mod guide;
pub mod seance;
pub mod ics;
pub mod hours_form;
pub mod edit;
pub mod freshness;
pub mod hours;
pub mod orientation;
pub mod snapshot;
pub mod sources;
pub mod coverage;
