//! What the edit forms of structures, services and séances show: the entry as stored (or as last
//! refused), its parent and its children, for the session of this request.

use crate::admin::session::{flash, flash_of, form_key, frame, session};
use crate::domain::directory::{Service, Structure};
use crate::domain::edit::EntityKind;
use crate::domain::edit::{self, FieldErrors, Fields};
use crate::domain::freshness::needs_check;
use crate::domain::passage::{french_hour, Passage, Rule};
use crate::domain::seance::Seance;
use crate::error::AppError;
use crate::ssr::auth::Session;
use crate::ssr::ops::editable;
use crate::ssr::repo::backoffice::Role;
use crate::ssr::repo::entries::{Entity, Stored};
use crate::ssr::state::AppState;
use crate::view::admin::{EditForm, EntryRow, Frame, PassageRow, PassagesForm};

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
            passages: None,
        });
    };
    let Stored { value: structure, archived } = editable::<Structure>(&services, &session, &id).await?;
    let mut children = Vec::new();
    for Stored { value: s, archived } in services.repo.entries::<Service>(Some(&id)).await? {
        let detail = s.services.iter().map(|k| k.plain()).collect::<Vec<_>>().join(", ");
        children.push(EntryRow { id: s.id, nom: s.nom, detail, archived, a_verifier: false });
    }
    let (fields, errors) = flash.unwrap_or_else(|| (edit::structure_fields(&structure), FieldErrors::default()));
    Ok(EditForm {
        frame,
        id: Some(id),
        titre: structure.nom.clone(),
        parent: None,
        fields,
        errors,
        archived,
        a_verifier: needs_check(structure.a_verifier, structure.date_maj.as_deref(), &crate::ssr::clock::today()),
        date_maj: structure.date_maj,
        children,
        saved,
        passages: None,
    })
}

/// The entry `id` (none for a new one), if this session may change it, and whether it is archived.
async fn existing<T: Entity>(services: &AppState, session: &Session, id: &Option<String>) -> Result<(Option<T>, bool), AppError> {
    match id {
        Some(id) => {
            let Stored { value, archived } = editable::<T>(services, session, id).await?;
            Ok((Some(value), archived))
        }
        None => Ok((None, false)),
    }
}

pub async fn service_form(id: Option<String>, structure: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    let (services, session) = session().await?;
    let (service_key, passages_key) =
        (form_key(EntityKind::Service, id.as_deref()), super::post::passages_form_key(id.as_deref().unwrap_or("")));
    // One flash for the page's forms: the service's own, or one of its passage forms.
    let flash = flash_of(&services, &session, &[&service_key, &passages_key]).await?;
    let (own, passage_flash) = match flash {
        Some((form, fields, errors)) if form == service_key => (Some((fields, errors)), None),
        Some((_, fields, errors)) => (None, Some((fields, errors))),
        None => (None, None),
    };
    let frame = frame(&services, &session).await?;
    let (service, archived) = existing::<Service>(&services, &session, &id).await?;
    let structure_id = service.as_ref().map(|s| s.structure.clone()).or(structure).ok_or(AppError::NotFound)?;
    let parent = editable::<Structure>(&services, &session, &structure_id).await?.value;
    let mut children = Vec::new();
    if let Some(id) = &id {
        for Stored { value: s, archived } in services.repo.entries::<Seance>(Some(id)).await? {
            let detail = format!("{}, {}", s.debut.french_date(), s.debut.french_time());
            children.push(EntryRow { id: s.id, nom: s.titre, detail, archived, a_verifier: false });
        }
    }
    let titre = service.as_ref().map(|s| s.nom.clone()).unwrap_or_else(|| "Nouveau service".into());
    let (fields, errors) = own.unwrap_or_else(|| (service.as_ref().map(edit::service_fields).unwrap_or_default(), FieldErrors::default()));
    let passages = service.as_ref().map(|s| {
        let (fields, errors) = passage_flash.unwrap_or_else(|| (passage_defaults(), FieldErrors::default()));
        PassagesForm { rows: s.passages.iter().map(passage_row).collect(), fields, errors }
    });
    let form = child_form(frame, id, titre, (parent.id, parent.nom), (fields, errors), archived, children, saved);
    Ok(EditForm { passages, ..form })
}

/// What the passage forms start from: a weekly morning, an exception that cancels (each time field has
/// a value, so that the browser's own checks never block the other choices).
fn passage_defaults() -> Fields {
    let pairs = [
        ("passage_rythme", "semaine"),
        ("passage_jour", "Mo"),
        ("passage_debut", "09:00"),
        ("passage_fin", "12:00"),
        ("exception_sorte", "annule"),
        ("exception_debut", "09:00"),
        ("exception_fin", "12:00"),
    ];
    Fields(pairs.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect())
}

/// A passage as the service's page lists it, its rule and exceptions in French.
fn passage_row(p: &Passage) -> PassageRow {
    let lieu = match &p.adresse {
        Some(a) => format!("{}, {} ({a})", p.commune, p.lieu),
        None => format!("{}, {}", p.commune, p.lieu),
    };
    let regle = Rule::from_osm(&p.horaires).map_or_else(|| format!("horaires OpenStreetMap : {}", p.horaires), |r| r.french());
    let exceptions = p
        .exceptions
        .iter()
        .map(|x| {
            let day = crate::domain::result::french_date(&x.date);
            let said = match x.heures {
                None => format!("Pas de passage le {day}"),
                Some((d, f)) => format!("Passage exceptionnel le {day}, de {} à {}", french_hour(d), french_hour(f)),
            };
            (x.date.clone(), said)
        })
        .collect();
    PassageRow { id: p.id.clone(), lieu, regle, exceptions }
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
    EditForm {
        frame,
        id,
        titre,
        parent: Some(parent),
        fields,
        errors,
        archived,
        a_verifier: false,
        date_maj: None,
        children,
        saved,
        passages: None,
    }
}

pub async fn seance_form(id: Option<String>, service: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    let Opened { services, session, flash, frame } = open_form(EntityKind::Seance, id.as_deref()).await?;
    let (seance, archived) = existing::<Seance>(&services, &session, &id).await?;
    let service_id = seance.as_ref().map(|s| s.service.clone()).or(service).ok_or(AppError::NotFound)?;
    let parent = editable::<Service>(&services, &session, &service_id).await?.value;
    let titre = seance.as_ref().map(|s| s.titre.clone()).unwrap_or_else(|| "Nouvelle séance".into());
    let (fields, errors) = flash.unwrap_or_else(|| (seance.as_ref().map(edit::seance_fields).unwrap_or_default(), FieldErrors::default()));
    Ok(child_form(frame, id, titre, (parent.id, parent.nom), (fields, errors), archived, vec![], saved))
}
