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

use super::live::Live;
use super::repo::Repository;
use std::sync::{Arc, Weak};
use std::time::Duration;

/// How often a server looks at the data version.
pub const EVERY: Duration = Duration::from_secs(1);

/// Follows the data version until the state is dropped (the task holds only weak references), and
/// says run `run` is alive.
pub fn spawn(repo: &Arc<dyn Repository>, run: i64, live: &Arc<Live>) {
    let repo: Weak<dyn Repository> = Arc::downgrade(repo);
    let live = Arc::downgrade(live);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let (Some(repo), Some(live)) = (repo.upgrade(), live.upgrade()) else {
                break;
            };
            match repo.beat(run, crate::ssr::clock::millis()).await {
                Ok(0) => {}
                Ok(n) => tracing::warn!(interrupted = n, "server runs that stopped without a clean stop found (crash recovery)"),
                Err(e) => tracing::warn!(cause = %e, "this server's heartbeat not written"),
            }
            match repo.data_version().await {
                Ok(version) if version == live.seen_version() => {}
                Ok(_) => {
                    if let Err(e) = live.reload(repo.as_ref()).await {
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
