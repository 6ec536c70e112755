//! What every request handler and server function can reach.

use super::repo::Repository;
use crate::domain::commune_search::Gazetteer;
use crate::domain::directory::Directory;
use leptos::prelude::*;
use std::sync::Arc;

/// Shared, read-mostly application state: cheap to clone (`Arc`s).
#[derive(Clone)]
pub struct Services {
    pub repo: Arc<dyn Repository>,
    /// Built from the database at start: searching it needs no query.
    pub gazetteer: Arc<Gazetteer>,
    /// The public directory, read at start; matching runs over it in memory.
    pub directory: Arc<Directory>,
}

impl Services {
    /// The services, as provided to every Leptos render and server function by the server.
    pub fn from_context() -> Result<Self, crate::error::AppError> {
        use_context::<Services>().ok_or_else(|| crate::error::AppError::internal("Services missing from context"))
    }
}
