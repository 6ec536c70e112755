//! The partner sites coordinators allow to frame the parcours (`domain::integration`), beside those
//! of the configuration. Read on every framed request (one row by its key), so that every server
//! answers a change at once.

use super::RepoError;
use crate::domain::integration::Integration;
use async_trait::async_trait;

/// A partner site listed in the back-office, with who listed it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub integration: Integration,
    pub ajoute_par: String,
    pub ajoute_le: String,
}

#[async_trait]
pub trait Integrations: Send + Sync {
    /// Every listed partner site, by key.
    async fn integrations(&self) -> Result<Vec<Listed>, RepoError>;
    /// The partner site of `cle`, if listed.
    async fn integration(&self, cle: &str) -> Result<Option<Integration>, RepoError>;
    /// Lists a partner site, or replaces the origins of its key.
    async fn set_integration(&self, integration: &Integration, by: &str, at: &str) -> Result<(), RepoError>;
    /// Removes a listed partner site: its framed pages are refused from the next request.
    async fn remove_integration(&self, cle: &str) -> Result<(), RepoError>;
}
