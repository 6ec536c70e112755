//! What every request handler and server function can reach.

use super::live::{Live, Week};
use super::repo::{RepoError, Repository};
use super::throttle::Limiter;
use crate::domain::commune_search::Gazetteer;
use crate::domain::directory::Directory;
use crate::domain::hours::Moment;
use crate::domain::seance::Seance;
use leptos::prelude::*;
use std::sync::Arc;

/// Shared application state: cheap to clone (`Arc`s).
#[derive(Clone)]
pub struct AppState {
    pub repo: Arc<dyn Repository>,
    /// Built from the database at start: searching it needs no query.
    pub gazetteer: Arc<Gazetteer>,
    /// What the public sees, kept up to date (`ssr::live`).
    live: Arc<Live>,
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
    /// Orientations served, counted anonymously (`domain::indicators`), written every few seconds.
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
    /// Result pages' bodies, drawn once for the same inputs (`ssr::drawn`).
    pub drawn: super::drawn::Drawn,
}

impl AppState {
    /// Reads the published directory and séances, and the form-signing key (created on first start).
    pub async fn load(repo: Arc<dyn Repository>, gazetteer: Arc<Gazetteer>, public_address: &str) -> Result<Self, RepoError> {
        let key = repo.secret("form_key", &super::auth::random_token()).await?;
        let run_id = repo.start_run(&crate::ssr::clock::stamp(), crate::ssr::clock::millis()).await?;
        let services = Self {
            repo,
            gazetteer,
            live: Default::default(),
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
            drawn: Default::default(),
        };
        services.counter.spawn_flusher(&services.repo);
        services.refresh().await?;
        super::follow::spawn(&services.repo, run_id, &services.live);
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
        self.live.directory()
    }

    pub fn seances(&self) -> Arc<Vec<Seance>> {
        self.live.seances()
    }

    /// Every séance not archived, those of unpublished services included (the per-EPCI figures).
    pub fn stored_seances(&self) -> Arc<Vec<Seance>> {
        self.live.stored_seances()
    }

    /// After one séance was written ([`Live::publish_seance`]).
    pub fn publish_seance(&self, seance: &Seance, archived: bool) {
        self.live.publish_seance(seance, archived);
    }

    /// After a structure or a service was written: the directory read again, the séances chosen
    /// again from those in memory (a service archived or brought back hides or shows its séances).
    pub async fn refresh_directory(&self) -> Result<(), RepoError> {
        self.live.publish_directory(self.repo.directory().await?);
        Ok(())
    }

    /// Records this process's clean stop (its run is not counted as interrupted).
    pub async fn stop(&self) -> Result<(), RepoError> {
        self.repo.end_run(self.run_id).await
    }

    /// Reads everything the public sees again: at start, and after an import or its undoing.
    pub async fn refresh(&self) -> Result<(), RepoError> {
        self.live.reload(self.repo.as_ref()).await
    }

    /// Now in the Ain, and the published directory's week from today ([`Live::this_week`]).
    pub fn this_week(&self) -> (Moment, Arc<Week>) {
        self.live.this_week()
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
