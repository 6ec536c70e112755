//! Server-only code: data access and the state handlers share. Compiled with the "ssr" feature only.

pub mod agenda;
pub mod auth;
pub mod callback_view;
pub mod callbacks;
pub mod client_ip;
pub mod counter;
pub mod coverage;
pub mod epci;
pub mod follow;
pub mod guide;
pub mod hours;
pub mod import;
pub mod indicators;
pub mod integration;
pub mod mail;
pub mod map;
pub mod open_data;
pub mod orientation;
pub mod post;
pub mod proposal_view;
pub mod proposals;
pub mod reminders;
pub mod repo;
pub mod second_factor;
pub mod state;
pub mod throttle;
