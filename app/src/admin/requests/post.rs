//! The posts of `/admin/demandes`: answering a request (its structure's editors and coordinators),
//! designating who receives an EPCI's requests, and withdrawing a designation (coordinators).

use super::data::RECEIVER_FORM;
use crate::admin::form::{AdminForm, Coordinator, Editor};
use crate::admin::session::refused;
use crate::domain::callback::Contact;
use crate::domain::edit::FieldErrors;
use crate::domain::flow::Flow;
use crate::error::AppError;
use crate::form::{op_failure, see_other};
use crate::pages::demande::post::{after_answer, answer_of};
use crate::ssr::auth::Session;
use crate::ssr::ops::OpError;
use crate::ssr::repo::backoffice::Role;
use crate::ssr::repo::callbacks::{Callback, Receiver};
use crate::ssr::state::AppState;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};

/// The request `id` if `session` may read it: coordinators all, editors those their structures have.
/// Another structure's request is a 403, a deleted one a 410.
pub async fn readable(services: &AppState, session: &Session, id: &str) -> Result<Callback, AppError> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let c = services.repo.callback(id).await?.ok_or(AppError::NotFound)?;
    let mine = c.structure_id.as_ref().is_some_and(|s| session.account.structures.contains(s));
    if session.account.role != Role::Admin && !mine {
        return Err(AppError::Forbidden);
    }
    if c.purged {
        return Err(AppError::Gone("Cette demande a été supprimée : ses données personnelles ne sont plus gardées.".to_owned()));
    }
    Ok(c)
}

/// `POST /admin/demandes/{id}`: the same answers as the structure's link, written with the account.
pub async fn answer(Path(id): Path<String>, AdminForm { services, session, fields, .. }: AdminForm<Editor>) -> Response {
    let page = crate::routes::admin::request(&id);
    let c = match readable(&services, &session, &id).await {
        Ok(c) => c,
        Err(e) => return e.into_response(),
    };
    let answer = match answer_of(&fields) {
        Ok(a) => a,
        Err(refused) => return after_answer(&page, Err(refused)),
    };
    match crate::ssr::callbacks::answer(&services, &c, &answer, &session.account.email, crate::ssr::clock::timestamp()).await {
        Ok(outcome) => after_answer(&page, outcome),
        Err(e) => e.into_response(),
    }
}

/// `POST /admin/demandes/destinataires` (coordinators): an EPCI, a need (or every need), a published
/// structure and the address that receives; replaces the designation it had.
pub async fn designate(AdminForm { services, session, fields, .. }: AdminForm<Coordinator>) -> Response {
    let back = crate::routes::admin::REQUESTS;
    let mut errors = FieldErrors::default();
    let (epci, besoin, structure) = (fields.get("epci"), fields.get("besoin"), fields.get("structure"));
    if services.gazetteer.geography().epci(epci).is_none() {
        errors.0.push(("epci".to_owned(), "Choisissez une intercommunalité de la liste.".to_owned()));
    }
    if !besoin.is_empty() && Flow::shipped().need(besoin).is_none() {
        errors.0.push(("besoin".to_owned(), "Choisissez un besoin de la liste.".to_owned()));
    }
    if services.directory().structure(structure).is_none() {
        errors.0.push(("structure".to_owned(), "Choisissez une structure publiée de l’annuaire.".to_owned()));
    }
    let courriel = match Contact::parse(fields.get("courriel")) {
        Some(Contact::Courriel(c)) => c,
        _ => {
            errors.0.push(("courriel".to_owned(), "Écrivez l’adresse électronique qui recevra les demandes (nom@exemple.fr).".to_owned()));
            String::new()
        }
    };
    if !errors.is_empty() {
        return refused(&services, &session, RECEIVER_FORM, &fields, errors, back).await;
    }
    let receiver = Receiver {
        epci: epci.to_owned(),
        besoin: besoin.to_owned(),
        structure_id: structure.to_owned(),
        courriel,
        updated_by: session.account.email.clone(),
    };
    match services.repo.set_receiver(&receiver).await {
        Ok(()) => see_other(&format!("{back}#destinataires-titre")),
        Err(e) => op_failure(OpError::from(e), back),
    }
}

/// `POST /admin/demandes/destinataires/retirer` (coordinators): the EPCI's requests for that need go
/// to the coordination (or to its « every need » designation) from now on.
pub async fn withdraw(AdminForm { services, fields, .. }: AdminForm<Coordinator>) -> Response {
    let back = crate::routes::admin::REQUESTS;
    match services.repo.remove_receiver(fields.get("epci"), fields.get("besoin")).await {
        Ok(_) => see_other(&format!("{back}#destinataires-titre")),
        Err(e) => op_failure(OpError::from(e), back),
    }
}
