//! The app's one clock. Every « now » of the server — a form token's age, a session's idle time, a
//! rate limit's bucket, an audit line's time, « today » in the Ain for the agenda and the hours —
//! is read here, so that a test can move time for the whole server at once (a token that expires,
//! a reminder that falls due) instead of waiting, and so that no two parts disagree on the date.
//!
//! The shift is process-wide: a test that moves it runs in a test binary of its own
//! (`server/tests/clock.rs`), where nothing else reads the time meanwhile.

use chrono::{DateTime, NaiveDateTime, Utc};
use std::sync::atomic::{AtomicI64, Ordering};

/// Milliseconds added to the system's time (0 outside tests).
static SHIFT_MS: AtomicI64 = AtomicI64::new(0);

/// Now, in UTC.
pub fn now() -> DateTime<Utc> {
    Utc::now() + chrono::Duration::milliseconds(SHIFT_MS.load(Ordering::Relaxed))
}

/// Seconds since the epoch: what form tokens and personal links are dated with.
pub fn timestamp() -> i64 {
    now().timestamp()
}

/// Milliseconds since the epoch, as `server_run` and the rate limits store time.
pub fn millis() -> i64 {
    now().timestamp_millis()
}

/// Now as the database stores times: `2026-12-03T15:04:05Z`.
pub fn stamp() -> String {
    stamp_of(now())
}

/// `at` as the database stores times.
pub fn stamp_of(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Now, on the wall clocks of the Ain.
pub fn paris() -> NaiveDateTime {
    now().with_timezone(&chrono_tz::Europe::Paris).naive_local()
}

/// Today in the Ain, as `YYYY-MM-DD`.
pub fn today() -> String {
    paris().date().format("%Y-%m-%d").to_string()
}

/// Moves the clock by `by` from the system's time (tests only: see the module's note).
pub fn shift(by: chrono::Duration) {
    SHIFT_MS.store(by.num_milliseconds(), Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    // The shift itself is tested in `server/tests/clock.rs`, alone in its binary: moving it here
    // would move it for every other test of this crate running at the same time.
    #[test]
    fn the_database_stamp_is_utc_to_the_second() {
        assert_eq!(stamp_of(DateTime::from_timestamp(0, 0).unwrap()), "1970-01-01T00:00:00Z");
        assert_eq!(stamp_of(DateTime::from_timestamp(1_796_310_245, 999_000_000).unwrap()), "2026-12-03T15:04:05Z");
    }
}
