//! Orientations are counted in memory and written to the database in batches — every few seconds,
//! and before the indicators are read — so that serving a result never waits for a write, and a busy
//! hour costs one small transaction every ten seconds rather than one per person. What a crash can
//! lose is the last seconds of counts, never anything a person saved.

use super::repo::{RepoError, Repository};
use crate::domain::pilotage::{Count, CountKey};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

/// How often the counts kept in memory are written.
pub const FLUSH_EVERY: Duration = Duration::from_secs(10);

#[derive(Default)]
pub struct Counter {
    pending: Mutex<HashMap<CountKey, u64>>,
}

impl Counter {
    /// One more orientation of this kind.
    pub fn record(&self, key: CountKey) {
        *self.pending.lock().unwrap_or_else(PoisonError::into_inner).entry(key).or_default() += 1;
    }

    /// Writes what was counted since the last write. On failure the counts are kept for the next try.
    pub async fn flush(&self, repo: &dyn Repository) -> Result<(), RepoError> {
        let batch: Vec<Count> = std::mem::take(&mut *self.pending.lock().unwrap_or_else(PoisonError::into_inner))
            .into_iter()
            .map(|(key, nombre)| Count { key, nombre })
            .collect();
        if batch.is_empty() {
            return Ok(());
        }
        let written = repo.add_counts(&batch).await;
        if written.is_err() {
            let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
            for Count { key, nombre } in batch {
                *pending.entry(key).or_default() += nombre;
            }
        }
        written
    }

    /// Writes the counts every [`FLUSH_EVERY`] for as long as the application holds this counter.
    pub fn spawn_flusher(self: &Arc<Self>, repo: &Arc<dyn Repository>) {
        let (counter, repo): (Weak<Self>, Weak<dyn Repository>) = (Arc::downgrade(self), Arc::downgrade(repo));
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(FLUSH_EVERY);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                let (Some(counter), Some(repo)) = (counter.upgrade(), repo.upgrade()) else { break };
                if let Err(e) = counter.flush(repo.as_ref()).await {
                    tracing::warn!(cause = %e, "orientation counts not written yet; kept for the next try");
                }
            }
        });
    }
}
