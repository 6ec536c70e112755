//! Small shared pieces of the pages.

pub mod bar_chart;
#[cfg(feature = "hydrate")]
mod browser;
pub mod bundle;
pub mod commune_combobox;
pub mod coverage;
pub mod drawn_once;
pub mod epci_figures;
pub mod fields;
pub mod form_fields;
pub mod indicators;
pub mod island_scripts;
pub mod island_words;
pub mod layout;
pub mod listen_button;
pub mod locate_button;
pub mod map;
pub mod place_map;
pub mod print_button;
pub mod problem;
pub mod result_card;
pub mod seance_card;
pub mod translation;
pub mod update_notice;
