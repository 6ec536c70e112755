//! Small shared pieces of the pages.

pub mod commune_combobox;
pub mod fields;
pub mod layout;
pub mod print_button;
pub mod problem;
pub mod result_card;
