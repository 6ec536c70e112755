//! What `/admin/signalements` shows: open error reports, entries to confirm, entries a newer source
//! file no longer lists.

use crate::admin::dashboard::data::row_of;
use crate::admin::session::{admin_session, frame};
use crate::domain::directory::Structure;
use crate::error::AppError;
use crate::ssr::repo::entries::Stored;
use crate::view::admin::{EntryRow, ReportRow, Reports};

pub async fn reports() -> Result<Reports, AppError> {
    let (services, session) = admin_session().await?;
    let today = crate::ssr::clock::today();
    let mut names = std::collections::HashMap::new();
    let mut stale = Vec::new();
    let mut absent = Vec::new();
    for Stored { value: s, archived } in services.repo.entries::<Structure>(None).await? {
        let row = row_of(&s, archived, &today);
        names.insert(row.id.clone(), row.nom.clone());
        // Listed by a source whose newer file no longer lists it: closed, moved, or renamed?
        let gone: Vec<String> = s
            .sources
            .iter()
            .filter(|r| r.absent)
            .map(|r| {
                format!(
                    "absente du nouveau fichier « {} » (listée le {})",
                    crate::domain::sources::name(&r.source),
                    crate::domain::result::french_date(&r.date)
                )
            })
            .collect();
        if !gone.is_empty() && !row.archived {
            absent.push(EntryRow { detail: gone.join(" ; "), ..row.clone() });
        }
        if row.a_verifier && !row.archived {
            stale.push(row);
        }
    }
    let reports = services.repo.open_reports().await?;
    Ok(Reports {
        frame: frame(&services, &session).await?,
        reports: reports
            .into_iter()
            .map(|r| ReportRow {
                lieu: names.get(&r.structure_id).cloned().unwrap_or_default(),
                id: r.id,
                at: r.created_at,
                sujet: r.sujet,
                message: r.message,
                structure_id: r.structure_id,
            })
            .collect(),
        stale,
        absent,
    })
}
