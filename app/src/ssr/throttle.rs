//! Slowing down password guessing: a token bucket per IP address (a burst, then HTTP 429), and a
//! delay per account that grows with its failed logins — never a lock-out, which an attacker could
//! trigger on purpose to keep a coordinator out.
//!
//! The buckets live in the database (`repo::shared`), so that several servers behind one address
//! share them: a burst spread over them is still one burst. What a bucket does is computed here.

use super::repo::shared::Bucket;
use super::repo::{RepoError, Repository};
use std::net::IpAddr;
use std::time::Duration;

/// One token bucket per client address in its scope.
pub struct Limiter {
    bucket: Bucket,
}

impl Limiter {
    pub fn new(scope: &'static str, burst: u32, refill: Duration) -> Self {
        Self { bucket: Bucket { scope, burst, refill } }
    }

    /// Takes one attempt for `ip`, or says how long to wait.
    pub async fn check(&self, repo: &dyn Repository, ip: IpAddr) -> Result<Result<(), Duration>, RepoError> {
        repo.take_token(self.bucket, &client_key(ip), crate::ssr::clock::millis()).await
    }
}

/// A token bucket per client kept in this server's memory, for calls too frequent to write each to
/// the database (the JSON API): with several servers, each allows its own burst.
pub struct MemoryLimiter {
    burst: u32,
    refill: Duration,
    buckets: std::sync::Mutex<std::collections::HashMap<String, (f64, std::time::Instant)>>,
}

/// Clients remembered by a [`MemoryLimiter`] at most; past that, the full buckets are forgotten.
const MEMORY_CLIENTS: usize = 100_000;

impl MemoryLimiter {
    pub fn new(burst: u32, refill: Duration) -> Self {
        Self { burst, refill, buckets: Default::default() }
    }

    /// Takes one call for `ip` at `now`, or says how long to wait.
    pub fn check(&self, ip: IpAddr, now: std::time::Instant) -> Result<(), Duration> {
        let mut buckets = self.buckets.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if buckets.len() >= MEMORY_CLIENTS {
            let full_after = self.refill * self.burst;
            buckets.retain(|_, (_, at)| now.saturating_duration_since(*at) < full_after);
        }
        let (tokens, at) = buckets.get(&client_key(ip)).copied().unwrap_or((f64::from(self.burst), now));
        let (left, verdict) = refill(tokens, now.saturating_duration_since(at), self.burst, self.refill);
        buckets.insert(client_key(ip), (left, now));
        verdict
    }
}

/// The bucket a client address falls in: an IPv4 address is one client, but an IPv6 client gets a
/// whole /64 from its provider (2^64 addresses to spread guesses over), so its bucket is the /64.
pub fn client_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                let prefix = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{prefix}/64")
            }
        },
    }
}

/// A bucket holding `tokens` `elapsed` after it was last touched: the tokens left after taking one
/// attempt (refilled one per `refill`, never above `burst`), and whether the attempt may go on or
/// how long to wait for it.
pub fn refill(tokens: f64, elapsed: Duration, burst: u32, refill: Duration) -> (f64, Result<(), Duration>) {
    let refilled = (tokens + elapsed.as_secs_f64() / refill.as_secs_f64()).min(f64::from(burst));
    if refilled >= 1.0 {
        (refilled - 1.0, Ok(()))
    } else {
        (refilled, Err(refill.mul_f64(1.0 - refilled)))
    }
}

/// How long to wait before checking the password of an account with `failures` recent failures:
/// nothing for the first three, then 1 s, 2 s, 4 s… up to 30 s.
pub fn account_delay(failures: u32) -> Duration {
    match failures {
        0..=2 => Duration::ZERO,
        n => Duration::from_secs(1u64 << (n - 3).min(5)).min(Duration::from_secs(30)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_gives_its_burst_then_makes_wait_and_refills_with_time() {
        let (burst, every) = (3, Duration::from_secs(10));
        let mut tokens = f64::from(burst);
        for _ in 0..3 {
            let (left, verdict) = refill(tokens, Duration::ZERO, burst, every);
            assert!(verdict.is_ok());
            tokens = left;
        }
        let (left, verdict) = refill(tokens, Duration::ZERO, burst, every);
        let wait = verdict.unwrap_err();
        assert!(wait > Duration::from_secs(9) && wait <= Duration::from_secs(10), "{wait:?}");
        assert!(refill(left, Duration::from_secs(11), burst, every).1.is_ok(), "one attempt back after its refill");
        assert_eq!(refill(0.0, Duration::from_secs(3600), burst, every).0, 2.0, "never above the burst");
    }

    #[test]
    fn an_ipv6_client_is_bucketed_by_its_64_and_an_ipv4_one_by_its_address() {
        let key = |s: &str| client_key(s.parse().unwrap());
        assert_eq!(key("2001:db8:1:2::1"), key("2001:db8:1:2:ffff:ffff:ffff:ffff"), "one /64, one bucket");
        assert_eq!(key("2001:db8:1:2::1"), "2001:db8:1:2::/64");
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"), "the next /64 is another client");
        assert_eq!(key("::ffff:198.51.100.7"), "198.51.100.7", "an IPv4 client seen through IPv6 is still itself");
        assert_ne!(key("198.51.100.7"), key("198.51.100.8"));
    }

    #[test]
    fn a_memory_bucket_limits_each_client_apart() {
        let limiter = MemoryLimiter::new(2, Duration::from_secs(1));
        let (a, b): (IpAddr, IpAddr) = ("198.51.100.7".parse().unwrap(), "198.51.100.8".parse().unwrap());
        let t0 = std::time::Instant::now();
        assert!(limiter.check(a, t0).is_ok() && limiter.check(a, t0).is_ok());
        assert!(limiter.check(a, t0).is_err(), "the burst is spent");
        assert!(limiter.check(b, t0).is_ok(), "another client has its own");
        assert!(limiter.check(a, t0 + Duration::from_secs(1)).is_ok(), "one call back after a second");
    }

    #[test]
    fn the_account_delay_grows_but_is_bounded() {
        assert_eq!(account_delay(2), Duration::ZERO);
        assert_eq!(account_delay(3), Duration::from_secs(1));
        assert_eq!(account_delay(5), Duration::from_secs(4));
        assert_eq!(account_delay(1000), Duration::from_secs(30));
    }
}
