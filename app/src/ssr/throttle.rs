//! Slowing down password guessing: a token bucket per IP address (a burst, then HTTP 429), and a
//! delay per account that grows with its failed logins — never a lock-out, which an attacker could
//! trigger on purpose to keep a coordinator out.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Limiter {
    burst: f64,
    /// Time for one attempt to come back.
    refill: Duration,
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl Limiter {
    pub fn new(burst: u32, refill: Duration) -> Self {
        Self { burst: f64::from(burst), refill, buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one attempt for `ip`, or says how long to wait.
    pub fn check(&self, ip: IpAddr) -> Result<(), Duration> {
        self.check_at(ip, Instant::now())
    }

    fn check_at(&self, ip: IpAddr, now: Instant) -> Result<(), Duration> {
        let mut buckets = self.buckets.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Full buckets carry no information: dropping them bounds memory under a spray of addresses.
        if buckets.len() > 10_000 {
            let (burst, refill) = (self.burst, self.refill);
            buckets.retain(|_, (tokens, at)| *tokens + now.duration_since(*at).as_secs_f64() / refill.as_secs_f64() < burst);
        }
        let (tokens, at) = buckets.entry(ip).or_insert((self.burst, now));
        let refilled = (*tokens + now.duration_since(*at).as_secs_f64() / self.refill.as_secs_f64()).min(self.burst);
        *at = now;
        if refilled >= 1.0 {
            *tokens = refilled - 1.0;
            Ok(())
        } else {
            *tokens = refilled;
            Err(self.refill.mul_f64(1.0 - refilled))
        }
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
    fn an_address_gets_its_burst_then_waits_and_others_are_not_affected() {
        let limiter = Limiter::new(3, Duration::from_secs(10));
        let (a, b) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at(a, t0).is_ok());
        }
        let wait = limiter.check_at(a, t0).unwrap_err();
        assert!(wait > Duration::from_secs(9) && wait <= Duration::from_secs(10));
        assert!(limiter.check_at(b, t0).is_ok());
        assert!(limiter.check_at(a, t0 + Duration::from_secs(11)).is_ok());
    }

    #[test]
    fn the_account_delay_grows_but_is_bounded() {
        assert_eq!(account_delay(2), Duration::ZERO);
        assert_eq!(account_delay(3), Duration::from_secs(1));
        assert_eq!(account_delay(5), Duration::from_secs(4));
        assert_eq!(account_delay(1000), Duration::from_secs(30));
    }
}
