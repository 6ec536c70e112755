//! The posts of an entry's page (structures, services, séances): save, confirm, archive and bring back.

use crate::admin::form::{AdminForm, Editor};
use crate::admin::session::form_key;
use crate::admin::session::refused;
use crate::domain::edit::EntityKind;
use crate::form::{op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::ops::{self, OpError};
use axum::extract::Path;
use axum::response::Response;

/// `POST /admin/{structures|services|seances}/{id}/enregistrer` (`id` = nouvelle/nouveau to create).
async fn save(form: AdminForm<Editor>, kind: EntityKind, id: String) -> Response {
    let AdminForm { services, session, fields, .. } = form;
    let new = id == kind.new_word();
    let parent = match kind {
        EntityKind::Service => fields.get("structure").to_owned(),
        EntityKind::Seance => fields.get("service").to_owned(),
        EntityKind::Structure => String::new(),
    };
    let back = match (kind, new) {
        (EntityKind::Service, true) => urls::new_service(&parent),
        (EntityKind::Seance, true) => urls::new_seance(&parent),
        _ => urls::entry(kind, &id),
    };
    let existing = (!new).then_some(id.as_str());
    let result = match kind {
        EntityKind::Structure => ops::save_structure(&services, &session, existing, &fields).await,
        EntityKind::Service => ops::save_service(&services, &session, existing, &parent, &fields).await,
        EntityKind::Seance => ops::save_seance(&services, &session, existing, &parent, &fields).await,
    };
    match result {
        Ok(saved) => see_other(&format!("{}?enregistre=1", urls::entry(kind, &saved))),
        Err(OpError::Invalid(errors)) => refused(&services, &session, &form_key(kind, existing), &fields, errors, &back).await,
        Err(e) => op_failure(e, &back),
    }
}

pub async fn save_structure(Path(id): Path<String>, form: AdminForm<Editor>) -> Response {
    save(form, EntityKind::Structure, id).await
}

pub async fn save_service(Path(id): Path<String>, form: AdminForm<Editor>) -> Response {
    save(form, EntityKind::Service, id).await
}

pub async fn save_seance(Path(id): Path<String>, form: AdminForm<Editor>) -> Response {
    save(form, EntityKind::Seance, id).await
}

/// `POST /admin/services/{id}/passages`: a passage added or removed, an exception added or removed
/// (the form's `action`); a refusal comes back to the service's page, next to the form that sent it.
pub async fn passages(Path(id): Path<String>, AdminForm { services, session, fields, .. }: AdminForm<Editor>) -> Response {
    let back = format!("{}#passages-titre", urls::entry(EntityKind::Service, &id));
    match ops::edit_passages(&services, &session, &id, &fields).await {
        Ok(_) => see_other(&format!("{}?enregistre=1#passages-titre", urls::entry(EntityKind::Service, &id))),
        Err(OpError::Invalid(errors)) => refused(&services, &session, &passages_form_key(&id), &fields, errors, &back).await,
        Err(e) => op_failure(e, &back),
    }
}

/// The flash key of a service's passage forms.
pub fn passages_form_key(service: &str) -> String {
    format!("passages:{service}")
}

/// `POST /admin/structures/{id}/verifier`: « tout est juste », in one click.
pub async fn verify(Path(id): Path<String>, AdminForm { services, session, .. }: AdminForm<Editor>) -> Response {
    let back = urls::entry(EntityKind::Structure, &id);
    match ops::verify_structure(&services, &session, &id).await {
        Ok(()) => see_other(&format!("{back}?enregistre=1")),
        Err(e) => op_failure(e, &back),
    }
}

/// `POST /admin/{structure|service|seance}/{id}/{archiver|restaurer}`.
pub async fn archive(
    Path((kind, id, verb)): Path<(String, String, String)>,
    AdminForm { services, session, .. }: AdminForm<Editor>,
) -> Response {
    let (Some(kind), Some(archived)) = (
        EntityKind::from_code(&kind),
        match verb.as_str() {
            "archiver" => Some(true),
            "restaurer" => Some(false),
            _ => None,
        },
    ) else {
        return op_failure(OpError::NotFound, crate::routes::admin::HOME);
    };
    let back = urls::entry(kind, &id);
    match ops::set_archived(&services, &session, kind, &id, archived).await {
        Ok(()) => see_other(&format!("{back}?enregistre=1")),
        Err(e) => op_failure(e, &back),
    }
}
