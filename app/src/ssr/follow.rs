//! Several servers on one database follow each other's writes. Each server keeps the published
//! directory and séances in memory; every second it compares the database's data version
//! (`repo::shared`, raised by every write of an entry or a séance) with the one it last read, and
//! reads everything again when it moved. A change made on one server shows on every other within
//! about a second, on SQLite (several processes on one file) as on PostgreSQL, with one tiny query
//! per second per server. The server that wrote has already published its own change; it reads
//! once more at the next tick, which costs one read of the directory per write (writes are rare).
//!
//! The same tick says this process is alive (`server_run`), and marks the runs of processes that
//! went silent without a clean stop as interrupted: a crash is noticed, logged and counted.

use super::repo::{RepoError, Repository};
use super::state::{LiveData, Week};
use crate::domain::seance::Seance;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock, Weak};
use std::time::Duration;

/// How often a server looks at the data version.
pub const EVERY: Duration = Duration::from_secs(1);

/// Reads the published directory and séances, and records the version they are at. The version is
/// read first: a write landing meanwhile leaves it behind, so the next tick reads again.
pub async fn reload(
    repo: &dyn Repository,
    published: &RwLock<LiveData>,
    week: &Mutex<Option<Arc<Week>>>,
    seen: &AtomicI64,
) -> Result<(), RepoError> {
    let version = repo.data_version().await?;
    let directory = repo.directory().await?;
    let stored: Vec<Seance> = repo.entries::<Seance>(None).await?.into_iter().filter(|s| !s.archived).map(|s| s.value).collect();
    *published.write().unwrap_or_else(PoisonError::into_inner) = LiveData::new(Arc::new(directory), Arc::new(stored));
    *week.lock().unwrap_or_else(PoisonError::into_inner) = None;
    seen.store(version, Ordering::SeqCst);
    Ok(())
}

/// Milliseconds since the epoch, as `server_run` and the rate limits store time.
pub fn now_ms() -> i64 {
    let ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());
    i64::try_from(ms).unwrap_or(i64::MAX)
}

/// Follows the data version until the state is dropped (the task holds only weak references), and
/// says run `run` is alive.
pub fn spawn(
    repo: &Arc<dyn Repository>,
    run: i64,
    published: &Arc<RwLock<LiveData>>,
    week: &Arc<Mutex<Option<Arc<Week>>>>,
    seen: &Arc<AtomicI64>,
) {
    let repo: Weak<dyn Repository> = Arc::downgrade(repo);
    let (published, week, seen) = (Arc::downgrade(published), Arc::downgrade(week), Arc::downgrade(seen));
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let (Some(repo), Some(published), Some(week), Some(seen)) =
                (repo.upgrade(), published.upgrade(), week.upgrade(), seen.upgrade())
            else {
                break;
            };
            match repo.beat(run, now_ms()).await {
                Ok(0) => {}
                Ok(n) => tracing::warn!(interrupted = n, "server runs that stopped without a clean stop found (crash recovery)"),
                Err(e) => tracing::warn!(cause = %e, "this server's heartbeat not written"),
            }
            match repo.data_version().await {
                Ok(version) if version == seen.load(Ordering::SeqCst) => {}
                Ok(_) => {
                    if let Err(e) = reload(repo.as_ref(), &published, &week, &seen).await {
                        tracing::warn!(cause = %e, "changes from another server not read yet; next try in a second");
                    } else {
                        tracing::debug!("published data read again after a write");
                    }
                }
                Err(e) => tracing::warn!(cause = %e, "data version not read; next try in a second"),
            }
        }
    });
}
