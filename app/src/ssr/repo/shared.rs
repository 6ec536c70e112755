//! What the servers of one deployment share through the database, beyond the data itself: the rate
//! limits, and the version of the published data each one follows.

use super::RepoError;
use async_trait::async_trait;
use std::time::Duration;

/// A token bucket's settings: `burst` attempts at once, one more every `refill`.
#[derive(Debug, Clone, Copy)]
pub struct Bucket {
    pub scope: &'static str,
    pub burst: u32,
    pub refill: Duration,
}

#[async_trait]
pub trait Shared: Send + Sync {
    /// Takes one attempt from `client`'s bucket in `bucket.scope` at `now_ms` (milliseconds since
    /// the epoch), or says how long to wait. Atomic across servers.
    async fn take_token(&self, bucket: Bucket, client: &str, now_ms: i64) -> Result<Result<(), Duration>, RepoError>;
    /// The version of the published data: it changes with every write of an entry or a séance.
    async fn data_version(&self) -> Result<i64, RepoError>;
    /// Records a server process starting; returns its run's id.
    async fn start_run(&self, now: &str, now_ms: i64) -> Result<i64, RepoError>;
    /// Says run `run` is alive at `now_ms`, and marks as interrupted the runs that stopped saying so
    /// for [`SILENT_MS`] without stopping cleanly. Returns how many it marked.
    async fn beat(&self, run: i64, now_ms: i64) -> Result<u64, RepoError>;
    /// Records a clean stop.
    async fn end_run(&self, run: i64) -> Result<(), RepoError>;
    /// What an operator watches: imports applied and undone, runs interrupted, servers alive.
    async fn events(&self) -> Result<Events, RepoError>;
    /// The connection pool now: open connections, idle ones, the most it opens.
    fn pool_usage(&self) -> PoolUsage;
}

/// A run silent this long (milliseconds) without a clean stop was interrupted.
pub const SILENT_MS: i64 = 10_000;

/// Counts read from the database, the same whichever server is asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Events {
    pub imports_applied: i64,
    pub imports_undone: i64,
    pub runs_interrupted: i64,
    pub runs_alive: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PoolUsage {
    pub open: u32,
    pub idle: u32,
    pub max: u32,
}
