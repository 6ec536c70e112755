//! The data of each back-office page, for the logged-in session of the current request.

use super::auth::{self, Session};
use super::backoffice::{editable, may_edit, today, OpError};
use super::repo::backoffice::{Doc, EntityKind, Role};
use super::state::AppState;
use crate::admin::*;
use crate::domain::directory::{Service, Structure};
use crate::domain::edit::{self, FieldErrors, Fields};
use crate::domain::freshness::needs_check;
use crate::domain::seance::Seance;
use crate::error::AppError;

impl From<OpError> for AppError {
    fn from(e: OpError) -> Self {
        match e {
            OpError::Forbidden => AppError::Forbidden,
            OpError::NotFound => AppError::NotFound,
            OpError::Invalid(_) => AppError::BadRequest("Le formulaire contient des erreurs.".into()),
            OpError::Internal => AppError::Internal,
        }
    }
}

/// A form refused by validation, kept in the session for the page it came from.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Flash {
    pub form: String,
    pub fields: Fields,
    pub errors: FieldErrors,
}

/// The flash key of an entry's form: what the post handler stores a refused form under and the page
/// looks for (`None`: the form of a new entry).
pub fn form_key(kind: EntityKind, id: Option<&str>) -> String {
    format!("{}:{}", kind.code(), id.unwrap_or(kind.new_word()))
}

/// The services and the session of this request, or 401.
pub async fn session() -> Result<(AppState, Session), AppError> {
    let services = AppState::from_context()?;
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(AppError::internal)?;
    let session = auth::current(&services, &headers).await?.ok_or(AppError::Unauthorized)?;
    // Back-office pages are personal: never stored by a shared cache or the browser's back button.
    if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    }
    Ok((services, session))
}

pub async fn frame(services: &AppState, session: &Session) -> Result<Frame, AppError> {
    let admin = session.account.role == Role::Admin;
    let signalements = if admin { services.repo.open_reports().await?.len() } else { 0 };
    Ok(Frame {
        nom: session.account.nom.clone(),
        email: session.account.email.clone(),
        admin,
        jeton: auth::form_token(&services.form_key, Some(&session.id_hash), chrono::Utc::now().timestamp()),
        signalements,
    })
}

/// The refused form for `form`, if the last submission of this session was one.
async fn flash(services: &AppState, session: &Session, form: &str) -> Result<Option<(Fields, FieldErrors)>, AppError> {
    let raw = services.repo.take_flash(&session.id_hash).await?;
    Ok(raw.and_then(|r| serde_json::from_str::<Flash>(&r).ok()).filter(|f| f.form == form).map(|f| (f.fields, f.errors)))
}

/// What every edit form starts from: the session, the form as last refused (kept for one view) and
/// the back-office frame.
struct Opened {
    services: AppState,
    session: Session,
    flash: Option<(Fields, FieldErrors)>,
    frame: Frame,
}

async fn open_form(kind: EntityKind, id: Option<&str>) -> Result<Opened, AppError> {
    let (services, session) = session().await?;
    let flash = flash(&services, &session, &form_key(kind, id)).await?;
    let frame = frame(&services, &session).await?;
    Ok(Opened { services, session, flash, frame })
}

fn structure_row(doc: &Doc, today: &str) -> Result<EntryRow, AppError> {
    Ok(row_of(&doc.decode()?, doc.archived, today))
}

fn row_of(s: &Structure, archived: bool, today: &str) -> EntryRow {
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
    for doc in services.repo.docs(EntityKind::Structure, None).await? {
        let row = structure_row(&doc, &today)?;
        stale += usize::from(row.a_verifier && !row.archived);
        if may_edit(&session.account, &doc.id) {
            structures.push(row);
        }
    }
    structures.sort_by_key(|a| a.nom.to_lowercase());
    Ok(Dashboard { frame: frame(&services, &session).await?, structures, a_verifier: stale })
}

/// The form of a structure (`id` None: a new one, admins only).
pub async fn structure_form(id: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    let Opened { services, session, flash, frame } = open_form(EntityKind::Structure, id.as_deref()).await?;
    let Some(id) = id else {
        if session.account.role != Role::Admin {
            return Err(AppError::Forbidden);
        }
        let (fields, errors) = flash.unwrap_or_default();
        return Ok(EditForm {
            frame,
            id: None,
            titre: "Nouvelle structure".into(),
            parent: None,
            fields,
            errors,
            archived: false,
            a_verifier: false,
            date_maj: None,
            children: vec![],
            saved,
        });
    };
    let doc = editable(&services, &session, EntityKind::Structure, &id).await?;
    let structure: Structure = doc.decode()?;
    let mut children = Vec::new();
    for child in services.repo.docs(EntityKind::Service, Some(&id)).await? {
        let s: Service = child.decode()?;
        let detail = s.services.iter().map(|k| k.plain()).collect::<Vec<_>>().join(", ");
        children.push(EntryRow { id: s.id, nom: s.nom, detail, archived: child.archived, a_verifier: false });
    }
    let (fields, errors) = flash.unwrap_or_else(|| (edit::structure_fields(&structure), FieldErrors::default()));
    Ok(EditForm {
        frame,
        id: Some(id),
        titre: structure.nom.clone(),
        parent: None,
        fields,
        errors,
        archived: doc.archived,
        a_verifier: needs_check(structure.a_verifier, structure.date_maj.as_deref(), &today()),
        date_maj: structure.date_maj,
        children,
        saved,
    })
}

/// The entry `id` (none for a new one) decoded, if this session may change it, and whether it is archived.
async fn existing<T: serde::de::DeserializeOwned>(
    services: &AppState,
    session: &Session,
    kind: EntityKind,
    id: &Option<String>,
) -> Result<(Option<T>, bool), AppError> {
    match id {
        Some(id) => {
            let doc = editable(services, session, kind, id).await?;
            Ok((Some(doc.decode::<T>()?), doc.archived))
        }
        None => Ok((None, false)),
    }
}

pub async fn service_form(id: Option<String>, structure: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    let Opened { services, session, flash, frame } = open_form(EntityKind::Service, id.as_deref()).await?;
    let (service, archived) = existing::<Service>(&services, &session, EntityKind::Service, &id).await?;
    let structure_id = service.as_ref().map(|s| s.structure.clone()).or(structure).ok_or(AppError::NotFound)?;
    let parent_doc = editable(&services, &session, EntityKind::Structure, &structure_id).await?;
    let parent: Structure = parent_doc.decode()?;
    let mut children = Vec::new();
    if let Some(id) = &id {
        for child in services.repo.docs(EntityKind::Seance, Some(id)).await? {
            let s: Seance = child.decode()?;
            let detail = format!("{}, {}", s.debut.french_date(), s.debut.french_time());
            children.push(EntryRow { id: s.id, nom: s.titre, detail, archived: child.archived, a_verifier: false });
        }
    }
    let titre = service.as_ref().map(|s| s.nom.clone()).unwrap_or_else(|| "Nouveau service".into());
    let (fields, errors) =
        flash.unwrap_or_else(|| (service.as_ref().map(edit::service_fields).unwrap_or_default(), FieldErrors::default()));
    Ok(child_form(frame, id, titre, (parent.id, parent.nom), (fields, errors), archived, children, saved))
}

/// The form of an entry that has a parent (a service, a séance): no freshness of its own.
#[allow(clippy::too_many_arguments)]
fn child_form(
    frame: Frame,
    id: Option<String>,
    titre: String,
    parent: (String, String),
    (fields, errors): (Fields, FieldErrors),
    archived: bool,
    children: Vec<EntryRow>,
    saved: bool,
) -> EditForm {
    EditForm { frame, id, titre, parent: Some(parent), fields, errors, archived, a_verifier: false, date_maj: None, children, saved }
}

pub async fn seance_form(id: Option<String>, service: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    let Opened { services, session, flash, frame } = open_form(EntityKind::Seance, id.as_deref()).await?;
    let (seance, archived) = existing::<Seance>(&services, &session, EntityKind::Seance, &id).await?;
    let service_id = seance.as_ref().map(|s| s.service.clone()).or(service).ok_or(AppError::NotFound)?;
    let parent: Service = editable(&services, &session, EntityKind::Service, &service_id).await?.decode()?;
    let titre = seance.as_ref().map(|s| s.titre.clone()).unwrap_or_else(|| "Nouvelle séance".into());
    let (fields, errors) = flash.unwrap_or_else(|| (seance.as_ref().map(edit::seance_fields).unwrap_or_default(), FieldErrors::default()));
    Ok(child_form(frame, id, titre, (parent.id, parent.nom), (fields, errors), archived, vec![], saved))
}

/// The audit log of one entry, newest first (admins).
pub async fn history(kind: String, id: String) -> Result<History, AppError> {
    let (services, session) = session().await?;
    if session.account.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let kind = EntityKind::from_code(&kind).ok_or(AppError::NotFound)?;
    let doc = services.repo.doc(kind, &id).await?.ok_or(AppError::NotFound)?;
    let nom = ["nom", "titre"].iter().find_map(|k| doc.data.get(*k)?.as_str()).unwrap_or(&id).to_owned();
    let revisions = services.repo.revisions(kind, &id).await?;
    let edit_url = crate::admin::urls::entry(kind, &id);
    Ok(History {
        frame: frame(&services, &session).await?,
        kind: kind.code().into(),
        nom,
        edit_url,
        id,
        revisions: revisions
            .into_iter()
            .map(|r| RevisionRow { id: r.id, changes: changes(r.before.as_ref(), &r.after), at: r.at, author: r.author, action: r.action })
            .collect(),
    })
}

/// Field by field, what a revision changed (« archivé » included).
fn changes(before: Option<&serde_json::Value>, after: &serde_json::Value) -> Vec<Change> {
    let show = |v: Option<&serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => "—".to_owned(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Bool(b)) => if *b { "oui" } else { "non" }.to_owned(),
        Some(other) => other.to_string(),
    };
    let mut out = Vec::new();
    let (b_arch, a_arch) = (before.and_then(|b| b.get("archived")), after.get("archived"));
    if b_arch != a_arch {
        out.push(Change { champ: "archivé".into(), avant: show(b_arch), apres: show(a_arch) });
    }
    let empty = serde_json::Map::new();
    let b_data = before.and_then(|b| b.get("data")).and_then(|d| d.as_object()).unwrap_or(&empty);
    let a_data = after.get("data").and_then(|d| d.as_object()).unwrap_or(&empty);
    for (key, value) in a_data {
        if b_data.get(key) != Some(value) {
            out.push(Change { champ: key.clone(), avant: show(b_data.get(key)), apres: show(Some(value)) });
        }
    }
    out
}

pub async fn inbox() -> Result<Inbox, AppError> {
    let (services, session) = session().await?;
    if session.account.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let today = today();
    let mut names = std::collections::HashMap::new();
    let mut stale = Vec::new();
    let mut absent = Vec::new();
    for doc in services.repo.docs(EntityKind::Structure, None).await? {
        let s: Structure = doc.decode()?;
        let row = row_of(&s, doc.archived, &today);
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
    Ok(Inbox {
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

pub async fn accounts(saved: bool) -> Result<Accounts, AppError> {
    let (services, session) = session().await?;
    if session.account.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    let (fields, errors) = flash(&services, &session, "comptes").await?.unwrap_or_default();
    let mut structures = Vec::new();
    for doc in services.repo.docs(EntityKind::Structure, None).await? {
        let s: Structure = doc.decode()?;
        structures.push((s.id, s.nom));
    }
    structures.sort_by_key(|a| a.1.to_lowercase());
    let accounts = services.repo.accounts().await?;
    Ok(Accounts {
        frame: frame(&services, &session).await?,
        accounts: accounts
            .into_iter()
            .map(|a| AccountRow {
                id: a.id,
                admin: a.role == Role::Admin,
                email: a.email,
                nom: a.nom,
                disabled: a.disabled,
                structures: a.structures,
            })
            .collect(),
        structures,
        fields,
        errors,
        saved,
    })
}

/// The login form's token (no session yet).
pub fn login_token() -> Result<String, AppError> {
    let services = AppState::from_context()?;
    Ok(auth::form_token(&services.form_key, None, chrono::Utc::now().timestamp()))
}
