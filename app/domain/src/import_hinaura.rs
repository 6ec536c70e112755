//! The old (v0) labels of the Schéma des lieux, as the Hinaura export (2021-2022) and the conseillers
//! numériques list (2022) still write them, mapped to the current standard; and the Hinaura file read
//! whole into a directory, the fixture the engine's tests run over (the demo seed itself goes through
//! the `importer` crate, which maps old labels with these same functions). Every entry comes in marked « à vérifier » with its original date: it is stale.
//! Nothing is invented: labels are mapped to the current standard, and what cannot be mapped is reported.

use super::commune_search::{distance_km, CommuneQuery, Gazetteer, MatchKind};
use super::directory::{Address, Coverage, Directory, Service, Structure};
use super::geo::InseeCode;
use super::normalize::fold;
use super::taxonomy::{Accompaniment, Fee, Public, ServiceKind, SpecificSupport};
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

/// Old (v0) service labels → current `services` values: the inverse of the official crosswalk
/// (shared/data/derived/crosswalk-…json, `di_v0_anct_lib`).
pub fn map_service(old: &str) -> Option<ServiceKind> {
    Some(match old {
        "Utiliser le numérique au quotidien" | "Prendre en main un ordinateur" | "Prendre en main un smartphone ou une tablette" => {
            ServiceKind::Quotidien
        }
        "Approfondir ma culture numérique" | "Promouvoir la citoyenneté numérique" => ServiceKind::Comprehension,
        "Accéder à une connexion internet" | "Accéder à du matériel" => ServiceKind::AccesMateriel,
        "Accompagner les démarches de santé"
        | "Réaliser des démarches administratives avec un accompagnement"
        | "Devenir autonome dans les démarches administratives" => ServiceKind::Demarches,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PublicLabel {
    Public(Public),
    Support(SpecificSupport),
    Everyone,
}

pub fn map_public(old: &str) -> Option<PublicLabel> {
    Some(match old {
        "Adultes" => PublicLabel::Everyone,
        "Jeunes (16-26 ans)" => PublicLabel::Public(Public::Jeunes),
        "Seniors (+ 65 ans)" => PublicLabel::Public(Public::Seniors),
        "Familles/enfants" => PublicLabel::Public(Public::Familles),
        "Personnes en situation d'illettrisme" => PublicLabel::Support(SpecificSupport::Illettrisme),
        "Déficience visuelle" => PublicLabel::Support(SpecificSupport::DeficienceVisuelle),
        "Surdité" => PublicLabel::Support(SpecificSupport::Surdite),
        // The export does not say which language: « autres » claims the least.
        "Public langues étrangères" => PublicLabel::Support(SpecificSupport::LangueAutres),
        o if o.starts_with("Handicaps mentaux") => PublicLabel::Support(SpecificSupport::HandicapMental),
        _ => return None,
    })
}

/// The v0 cells read « Label : explanation »; the label is what matters.
pub fn head(cell: &str) -> &str {
    cell.split(" : ").next().unwrap_or(cell).trim()
}

pub fn map_fee(old: &str) -> Option<Fee> {
    match head(old) {
        "Gratuit" => Some(Fee::Gratuit),
        "Gratuit sous condition" => Some(Fee::GratuitSousCondition),
        // A membership fee is a cost: the current standard has no separate value for it.
        "Payant" | "Adhésion" => Some(Fee::Payant),
        _ => None,
    }
}

pub fn map_accompaniment(old: &str) -> Option<Accompaniment> {
    match head(old) {
        "Dans un atelier" => Some(Accompaniment::Atelier),
        // « À ma place » (someone authorised does it) is individual help in the current standard.
        "Avec de l'aide" | "A ma place" | "À ma place" => Some(Accompaniment::Individuel),
        "Seul" => Some(Accompaniment::Autonomie),
        _ => None,
    }
}

/// Personal addresses (« j.dupont@… ») stay out of a public directory; role addresses come in.
pub fn is_generic_email(email: &str) -> bool {
    let Some((local, domain)) = email.trim().split_once('@') else { return false };
    if local.is_empty() || !domain.contains('.') {
        return false;
    }
    let initial_and_name = local
        .split_once(['.', '-', '_'])
        .is_some_and(|(first, rest)| first.len() <= 2 && rest.chars().all(|c| c.is_ascii_alphabetic() || c == '-'));
    !initial_and_name
}

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
#[path = "import_hinaura_tests.rs"]
mod tests;
