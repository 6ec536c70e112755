//! The orientation: a journey in, the result page's content out (`domain::orientation`, over the live
//! directory). Shared by the page (through its server function) and by `/api/v1/orientation`.

use super::hours;
use super::state::Services;
use crate::domain::engine::{Match, Tier};
use crate::domain::flow::Flow;
use crate::domain::journey::Journey;
use crate::domain::orientation::{card, result, Published};
use crate::domain::result::{OrientationResult, ResultCard};
use crate::error::AppError;

/// The whole result for a journey that has reached it.
pub fn compute(services: &Services, journey: &Journey) -> Result<OrientationResult, AppError> {
    let now = hours::moment(hours::paris_now());
    let week = services.week(&now);
    let directory = services.directory();
    let data = Published {
        gazetteer: &services.gazetteer,
        directory: &directory,
        hours: &week.hours,
        openings: &week.openings,
        donnees_du: now.french_date(),
    };
    result(&data, Flow::shipped(), journey, &now, |commune| super::agenda::parentalite_near(services, commune, 5))
        .map_err(|e| AppError::BadRequest(e.to_string()))
}

/// The result for a journey given as URL pairs: what the page's server function and the JSON API share.
pub fn from_pairs(services: &Services, pairs: &[(String, String)]) -> Result<OrientationResult, AppError> {
    let len = pairs.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let journey = Journey::parse(Flow::shipped(), len, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    compute(services, &journey)
}

/// One published service as a card, without reasons (the `/lieu/{id}` page, linked from séances).
pub fn service_card(services: &Services, id: &str) -> Option<ResultCard> {
    let now = hours::moment(hours::paris_now());
    let directory = services.directory();
    let service = directory.services.iter().find(|s| s.id == id)?;
    let structure = directory.structure(&service.structure)?;
    let m = Match { service: service.id.clone(), structure: structure.id.clone(), tier: Tier::Departement, distance_km: None, reasons: vec![] };
    Some(card(&m, structure, service, &services.week(&now).hours, &now))
}

/// What the browser keeps to orient people offline (`/api/v1/instantane`): today's published
/// directory, the geography, and the hours of the week from today.
pub fn snapshot(services: &Services) -> crate::domain::snapshot::Snapshot {
    let now = hours::moment(hours::paris_now());
    let week = services.week(&now);
    crate::domain::snapshot::Snapshot {
        format: crate::domain::snapshot::FORMAT,
        date: now.date.clone(),
        donnees_du: now.french_date(),
        geography: services.gazetteer.geography().clone(),
        directory: (*services.directory()).clone(),
        hours: week.hours.clone(),
    }
}
