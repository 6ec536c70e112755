//! The orientation: a journey in, the result page's content out (`domain::orientation`, over the live
//! directory). Shared by the page (through its server function) and by `/api/v1/orientation`.

use super::state::AppState;
use crate::domain::engine::{Match, Tier};
use crate::domain::flow::Flow;
use crate::domain::geo::InseeCode;
use crate::domain::journey::Journey;
use crate::domain::langue::Langue;
use crate::domain::orientation::{card, result, Published};
use crate::domain::result::{OrientationResult, ResultCard};
use crate::domain::snapshot::{Snapshot, FORMAT};
use crate::error::AppError;

/// The whole result for a journey that has reached it.
pub fn compute(services: &AppState, journey: &Journey, langue: Langue) -> Result<OrientationResult, AppError> {
    let (now, week) = services.this_week();
    let data = Published {
        gazetteer: &services.gazetteer,
        directory: &week.directory,
        hours: &week.hours,
        openings: &week.openings,
        donnees_du: langue.date(&now.date),
        langue,
    };
    let seances = |commune: &crate::domain::geo::Commune, subject: Option<&str>| {
        super::agenda::parentalite_near(services, commune, subject, 5, langue)
    };
    result(&data, Flow::shipped(), journey, &now, seances).map_err(|e| AppError::BadRequest(e.message(langue)))
}

/// Who asked for a result: the comité's figures count people, not programs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asker {
    /// A result page, at home or at a counter: counted once per client and question in
    /// [`super::counter::SAME_ASKER`], unless the browser says it is a robot.
    Person {
        /// The client's rate-limit key (`throttle::client_key`): an address, or an IPv6 /64.
        client: String,
        user_agent: String,
        /// The partner site the result page is framed in (`crate::integration`), if it is.
        integration: Option<String>,
    },
    /// The JSON API (`/api/v1/orientation`), which programs call: never counted, or a script of calls
    /// would write the comité's figures.
    Program,
}

/// The result for a journey given as URL pairs: what the page's server function and the JSON API
/// share. Each result page served to a person is counted (`domain::indicators`), except its printable
/// fiche, which shows the same orientation again.
pub fn from_pairs(services: &AppState, pairs: &[(String, String)], langue: Langue, asker: Asker) -> Result<OrientationResult, AppError> {
    let journey = Journey::from_pairs(Flow::shipped(), pairs).map_err(|e| AppError::BadRequest(e.message(langue)))?;
    let result = compute(services, &journey, langue)?;
    if let Asker::Person { client, user_agent, integration } = asker {
        let again = !services.counter.first_time((client, user_agent.as_str(), pairs), std::time::Instant::now());
        if !journey.navigation.imprimer && !again && !super::counter::is_robot(&user_agent) {
            count(services, &journey, &result, integration.as_deref());
        }
    }
    Ok(result)
}

/// Adds one to the counter of this orientation: its need and precision, the EPCI of its commune, the
/// best tier it found, whether it was asked at a counter, and on which partner's site.
fn count(services: &AppState, journey: &Journey, result: &OrientationResult, integration: Option<&str>) {
    let Some(commune) = InseeCode::parse(&result.commune).ok().and_then(|c| services.gazetteer.commune(&c)) else { return };
    let today = crate::ssr::clock::today();
    if let Some(key) = crate::domain::indicators::key(Flow::shipped(), journey, &result.niveaux, &commune.epci, &today, integration) {
        services.counter.record(key);
    }
}

/// One published service as a card, without reasons (the `/lieu/{id}` page, linked from séances).
pub fn service_card(services: &AppState, id: &str, langue: Langue) -> Option<ResultCard> {
    let (now, week) = services.this_week();
    let directory = &week.directory;
    let service = directory.service(id)?;
    let structure = directory.structure(&service.structure)?;
    let m =
        Match { service: service.id.clone(), structure: structure.id.clone(), tier: Tier::Departement, distance_km: None, reasons: vec![] };
    Some(card(&m, (structure, service), &week.hours, &now, None, langue))
}

/// What the browser keeps to orient people offline (`/api/v1/instantane`), as JSON: today's published
/// directory, the geography, and the hours of the week from today. Written once per week value (a new
/// day or a change in the directory), however many browsers ask.
pub fn snapshot_json(services: &AppState) -> axum::body::Bytes {
    let (now, week) = services.this_week();
    let json = week.snapshot.get_or_init(|| to_json(&whole_snapshot(services, &now, &week)));
    json.clone()
}

/// The snapshot of département `dep` alone (`/api/v1/instantane?departement=01`), for a deployment
/// covering several: written once per week value and département. `None` when no commune is in it.
///
/// A code no commune has is answered from the gazetteer, without building anything; a known one is
/// built outside the lock, so that one département's first request never holds up another's (two
/// first requests for the same département may both build it: the first one written is kept).
pub fn departement_snapshot_json(services: &AppState, dep: &str) -> Option<axum::body::Bytes> {
    if !services.gazetteer.geography().communes.iter().any(|c| c.insee.departement() == dep) {
        return None;
    }
    let (now, week) = services.this_week();
    let parts = || week.departement_snapshots.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(json) = parts().get(dep) {
        return Some(json.clone());
    }
    let json = to_json(&whole_snapshot(services, &now, &week).of_departement(dep)?);
    let kept = parts().entry(dep.to_owned()).or_insert(json).clone();
    Some(kept)
}

fn whole_snapshot(services: &AppState, now: &crate::domain::hours::Moment, week: &super::live::Week) -> Snapshot {
    Snapshot {
        format: FORMAT,
        date: now.date.clone(),
        donnees_du: now.french_date(),
        geography: services.gazetteer.geography().clone(),
        directory: crate::domain::snapshot::offline_directory(&week.directory),
        hours: week.hours.clone(),
    }
}

fn to_json(snapshot: &Snapshot) -> axum::body::Bytes {
    // Plain structs with string keys: serde_json cannot fail on them.
    serde_json::to_vec(snapshot).expect("the snapshot serializes").into()
}
