//! What every request handler and server function can reach.

use super::repo::{RepoError, Repository};
use super::throttle::Limiter;
use crate::domain::commune_search::Gazetteer;
use crate::domain::directory::Directory;
use crate::domain::engine::Openings;
use crate::domain::hours::{HoursTable, Moment};
use crate::domain::seance::Seance;
use leptos::prelude::*;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

/// What the public sees, read from the database at start and kept up to date after every change:
/// matching runs over it in memory. Replaced whole, never edited in place, so a reader always sees
/// one version.
#[derive(Default)]
pub struct LiveData {
    pub directory: Arc<Directory>,
    /// Séances of published services, archived ones left out (past ones too, by the agenda).
    pub seances: Arc<Vec<Seance>>,
    /// Every séance not archived, whatever its service: what [`Self::seances`] is chosen from
    /// again when the directory changes, without reading the séances from the database.
    stored_seances: Arc<Vec<Seance>>,
}

impl LiveData {
    pub(super) fn new(directory: Arc<Directory>, stored_seances: Arc<Vec<Seance>>) -> Self {
        let services: std::collections::HashSet<&str> = directory.services().iter().map(|s| s.id.as_str()).collect();
        let seances = stored_seances.iter().filter(|s| services.contains(s.service.as_str())).cloned().collect();
        LiveData { directory, seances: Arc::new(seances), stored_seances }
    }
}

/// The published directory with its opening hours evaluated for the seven days from `date`.
pub struct Week {
    pub date: chrono::NaiveDate,
    /// The directory these hours were evaluated for.
    pub directory: Arc<Directory>,
    pub hours: HoursTable,
    pub openings: Openings,
    /// The offline snapshot's JSON (`ssr::orientation::snapshot_json`), written on first request: it
    /// changes exactly when this week does.
    pub snapshot: std::sync::OnceLock<axum::body::Bytes>,
    /// The same for one département (`?departement=`), by code, written on first request.
    pub departement_snapshots: Mutex<std::collections::HashMap<String, axum::body::Bytes>>,
    /// Every commune × need's best help (`ssr::coverage`), computed on first request, like the snapshot.
    pub coverage: std::sync::OnceLock<Arc<Vec<crate::domain::pilotage::coverage::CommuneCoverage>>>,
}

/// Shared application state: cheap to clone (`Arc`s).
#[derive(Clone)]
pub struct AppState {
    pub repo: Arc<dyn Repository>,
    /// Built from the database at start: searching it needs no query.
    pub gazetteer: Arc<Gazetteer>,
    published: Arc<RwLock<LiveData>>,
    /// The opening hours of the coming week, evaluated once a day rather than per request.
    week: Arc<Mutex<Option<Arc<Week>>>>,
    /// The data version (`repo::shared`) of what [`Self::published`] holds: `ssr::follow` reads
    /// again when another server's write moved it.
    seen_version: Arc<std::sync::atomic::AtomicI64>,
    /// This process's row in `server_run` (`repo::shared`): alive every second, ended at a clean stop.
    pub run_id: i64,
    /// The key that signs form tokens (stored in the database, so a restart keeps forms valid).
    pub form_key: Arc<Vec<u8>>,
    /// Login attempts per IP address.
    pub login_limiter: Arc<Limiter>,
    /// Second-factor codes per IP address, apart from passwords: a login spends one of each.
    pub code_limiter: Arc<Limiter>,
    /// Error reports per IP address: the public form must not become a way to flood the inbox.
    pub report_limiter: Arc<Limiter>,
    /// « Être rappelé » requests per client address: a counter sends a few an hour, a flood is refused.
    pub callback_limiter: Arc<Limiter>,
    /// Calls to `/api/v1/orientation` per client, in this server's memory: 120 at once, then 2 a
    /// second — a program integrating the parcours, not a script replaying it.
    pub api_limiter: Arc<super::throttle::MemoryLimiter>,
    /// The site's address from configuration (`https://aiguillage.exemple.fr`), for every absolute
    /// link: share links, QR codes, calendar files, exports. Never taken from a request's headers.
    pub public_address: Arc<str>,
    /// Orientations served, counted anonymously (`domain::pilotage`), written every few seconds.
    pub counter: Arc<super::counter::Counter>,
    /// The SMTP relay reminders go through, when one is configured (`ssr::mail`).
    pub mailer: Option<Arc<super::mail::Mailer>>,
    /// Held while a service is read, changed and written back (its form, its passages): two
    /// coordinators adding a passage at the same moment both keep theirs. Across servers, the
    /// revision history still holds both versions.
    pub service_edits: Arc<tokio::sync::Mutex<()>>,
    /// The partner sites allowed to frame the parcours (`AIGUILLAGE_INTEGRATIONS`,
    /// `domain::integration`); none by default.
    pub integrations: Arc<crate::domain::integration::Integrations>,
    /// Coordinators must add a second factor before using the back-office
    /// (`AIGUILLAGE_DOUBLE_AUTHENTIFICATION`); true unless a deployment relaxes it.
    pub second_factor_required: bool,
}

impl AppState {
    /// Reads the published directory and séances, and the form-signing key (created on first start).
    pub async fn load(repo: Arc<dyn Repository>, gazetteer: Arc<Gazetteer>, public_address: &str) -> Result<Self, RepoError> {
        let key = repo.secret("form_key", &super::auth::random_token()).await?;
        let run_id = repo.start_run(&super::auth::now_rfc3339(), super::follow::now_ms()).await?;
        let services = Self {
            repo,
            gazetteer,
            published: Default::default(),
            week: Default::default(),
            seen_version: Default::default(),
            run_id,
            form_key: Arc::new(key.into_bytes()),
            login_limiter: Arc::new(Limiter::new("connexion", 5, std::time::Duration::from_secs(12))),
            code_limiter: Arc::new(Limiter::new("code", 5, std::time::Duration::from_secs(12))),
            report_limiter: Arc::new(Limiter::new("signalement", 5, std::time::Duration::from_secs(120))),
            callback_limiter: Arc::new(Limiter::new("etre-rappele", 10, std::time::Duration::from_secs(60))),
            api_limiter: Arc::new(super::throttle::MemoryLimiter::new(120, std::time::Duration::from_millis(500))),
            public_address: public_address.into(),
            counter: Default::default(),
            mailer: None,
            service_edits: Default::default(),
            integrations: Default::default(),
            second_factor_required: true,
        };
        services.counter.spawn_flusher(&services.repo);
        services.refresh().await?;
        super::follow::spawn(&services.repo, run_id, &services.published, &services.week, &services.seen_version);
        Ok(services)
    }

    /// Whether the configured public address is `https://`: the session cookie is then `__Host-` and
    /// Secure, and every response asks for HTTPS (HSTS). Read from configuration only, never from a
    /// request's `X-Forwarded-Proto`, which any client can send.
    pub fn https(&self) -> bool {
        is_https(&self.public_address)
    }

    /// The partner site of `cle`: from the configuration, else among those coordinators listed (read
    /// at each framed request, so that every server follows a change at once).
    pub async fn integration(&self, cle: &str) -> Result<Option<crate::domain::integration::Integration>, RepoError> {
        if let Some(i) = self.integrations.get(cle) {
            return Ok(Some(i.clone()));
        }
        self.repo.integration(cle).await
    }

    /// Every partner site: the configuration's, then those coordinators listed.
    pub async fn all_integrations(&self) -> Result<Vec<crate::domain::integration::Integration>, RepoError> {
        let mut all = self.integrations.all().to_vec();
        let listed = self.repo.integrations().await?;
        all.extend(listed.into_iter().map(|l| l.integration).filter(|i| self.integrations.get(&i.cle).is_none()));
        Ok(all)
    }

    /// The same state, letting `integrations` frame the parcours.
    pub fn with_integrations(self, integrations: crate::domain::integration::Integrations) -> Self {
        Self { integrations: Arc::new(integrations), ..self }
    }

    /// The same state, requiring a second factor of coordinators or not.
    pub fn with_second_factor_required(self, required: bool) -> Self {
        Self { second_factor_required: required, ..self }
    }

    /// The same state, sending reminders through `mailer`.
    pub fn with_mailer(self, mailer: Option<super::mail::Mailer>) -> Self {
        Self { mailer: mailer.map(Arc::new), ..self }
    }

    pub fn directory(&self) -> Arc<Directory> {
        Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).directory)
    }

    pub fn seances(&self) -> Arc<Vec<Seance>> {
        Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).seances)
    }

    /// Every séance not archived, those of unpublished services included (the per-EPCI figures).
    pub fn stored_seances(&self) -> Arc<Vec<Seance>> {
        Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).stored_seances)
    }

    /// After one séance was written: that séance replaced, added, or left out (archived), in the
    /// stored order (start, then id), without reading the other séances or the directory again, so
    /// that a séance's write does not cost more as the agenda grows. The week's hours, snapshot and
    /// coverage do not depend on séances: they stay.
    pub fn publish_seance(&self, seance: &Seance, archived: bool) {
        let mut published = self.published.write().unwrap_or_else(PoisonError::into_inner);
        let mut stored: Vec<Seance> = published.stored_seances.iter().filter(|s| s.id != seance.id).cloned().collect();
        if !archived {
            let at = stored.partition_point(|s| (s.debut.as_str(), s.id.as_str()) < (seance.debut.as_str(), seance.id.as_str()));
            stored.insert(at, seance.clone());
        }
        *published = LiveData::new(Arc::clone(&published.directory), Arc::new(stored));
    }

    /// After a structure or a service was written: the directory read again, the séances chosen
    /// again from those in memory (a service archived or brought back hides or shows its séances).
    pub async fn refresh_directory(&self) -> Result<(), RepoError> {
        let directory = self.repo.directory().await?;
        let stored = Arc::clone(&self.published.read().unwrap_or_else(PoisonError::into_inner).stored_seances);
        let fresh = LiveData::new(Arc::new(directory), stored);
        *self.published.write().unwrap_or_else(PoisonError::into_inner) = fresh;
        *self.week.lock().unwrap_or_else(PoisonError::into_inner) = None;
        Ok(())
    }

    /// Records this process's clean stop (its run is not counted as interrupted).
    pub async fn stop(&self) -> Result<(), RepoError> {
        self.repo.end_run(self.run_id).await
    }

    /// Reads everything the public sees again: at start, and after an import or its undoing.
    pub async fn refresh(&self) -> Result<(), RepoError> {
        super::follow::reload(self.repo.as_ref(), &self.published, &self.week, &self.seen_version).await
    }

    /// Now in the Ain, and the published directory's week from today (evaluated again when the day or
    /// the directory changes).
    pub fn this_week(&self) -> (Moment, Arc<Week>) {
        let now = super::hours::paris_now();
        let today = now.date();
        let mut cache = self.week.lock().unwrap_or_else(PoisonError::into_inner);
        let week = match cache.as_ref() {
            Some(week) if week.date == today => Arc::clone(week),
            _ => {
                let directory = self.directory();
                let hours = HoursTable::of_directory(
                    &directory,
                    |raw| super::hours::evaluate(raw, today),
                    |raw| super::hours::evaluate_dated(raw, today),
                );
                let openings = hours.openings(&directory);
                let fresh = Arc::new(Week {
                    date: today,
                    directory,
                    hours,
                    openings,
                    snapshot: Default::default(),
                    departement_snapshots: Default::default(),
                    coverage: Default::default(),
                });
                *cache = Some(Arc::clone(&fresh));
                fresh
            }
        };
        (super::hours::moment(now), week)
    }

    /// The services, as provided to every Leptos render and server function by the server.
    pub fn from_context() -> Result<Self, crate::error::AppError> {
        use_context::<AppState>().ok_or_else(|| crate::error::AppError::internal("AppState missing from context"))
    }
}

/// `https://…`: the scheme of a public address decides the cookie and HSTS.
pub fn is_https(public_address: &str) -> bool {
    public_address.starts_with("https://")
}
