//! The one owner of what the public sees: the published directory and séances, kept in memory so
//! that matching runs without a query, and the coming week's opening hours, evaluated once a day.
//! Replaced whole, never edited in place, so a reader always sees one version. `ssr::follow` calls
//! [`Live::reload`] when another server wrote; the state's writes call the `publish_*` methods.

use super::repo::{RepoError, Repository};
use crate::domain::directory::Directory;
use crate::domain::engine::Openings;
use crate::domain::hours::{HoursTable, Moment};
use crate::domain::seance::Seance;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

/// What the public sees, read from the database at start and kept up to date after every change:
/// matching runs over it in memory. Replaced whole, never edited in place, so a reader always sees
/// one version.
#[derive(Default)]
pub struct LiveData {
    pub directory: Arc<Directory>,
    /// Séances of published services, archived ones left out (past ones too, by the agenda).
    pub seances: Arc<Vec<Seance>>,
    /// Every séance not archived, whatever its service: what [`Self::seances`] is chosen from
    /// again when the directory changes, without reading the séances from the database.
    stored_seances: Arc<Vec<Seance>>,
}

impl LiveData {
    pub(super) fn new(directory: Arc<Directory>, stored_seances: Arc<Vec<Seance>>) -> Self {
        let services: std::collections::HashSet<&str> = directory.services().iter().map(|s| s.id.as_str()).collect();
        let seances = stored_seances.iter().filter(|s| services.contains(s.service.as_str())).cloned().collect();
        LiveData { directory, seances: Arc::new(seances), stored_seances }
    }
}

/// The published directory with its opening hours evaluated for the seven days from `date`.
pub struct Week {
    pub date: chrono::NaiveDate,
    /// The directory these hours were evaluated for.
    pub directory: Arc<Directory>,
    pub hours: HoursTable,
    pub openings: Openings,
    /// The offline snapshot's JSON (`ssr::orientation::snapshot_json`), written on first request: it
    /// changes exactly when this week does.
    pub snapshot: std::sync::OnceLock<axum::body::Bytes>,
    /// The same for one département (`?departement=`), by code, written on first request.
    pub departement_snapshots: Mutex<std::collections::HashMap<String, axum::body::Bytes>>,
    /// Every commune × need's best help (`ssr::coverage`), computed on first request, like the snapshot.
    pub coverage: std::sync::OnceLock<Arc<Vec<crate::domain::indicators::coverage::CommuneCoverage>>>,
}

/// The published data, its week, and the data version (`repo::shared`) they were read at.
#[derive(Default)]
pub struct Live {
    published: RwLock<LiveData>,
    /// The opening hours of the coming week, evaluated once a day rather than per request.
    week: Mutex<Option<Arc<Week>>>,
    /// What `ssr::follow` compares with the database's version, to read again when it moved.
    seen_version: AtomicI64,
}

impl Live {
    pub fn directory(&self) -> Arc<Directory> {
        Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).directory)
    }

    pub fn seances(&self) -> Arc<Vec<Seance>> {
        Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).seances)
    }

    pub fn stored_seances(&self) -> Arc<Vec<Seance>> {
        Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).stored_seances)
    }

    /// The data version of what is held.
    pub fn seen_version(&self) -> i64 {
        self.seen_version.load(Ordering::SeqCst)
    }

    /// After one séance was written: that séance replaced, added, or left out (archived), in the
    /// stored order (start, then id), without reading the other séances or the directory again, so
    /// that a séance's write does not cost more as the agenda grows. The week's hours, snapshot and
    /// coverage do not depend on séances: they stay.
    pub fn publish_seance(&self, seance: &Seance, archived: bool) {
        let mut published = self.published.write().unwrap_or_else(PoisonError::into_inner);
        let mut stored: Vec<Seance> = published.stored_seances.iter().filter(|s| s.id != seance.id).cloned().collect();
        if !archived {
            let at = stored.partition_point(|s| (s.debut.as_str(), s.id.as_str()) < (seance.debut.as_str(), seance.id.as_str()));
            stored.insert(at, seance.clone());
        }
        *published = LiveData::new(Arc::clone(&published.directory), Arc::new(stored));
    }

    /// After a structure or a service was written: `directory` published, the séances chosen again
    /// from those in memory, the week evaluated again at its next reading.
    pub fn publish_directory(&self, directory: Directory) {
        let stored = Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).stored_seances);
        let fresh = LiveData::new(Arc::new(directory), stored);
        *self.published.write().unwrap_or_else(PoisonError::into_inner) = fresh;
        *self.week.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Reads the published directory and séances, and records the version they are at. The version is
    /// read first: a write landing meanwhile leaves it behind, so the next tick reads again.
    pub async fn reload(&self, repo: &dyn Repository) -> Result<(), RepoError> {
        let version = repo.data_version().await?;
        let directory = repo.directory().await?;
        let stored: Vec<Seance> = repo.entries::<Seance>(None).await?.into_iter().filter(|s| !s.archived).map(|s| s.value).collect();
        *self.published.write().unwrap_or_else(PoisonError::into_inner) = LiveData::new(Arc::new(directory), Arc::new(stored));
        *self.week.lock().unwrap_or_else(PoisonError::into_inner) = None;
        self.seen_version.store(version, Ordering::SeqCst);
        Ok(())
    }

    /// Now in the Ain, and the published directory's week from today (evaluated again when the day or
    /// the directory changes).
    pub fn this_week(&self) -> (Moment, Arc<Week>) {
        let now = crate::ssr::clock::paris();
        let today = now.date();
        let mut cache = self.week.lock().unwrap_or_else(PoisonError::into_inner);
        let week = match cache.as_ref() {
            Some(week) if week.date == today => Arc::clone(week),
            _ => {
                let directory = self.directory();
                let hours = HoursTable::of_directory(
                    &directory,
                    |raw| super::hours::evaluate(raw, today),
                    |raw| super::hours::evaluate_dated(raw, today),
                );
                let openings = hours.openings(&directory);
                let fresh = Arc::new(Week {
                    date: today,
                    directory,
                    hours,
                    openings,
                    snapshot: Default::default(),
                    departement_snapshots: Default::default(),
                    coverage: Default::default(),
                });
                *cache = Some(Arc::clone(&fresh));
                fresh
            }
        };
        (super::hours::moment(now), week)
    }
}
