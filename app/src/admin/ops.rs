//! Back-office operations: who may change what, parsing the submitted form into an entry, writing it
//! with its audit line, and publishing the result. HTTP handlers and pages only call these.

use crate::domain::directory::{Service, Structure};
use crate::domain::edit::{self, Context, FieldErrors, Fields};
use crate::domain::seance::Seance;
use crate::ssr::auth::{now_rfc3339, random_token, Session};
pub use crate::ssr::hours::today;
use crate::ssr::repo::backoffice::{Account, Doc, EntityKind, Revision, Role};
use crate::ssr::repo::RepoError;
use crate::ssr::state::AppState;

#[derive(Debug)]
pub enum OpError {
    /// The form has mistakes; nothing was written.
    Invalid(FieldErrors),
    Forbidden,
    NotFound,
    Internal,
}

impl From<RepoError> for OpError {
    fn from(e: RepoError) -> Self {
        tracing::error!(cause = %e, "back-office storage");
        OpError::Internal
    }
}

/// The structure an entry belongs to (itself for a structure), which decides who may change it.
pub async fn owner(services: &AppState, kind: EntityKind, id: &str) -> Result<String, OpError> {
    let doc = services.repo.doc(kind, id).await?.ok_or(OpError::NotFound)?;
    match kind {
        EntityKind::Structure => Ok(doc.id),
        EntityKind::Service => doc.parent.ok_or(OpError::NotFound),
        EntityKind::Seance => Box::pin(owner(services, EntityKind::Service, doc.parent.as_deref().unwrap_or_default())).await,
    }
}

pub fn may_edit(account: &Account, structure: &str) -> bool {
    account.role == Role::Admin || account.structures.iter().any(|s| s == structure)
}

/// The entry, if this session may change it.
pub async fn editable(services: &AppState, session: &Session, kind: EntityKind, id: &str) -> Result<Doc, OpError> {
    let structure = owner(services, kind, id).await?;
    if !may_edit(&session.account, &structure) {
        return Err(OpError::Forbidden);
    }
    services.repo.doc(kind, id).await?.ok_or(OpError::NotFound)
}

async fn write(services: &AppState, session: &Session, doc: Doc, action: &str) -> Result<String, OpError> {
    let id = doc.id.clone();
    services.repo.save_doc(&doc, Some(session.account.id), &session.account.email, action, &now_rfc3339()).await?;
    services.refresh().await?;
    Ok(id)
}

fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", &random_token()[..12])
}

/// Creates (`id` = None, admins only) or changes a structure.
pub async fn save_structure(services: &AppState, session: &Session, id: Option<&str>, fields: &Fields) -> Result<String, OpError> {
    let (previous, archived, action) = match id {
        Some(id) => {
            let doc = editable(services, session, EntityKind::Structure, id).await?;
            (doc.decode::<Structure>()?, doc.archived, "modification")
        }
        None if session.account.role == Role::Admin => {
            let blank = Structure::blank(new_id("aig-s"), "aiguillage");
            (blank, false, "création")
        }
        None => return Err(OpError::Forbidden),
    };
    let today = today();
    let ctx = Context { gazetteer: &services.gazetteer, hours_valid: &crate::ssr::hours::is_valid, today: &today };
    let mut structure = edit::parse_structure(fields, &previous, &ctx).map_err(OpError::Invalid)?;
    if id.is_none() {
        // Whoever creates an entry vouches for it on that day.
        structure.date_maj = Some(today);
    }
    let doc =
        Doc { kind: EntityKind::Structure, id: structure.id.clone(), parent: None, debut: None, data: to_json(&structure)?, archived };
    write(services, session, doc, action).await
}

/// Confirms in one click that a structure's entry is still right.
pub async fn verify_structure(services: &AppState, session: &Session, id: &str) -> Result<(), OpError> {
    let doc = editable(services, session, EntityKind::Structure, id).await?;
    let mut structure: Structure = doc.decode()?;
    structure.date_maj = Some(today());
    structure.a_verifier = false;
    write(services, session, Doc { data: to_json(&structure)?, ..doc }, "vérification").await.map(|_| ())
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<serde_json::Value, OpError> {
    serde_json::to_value(value).map_err(|e| RepoError::Corrupt(e.to_string()).into())
}

pub async fn save_service(
    services: &AppState,
    session: &Session,
    id: Option<&str>,
    structure: &str,
    fields: &Fields,
) -> Result<String, OpError> {
    let (previous, archived, action) = match id {
        Some(id) => {
            let doc = editable(services, session, EntityKind::Service, id).await?;
            (doc.decode::<Service>()?, doc.archived, "modification")
        }
        None => {
            editable(services, session, EntityKind::Structure, structure).await?;
            let blank = Service::blank(new_id("aig-v"), structure);
            (blank, false, "création")
        }
    };
    let today = today();
    let ctx = Context { gazetteer: &services.gazetteer, hours_valid: &crate::ssr::hours::is_valid, today: &today };
    let service = edit::parse_service(fields, &previous, &ctx).map_err(OpError::Invalid)?;
    let doc = Doc {
        kind: EntityKind::Service,
        id: service.id.clone(),
        parent: Some(service.structure.clone()),
        debut: None,
        data: to_json(&service)?,
        archived,
    };
    write(services, session, doc, action).await
}

pub async fn save_seance(
    services: &AppState,
    session: &Session,
    id: Option<&str>,
    service: &str,
    fields: &Fields,
) -> Result<String, OpError> {
    let (seance_id, service_id, archived, action) = match id {
        Some(id) => {
            let doc = editable(services, session, EntityKind::Seance, id).await?;
            (doc.id, doc.parent.unwrap_or_default(), doc.archived, "modification")
        }
        None => {
            editable(services, session, EntityKind::Service, service).await?;
            (new_id("aig-e"), service.to_owned(), false, "création")
        }
    };
    let today = today();
    let ctx = Context { gazetteer: &services.gazetteer, hours_valid: &crate::ssr::hours::is_valid, today: &today };
    let seance = edit::parse_seance(fields, &seance_id, &service_id, &ctx, id.is_none()).map_err(OpError::Invalid)?;
    let doc = Doc {
        kind: EntityKind::Seance,
        id: seance.id.clone(),
        parent: Some(service_id),
        debut: Some(seance.debut.as_str().to_owned()),
        data: to_json(&seance)?,
        archived,
    };
    write(services, session, doc, action).await
}

/// Archives (hides from the public) or brings back an entry; nothing is ever erased.
pub async fn set_archived(services: &AppState, session: &Session, kind: EntityKind, id: &str, archived: bool) -> Result<(), OpError> {
    let doc = editable(services, session, kind, id).await?;
    if doc.archived == archived {
        return Ok(());
    }
    let action = if archived { "archivage" } else { "désarchivage" };
    write(services, session, Doc { archived, ..doc }, action).await.map(|_| ())
}

/// Puts an entry back as it was after revision `revision` (admins only); the restore is itself a
/// revision, so it can be undone the same way.
pub async fn restore(services: &AppState, session: &Session, revision: i64) -> Result<Revision, OpError> {
    if session.account.role != Role::Admin {
        return Err(OpError::Forbidden);
    }
    let rev = services.repo.revision(revision).await?.ok_or(OpError::NotFound)?;
    let current = services.repo.doc(rev.kind, &rev.entity_id).await?.ok_or(OpError::NotFound)?;
    let data = rev.after.get("data").cloned().ok_or_else(|| RepoError::Corrupt(format!("revision {revision} has no data")))?;
    let archived = rev.after.get("archived").and_then(serde_json::Value::as_bool).unwrap_or(false);
    // The stored version must still be a valid entry of today's model before it goes public.
    let check = Doc { data: data.clone(), ..current.clone() };
    let debut = match rev.kind {
        EntityKind::Structure => check.decode::<Structure>().map(|_| None)?,
        EntityKind::Service => check.decode::<Service>().map(|_| None)?,
        EntityKind::Seance => Some(check.decode::<Seance>()?.debut.as_str().to_owned()),
    };
    let doc = Doc { data, archived, debut, ..current };
    write(services, session, doc, &format!("restauration de la version n° {revision}")).await?;
    Ok(rev)
}

/// Public report on a service's card; no personal data is asked.
pub async fn report(services: &AppState, service_id: &str, sujet: &str, message: &str) -> Result<(), OpError> {
    let directory = services.directory();
    let service = directory.services().iter().find(|s| s.id == service_id).ok_or(OpError::NotFound)?;
    services.repo.add_report(&service.id, &service.structure, sujet, message, &now_rfc3339()).await?;
    Ok(())
}

/// Creates an account from the coordinators' form or the command line; no default password exists.
pub async fn create_account(repo: &dyn crate::ssr::repo::Repository, fields: &Fields) -> Result<i64, OpError> {
    let (email, nom, role, password) = edit::parse_account(fields).map_err(OpError::Invalid)?;
    let role = Role::from_code(&role).ok_or(OpError::NotFound)?;
    let hash = crate::ssr::auth::hash_password(password).await.map_err(|_| OpError::Internal)?;
    match repo.create_account(&email, &nom, role, &hash).await {
        Err(RepoError::Conflict) => {
            Err(OpError::Invalid(FieldErrors(vec![("email".into(), "Un compte existe déjà avec cette adresse.".into())])))
        }
        other => Ok(other?),
    }
}
