//! Small shared pieces of the pages.

pub mod commune_combobox;
pub mod fields;
pub mod layout;
pub mod problem;
pub mod result_card;
