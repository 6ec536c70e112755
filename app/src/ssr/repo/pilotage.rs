//! The orientation counters (`domain::pilotage`): added to in batches, read by period.

use super::RepoError;
use crate::domain::pilotage::Count;
use async_trait::async_trait;

#[async_trait]
pub trait Pilotage: Send + Sync {
    /// Adds each count to its day's counter, in one transaction.
    async fn add_counts(&self, counts: &[Count]) -> Result<(), RepoError>;
    /// Every counter from `du` to `au` (days, both included).
    async fn counts(&self, du: &str, au: &str) -> Result<Vec<Count>, RepoError>;
}
