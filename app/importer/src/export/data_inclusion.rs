//! data·inclusion v1: structures and services, with the values of its enumerations, mapped from the
//! Schéma des lieux's through the official crosswalk (`shared/data/derived`: the data·inclusion
//! pipeline's mapping for médiation numérique, and its defaults when a value is missing).

use super::OWN_SOURCE;
use domain::directory::{Coverage, Directory, Service, Structure};
use domain::taxonomy::{AccessMode, Accompaniment, Fee, Programme, Public, ServiceKind, SpecificSupport};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The site whose pages `lien_source` points at.
pub struct Site<'a> {
    pub origin: &'a str,
    pub today: &'a str,
}

fn thematiques(kind: ServiceKind) -> &'static [&'static str] {
    match kind {
        ServiceKind::Demarches => &[
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
            "numerique--acceder-a-des-services-en-ligne",
        ],
        ServiceKind::Quotidien => &["numerique--maitriser-les-fondamentaux-du-numerique", "numerique--acceder-a-des-services-en-ligne"],
        ServiceKind::Insertion => {
            &["preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi", "numerique--maitriser-les-fondamentaux-du-numerique"]
        }
        ServiceKind::Securite | ServiceKind::Comprehension => &["numerique--maitriser-les-fondamentaux-du-numerique"],
        ServiceKind::Parentalite => {
            &["famille--soutien-a-la-parentalite-et-a-leducation", "numerique--maitriser-les-fondamentaux-du-numerique"]
        }
        ServiceKind::Loisirs => {
            &["remobilisation--activites-sportives-et-culturelles", "numerique--maitriser-les-fondamentaux-du-numerique"]
        }
        ServiceKind::AccesMateriel => &["numerique--acceder-a-une-connexion-internet", "numerique--acquerir-un-equipement"],
        ServiceKind::MaterielSolidaire => &["numerique--acquerir-un-equipement"],
    }
}

/// The data·inclusion thématiques a service kind maps to (for the API's `thematique` filter too).
pub fn thematiques_of(service: &Service) -> BTreeSet<&'static str> {
    service.services.iter().flat_map(|k| thematiques(*k).iter().copied()).collect()
}

/// The data·inclusion publics of a service: `tous-publics` alone when it names none.
pub fn publics_of(service: &Service) -> BTreeSet<&'static str> {
    let mut out: BTreeSet<&'static str> = service
        .publics
        .iter()
        .map(|p| match p {
            Public::Jeunes => "jeunes",
            Public::Etudiants => "etudiants",
            Public::Familles => "familles",
            Public::Seniors => "seniors",
            Public::Femmes => "femmes",
        })
        .collect();
    out.extend(service.prise_en_charge.iter().filter_map(|s| match s {
        SpecificSupport::Surdite
        | SpecificSupport::HandicapMoteur
        | SpecificSupport::HandicapMental
        | SpecificSupport::DeficienceVisuelle => Some("personnes-en-situation-de-handicap"),
        SpecificSupport::LangueAnglais | SpecificSupport::LangueAutres => Some("personnes-exilees"),
        SpecificSupport::Illettrisme => None,
    }));
    if out.is_empty() {
        out.insert("tous-publics");
    }
    out
}

fn reseau(p: Programme) -> Option<&'static str> {
    Some(match p {
        Programme::AidantsConnect => "aidants-connect",
        Programme::ConseillersNumeriques => "conseillers-numeriques",
        Programme::FranceServices => "france-service",
        Programme::GrandeEcole => "grandes-ecoles-du-numerique",
        Programme::CroixRouge => "croix-rouge",
        _ => return None,
    })
}

fn address_fields(s: &Structure) -> [(&'static str, Value); 6] {
    let a = s.adresse.as_ref();
    [
        ("adresse", json!(a.map(|a| a.adresse.clone()).filter(|x| !x.is_empty()))),
        ("code_postal", json!(a.map(|a| a.code_postal.clone()))),
        ("code_insee", json!(a.map(|a| a.code_insee.to_string()))),
        ("commune", json!(a.map(|a| a.commune.clone()))),
        ("latitude", json!(a.and_then(|a| a.latitude))),
        ("longitude", json!(a.and_then(|a| a.longitude))),
    ]
}

fn date(s: &Structure, site: &Site) -> String {
    s.date_maj.clone().filter(|d| d.len() == 10).unwrap_or_else(|| site.today.to_owned())
}

/// One structure in the data·inclusion v1 shape.
pub fn structure(s: &Structure, site: &Site) -> Value {
    let mut reseaux: Vec<&str> = s.dispositifs.iter().filter_map(|p| reseau(*p)).collect();
    reseaux.sort_unstable();
    reseaux.dedup();
    let mut v = json!({
        "source": OWN_SOURCE,
        "id": s.id,
        "nom": s.nom,
        "date_maj": date(s, site),
        "lien_source": format!("{}/donnees#structure-{}", site.origin, s.id),
        "siret": s.siret,
        "telephone": s.telephone,
        "courriel": s.courriel,
        "site_web": s.site_web,
        "horaires_accueil": s.horaires,
        "reseaux_porteurs": if reseaux.is_empty() { Value::Null } else { json!(reseaux) },
        "description": Value::Null,
        "accessibilite_lieu": Value::Null,
        "complement_adresse": Value::Null,
    });
    for (k, value) in address_fields(s) {
        v[k] = value;
    }
    v
}

/// One service in the data·inclusion v1 shape; `s` is its structure.
pub fn service(service: &Service, s: &Structure, site: &Site) -> Value {
    let mut zone: Vec<String> = match &service.zone {
        Coverage::Communes(c) => c.iter().map(|c| c.to_string()).collect(),
        Coverage::Epci(c) | Coverage::Departement(c) => c.clone(),
        Coverage::National => vec!["france".into()],
    };
    // A tournée serves the communes it stops in: the standard's zone takes INSEE codes beside SIREN.
    if matches!(service.zone, Coverage::Communes(_) | Coverage::Epci(_)) {
        for p in &service.passages {
            if !zone.iter().any(|z| z == p.code_insee.as_str()) {
                zone.push(p.code_insee.to_string());
            }
        }
    }
    let remote = service.modalites_accompagnement.contains(&Accompaniment::ADistance);
    let mut modes_accueil = vec![];
    if !remote || s.adresse.is_some() {
        modes_accueil.push("en-presentiel");
    }
    if remote {
        modes_accueil.push("a-distance");
    }
    let modes_mobilisation: BTreeSet<&str> = service
        .modalites_acces
        .iter()
        .filter_map(|m| match m {
            AccessMode::Courriel | AccessMode::Prescription => Some("envoyer-un-courriel"),
            AccessMode::RdvEnLigne => Some("utiliser-lien-mobilisation"),
            AccessMode::SePresenter => Some("se-presenter"),
            AccessMode::Telephoner => Some("telephoner"),
            AccessMode::PasDePublic => None,
        })
        .collect();
    let kind = match service.modalites_accompagnement.first() {
        Some(Accompaniment::Atelier) => "atelier",
        Some(Accompaniment::Autonomie) => "aide-materielle",
        _ => "accompagnement",
    };
    let kinds: Vec<&str> = service.services.iter().map(|k| k.plain()).collect();
    let mut v = json!({
        "source": OWN_SOURCE,
        "id": service.id,
        "structure_id": s.id,
        "nom": if service.nom.is_empty() { s.nom.clone() } else { service.nom.clone() },
        "description": format!("{} : {}.", if service.nom.is_empty() { &s.nom } else { &service.nom }, kinds.join(", ")),
        "date_maj": date(s, site),
        "lien_source": format!("{}/lieu/{}", site.origin, domain::journey::percent_encode(&service.id)),
        "type": kind,
        "thematiques": thematiques_of(service),
        "frais": if service.frais.contains(&Fee::Payant) { "payant" } else { "gratuit" },
        "publics": publics_of(service),
        "modes_accueil": modes_accueil,
        "modes_mobilisation": if modes_mobilisation.is_empty() { Value::Null } else { json!(modes_mobilisation) },
        "mobilisable_par": ["usagers", "professionnels"],
        "zone_eligibilite": zone,
        "telephone": service.telephone.clone().or_else(|| s.telephone.clone()),
        "courriel": s.courriel,
        "horaires_accueil": service.horaires.clone().or_else(|| s.horaires.clone()),
        "lien_mobilisation": s.prise_rdv,
    });
    for (k, value) in address_fields(s) {
        v[k] = value;
    }
    v
}

/// Every structure with at least one service (the others are not published to anyone).
pub fn structures(directory: &Directory, site: &Site) -> Vec<Value> {
    let offering: BTreeSet<&str> = directory.services().iter().map(|s| s.structure.as_str()).collect();
    directory.structures().iter().filter(|s| offering.contains(s.id.as_str())).map(|s| structure(s, site)).collect()
}

/// Every service.
pub fn services(directory: &Directory, site: &Site) -> Vec<Value> {
    directory.services().iter().filter_map(|v| Some(service(v, directory.structure(&v.structure)?, site))).collect()
}
