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
}
