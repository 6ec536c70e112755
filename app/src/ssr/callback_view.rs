//! A stored request as its page shows it (`pages::demande::RequestView`): for the structure's link
//! and for the back-office alike.

use super::callbacks::COORDINATION;
use super::repo::callbacks::Callback;
use super::state::AppState;
use crate::domain::callback::{Contact, Status};
use crate::domain::flow::Flow;
use crate::domain::indicators::Mode;
use crate::domain::journey::{query_pairs, Journey};
use crate::domain::langue::Langue;
use crate::error::AppError;
use crate::view::request::RequestView;

/// « le 02/12/2026 à 14:05 », in the Ain's time.
pub fn french_moment(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|d| d.with_timezone(&chrono_tz::Europe::Paris).format("le %d/%m/%Y à %H:%M").to_string())
        .unwrap_or_default()
}

/// The view of `c`, with a form token bound to `session` (`None` for the link).
pub async fn view(services: &AppState, c: &Callback, session: Option<&str>, now: i64) -> Result<RequestView, AppError> {
    let flow = Flow::shipped();
    let directory = services.directory();
    let gone = || AppError::Gone("Cette demande a été supprimée : ses données personnelles ne sont plus gardées.".to_owned());
    let contact = c.contact.clone().ok_or_else(gone)?;
    let reponses = match (c.reponses.as_deref(), flow.need(&c.besoin)) {
        (Some(query), Some(need)) => Journey::from_pairs(flow, &query_pairs(query))
            .map(|j| crate::domain::orientation::answer_lines(flow, need, &j, Langue::Fr))
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    // Passing on within the same EPCI first: its structures are the ones that know the person's area.
    let epci_of = |id: &str| {
        directory
            .structure(id)
            .and_then(|s| s.adresse.as_ref())
            .and_then(|a| services.gazetteer.commune(&a.code_insee))
            .map(|c| services.gazetteer.epci_of(c).siren.clone())
    };
    let mut structures: Vec<(bool, String, String)> = directory
        .structures()
        .iter()
        .filter(|s| Some(&s.id) != c.structure_id.as_ref())
        .map(|s| (epci_of(&s.id).as_deref() != Some(c.epci.as_str()), s.nom.clone(), s.id.clone()))
        .collect();
    structures.sort();
    let historique = services
        .repo
        .callback_accesses(c.id)
        .await?
        .into_iter()
        .map(|(at, who, what)| (french_moment(at).trim_start_matches("le ").to_owned(), who, what))
        .collect();
    let statut = match (&c.rendez_vous, c.status) {
        (Some(day), Status::RendezVous) => format!("{} le {}", c.status.label(), crate::domain::result::french_date(day)),
        _ => c.status.label().to_owned(),
    };
    Ok(RequestView {
        reference: c.reference.clone().unwrap_or_default(),
        envoyee: french_moment(c.times.created),
        commune: super::callbacks::commune_name(services, c).unwrap_or_else(|| "commune inconnue".to_owned()),
        epci_nom: services.gazetteer.geography().epci(&c.epci).map_or_else(|| c.epci.clone(), |e| e.nom.clone()),
        besoin_titre: super::callbacks::need_title(&c.besoin),
        reponses,
        mode: match c.mode {
            Mode::Public => "sur le site".to_owned(),
            Mode::Guichet => "au guichet d’une mairie".to_owned(),
        },
        prenom: c.prenom.clone().unwrap_or_default(),
        contact_href: match &contact {
            Contact::Telephone(v) => crate::domain::result::tel_href(v),
            Contact::Courriel(v) => format!("mailto:{v}"),
        },
        contact: match &contact {
            Contact::Telephone(v) => Langue::Fr.phone(v),
            Contact::Courriel(v) => v.clone(),
        },
        message: c.message.clone(),
        destinataire: match c.structure_id.as_deref() {
            Some(id) => directory.structure(id).map_or_else(|| id.to_owned(), |s| s.nom.clone()),
            None => format!("la coordination numérique ({COORDINATION})"),
        },
        statut,
        closed: c.status.closed(),
        taken: c.status == Status::PriseEnCharge,
        historique,
        structures: structures.into_iter().map(|(_, nom, id)| (id, nom)).collect(),
        today: chrono::DateTime::from_timestamp(now, 0).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        jeton: super::auth::form_token(&services.form_key, session, now),
    })
}
