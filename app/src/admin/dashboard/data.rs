//! What `/admin` shows: the structures this account may edit, and how many entries wait for a check.

use crate::admin::ops::{may_edit, today};
use crate::admin::session::{frame, session};
use crate::admin::views::{Dashboard, EntryRow};
use crate::domain::directory::Structure;
use crate::domain::freshness::needs_check;
use crate::error::AppError;
use crate::ssr::repo::entries::Stored;

/// A structure as the back-office lists it.
pub(crate) fn row_of(s: &Structure, archived: bool, today: &str) -> EntryRow {
    EntryRow {
        id: s.id.clone(),
        detail: s.adresse.as_ref().map(|a| a.commune.clone()).unwrap_or_default(),
        nom: s.nom.clone(),
        archived,
        a_verifier: needs_check(s.a_verifier, s.date_maj.as_deref(), today),
    }
}

pub async fn dashboard() -> Result<Dashboard, AppError> {
    let (services, session) = session().await?;
    let today = today();
    let mut structures = Vec::new();
    let mut stale = 0;
    for Stored { value, archived } in services.repo.entries::<Structure>(None).await? {
        let row = row_of(&value, archived, &today);
        stale += usize::from(row.a_verifier && !row.archived);
        if may_edit(&session.account, &value.id) {
            structures.push(row);
        }
    }
    structures.sort_by_key(|a| a.nom.to_lowercase());
    Ok(Dashboard { frame: frame(&services, &session).await?, structures, a_verifier: stale })
}
