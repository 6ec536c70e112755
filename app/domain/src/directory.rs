//! The directory Aiguillage routes to: structures (places, organisations) offering services.
//! Field names and values follow the Schéma des lieux de médiation numérique and data·inclusion v1, so
//! that what comes in from open data goes out again unchanged.

use super::geo::InseeCode;
use super::taxonomy::{AccessMode, Accompaniment, Fee, Itinerance, Programme, Public, ServiceKind, SpecificSupport};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// The establishment's SIRET (14 digits), when a source gives it: the strongest match key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siret: Option<String>,
    /// Where to book an appointment online (`prise_rdv` of both standards).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prise_rdv: Option<String>,
    /// The source files the entry was found in, each under its own key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRef>,
    /// Where each field's value came from (field name → origin): an import may only update a field
    /// whose value came from a source no newer than its own, and never one a person corrected.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub origines: BTreeMap<String, Origin>,
}

/// The source code of a value a person typed in the back-office.
pub const CORRECTION: &str = "correction";

/// Where one field's value came from: a dated source file, or a person's correction ([`CORRECTION`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub source: String,
    /// ISO 8601 day: the source file's date, or the day of the correction.
    pub date: String,
    /// The row of the source that gave the value: another row of the same file does not overwrite it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cle: Option<String>,
}

impl Origin {
    pub fn is_correction(&self) -> bool {
        self.source == CORRECTION
    }
}

/// One source file an entry was found in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The source's code (`france-services`, `conseiller-numerique`, …), see `domain::sources`.
    pub source: String,
    /// The entry's key in that source (its `id_fs`, its `id`, …).
    pub cle: String,
    /// The date of the newest file of that source that listed the entry.
    pub date: String,
    /// A newer file of that source no longer lists the entry: coordinators are asked to check it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub absent: bool,
}

/// The fields whose origin is tracked, as [`Structure::origines`] names them.
pub const TRACKED_FIELDS: &[&str] = &["nom", "adresse", "telephone", "courriel", "site_web", "horaires", "prise_rdv", "siret"];

impl Structure {
    /// The value of a tracked field, as comparable text (`None` when empty).
    pub fn field_text(&self, field: &str) -> Option<String> {
        match field {
            "nom" => Some(self.nom.clone()).filter(|n| !n.is_empty()),
            "adresse" => self.adresse.as_ref().map(|a| format!("{}, {} {}", a.adresse, a.code_postal, a.code_insee)),
            "telephone" => self.telephone.clone(),
            "courriel" => self.courriel.clone(),
            "site_web" => self.site_web.clone(),
            "horaires" => self.horaires.clone(),
            "prise_rdv" => self.prise_rdv.clone(),
            "siret" => self.siret.clone(),
            _ => None,
        }
    }

    /// Copies field `field` from `other` (the tracked fields only).
    pub fn copy_field(&mut self, field: &str, other: &Structure) {
        match field {
            "nom" => self.nom = other.nom.clone(),
            "adresse" => self.adresse = other.adresse.clone(),
            "telephone" => self.telephone = other.telephone.clone(),
            "courriel" => self.courriel = other.courriel.clone(),
            "site_web" => self.site_web = other.site_web.clone(),
            "horaires" => self.horaires = other.horaires.clone(),
            "prise_rdv" => self.prise_rdv = other.prise_rdv.clone(),
            "siret" => self.siret = other.siret.clone(),
            _ => {}
        }
    }

    /// Marks as a person's correction, dated `today`, every tracked field that differs from `before`:
    /// a later import then leaves them alone.
    pub fn note_corrections(&mut self, before: &Structure, today: &str) {
        for field in TRACKED_FIELDS {
            if self.field_text(field) != before.field_text(field) {
                self.origines.insert((*field).to_owned(), Origin { source: CORRECTION.to_owned(), date: today.to_owned(), cle: None });
            }
        }
    }

    /// The newest source the entry was found in, still listing it.
    pub fn latest_source(&self) -> Option<&SourceRef> {
        self.sources.iter().filter(|s| !s.absent).max_by(|a, b| a.date.cmp(&b.date))
    }
}

impl Structure {
    /// A new entry with nothing filled in yet (`source` says who created it).
    pub fn blank(id: String, source: &str) -> Self {
        Structure {
            id,
            nom: String::new(),
            adresse: None,
            telephone: None,
            courriel: None,
            site_web: None,
            horaires: None,
            dispositifs: vec![],
            date_maj: None,
            a_verifier: false,
            source: source.to_owned(),
            siret: None,
            prise_rdv: None,
            sources: vec![],
            origines: BTreeMap::new(),
        }
    }
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
    /// The organisation whose own channel this is (`demarche` codes: « caf », « impots »…): the CAF's
    /// antenne, the impôts' national line. Offered for a démarche only when it is with them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organismes: Vec<String>,
    /// The parentalité subjects (`theme` codes: « ecrans », « reseaux »…) this resource is for: it is
    /// offered to parents asking about one of them only, and first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// Where a tournée or a permanence comes to, and when (`domain::passage`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passages: Vec<super::passage::Passage>,
}

impl Service {
    /// A new service of `structure` offering nothing yet, for everyone, remote (the form fills it in).
    pub fn blank(id: String, structure: &str) -> Self {
        Service {
            id,
            structure: structure.to_owned(),
            nom: String::new(),
            services: vec![],
            publics: vec![],
            prise_en_charge: vec![],
            frais: vec![],
            modalites_acces: vec![],
            modalites_accompagnement: vec![],
            itinerance: vec![],
            a_domicile: false,
            zone: Coverage::National,
            horaires: None,
            telephone: None,
            organismes: vec![],
            themes: vec![],
            passages: vec![],
        }
    }

    /// Can be used without travelling: at home, by phone or online.
    pub fn comes_to_person(&self) -> bool {
        self.a_domicile || self.modalites_accompagnement.contains(&Accompaniment::ADistance)
    }
}

/// Structures and their services, with every reference checked. The fields are private and the one
/// way in is [`Directory::new`] (deserialising goes through it too): a directory that exists is
/// valid, and its indexes, built there, always describe its entries. A change makes a new directory.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(try_from = "Entries")]
pub struct Directory {
    structures: Vec<Structure>,
    services: Vec<Service>,
    /// Structure positions by id: a national directory has 20 000 structures and the engine looks one
    /// up per matching service.
    #[serde(skip)]
    index: std::collections::HashMap<String, usize>,
    /// Service positions by id: a result's cards, a report, a séance each look one up, and a linear
    /// search over 100 000 services was most of a national result page's time (perf: memcmp 70 %).
    #[serde(skip)]
    service_index: std::collections::HashMap<String, usize>,
    /// For each service, the position of its structure: the engine's hot loop then does no hashing.
    #[serde(skip)]
    owners: Vec<usize>,
    /// Each service's kinds as a bit set, in one dense vector: scanning 100 000 services for a need
    /// then reads 200 KB instead of every service record.
    #[serde(skip)]
    kinds: Vec<u16>,
}

/// A directory as it is written, before it is checked.
#[derive(Deserialize)]
struct Entries {
    structures: Vec<Structure>,
    services: Vec<Service>,
}

impl TryFrom<Entries> for Directory {
    type Error = DirectoryError;

    fn try_from(entries: Entries) -> Result<Self, DirectoryError> {
        Directory::new(entries.structures, entries.services)
    }
}

/// The bit of a service kind in [`Directory::kind_masks`].
pub fn kind_bit(kind: ServiceKind) -> u16 {
    let position = ServiceKind::ALL.iter().position(|k| *k == kind).unwrap_or_default();
    1 << position
}

impl PartialEq for Directory {
    fn eq(&self, other: &Self) -> bool {
        self.structures == other.structures && self.services == other.services
    }
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
    /// The directory of these entries, if every id is unique, every service belongs to a known
    /// structure and offers something.
    pub fn new(structures: Vec<Structure>, services: Vec<Service>) -> Result<Self, DirectoryError> {
        let mut index = std::collections::HashMap::with_capacity(structures.len());
        for (i, s) in structures.iter().enumerate() {
            if index.insert(s.id.clone(), i).is_some() {
                return Err(DirectoryError::DuplicateId(s.id.clone()));
            }
        }
        let mut service_index = std::collections::HashMap::with_capacity(services.len());
        let mut owners = Vec::with_capacity(services.len());
        for (i, s) in services.iter().enumerate() {
            if service_index.insert(s.id.clone(), i).is_some() {
                return Err(DirectoryError::DuplicateId(s.id.clone()));
            }
            let owner = index
                .get(&s.structure)
                .ok_or_else(|| DirectoryError::UnknownStructure { service: s.id.clone(), structure: s.structure.clone() })?;
            if s.services.is_empty() {
                return Err(DirectoryError::NoCategory(s.id.clone()));
            }
            owners.push(*owner);
        }
        let kinds = services.iter().map(|s| s.services.iter().fold(0, |m, k| m | kind_bit(*k))).collect();
        Ok(Self { structures, services, index, service_index, owners, kinds })
    }

    pub fn structures(&self) -> &[Structure] {
        &self.structures
    }

    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The entries, to change them and make a new directory of the result.
    pub fn into_parts(self) -> (Vec<Structure>, Vec<Service>) {
        (self.structures, self.services)
    }

    /// The same directory with each structure passed through `f`, which may change anything but the
    /// id (an id it changes is put back): the indexes still hold, so nothing needs checking again.
    pub fn with_structures(&self, f: impl Fn(&Structure) -> Structure) -> Directory {
        Directory {
            structures: self.structures.iter().map(|s| Structure { id: s.id.clone(), ..f(s) }).collect(),
            services: self.services.clone(),
            index: self.index.clone(),
            service_index: self.service_index.clone(),
            owners: self.owners.clone(),
            kinds: self.kinds.clone(),
        }
    }

    /// Adds `other`'s entries; the result is checked as a whole.
    pub fn merged(self, other: Directory) -> Result<Directory, DirectoryError> {
        let (mut structures, mut services) = self.into_parts();
        structures.extend(other.structures);
        services.extend(other.services);
        Directory::new(structures, services)
    }

    /// The kinds of each service of [`Directory::services`], as bit sets (see [`kind_bit`]).
    pub fn kind_masks(&self) -> &[u16] {
        &self.kinds
    }

    /// The structure of the service at `service_index` in [`Directory::services`].
    pub fn structure_of(&self, service_index: usize) -> Option<&Structure> {
        self.structures.get(*self.owners.get(service_index)?)
    }

    pub fn structure(&self, id: &str) -> Option<&Structure> {
        self.structures.get(*self.index.get(id)?)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.get(*self.service_index.get(id)?)
    }
}

#[cfg(test)]
#[path = "directory_tests.rs"]
mod tests;
