//! The directory as open data: the data·inclusion v1 API (`/api/v1/structures`, `/api/v1/services`,
//! paginated and filtered) and the downloads of `/donnees`. Built from the published directory only:
//! archived entries and the back-office's data never leave.

use super::state::AppState;
use crate::domain::directory::{Directory, Service, Structure};
use importer::export::data_inclusion::{self, publics_of, thematiques_of, Site};
use importer::export::schema_lieux;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashSet;

/// The filters and page of an API request, as given.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub struct Query {
    pub page: Option<String>,
    pub size: Option<String>,
    pub commune: Option<String>,
    pub epci: Option<String>,
    pub thematique: Option<String>,
    pub public: Option<String>,
}

pub const DEFAULT_SIZE: usize = 100;
pub const MAX_SIZE: usize = 1000;

/// One page, in the data·inclusion API's shape.
#[derive(Debug, Serialize)]
pub struct Page {
    pub items: Vec<Value>,
    pub total: usize,
    pub page: usize,
    pub size: usize,
    pub pages: usize,
}

/// A request the API cannot answer, in French.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("page est un numéro à partir de 1.")]
    Page,
    #[error("size est un nombre de 1 à {MAX_SIZE}.")]
    Size,
    #[error("« {0} » n’est pas un code commune INSEE de l’Ain.")]
    Commune(String),
}

fn number(raw: &Option<String>, default: usize, max: usize, error: QueryError) -> Result<usize, QueryError> {
    match raw.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => Ok(default),
        Some(r) => r.parse::<usize>().ok().filter(|n| (1..=max).contains(n)).ok_or(error),
    }
}

/// Whether the place of `s` passes the commune and EPCI filters.
fn place_matches(services: &AppState, s: &Structure, commune: Option<&str>, epci: Option<&str>) -> bool {
    let code = s.adresse.as_ref().map(|a| a.code_insee.clone());
    let here = code.as_ref().and_then(|c| services.gazetteer.commune(c));
    commune.is_none_or(|c| here.is_some_and(|h| h.insee.as_str() == c)) && epci.is_none_or(|e| here.is_some_and(|h| h.epci == e))
}

fn service_matches(v: &Service, q: &Query) -> bool {
    q.thematique.as_deref().is_none_or(|t| thematiques_of(v).contains(t)) && q.public.as_deref().is_none_or(|p| publics_of(v).contains(p))
}

/// One page of `items`: only the page's entries are turned into JSON.
fn paginate<T>(items: Vec<T>, q: &Query, to_json: impl Fn(T) -> Value) -> Result<Page, QueryError> {
    let page = number(&q.page, 1, usize::MAX, QueryError::Page)?;
    let size = number(&q.size, DEFAULT_SIZE, MAX_SIZE, QueryError::Size)?;
    let total = items.len();
    let items = items.into_iter().skip((page - 1).saturating_mul(size)).take(size).map(to_json).collect();
    Ok(Page { items, total, page, size, pages: total.div_ceil(size) })
}

/// Checks the commune filter and resolves a former code to today's commune.
fn commune_filter(services: &AppState, q: &Query) -> Result<Option<String>, QueryError> {
    match q.commune.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c) => crate::domain::geo::InseeCode::parse(c)
            .ok()
            .and_then(|code| services.gazetteer.commune(&code))
            .map(|found| Some(found.insee.to_string()))
            .ok_or_else(|| QueryError::Commune(c.chars().take(20).collect())),
    }
}

/// `/api/v1/structures`: structures with at least one service passing the filters.
pub fn structures(services: &AppState, site: &Site, q: &Query) -> Result<Page, QueryError> {
    let directory = services.directory();
    let commune = commune_filter(services, q)?;
    // The structures with a service passing the filters, found in one pass over the services.
    let offering: HashSet<&str> = directory.services().iter().filter(|v| service_matches(v, q)).map(|v| v.structure.as_str()).collect();
    let items: Vec<&Structure> = directory
        .structures()
        .iter()
        .filter(|s| offering.contains(s.id.as_str()) && place_matches(services, s, commune.as_deref(), q.epci.as_deref()))
        .collect();
    paginate(items, q, |s| data_inclusion::structure(s, site))
}

/// `/api/v1/services`: services passing the filters (commune and EPCI: where their place is).
pub fn services_page(services: &AppState, site: &Site, q: &Query) -> Result<Page, QueryError> {
    let directory = services.directory();
    let commune = commune_filter(services, q)?;
    let items: Vec<(&Service, &Structure)> = directory
        .services()
        .iter()
        .filter(|v| service_matches(v, q))
        .filter_map(|v| Some((v, directory.structure(&v.structure)?)))
        .filter(|(_, s)| place_matches(services, s, commune.as_deref(), q.epci.as_deref()))
        .collect();
    paginate(items, q, |(v, s)| data_inclusion::service(v, s, site))
}

/// The downloads of `/donnees`, by file name: (content type, body).
pub fn download(directory: &Directory, site: &Site, file: &str) -> Option<(&'static str, String)> {
    Some(match file {
        "lieux-mediation-numerique.csv" => ("text/csv; charset=utf-8", schema_lieux::csv(directory, site.today)),
        "lieux-mediation-numerique.json" => ("application/json", schema_lieux::json(directory, site.today).to_string()),
        "data-inclusion-structures.json" => ("application/json", Value::Array(data_inclusion::structures(directory, site)).to_string()),
        "data-inclusion-services.json" => ("application/json", Value::Array(data_inclusion::services(directory, site)).to_string()),
        "tournees-permanences.json" => ("application/json", importer::export::passages::json(directory).to_string()),
        _ => return None,
    })
}

/// A strong validator for a body: the same bytes, the same ETag.
pub fn etag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("\"{}\"", digest.iter().take(12).map(|b| format!("{b:02x}")).collect::<String>())
}

/// The newest day any published entry was confirmed or imported: the directory's Last-Modified.
pub fn last_modified(directory: &Directory) -> Option<String> {
    directory.structures().iter().filter_map(|s| s.date_maj.clone()).filter(|d| d.len() == 10).max()
}
