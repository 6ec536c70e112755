use super::*;

fn tenay() -> Passage {
    Passage {
        id: "p1".into(),
        code_insee: InseeCode::parse("01416").unwrap(),
        commune: "Tenay".into(),
        lieu: "Mairie".into(),
        adresse: None,
        horaires: "Fr 09:00-12:30".into(),
        exceptions: vec![],
    }
}

fn on(date: &str) -> Occurrence {
    Occurrence { date: date.into(), debut: 540, fin: 750 }
}

#[test]
fn the_common_rules_go_to_osm_and_come_back_the_same() {
    let first_and_third = Rule { jour: 1, rangs: vec![1, 3], debut: 540, fin: 720 };
    assert_eq!(first_and_third.to_osm(), "Tu[1,3] 09:00-12:00");
    assert_eq!(Rule::from_osm("Tu[1,3] 09:00-12:00"), Some(first_and_third));
    let weekly = Rule { jour: 4, rangs: vec![], debut: 540, fin: 750 };
    assert_eq!(weekly.to_osm(), "Fr 09:00-12:30");
    assert_eq!(Rule::from_osm(&weekly.to_osm()), Some(weekly));
}

#[test]
fn other_osm_strings_are_not_taken_for_a_simple_rule() {
    for raw in ["Tu,Th 09:00-12:00", "Tu[6] 09:00-12:00", "Xx 09:00-12:00", "Tu 12:00-09:00", "Tu 9:00-12:00", "Tu[1,3 09:00-12:00"] {
        assert_eq!(Rule::from_osm(raw), None, "{raw}");
    }
}

#[test]
fn a_rule_reads_in_french() {
    assert_eq!(Rule { jour: 1, rangs: vec![1, 3], debut: 540, fin: 720 }.french(), "le 1er et le 3e mardi du mois, de 9h00 à 12h00");
    assert_eq!(Rule { jour: 3, rangs: vec![2], debut: 810, fin: 990 }.french(), "le 2e jeudi du mois, de 13h30 à 16h30");
    assert_eq!(
        Rule { jour: 0, rangs: vec![1, 2, 4], debut: 540, fin: 600 }.french(),
        "le 1er, le 2e et le 4e lundi du mois, de 9h00 à 10h00"
    );
    assert_eq!(Rule { jour: 4, rangs: vec![], debut: 540, fin: 750 }.french(), "chaque vendredi, de 9h00 à 12h30");
}

#[test]
fn a_cancelled_day_is_left_out_and_an_extra_one_is_added_in_order() {
    let mut p = tenay();
    p.exceptions = vec![
        Exception { date: "2026-12-25".into(), heures: None },
        Exception { date: "2026-12-23".into(), heures: Some((540, 720)) },
        Exception { date: "2026-11-01".into(), heures: Some((540, 720)) },
    ];
    let evaluated = [on("2026-12-04"), on("2026-12-11"), on("2026-12-18"), on("2026-12-25")];
    let dates: Vec<String> = p.occurrences(&evaluated, "2026-12-03").into_iter().map(|o| o.date).collect();
    assert_eq!(dates, ["2026-12-04", "2026-12-11", "2026-12-18", "2026-12-23"], "the past extra day is not said either");
}

#[test]
fn the_next_passage_reads_as_a_sentence_in_each_language() {
    let mut p = tenay();
    p.adresse = Some("2 place de la Mairie".into());
    assert_eq!(
        p.line(&on("2026-12-11"), Langue::Fr),
        "Passe à Tenay le vendredi 11 décembre 2026, 9h00 à 12h30, Mairie, 2 place de la Mairie"
    );
    for langue in Langue::ALL {
        let line = p.line(&on("2026-12-11"), langue);
        assert!(line.contains("Tenay") && line.contains("11") && !line.contains('{'), "{langue:?}: {line}");
    }
}

#[test]
fn the_persons_commune_comes_first_and_a_passage_without_a_date_says_its_rule() {
    let mut far = tenay();
    far.code_insee = InseeCode::parse("01384").unwrap();
    far.commune = "Saint-Rambert-en-Bugey".into();
    far.horaires = "Tu[1,3] 09:00-12:00".into();
    let here = tenay();
    let dated = |raw: &str| (raw == "Fr 09:00-12:30").then(|| vec![on("2026-12-11")]);
    let lines = next_lines(&[far, here], dated, "2026-12-03", Some(&InseeCode::parse("01416").unwrap()), Langue::Fr);
    assert_eq!(
        lines,
        [
            "Passe à Tenay le vendredi 11 décembre 2026, 9h00 à 12h30, Mairie",
            "Passe à Saint-Rambert-en-Bugey : le 1er et le 3e mardi du mois, de 9h00 à 12h00 (Mairie)"
        ]
    );
}
