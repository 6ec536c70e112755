//! What the browser keeps to orient people offline: the geography, the published directory and its
//! opening hours evaluated for one week, dated. The server writes it (`/api/v1/instantane`), the
//! offline engine reads it and runs the same `domain::orientation` over it.

use super::commune_search::Gazetteer;
use super::directory::Directory;
use super::engine::Openings;
use super::geo::Geography;
use super::hours::HoursTable;
use super::orientation::Published;
use serde::{Deserialize, Serialize};

/// Raised when the snapshot's shape changes: an offline engine never reads a snapshot of another shape.
pub const FORMAT: u32 = 2;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    pub format: u32,
    /// « 2026-11-28 »: the day it was taken (the hours are those of the 7 days from then).
    pub date: String,
    /// « 28/11/2026 », what results computed from it say.
    pub donnees_du: String,
    pub geography: Geography,
    pub directory: Directory,
    pub hours: HoursTable,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    #[error("Les données gardées pour le mode hors ligne sont illisibles : {0}")]
    Unreadable(String),
    #[error("Les données gardées pour le mode hors ligne sont d’une autre version ({0}).")]
    OtherFormat(u32),
}

/// The directory as the offline engine needs it: what cards show, without the per-field origins the
/// back-office and imports keep (a third of the entries' weight, of no use to a person offline).
pub fn offline_directory(directory: &Directory) -> Directory {
    directory.with_structures(|s| crate::directory::Structure { origines: Default::default(), siret: None, ..s.clone() })
}

/// A snapshot ready to answer: its gazetteer built and its openings computed once.
pub struct Loaded {
    pub snapshot: Snapshot,
    pub gazetteer: Gazetteer,
    pub openings: Openings,
}

impl Loaded {
    pub fn from_json(json: &str) -> Result<Self, SnapshotError> {
        let snapshot: Snapshot = serde_json::from_str(json).map_err(|e| SnapshotError::Unreadable(e.to_string()))?;
        if snapshot.format != FORMAT {
            return Err(SnapshotError::OtherFormat(snapshot.format));
        }
        // Every commune's EPCI must exist: the gazetteer relies on it.
        snapshot.geography.check().map_err(|e| SnapshotError::Unreadable(e.to_string()))?;
        let gazetteer = Gazetteer::new(snapshot.geography.clone());
        let openings = snapshot.hours.openings(&snapshot.directory);
        Ok(Loaded { snapshot, gazetteer, openings })
    }

    /// The snapshot as the engine reads it, for a page in `langue` (its date written that way).
    pub fn published(&self, langue: crate::langue::Langue) -> Published<'_> {
        Published {
            gazetteer: &self.gazetteer,
            directory: &self.snapshot.directory,
            hours: &self.snapshot.hours,
            openings: &self.openings,
            donnees_du: langue.date(&self.snapshot.date),
            langue,
        }
    }
}
