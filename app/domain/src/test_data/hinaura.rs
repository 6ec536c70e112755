//! The Hinaura file (2021-2022) read whole into a directory: the fixture the engine's, the offline
//! engine's and the repositories' tests run over, and the examples' baseline. Test data only (the
//! `test-data` feature): the demo seed and every real import go through the `importer` crate, which
//! maps old labels with the same `legacy_labels`. Every entry comes in marked « à vérifier » with its
//! original date: it is stale.

use crate::commune_search::{distance_km, CommuneQuery, Gazetteer, MatchKind};
use crate::directory::{Address, Coverage, Directory, Service, Structure};
use crate::geo::InseeCode;
use crate::legacy_labels::*;
use crate::normalize::fold;
use serde::Deserialize;

/// One record of `hinaura-lieux-ain-2021-2022.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct HinauraLieu {
    pub id: String,
    pub nom: String,
    #[serde(default)]
    pub services: Option<String>,
    pub commune: String,
    pub code_postal: String,
    #[serde(default)]
    pub adresse: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    #[serde(default)]
    pub telephone: Option<String>,
    #[serde(default)]
    pub courriel: Option<String>,
    #[serde(default)]
    pub site_web: Option<String>,
    #[serde(default)]
    pub publics_accueillis: Option<String>,
    #[serde(default)]
    pub conditions_acces: Option<String>,
    #[serde(default)]
    pub modalites_accompagnement: Option<String>,
    #[serde(default)]
    pub horaires: Option<String>,
    pub date_maj: String,
}

/// Entries whose producer serves the whole département, not one EPCI: the CAF de l'Ain's counters
/// and the CIDFF de l'Ain (named department-wide by the Ain's France Numérique Ensemble roadmap).
const DEPARTMENT_WIDE: &[&str] = &["54", "418", "419"];

/// Maps each `;`-separated value of a cell, once each; what does not map is reported with `what`.
pub fn mapped<T: PartialEq>(cell: &Option<String>, map: impl Fn(&str) -> Option<T>, what: &str, warn: &mut impl FnMut(String)) -> Vec<T> {
    let mut out = Vec::new();
    for old in cell.as_deref().unwrap_or_default().split(';').map(str::trim).filter(|s| !s.is_empty()) {
        match map(old) {
            Some(v) if !out.contains(&v) => out.push(v),
            Some(_) => {}
            None => warn(format!("{what} : {}", head(old))),
        }
    }
    out
}

fn non_empty(value: &Option<String>) -> Option<String> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct ImportReport {
    pub imported: usize,
    /// `(record id, what could not be mapped)`
    pub warnings: Vec<(String, String)>,
}

/// Finds the INSEE code: same name with that postal code, else same name, else the nearest commune.
fn locate(gazetteer: &Gazetteer, lieu: &HinauraLieu) -> Option<InseeCode> {
    let name = fold(&lieu.commune);
    if let Ok(q) = CommuneQuery::parse(&lieu.commune) {
        let hits = gazetteer.search(&q);
        let exact: Vec<_> = hits.iter().filter(|h| h.correspondance == MatchKind::Exact || fold(&h.nom) == name).collect();
        let pick =
            exact.iter().find(|h| h.codes_postaux.contains(&lieu.code_postal)).or_else(|| exact.first()).map(|h| h.code_insee.clone());
        if let Some(code) = pick {
            return InseeCode::parse(&code).ok();
        }
    }
    let (lon, lat) = (lieu.longitude?, lieu.latitude?);
    gazetteer.nearest(lon, lat).map(|c| c.insee.clone())
}

/// Why the Hinaura file gave no directory.
#[derive(Debug, thiserror::Error)]
pub enum HinauraError {
    #[error("fichier Hinaura illisible : {0}")]
    Json(#[from] serde_json::Error),
    #[error("fichier Hinaura incohérent : {0}")]
    Directory(#[from] crate::directory::DirectoryError),
}

pub fn import(json: &str, gazetteer: &Gazetteer) -> Result<(Directory, ImportReport), HinauraError> {
    let lieux: Vec<HinauraLieu> = serde_json::from_str(json)?;
    let (mut structures, mut services_out) = (Vec::new(), Vec::new());
    let mut report = ImportReport::default();
    for lieu in lieux {
        let mut warn = |what: String| report.warnings.push((lieu.id.clone(), what));
        let Some(insee) = locate(gazetteer, &lieu) else {
            warn(format!("commune introuvable : {} {}", lieu.code_postal, lieu.commune));
            continue;
        };
        let commune = gazetteer.commune(&insee).expect("located communes exist");
        if let (Some(lon), Some(lat)) = (lieu.longitude, lieu.latitude) {
            if distance_km(lon, lat, commune.lon, commune.lat) > 15.0 {
                warn(format!("coordonnées éloignées de {} : à vérifier", commune.nom));
            }
        }

        let services = mapped(&lieu.services, map_service, "service inconnu", &mut warn);
        if services.is_empty() {
            warn("aucun service : lieu ignoré".into());
            continue;
        }
        let (mut publics, mut supports) = (Vec::new(), Vec::new());
        for label in mapped(&lieu.publics_accueillis, map_public, "public inconnu", &mut warn) {
            match label {
                PublicLabel::Public(p) => publics.push(p),
                PublicLabel::Support(s) => supports.push(s),
                PublicLabel::Everyone => {}
            }
        }
        let frais = mapped(&lieu.conditions_acces, map_fee, "condition d’accès non reprise", &mut warn);
        let accompagnement = mapped(&lieu.modalites_accompagnement, map_accompaniment, "modalité inconnue", &mut warn);
        let courriel = non_empty(&lieu.courriel).filter(|e| is_generic_email(e));
        if non_empty(&lieu.courriel).is_some() && courriel.is_none() {
            warn("courriel personnel retiré".into());
        }
        let zone = if DEPARTMENT_WIDE.contains(&lieu.id.as_str()) {
            Coverage::Departement(vec!["01".into()])
        } else {
            Coverage::Epci(vec![commune.epci.clone()])
        };
        let id = format!("hinaura-{}", lieu.id);
        structures.push(Structure {
            id: id.clone(),
            nom: lieu.nom.trim().to_owned(),
            adresse: Some(Address {
                adresse: non_empty(&lieu.adresse).unwrap_or_default(),
                code_postal: lieu.code_postal.clone(),
                code_insee: insee.clone(),
                commune: commune.nom.clone(),
                longitude: lieu.longitude,
                latitude: lieu.latitude,
            }),
            telephone: non_empty(&lieu.telephone),
            courriel,
            site_web: non_empty(&lieu.site_web),
            horaires: non_empty(&lieu.horaires),
            dispositifs: Vec::new(),
            date_maj: Some(lieu.date_maj.clone()),
            a_verifier: true,
            source: "Hinaura (2021-2022)".into(),
            ..Structure::blank(String::new(), "")
        });
        services_out.push(Service {
            id: format!("{id}-mediation"),
            structure: id,
            nom: "Médiation numérique".into(),
            services,
            publics,
            prise_en_charge: supports,
            frais,
            modalites_acces: Vec::new(),
            modalites_accompagnement: accompagnement,
            itinerance: Vec::new(),
            a_domicile: false,
            zone,
            horaires: None,
            telephone: None,
            organismes: Vec::new(),
            themes: Vec::new(),
            passages: Vec::new(),
        });
        report.imported += 1;
    }
    Ok((Directory::new(structures, services_out)?, report))
}

#[cfg(test)]
#[path = "hinaura_tests.rs"]
mod tests;
