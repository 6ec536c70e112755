//! Thin server functions, one per file by domain: each takes the services from context, calls the
//! domain or a repository, and maps failures to [`crate::error::AppError`]. Every one has an explicit,
//! stable endpoint.

pub mod agenda;
pub mod callback;
pub mod communes;
pub mod guide;
pub mod orientation;
pub mod place;
pub mod report;
