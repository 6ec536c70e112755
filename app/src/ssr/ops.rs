//! Back-office operations: who may change what, parsing the submitted form into an entry, writing it
//! with its audit line, and publishing the result. HTTP handlers and pages only call these.

use crate::domain::directory::{Service, Structure};
use crate::domain::edit::EntityKind;
use crate::domain::edit::{self, Context, FieldErrors, Fields};
use crate::domain::seance::Seance;
use crate::ssr::auth::{random_token, Session};
use crate::ssr::repo::backoffice::{Account, Revision, Role};
use crate::ssr::repo::entries::{Entity, Stored};
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

/// The entry `id` of kind `T`, if this session may change it.
pub async fn editable<T: Entity>(services: &AppState, session: &Session, id: &str) -> Result<Stored<T>, OpError> {
    let structure = owner(services, T::KIND, id).await?;
    if !may_edit(&session.account, &structure) {
        return Err(OpError::Forbidden);
    }
    services.repo.entry::<T>(id).await?.ok_or(OpError::NotFound)
}

/// Writes `entry` with its audit line, then publishes; returns the entry's id.
async fn write<T: Entity>(services: &AppState, session: &Session, entry: &Stored<T>, action: &str) -> Result<String, OpError> {
    services.repo.save_entry(entry, Some(session.account.id), &session.account.email, action, &crate::ssr::clock::stamp()).await?;
    match entry.value.as_seance() {
        // A séance changes the agenda only; a structure or a service, the directory only.
        Some(seance) => services.publish_seance(seance, entry.archived),
        None => services.refresh_directory().await?,
    }
    Ok(entry.value.id().to_owned())
}

/// What the forms' parsers need besides the fields (`domain::edit::Context`), as of `today`.
pub fn form_context<'a>(services: &'a AppState, today: &'a str) -> Context<'a> {
    Context { gazetteer: &services.gazetteer, hours_valid: &crate::ssr::hours::is_valid, today }
}

fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", &random_token()[..12])
}

/// Creates (`id` = None, admins only) or changes a structure.
pub async fn save_structure(services: &AppState, session: &Session, id: Option<&str>, fields: &Fields) -> Result<String, OpError> {
    let (previous, action) = match id {
        Some(id) => (editable::<Structure>(services, session, id).await?, "modification"),
        None if session.account.role == Role::Admin => {
            (Stored { value: Structure::blank(new_id("aig-s"), "aiguillage"), archived: false }, "création")
        }
        None => return Err(OpError::Forbidden),
    };
    let today = crate::ssr::clock::today();
    let ctx = form_context(services, &today);
    let mut structure = edit::parse_structure(fields, &previous.value, &ctx).map_err(OpError::Invalid)?;
    if id.is_none() {
        // Whoever creates an entry vouches for it on that day.
        structure.date_maj = Some(today);
    }
    write(services, session, &Stored { value: structure, ..previous }, action).await
}

/// Confirms in one click that a structure's entry is still right.
pub async fn verify_structure(services: &AppState, session: &Session, id: &str) -> Result<(), OpError> {
    let mut entry = editable::<Structure>(services, session, id).await?;
    entry.value.date_maj = Some(crate::ssr::clock::today());
    entry.value.a_verifier = false;
    write(services, session, &entry, "vérification").await.map(|_| ())
}

pub async fn save_service(
    services: &AppState,
    session: &Session,
    id: Option<&str>,
    structure: &str,
    fields: &Fields,
) -> Result<String, OpError> {
    let _one_at_a_time = services.service_edits.lock().await;
    let (previous, action) = match id {
        Some(id) => (editable::<Service>(services, session, id).await?, "modification"),
        None => {
            editable::<Structure>(services, session, structure).await?;
            (Stored { value: Service::blank(new_id("aig-v"), structure), archived: false }, "création")
        }
    };
    let today = crate::ssr::clock::today();
    let ctx = form_context(services, &today);
    let service = edit::parse_service(fields, &previous.value, &ctx).map_err(OpError::Invalid)?;
    write(services, session, &Stored { value: service, ..previous }, action).await
}

/// Adds or removes a passage of service `id`, or one of its exceptions (`edit::edit_passages`).
pub async fn edit_passages(services: &AppState, session: &Session, id: &str, fields: &Fields) -> Result<String, OpError> {
    let _one_at_a_time = services.service_edits.lock().await;
    let previous = editable::<Service>(services, session, id).await?;
    let today = crate::ssr::clock::today();
    let ctx = form_context(services, &today);
    let service = edit::edit_passages(fields, &previous.value, &ctx).map_err(OpError::Invalid)?;
    write(services, session, &Stored { value: service, ..previous }, "modification").await
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
            let Stored { value, archived } = editable::<Seance>(services, session, id).await?;
            (value.id, value.service, archived, "modification")
        }
        None => {
            editable::<Service>(services, session, service).await?;
            (new_id("aig-e"), service.to_owned(), false, "création")
        }
    };
    let today = crate::ssr::clock::today();
    let ctx = form_context(services, &today);
    let seance = edit::parse_seance(fields, &seance_id, &service_id, &ctx, id.is_none()).map_err(OpError::Invalid)?;
    write(services, session, &Stored { value: seance, archived }, action).await
}

/// Archives (hides from the public) or brings back an entry; nothing is ever erased.
pub async fn set_archived(services: &AppState, session: &Session, kind: EntityKind, id: &str, archived: bool) -> Result<(), OpError> {
    match kind {
        EntityKind::Structure => archive_as::<Structure>(services, session, id, archived).await,
        EntityKind::Service => archive_as::<Service>(services, session, id, archived).await,
        EntityKind::Seance => archive_as::<Seance>(services, session, id, archived).await,
    }
}

async fn archive_as<T: Entity>(services: &AppState, session: &Session, id: &str, archived: bool) -> Result<(), OpError> {
    let entry = editable::<T>(services, session, id).await?;
    if entry.archived == archived {
        return Ok(());
    }
    let action = if archived { "archivage" } else { "désarchivage" };
    write(services, session, &Stored { archived, ..entry }, action).await.map(|_| ())
}

/// Puts an entry back as it was after revision `revision` (admins only); the restore is itself a
/// revision, so it can be undone the same way.
pub async fn restore(services: &AppState, session: &Session, revision: i64) -> Result<Revision, OpError> {
    if session.account.role != Role::Admin {
        return Err(OpError::Forbidden);
    }
    let rev = services.repo.revision(revision).await?.ok_or(OpError::NotFound)?;
    match rev.kind {
        EntityKind::Structure => restore_as::<Structure>(services, session, &rev).await?,
        EntityKind::Service => restore_as::<Service>(services, session, &rev).await?,
        EntityKind::Seance => restore_as::<Seance>(services, session, &rev).await?,
    }
    Ok(rev)
}

/// The entry of `rev` as that revision left it; the stored version must still be a valid entry of
/// today's model, and of the same entry, before it goes public.
async fn restore_as<T: Entity>(services: &AppState, session: &Session, rev: &Revision) -> Result<(), OpError> {
    services.repo.entry::<T>(&rev.entity_id).await?.ok_or(OpError::NotFound)?;
    let corrupt = |why: String| OpError::from(RepoError::Corrupt(format!("revision {}: {why}", rev.id)));
    let data = rev.after.get("data").cloned().ok_or_else(|| corrupt("no data".into()))?;
    let value: T = serde_json::from_value(data).map_err(|e| corrupt(e.to_string()))?;
    if value.id() != rev.entity_id {
        return Err(corrupt(format!("the data is of {}", value.id())));
    }
    let archived = rev.after.get("archived").and_then(serde_json::Value::as_bool).unwrap_or(false);
    write(services, session, &Stored { value, archived }, &format!("restauration de la version n° {}", rev.id)).await.map(|_| ())
}

/// Public report on a service's card; no personal data is asked.
pub async fn report(services: &AppState, service_id: &str, sujet: &str, message: &str) -> Result<(), OpError> {
    let directory = services.directory();
    let service = directory.service(service_id).ok_or(OpError::NotFound)?;
    services.repo.add_report(&service.id, &service.structure, sujet, message, &crate::ssr::clock::stamp()).await?;
    Ok(())
}

/// Creates an account from the coordinators' form or the command line; no default password exists.
/// `provisional`: the password was chosen by a coordinator for someone else, who must change it at
/// their first login (the command line is run by the person who will use the account).
pub async fn create_account(repo: &dyn crate::ssr::repo::Repository, fields: &Fields, provisional: bool) -> Result<i64, OpError> {
    let (email, nom, role, password) = edit::parse_account(fields).map_err(OpError::Invalid)?;
    let role = Role::from_code(&role).ok_or(OpError::NotFound)?;
    if let Err(message) = crate::ssr::auth::check_password_policy(&password, &[&email, &nom]) {
        return Err(OpError::Invalid(FieldErrors(vec![("mot_de_passe".into(), message)])));
    }
    let hash = crate::ssr::auth::hash_password(password).await.map_err(|_| OpError::Internal)?;
    match repo.create_account(&email, &nom, role, &hash, provisional).await {
        Err(RepoError::Conflict) => {
            Err(OpError::Invalid(FieldErrors(vec![("email".into(), "Un compte existe déjà avec cette adresse.".into())])))
        }
        other => Ok(other?),
    }
}
