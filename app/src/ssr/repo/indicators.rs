//! The orientation counters (`domain::indicators`): added to in batches, read by period; and the
//! reminders sent to structures to keep the directory true.

use super::RepoError;
use crate::domain::indicators::Count;
use async_trait::async_trait;
use std::collections::HashMap;

#[async_trait]
pub trait Indicators: Send + Sync {
    /// Adds each count to its day's counter, in one transaction.
    async fn add_counts(&self, counts: &[Count]) -> Result<(), RepoError>;
    /// Every counter from `du` to `au` (days, both included).
    async fn counts(&self, du: &str, au: &str) -> Result<Vec<Count>, RepoError>;
    /// Records a reminder sent to a structure (`at`: RFC 3339; `by`: the coordinator's address).
    async fn record_reminder(&self, structure_id: &str, at: &str, by: &str) -> Result<(), RepoError>;
    /// When each structure was last sent a reminder, by structure id.
    async fn last_reminders(&self) -> Result<HashMap<String, String>, RepoError>;
}
