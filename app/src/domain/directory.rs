//! The directory Aiguillage routes to: structures (places, organisations) offering services.
//! Field names and values follow the Schéma des lieux de médiation numérique and data·inclusion v1, so
//! that what comes in from open data goes out again unchanged.

use super::geo::InseeCode;
use super::taxonomy::{AccessMode, Accompaniment, Fee, Itinerance, Programme, Public, ServiceKind, SpecificSupport};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub adresse: String,
    pub code_postal: String,
    pub code_insee: InseeCode,
    pub commune: String,
    /// WGS84, when known.
    pub longitude: Option<f64>,
    pub latitude: Option<f64>,
}

/// An organisation or place: where people go, or who comes to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Structure {
    /// Stable identifier (`source-id`): links and reports point at it.
    pub id: String,
    pub nom: String,
    pub adresse: Option<Address>,
    pub telephone: Option<String>,
    pub courriel: Option<String>,
    pub site_web: Option<String>,
    /// OSM `opening_hours` syntax, as both national standards use.
    pub horaires: Option<String>,
    pub dispositifs: Vec<Programme>,
    /// Last date someone confirmed the entry (ISO 8601).
    pub date_maj: Option<String>,
    /// Imported or old data nobody has confirmed yet: shown as « à vérifier ».
    pub a_verifier: bool,
    pub source: String,
}

/// Where a service is available to people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "codes", rename_all = "snake_case")]
pub enum Coverage {
    Communes(Vec<InseeCode>),
    /// SIREN codes.
    Epci(Vec<String>),
    /// Département codes ("01").
    Departement(Vec<String>),
    /// Anyone in France (remote services).
    National,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    /// The structure's id.
    pub structure: String,
    pub nom: String,
    pub services: Vec<ServiceKind>,
    /// Publics specifically welcomed; empty means everyone.
    pub publics: Vec<Public>,
    pub prise_en_charge: Vec<SpecificSupport>,
    pub frais: Vec<Fee>,
    pub modalites_acces: Vec<AccessMode>,
    pub modalites_accompagnement: Vec<Accompaniment>,
    pub itinerance: Vec<Itinerance>,
    /// Comes to the person's home.
    pub a_domicile: bool,
    pub zone: Coverage,
    /// Overrides the structure's hours when set.
    pub horaires: Option<String>,
    pub telephone: Option<String>,
}

impl Service {
    /// Can be used without travelling: at home, by phone or online.
    pub fn comes_to_person(&self) -> bool {
        self.a_domicile || self.modalites_accompagnement.contains(&Accompaniment::ADistance)
    }
}

/// Structures and their services, with every reference checked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub structures: Vec<Structure>,
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DirectoryError {
    #[error("le service {service} renvoie à une structure inconnue ({structure})")]
    UnknownStructure { service: String, structure: String },
    #[error("l’identifiant {0} est utilisé deux fois")]
    DuplicateId(String),
    #[error("le service {0} n’a aucune catégorie")]
    NoCategory(String),
}

impl Directory {
    pub fn check(&self) -> Result<(), DirectoryError> {
        let mut ids = std::collections::BTreeSet::new();
        for s in &self.structures {
            if !ids.insert(s.id.as_str()) {
                return Err(DirectoryError::DuplicateId(s.id.clone()));
            }
        }
        let mut service_ids = std::collections::BTreeSet::new();
        for s in &self.services {
            if !service_ids.insert(s.id.as_str()) {
                return Err(DirectoryError::DuplicateId(s.id.clone()));
            }
            if !ids.contains(s.structure.as_str()) {
                return Err(DirectoryError::UnknownStructure { service: s.id.clone(), structure: s.structure.clone() });
            }
            if s.services.is_empty() {
                return Err(DirectoryError::NoCategory(s.id.clone()));
            }
        }
        Ok(())
    }

    /// Adds `other`'s entries; the result is checked as a whole.
    pub fn merged(mut self, other: Directory) -> Result<Directory, DirectoryError> {
        self.structures.extend(other.structures);
        self.services.extend(other.services);
        self.check()?;
        Ok(self)
    }

    pub fn structure(&self, id: &str) -> Option<&Structure> {
        self.structures.iter().find(|s| s.id == id)
    }
}
