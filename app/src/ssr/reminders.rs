//! Reminders over what is stored now: the structures to remind (`domain::reminder::due`), the signed
//! « tout est juste » link of each, and its message. Shared by the back-office page (which lists them
//! or sends them) and the public page the link opens (`/confirmer/{jeton}`).

use super::auth::{check_reminder_token, reminder_token, LinkError};
use super::repo::entries::Stored;
use super::state::AppState;
use crate::domain::directory::Structure;
use crate::domain::reminder::{self, Due};
use crate::error::AppError;

/// How long a link confirms: long enough for a small structure that reads its mail once a week.
pub const LINK_DAYS: i64 = 30;

/// The published structures to remind now, by name (the published directory, as kept in memory).
pub async fn due(services: &AppState) -> Result<Vec<Due>, AppError> {
    let directory = services.directory();
    let reports: Vec<String> = services.repo.open_reports().await?.into_iter().map(|r| r.structure_id).collect();
    Ok(reminder::due(directory.structures(), directory.services(), &reports, &crate::ssr::clock::today()))
}

/// The link that confirms `structure_id`, and its last valid day (`AAAA-MM-JJ`).
pub fn link(services: &AppState, structure_id: &str) -> (String, String) {
    let expires = crate::ssr::clock::now().timestamp() + LINK_DAYS * 86_400;
    let token = reminder_token(&services.form_key, structure_id, expires);
    let day = chrono::DateTime::from_timestamp(expires, 0).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    (format!("{}/confirmer/{}", services.public_address, crate::domain::journey::percent_encode(&token)), day)
}

/// The subject and body of `due`'s reminder; `contact` is the address people answer to.
pub fn compose(services: &AppState, due: &Due, contact: &str) -> (String, String) {
    let (url, expires) = link(services, &due.structure_id);
    reminder::message(due, &url, &expires, contact)
}

/// The structure a link confirms, if the link is genuine and still valid.
pub async fn structure_of(services: &AppState, token: &str) -> Result<Stored<Structure>, AppError> {
    let id = check_reminder_token(&services.form_key, token, crate::ssr::clock::now().timestamp()).map_err(|e| match e {
        LinkError::Expired => AppError::Gone("Ce lien a expiré : il était valable 30 jours. Demandez-en un nouveau à la coordination numérique, ou répondez au message qui vous l’a apporté.".to_owned()),
        LinkError::Invalid => AppError::NotFound,
    })?;
    match services.repo.entry::<Structure>(&id).await? {
        Some(entry) if !entry.archived => Ok(entry),
        _ => Err(AppError::NotFound),
    }
}

/// « Tout est juste »: the structure confirmed today, written to the audit log as done through the
/// link sent to its address (no account is involved).
pub async fn confirm(services: &AppState, token: &str) -> Result<String, AppError> {
    let mut entry = structure_of(services, token).await?;
    entry.value.date_maj = Some(crate::ssr::clock::today());
    entry.value.a_verifier = false;
    let author = format!("lien de rappel ({})", entry.value.courriel.clone().unwrap_or_else(|| "structure".to_owned()));
    services.repo.save_entry(&entry, None, &author, "vérification par lien de rappel", &crate::ssr::clock::stamp()).await?;
    services.refresh().await?;
    Ok(entry.value.nom)
}
