use super::*;
use serde_json::{json, Value};

fn shipped() -> Value {
    serde_json::from_str(PARCOURS_JSON).unwrap()
}

fn load(v: &Value) -> Result<Flow, FlowError> {
    Flow::load(&v.to_string())
}

fn question_mut<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["questions"].as_array_mut().unwrap().iter_mut().find(|q| q["id"] == id).unwrap()
}

#[test]
fn the_shipped_flow_is_valid_and_covers_the_four_needs() {
    let flow = Flow::load(PARCOURS_JSON).expect("valid flow");
    let ids: Vec<&str> = flow.besoins.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["equiper", "demarche", "competences", "parentalite"]);
}

#[test]
fn every_path_of_every_need_asks_for_at_least_one_service() {
    let flow = Flow::load(PARCOURS_JSON).unwrap();
    let mut paths = 0;
    for need in &flow.besoins {
        for path in flow.precision_paths(need) {
            assert!(!flow.criteria(need, &path).unwrap().services.is_empty());
            paths += 1;
        }
    }
    assert_eq!(paths, 3 + 8 * 2 + 5 + 4);
}

#[test]
fn answers_add_their_criteria_to_the_need() {
    let flow = Flow::load(PARCOURS_JSON).unwrap();
    let need = flow.need("demarche").unwrap();
    let answers: Answers = [
        ("demarche_organisme".to_owned(), vec!["caf".to_owned()]),
        ("demarche_aide".to_owned(), vec!["avec_moi".to_owned()]),
        ("deplacement".to_owned(), vec!["non".to_owned()]),
        ("disponibilite".to_owned(), vec!["soir".to_owned(), "weekend".to_owned()]),
    ]
    .into();
    let c = flow.criteria(need, &answers).unwrap();
    assert_eq!(c.services, vec![ServiceKind::Demarches]);
    assert_eq!(c.demarche.as_deref(), Some("caf"));
    assert_eq!(c.accompagnement, vec![Accompaniment::Individuel]);
    assert_eq!(c.mobilite, Some(Mobility::Non));
    assert_eq!(c.disponibilite, vec![Availability::Soir, Availability::Weekend]);
}

#[test]
fn an_unknown_answer_is_refused() {
    let flow = Flow::load(PARCOURS_JSON).unwrap();
    let need = flow.need("demarche").unwrap();
    let answers: Answers = [("demarche_organisme".to_owned(), vec!["pirate".to_owned()])].into();
    assert!(flow.criteria(need, &answers).is_err());
}

#[test]
fn an_answer_with_an_unknown_criterion_is_refused() {
    let mut v = shipped();
    question_mut(&mut v, "deplacement")["reponses"][0]["criteres"] = json!({ "teleportation": true });
    assert!(matches!(load(&v), Err(FlowError::Parse(e)) if e.contains("teleportation")));
    let mut v = shipped();
    question_mut(&mut v, "besoins_specifiques")["reponses"][0]["criteres"] = json!({ "prise_en_charge": ["Télépathie"] });
    assert!(matches!(load(&v), Err(FlowError::Parse(_))));
}

#[test]
fn a_question_no_need_asks_is_an_orphan() {
    let mut v = shipped();
    v["questions"].as_array_mut().unwrap().push(json!({
        "id": "couleur", "titre": "Couleur ?", "reponses": [
            { "id": "bleu", "libelle": "Bleu", "criteres": { "theme": "bleu" } },
            { "id": "rouge", "libelle": "Rouge", "criteres": { "theme": "rouge" } }
        ]
    }));
    assert_eq!(load(&v).unwrap_err(), FlowError::OrphanQuestion("couleur".into()));
}

#[test]
fn a_need_pointing_to_a_missing_question_is_refused() {
    let mut v = shipped();
    v["besoins"][0]["precisions"] = json!(["nulle_part"]);
    assert!(matches!(load(&v), Err(FlowError::UnknownQuestion { .. })));
}

#[test]
fn a_question_that_cannot_change_the_result_is_refused() {
    let mut v = shipped();
    for a in question_mut(&mut v, "demandeur")["reponses"].as_array_mut().unwrap() {
        a["criteres"] = json!({});
    }
    assert_eq!(load(&v).unwrap_err(), FlowError::Useless("demandeur".into()));
}

#[test]
fn a_path_that_looks_for_no_service_is_a_dead_end() {
    let mut v = shipped();
    question_mut(&mut v, "equiper_quoi")["reponses"][0]["criteres"] = json!({ "theme": "rien" });
    assert!(matches!(load(&v), Err(FlowError::NoService { need, .. }) if need == "equiper"));
}

#[test]
fn two_answers_setting_one_criterion_differently_conflict() {
    let mut v = shipped();
    question_mut(&mut v, "demarche_aide")["reponses"][0]["criteres"] = json!({ "demarche": "impots" });
    question_mut(&mut v, "demarche_aide")["reponses"][1]["criteres"] = json!({ "demarche": "caf" });
    assert!(matches!(load(&v), Err(FlowError::Conflict { criterion: "demarche", .. })));
}

#[test]
fn duplicate_ids_and_single_answer_questions_are_refused() {
    let mut v = shipped();
    let first = v["questions"][0].clone();
    v["questions"].as_array_mut().unwrap().push(first);
    assert!(matches!(load(&v), Err(FlowError::Duplicate(_))));
    let mut v = shipped();
    question_mut(&mut v, "deplacement")["reponses"].as_array_mut().unwrap().truncate(1);
    assert_eq!(load(&v).unwrap_err(), FlowError::TooFewAnswers("deplacement".into()));
}

#[test]
fn ids_must_be_plain_url_words_and_not_reserved_parameters() {
    let mut v = shipped();
    v["besoins"][0]["id"] = json!("M’équiper");
    assert_eq!(load(&v).unwrap_err(), FlowError::BadId("M’équiper".into()));
    let mut v = shipped();
    question_mut(&mut v, "demandeur")["id"] = json!("commune");
    v["besoins"][0]["comment"] = json!(["deplacement", "disponibilite", "besoins_specifiques", "commune"]);
    assert!(matches!(load(&v), Err(FlowError::BadId(id)) if id == "commune"));
}

#[test]
fn an_answer_without_its_translation_in_a_shipped_language_is_refused() {
    let mut v = shipped();
    let answer = &mut question_mut(&mut v, "demandeur")["reponses"][0];
    answer["traductions"].as_object_mut().unwrap().remove("uk");
    assert_eq!(load(&v).unwrap_err(), FlowError::MissingTranslation { item: "demandeur=moi".into(), langue: "uk", field: "libelle" });
    let mut v = shipped();
    v["besoins"][1]["traductions"]["ar"]["exemples"] = json!("  ");
    assert_eq!(load(&v).unwrap_err(), FlowError::MissingTranslation { item: "demarche".into(), langue: "ar", field: "exemples" });
    assert_eq!(Flow::shipped().need("demarche").unwrap().titre_in(crate::langue::Langue::En), "Do an administrative task");
}

#[test]
fn two_answers_with_the_same_criteria_must_say_why() {
    let mut v: serde_json::Value = serde_json::from_str(PARCOURS_JSON).unwrap();
    let demandeur = v["questions"].as_array_mut().unwrap().iter_mut().find(|q| q["id"] == "demandeur").unwrap();
    let proche = demandeur["reponses"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "proche").unwrap();
    // Told the engine nothing more than « moi », and without a reason: refused.
    proche["criteres"] = json!({});
    proche.as_object_mut().unwrap().remove("identique");
    assert!(
        matches!(load(&v), Err(FlowError::SameWithoutReason { question, first, second }) if question == "demandeur" && first == "moi" && second == "proche")
    );
}
