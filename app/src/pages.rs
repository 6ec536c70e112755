//! One file per page.

pub mod guichet;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod orientation;
pub mod parcours;
