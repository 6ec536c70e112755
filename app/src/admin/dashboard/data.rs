//! What `/admin` shows: the structures this account may edit and, to coordinators, what waits for them.

use crate::admin::session::{frame, session};
use crate::domain::directory::Structure;
use crate::domain::freshness::needs_check;
use crate::error::AppError;
use crate::ssr::ops::may_edit;
use crate::ssr::repo::entries::Stored;
use crate::view::admin::{Dashboard, EntryRow, Todo};

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
    let today = crate::ssr::clock::today();
    let mut structures = Vec::new();
    let (mut stale, mut absent) = (0, 0);
    for Stored { value, archived } in services.repo.entries::<Structure>(None).await? {
        let row = row_of(&value, archived, &today);
        stale += usize::from(row.a_verifier && !row.archived);
        absent += usize::from(!row.archived && value.sources.iter().any(|r| r.absent));
        if may_edit(&session.account, &value.id) {
            structures.push(row);
        }
    }
    structures.sort_by_key(|a| a.nom.to_lowercase());
    let frame = frame(&services, &session).await?;
    let a_faire = match frame.admin {
        true => Some(Todo {
            signalements: frame.signalements,
            a_verifier: stale,
            absentes: absent,
            prioritaires: crate::ssr::coverage::all(&services).await?.iter().filter(|c| c.is_priority()).count(),
            demandes_en_retard: crate::admin::requests::data::late_count(&services).await?,
        }),
        false => None,
    };
    Ok(Dashboard { frame, structures, a_faire })
}
