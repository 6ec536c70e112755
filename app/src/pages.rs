//! One file per page.

pub mod accessibility;
pub mod admin;
pub mod agenda;
pub mod donnees;
pub mod guichet;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod offline;
pub mod orientation;
pub mod parcours;
pub mod place;
pub mod signaler;
