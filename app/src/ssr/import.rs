//! Importing a file into the stored directory: the importer's plan over every stored entry (archived
//! ones too, so that an entry a coordinator archived is recognised, not created again), then — when
//! asked, and when no row is refused or the refused rows are knowingly set aside — written in one
//! transaction with one audit entry that an admin can undo. The CLI and the back-office call this.

use super::repo::entries::Stored;
use super::repo::{RepoError, Repository};
use crate::domain::commune_search::Gazetteer;
use crate::domain::directory::{Service, Structure};
use importer::merge::Plan;
use importer::{date_from_name, report, Context, FileError};
use std::collections::BTreeMap;

/// What to import, and how far to go.
pub struct Request<'a> {
    /// The file's name, for the report, the audit log and its date (« liste-fs-20240801.csv »).
    pub fichier: &'a str,
    pub bytes: &'a [u8],
    /// The data's date when the name does not carry it (ISO 8601); else today.
    pub date: Option<String>,
    /// Write it (else a dry run).
    pub appliquer: bool,
    /// Write the accepted rows even though some are refused.
    pub sans_les_refus: bool,
    pub author: &'a str,
    /// Told (rows done, rows in all) while the file is merged.
    pub progress: &'a (dyn Fn(usize, usize) + Sync),
}

#[derive(Debug)]
pub struct Outcome {
    pub plan: Plan,
    /// The import's id in the audit log, when written.
    pub applied: Option<i64>,
    /// The French report, line by line.
    pub report: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    File(#[from] FileError),
    #[error("La date « {0} » n’est pas une date AAAA-MM-JJ.")]
    Date(String),
    #[error("base de données : {0}")]
    Repo(#[from] RepoError),
}

pub async fn import(repo: &dyn Repository, gazetteer: &Gazetteer, req: Request<'_>) -> Result<Outcome, ImportError> {
    let date = match req.date {
        Some(d) if crate::domain::seance::parse_date(&d).is_some() => d,
        Some(d) => return Err(ImportError::Date(d)),
        None => date_from_name(req.fichier).unwrap_or_else(crate::ssr::clock::today),
    };
    let parsed = importer::parse(req.bytes, &Context { gazetteer, date, hours_valid: &super::hours::is_valid })?;
    let stored = repo.entries::<Structure>(None).await?;
    let archived: BTreeMap<String, bool> = stored.iter().map(|s| (s.value.id.clone(), s.archived)).collect();
    let structures: Vec<Structure> = stored.into_iter().map(|s| s.value).collect();
    let services: Vec<Service> = repo.entries::<Service>(None).await?.into_iter().map(|s| s.value).collect();
    // A service whose label was withdrawn is archived, never erased (an undone import brings it back).
    let retired = |plan: &importer::merge::Plan| -> Vec<Service> {
        services.iter().filter(|s| plan.retired_services.contains(&s.id)).cloned().collect()
    };
    let plan = importer::merge::plan_with_progress(&structures, &services, parsed, req.progress);
    let writable = plan.parsed.refusals.is_empty() || req.sans_les_refus;
    let applied = if req.appliquer && writable && !plan.changes_nothing() {
        let mut docs = Vec::new();
        for s in &plan.structures {
            let archived = archived.get(&s.id).copied().unwrap_or(false);
            docs.push(Stored { value: s.clone(), archived }.to_doc()?);
        }
        for s in &plan.services {
            docs.push(Stored { value: s.clone(), archived: false }.to_doc()?);
        }
        for s in retired(&plan) {
            docs.push(Stored { value: s, archived: true }.to_doc()?);
        }
        let now = crate::ssr::clock::stamp();
        Some(repo.apply_import(&docs, req.fichier, &plan.parsed.format, &report::summary(&plan), req.author, &now).await?)
    } else {
        None
    };
    let report = report::render(req.fichier, &plan, applied.is_some());
    Ok(Outcome { plan, applied, report })
}
