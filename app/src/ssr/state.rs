//! What every request handler and server function can reach.

use super::repo::Repository;
use crate::domain::commune_search::Gazetteer;
use crate::domain::directory::Directory;
use crate::domain::engine::Openings;
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
    /// When each entry is open in the coming week, computed once a day rather than per request.
    pub openings: Arc<std::sync::Mutex<Option<(chrono::NaiveDate, Arc<Openings>)>>>,
}

impl Services {
    pub fn new(repo: Arc<dyn Repository>, gazetteer: Arc<Gazetteer>, directory: Arc<Directory>) -> Self {
        Self { repo, gazetteer, directory, openings: Default::default() }
    }

    /// The directory's openings for the week starting `today` (recomputed when the day changes).
    pub fn openings(&self, today: chrono::NaiveDate) -> Arc<Openings> {
        let mut cache = self.openings.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match cache.as_ref() {
            Some((day, openings)) if *day == today => Arc::clone(openings),
            _ => {
                let fresh = Arc::new(super::orientation::openings(&self.directory, today));
                *cache = Some((today, Arc::clone(&fresh)));
                fresh
            }
        }
    }

    /// The services, as provided to every Leptos render and server function by the server.
    pub fn from_context() -> Result<Self, crate::error::AppError> {
        use_context::<Services>().ok_or_else(|| crate::error::AppError::internal("Services missing from context"))
    }
}
