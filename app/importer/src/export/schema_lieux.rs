//! The Schéma des lieux de médiation numérique v1.0.2: one row per place with an address and at least
//! one service, its services' values merged, each multi-valued cell `|`-separated. The columns are
//! the standard's, in its order.

use super::OWN_SOURCE;
use domain::directory::{Directory, Service, Structure};
use domain::taxonomy::Programme;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

pub const COLUMNS: &[&str] = &[
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "typologie",
    "telephone",
    "courriels",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "itinerance",
    "structure_parente",
    "date_maj",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "autres_formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
    "fiche_acces_libre",
    "prise_rdv",
];

/// The values of every service of a place, each once, in the standard's order.
fn merged<T: Copy + Ord>(services: &[&Service], values: impl Fn(&Service) -> &Vec<T>, label: impl Fn(T) -> &'static str) -> String {
    let mut all: Vec<T> = services.iter().flat_map(|s| values(s).iter().copied()).collect();
    all.sort();
    all.dedup();
    all.into_iter().map(label).collect::<Vec<_>>().join("|")
}

/// The standard's phone pattern: `+33` and 6 to 9 digits. Short numbers have no place there.
fn phone(s: &Structure) -> String {
    s.telephone.clone().filter(|t| t.starts_with("+33") && (9..=12).contains(&t.len())).unwrap_or_default()
}

/// One place as the standard's fields (text values; empty when unknown). `None` for an entry the
/// standard cannot describe (no address, no service).
pub fn row(structure: &Structure, services: &[&Service], today: &str) -> Option<Vec<(&'static str, String)>> {
    let a = structure.adresse.as_ref()?;
    if services.is_empty() || a.code_postal.len() != 5 {
        return None;
    }
    let dispositifs = {
        let mut d: Vec<Programme> = structure.dispositifs.clone();
        d.sort();
        d.dedup();
        d.into_iter().map(Programme::label).collect::<Vec<_>>().join("|")
    };
    let number = |v: Option<f64>| v.map(|x| format!("{x}")).unwrap_or_default();
    Some(vec![
        ("id", structure.id.clone()),
        // The standard wants a SIRET or RNA; « 00000000000000 » is its placeholder for none.
        ("pivot", structure.siret.clone().unwrap_or_else(|| "00000000000000".into())),
        ("nom", structure.nom.clone()),
        ("commune", a.commune.clone()),
        ("code_postal", a.code_postal.clone()),
        ("code_insee", a.code_insee.to_string()),
        ("adresse", if a.adresse.is_empty() { a.commune.clone() } else { a.adresse.clone() }),
        ("complement_adresse", String::new()),
        ("latitude", number(a.latitude)),
        ("longitude", number(a.longitude)),
        ("typologie", String::new()),
        ("telephone", phone(structure)),
        ("courriels", structure.courriel.clone().unwrap_or_default()),
        ("site_web", structure.site_web.clone().unwrap_or_default()),
        ("horaires", structure.horaires.clone().unwrap_or_default()),
        ("presentation_resume", String::new()),
        ("presentation_detail", String::new()),
        ("source", OWN_SOURCE.into()),
        ("itinerance", merged(services, |s| &s.itinerance, |v| v.label())),
        ("structure_parente", String::new()),
        ("date_maj", structure.date_maj.clone().unwrap_or_else(|| today.to_owned())),
        ("services", merged(services, |s| &s.services, |v| v.label())),
        ("publics_specifiquement_adresses", merged(services, |s| &s.publics, |v| v.label())),
        ("prise_en_charge_specifique", merged(services, |s| &s.prise_en_charge, |v| v.label())),
        ("frais_a_charge", merged(services, |s| &s.frais, |v| v.label())),
        ("dispositif_programmes_nationaux", dispositifs),
        ("formations_labels", String::new()),
        ("autres_formations_labels", String::new()),
        ("modalites_acces", merged(services, |s| &s.modalites_acces, |v| v.label())),
        ("modalites_accompagnement", merged(services, |s| &s.modalites_accompagnement, |v| v.label())),
        ("fiche_acces_libre", String::new()),
        ("prise_rdv", structure.prise_rdv.clone().unwrap_or_default()),
    ])
}

/// Every exportable place of `directory`, as rows.
pub fn rows(directory: &Directory, today: &str) -> Vec<Vec<(&'static str, String)>> {
    // Services grouped by structure once: a national directory has 100 000 of them.
    let mut by_structure: BTreeMap<&str, Vec<&Service>> = BTreeMap::new();
    for v in directory.services() {
        by_structure.entry(v.structure.as_str()).or_default().push(v);
    }
    directory.structures().iter().filter_map(|s| row(s, by_structure.get(s.id.as_str()).map_or(&[][..], Vec::as_slice), today)).collect()
}

/// The CSV file (UTF-8, `,`, a header row).
pub fn csv(directory: &Directory, today: &str) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(COLUMNS);
    for row in rows(directory, today) {
        let _ = writer.write_record(row.iter().map(|(_, v)| super::spreadsheet_safe(v).into_owned()));
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The JSON file: an array of places, empty fields left out, coordinates as numbers.
pub fn json(directory: &Directory, today: &str) -> Value {
    let places: Vec<Value> = rows(directory, today)
        .into_iter()
        .map(|row| {
            let mut object = Map::new();
            for (k, v) in row.into_iter().filter(|(_, v)| !v.is_empty()) {
                let value = match k {
                    "latitude" | "longitude" => v.parse::<f64>().map(|x| json!(x)).unwrap_or(Value::String(v)),
                    _ => Value::String(v),
                };
                object.insert(k.to_owned(), value);
            }
            Value::Object(object)
        })
        .collect();
    Value::Array(places)
}
