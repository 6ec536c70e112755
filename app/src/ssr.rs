//! Server-only code: data access and the state handlers share. Compiled with the "ssr" feature only.

pub mod auth;
pub mod guide;
pub mod hours;
pub mod orientation;
pub mod repo;
pub mod state;
pub mod throttle;
