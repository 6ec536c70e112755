//! The pure core of Aiguillage: no Leptos, no SQL, no I/O. It compiles into the server and into the
//! browser's wasm, so the same rules answer online and offline.

pub mod callback;
pub mod commune_search;

pub mod demarche;
pub mod directory;
pub mod edit;
pub mod engine;
pub mod flow;
pub mod freshness;
pub mod geo;
pub mod guide;
pub mod hours;
pub mod hours_form;
pub mod ics;
pub mod indicators;
pub mod integration;
pub mod journey;
pub mod keys;
pub mod langue;
pub mod legacy_labels;
pub mod local_path;
pub mod normalize;
pub mod orientation;
pub mod passage;
pub mod phone;
pub mod place_map;
pub mod preparation;
pub mod proposal;
/// What a person reaches, over every commune × path × mobility: a measurement for the examples and
/// the notes, not part of any answer.
#[cfg(any(test, feature = "test-data"))]
pub mod reach;
pub mod reminder;
pub mod result;
pub mod result_page;
pub mod seance;
pub mod simulation;
pub mod snapshot;
pub mod snapshot_departement;
pub mod sources;
pub mod taxonomy;
#[cfg(any(test, feature = "test-data"))]
pub mod test_data;
pub mod textes;

#[cfg(test)]
mod decoder_properties;
