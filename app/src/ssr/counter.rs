//! Orientations are counted in memory and written to the database in batches — every few seconds,
//! and before the indicators are read — so that serving a result never waits for a write, and a busy
//! hour costs one small transaction every ten seconds rather than one per person. What a crash can
//! lose is the last seconds of counts, never anything a person saved.
//!
//! The comité's figures count people: a result asked again by the same client within ten minutes
//! (a reload, a script repeating one URL) counts once, and declared robots are not counted. The
//! client is remembered as a keyed hash of its address and browser name, in memory only, with a key
//! drawn at each start, for those ten minutes: nothing that could name a person is ever written.

use super::repo::{RepoError, Repository};
use crate::domain::indicators::{Count, CountKey};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, RandomState};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::{Duration, Instant};

/// How often the counts kept in memory are written.
pub const FLUSH_EVERY: Duration = Duration::from_secs(10);
/// The same result asked again by the same client within this time counts once.
pub const SAME_ASKER: Duration = Duration::from_secs(10 * 60);
/// At most this many recent askers are remembered; beyond, those past [`SAME_ASKER`] are forgotten,
/// then all of them (a forgotten asker may count twice: the figures can only be over, never lost).
const REMEMBERED: usize = 50_000;

#[derive(Default)]
pub struct Counter {
    pending: Mutex<HashMap<CountKey, u64>>,
    recent: Mutex<Recent>,
}

/// Recent askers, as keyed hashes (the key is random per process and never leaves it).
#[derive(Default)]
struct Recent {
    key: RandomState,
    seen: HashMap<u64, Instant>,
}

/// Whether a `User-Agent` declares a robot (search engines, link previews, command-line tools):
/// these are never counted. Browsers, headless ones included, are.
pub fn is_robot(user_agent: &str) -> bool {
    let ua = user_agent.to_ascii_lowercase();
    [
        "bot",
        "crawl",
        "spider",
        "slurp",
        "preview",
        "facebookexternalhit",
        "curl/",
        "wget/",
        "python-",
        "go-http-client",
        "libwww",
        "httpclient",
        "okhttp",
    ]
    .iter()
    .any(|word| ua.contains(word))
}

impl Counter {
    /// Whether `asker` (a client and what it asked) was not seen in the last [`SAME_ASKER`]; it is
    /// remembered from `now` either way.
    pub fn first_time(&self, asker: impl Hash, now: Instant) -> bool {
        let mut recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        let hash = recent.key.hash_one(asker);
        if recent.seen.len() >= REMEMBERED {
            recent.seen.retain(|_, at| now.saturating_duration_since(*at) < SAME_ASKER);
            if recent.seen.len() >= REMEMBERED {
                recent.seen.clear();
            }
        }
        let fresh = recent.seen.get(&hash).is_none_or(|at| now.saturating_duration_since(*at) >= SAME_ASKER);
        recent.seen.insert(hash, now);
        fresh
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_result_asked_again_by_the_same_client_within_ten_minutes_counts_once() {
        let counter = Counter::default();
        let t0 = Instant::now();
        let asked = ("198.51.100.7", "Firefox", "besoin=demarche&commune=01283");
        assert!(counter.first_time(asked, t0));
        assert!(!counter.first_time(asked, t0 + Duration::from_secs(60)), "a reload");
        assert!(counter.first_time(("198.51.100.8", "Firefox", asked.2), t0), "another client");
        assert!(counter.first_time(("198.51.100.7", "Firefox", "besoin=demarche&commune=01269"), t0), "another question");
        assert!(
            !counter.first_time(asked, t0 + Duration::from_secs(60) + SAME_ASKER - Duration::from_secs(1)),
            "each ask starts the window again"
        );
        assert!(counter.first_time(asked, t0 + Duration::from_secs(61) + SAME_ASKER * 2), "then it is forgotten");
    }

    #[test]
    fn declared_robots_are_recognised_and_browsers_are_not() {
        for robot in
            ["Mozilla/5.0 (compatible; Googlebot/2.1)", "curl/8.5.0", "python-requests/2.32", "facebookexternalhit/1.1", "Wget/1.21"]
        {
            assert!(is_robot(robot), "{robot}");
        }
        for person in
            ["Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36", "Mozilla/5.0 HeadlessChrome/156", ""]
        {
            assert!(!is_robot(person), "{person}");
        }
    }
}
