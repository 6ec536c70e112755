//! data·inclusion, v1 and the v0 DORA still emits: structures and services as JSON — a list of either,
//! a page of its API (`{"items": […]}`), or both together (`{"structures": […], "services": […]}`, what
//! the API pull assembles). A service carries its place's address, so each becomes a candidate under
//! its structure's key: the services of one structure merge into one place. A structure without
//! services gets those its national labels imply (`rules`), or is left out.

use super::{build, cell, collect, Draft};
use crate::locate::Place;
use crate::read::{code5, siret};
use crate::rules::{Rule, AIDANTS_CONNECT, CONSEILLER_NUMERIQUE, FRANCE_SERVICES};
use crate::{Context, FileError, Parsed, Skipped};
use domain::directory::{Coverage, Service};
use domain::geo::InseeCode;
use domain::sources::code_of;
use domain::taxonomy::{Accompaniment, Fee, Programme, Public, ServiceKind};
use serde_json::Value;

const FORMAT: &str = "data·inclusion";

/// The lists of structures and services in `value`, if it is data·inclusion's shape.
fn lists(value: &Value) -> Option<(Vec<&Value>, Vec<&Value>)> {
    let is_service = |v: &Value| v.get("structure_id").is_some();
    // The Schéma des lieux has a `services` column and labels as text; data·inclusion has neither.
    let is_structure = |v: &Value| {
        v.get("id").is_some()
            && v.get("nom").is_some()
            && v.get("services").is_none()
            && (v.get("reseaux_porteurs").is_some()
                || v.get("labels_nationaux").is_some_and(Value::is_array)
                || v.get("horaires_accueil").is_some()
                || v.get("lien_source").is_some())
    };
    fn split(items: &[Value], is_service: impl Fn(&Value) -> bool, is_structure: impl Fn(&Value) -> bool) -> (Vec<&Value>, Vec<&Value>) {
        (items.iter().filter(|v| !is_service(v) && is_structure(v)).collect(), items.iter().filter(|v| is_service(v)).collect())
    }
    match value {
        Value::Array(items) => Some(split(items, is_service, is_structure)),
        Value::Object(o) => match (
            o.get("structures").and_then(Value::as_array),
            o.get("services").and_then(Value::as_array),
            o.get("items").and_then(Value::as_array),
        ) {
            (Some(st), Some(sv), _) => Some((st.iter().collect(), sv.iter().collect())),
            (_, _, Some(items)) => Some(split(items, is_service, is_structure)),
            _ => None,
        },
        _ => None,
    }
    .filter(|(st, sv)| !st.is_empty() || !sv.is_empty())
}

pub fn recognises(value: &Value) -> bool {
    lists(value).is_some()
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn strings<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    v.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

/// data·inclusion thématiques (v1 and v0) → the kinds of help of the Schéma des lieux.
fn kinds(thematiques: &[&str]) -> Vec<ServiceKind> {
    let mut out = Vec::new();
    let mut push = |k| {
        if !out.contains(&k) {
            out.push(k)
        }
    };
    for t in thematiques {
        match *t {
            "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"
            | "numerique--realiser-des-demarches-administratives-avec-un-accompagnement"
            | "numerique--devenir-autonome-dans-les-demarches-administratives"
            | "numerique--accompagner-les-demarches-de-sante" => push(ServiceKind::Demarches),
            "numerique--maitriser-les-fondamentaux-du-numerique"
            | "numerique--prendre-en-main-un-ordinateur"
            | "numerique--prendre-en-main-un-smartphone-ou-une-tablette"
            | "numerique--utiliser-le-numerique-au-quotidien" => push(ServiceKind::Quotidien),
            "numerique--approfondir-ma-culture-numerique" | "numerique--promouvoir-la-citoyennete-numerique" => {
                push(ServiceKind::Comprehension)
            }
            "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi"
            | "numerique--favoriser-mon-insertion-professionnelle" => push(ServiceKind::Insertion),
            "famille--soutien-a-la-parentalite-et-a-leducation" | "numerique--soutenir-la-parentalite-et-l-education-avec-le-numerique" => {
                push(ServiceKind::Parentalite)
            }
            "remobilisation--activites-sportives-et-culturelles" | "numerique--creer-avec-le-numerique" => push(ServiceKind::Loisirs),
            "numerique--acceder-a-une-connexion-internet" | "numerique--acceder-a-du-materiel" => push(ServiceKind::AccesMateriel),
            "numerique--s-equiper-en-materiel-informatique" => push(ServiceKind::MaterielSolidaire),
            _ => {}
        }
    }
    // « Acquérir un équipement » alone is buying one; beside internet access it is the same place's equipment.
    let buying =
        thematiques.contains(&"numerique--acquerir-un-equipement") && !thematiques.contains(&"numerique--acceder-a-une-connexion-internet");
    if buying {
        push(ServiceKind::MaterielSolidaire);
    }
    out
}

fn labels(v: &Value) -> Vec<Programme> {
    let mut out = Vec::new();
    for l in strings(v, "reseaux_porteurs").into_iter().chain(strings(v, "labels_nationaux")) {
        let p = match l {
            "france-service" | "france-services" => Programme::FranceServices,
            "conseillers-numeriques" | "conseiller-numerique" => Programme::ConseillersNumeriques,
            "aidants-connect" => Programme::AidantsConnect,
            "croix-rouge" => Programme::CroixRouge,
            "grandes-ecoles-du-numerique" => Programme::GrandeEcole,
            _ => continue,
        };
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// The draft of the place of `v` (a structure, or a service carrying its structure's address).
fn draft<'a>(v: &'a Value, line: usize, cle: String, insee: &'a str, postcode: &'a str, commune: &'a str) -> Draft<'a> {
    let lon = v.get("longitude").and_then(Value::as_f64);
    let lat = v.get("latitude").and_then(Value::as_f64);
    let raw_source = text(v, "source");
    Draft {
        line,
        source: if raw_source.is_empty() { "data-inclusion".into() } else { code_of(&raw_source) },
        cle,
        date: cell(&text(v, "date_maj")).map(|d| d.chars().take(10).collect()),
        nom: text(v, "nom"),
        adresse: crate::read::street(&text(v, "adresse"), &text(v, "complement_adresse")),
        place: Place { insee, code_postal: postcode, commune, lon, lat },
        telephone: cell(&text(v, "telephone")),
        courriel: cell(&text(v, "courriel")),
        site_web: cell(&text(v, "site_web")),
        horaires: cell(&text(v, "horaires_accueil")).or_else(|| cell(&text(v, "horaires_ouverture"))),
        prise_rdv: cell(&text(v, "prise_rdv")).or_else(|| cell(&text(v, "lien_mobilisation"))),
        siret: siret(&text(v, "siret")),
        dispositifs: labels(v),
        enrich_only: false,
    }
}

/// The service's own `zone_eligibilite`, when it says one the directory can hold: « france »; EPCI
/// SIREN codes (the INSEE codes our export adds beside them are the communes a tournée stops in,
/// which its passages keep); commune INSEE codes (a home visit, a tournée of another source);
/// département codes. Otherwise, or empty, the zone the rules give the place (`default`).
fn zone_of(v: &Value, default: &Coverage) -> Coverage {
    let codes = strings(v, "zone_eligibilite");
    if codes.iter().any(|c| c.eq_ignore_ascii_case("france")) {
        return Coverage::National;
    }
    let sirens: Vec<String> =
        codes.iter().filter(|c| c.len() == 9 && c.bytes().all(|b| b.is_ascii_digit())).map(|c| (*c).to_owned()).collect();
    if !sirens.is_empty() {
        return Coverage::Epci(sirens);
    }
    let communes: Vec<InseeCode> = codes.iter().filter_map(|c| InseeCode::parse(c).ok()).collect();
    if !communes.is_empty() {
        return Coverage::Communes(communes);
    }
    let departements: Vec<String> = codes
        .iter()
        .filter(|c| (2..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphanumeric()))
        .map(|c| (*c).to_owned())
        .collect();
    if !departements.is_empty() {
        return Coverage::Departement(departements);
    }
    default.clone()
}

fn service_of(v: &Value, structure: &str, zone: &Coverage, kinds: Vec<ServiceKind>) -> Service {
    let publics: Vec<Public> = strings(v, "publics")
        .into_iter()
        .chain(strings(v, "profils"))
        .filter_map(|p| match p {
            "jeunes" | "jeunes-16-26" => Some(Public::Jeunes),
            "etudiants" => Some(Public::Etudiants),
            "familles" | "familles-enfants" => Some(Public::Familles),
            "seniors" | "seniors-65" | "retraites" => Some(Public::Seniors),
            "femmes" => Some(Public::Femmes),
            _ => None,
        })
        .collect();
    let remote = strings(v, "modes_accueil").contains(&"a-distance");
    let mut accompagnement = vec![match text(v, "type").as_str() {
        "atelier" => Accompaniment::Atelier,
        "aide-materielle" => Accompaniment::Autonomie,
        _ => Accompaniment::Individuel,
    }];
    if remote {
        accompagnement.push(Accompaniment::ADistance);
    }
    let frais = match text(v, "frais").as_str() {
        "gratuit" => vec![Fee::Gratuit],
        "payant" => vec![Fee::Payant],
        _ => vec![],
    };
    Service {
        nom: text(v, "nom"),
        services: kinds,
        publics,
        frais,
        modalites_accompagnement: accompagnement,
        zone: zone_of(v, zone),
        ..Service::blank(format!("{structure}-{}", code_of(&text(v, "id"))), structure)
    }
}

pub fn parse(value: &Value, ctx: &Context) -> Result<Parsed, FileError> {
    let (structures, services) = lists(value).ok_or(FileError::UnknownFormat)?;
    let mut parsed = Parsed { format: format!("{FORMAT} (structures et services, JSON)"), ..Parsed::default() };
    let with_services: std::collections::BTreeSet<String> = services.iter().map(|s| text(s, "structure_id")).collect();
    for (i, s) in structures.iter().enumerate() {
        let (insee, postcode, commune) = (code5(&text(s, "code_insee")), code5(&text(s, "code_postal")), text(s, "commune"));
        let id = text(s, "id");
        // A structure whose services are in the file comes in with them (below).
        if with_services.contains(&id) {
            continue;
        }
        let labels = labels(s);
        let rules: Vec<&Rule> = [
            (Programme::FranceServices, &FRANCE_SERVICES),
            (Programme::ConseillersNumeriques, &CONSEILLER_NUMERIQUE),
            (Programme::AidantsConnect, &AIDANTS_CONNECT),
        ]
        .into_iter()
        .filter(|(p, _)| labels.contains(p))
        .map(|(_, r)| r)
        .collect();
        if rules.is_empty() {
            parsed.skipped.push(Skipped {
                line: i + 1,
                nom: text(s, "nom"),
                reason: "structure sans service dans ce fichier ni label national : rien à proposer".into(),
            });
            continue;
        }
        let d = draft(s, i + 1, id, &insee, &postcode, &commune);
        collect(&mut parsed, build(ctx, d, |sid, zone| rules.iter().map(|r| r.service(sid, zone.clone())).collect()));
    }
    for (i, v) in services.iter().enumerate() {
        let kinds = kinds(&strings(v, "thematiques"));
        let line = structures.len() + i + 1;
        if kinds.is_empty() {
            parsed.skipped.push(Skipped {
                line,
                nom: text(v, "nom"),
                reason: "service sans thématique numérique ni démarche : hors du champ d’Aiguillage".into(),
            });
            continue;
        }
        let structure_id = text(v, "structure_id");
        // The place: the service's own address, with its structure's name and labels when the file has it.
        let owner = structures.iter().find(|s| text(s, "id") == structure_id).copied();
        let place = if text(v, "code_insee").is_empty() && text(v, "commune").is_empty() { owner.unwrap_or(v) } else { v };
        let (insee, postcode, commune) = (code5(&text(place, "code_insee")), code5(&text(place, "code_postal")), text(place, "commune"));
        let mut d = draft(place, line, structure_id, &insee, &postcode, &commune);
        if let Some(o) = owner {
            d.nom = text(o, "nom");
            d.dispositifs = labels(o);
            d.siret = siret(&text(o, "siret"));
        }
        collect(&mut parsed, build(ctx, d, |sid, zone| vec![service_of(v, sid, zone, kinds.clone())]));
    }
    Ok(parsed)
}
