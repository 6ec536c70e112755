//! The data pages are drawn from, at one floor: plain serialisable structs that `ssr` services build
//! and that pages, components and the back-office render (they travel in server functions' answers).
//! No rendering, no I/O here: this module only reads `domain`, so every other floor may read it.

pub mod admin;
pub mod coverage;
pub mod epci;
pub mod follow_up;
pub mod forms;
pub mod indicators;
pub mod map;
pub mod places;
pub mod proposal;
pub mod request;
pub mod requests;
pub mod working_group;
