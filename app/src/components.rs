//! Small shared pieces of the pages.

pub mod commune_combobox;
pub mod layout;
pub mod problem;
