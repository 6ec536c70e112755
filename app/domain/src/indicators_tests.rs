use super::filter::Filter;
use super::*;
use crate::commune_search::tests::gazetteer;
use crate::journey::Journey;

fn journey(query: &[(&str, &str)]) -> Journey {
    Journey::from_pairs(Flow::shipped(), query).unwrap()
}

fn count(jour: &str, besoin: &str, epci: &str, atteint: Reached, nombre: u64) -> Count {
    let key = CountKey {
        jour: jour.into(),
        besoin: besoin.into(),
        precision: "-".into(),
        epci: epci.into(),
        atteint,
        mode: Mode::Public,
        integration: String::new(),
    };
    Count { key, nombre }
}

#[test]
fn a_counter_key_holds_the_need_its_precision_in_flow_words_the_epci_the_best_tier_the_mode_and_the_partner_site_only() {
    let j = journey(&[("besoin", "demarche"), ("demarche_organisme", "caf"), ("commune", "01053"), ("guichet", "1"), ("q", "Bourg")]);
    let key = key(Flow::shipped(), &j, &[Tier::Departement, Tier::Epci], "200071751", "2026-11-29", Some("nantua")).unwrap();
    assert_eq!(key.precision, "caf/-", "the second precision question was not answered");
    assert_eq!(key.integration, "nantua");
    assert_eq!((key.besoin.as_str(), key.epci.as_str()), ("demarche", "200071751"));
    assert_eq!((key.atteint, key.mode), (Reached::Tier(Tier::Epci), Mode::Guichet));
    let nothing = key_for_nothing();
    assert_eq!(nothing.atteint, Reached::Nothing);
    assert_eq!(super::key(Flow::shipped(), &journey(&[("commune", "01053")]), &[], "x", "2026-11-29", None), None, "no need, no count");
}

fn key_for_nothing() -> CountKey {
    let j = journey(&[("besoin", "equiper"), ("equiper_quoi", "acheter"), ("commune", "01053")]);
    key(Flow::shipped(), &j, &[], "200071751", "2026-11-29", None).unwrap()
}

#[test]
fn counts_from_one_to_four_are_shown_as_less_than_five_on_public_pages_only() {
    assert_eq!(Shown::of(0, true).to_string(), "0");
    assert_eq!(Shown::of(1, true).to_string(), "moins de 5");
    assert_eq!(Shown::of(4, true).to_string(), "moins de 5");
    assert_eq!(Shown::of(5, true).to_string(), "5");
    assert_eq!(Shown::of(3, false).to_string(), "3", "coordinators see the exact figure");
    assert_eq!(Shown::of(3, true).value(), 0, "a chart draws no bar for a hidden count");
}

#[test]
fn a_table_adds_up_by_its_dimension_with_local_and_unanswered_orientations_and_a_total() {
    let g = gazetteer();
    let names = Names { flow: Flow::shipped(), geography: g.geography() };
    let counts = [
        count("2026-10-02", "demarche", "200071751", Reached::Tier(Tier::Commune), 7),
        count("2026-11-02", "demarche", "200071751", Reached::Nothing, 2),
        count("2026-11-03", "equiper", "200071751", Reached::Tier(Tier::Departement), 9),
    ];
    let by_need = table(&counts, Dimension::Besoin, &names);
    assert_eq!(
        by_need.rows.iter().map(|r| (r.label.as_str(), r.total, r.local, r.aucun)).collect::<Vec<_>>(),
        [("M’équiper", 9, 0, 0), ("Réaliser une démarche", 9, 7, 2)]
    );
    assert_eq!((by_need.total.total, by_need.total.local, by_need.total.aucun), (18, 7, 2));
    let by_month = table(&counts, Dimension::Mois, &names);
    assert_eq!(by_month.rows.iter().map(|r| (r.label.as_str(), r.total)).collect::<Vec<_>>(), [("octobre 2026", 7), ("novembre 2026", 11)]);
    let by_tier = table(&counts, Dimension::Atteint, &names);
    assert_eq!(by_tier.rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), ["commune", "departement", "aucun"], "in tier order");
    let by_epci = table(&counts, Dimension::Epci, &names);
    assert_eq!(by_epci.rows[0].label, g.geography().epci("200071751").unwrap().nom);
}

#[test]
fn a_precision_reads_as_the_flows_answers() {
    let g = gazetteer();
    let names = Names { flow: Flow::shipped(), geography: g.geography() };
    let label = names.label(Dimension::Precision, "demarche:caf/avec_moi");
    assert!(label.starts_with("Réaliser une démarche : "), "{label}");
    assert!(!label.contains("caf") && !label.contains("avec_moi"), "answer ids become their words: {label}");
    assert_eq!(names.label(Dimension::Precision, "demarche:-/-"), "Réaliser une démarche : sans précision");
}

#[test]
fn a_quarter_is_its_three_months_to_the_last_day() {
    use super::filter::quarter;
    assert_eq!(quarter("2026-T1"), Some(("2026-01-01".into(), "2026-03-31".into())));
    assert_eq!(quarter("2026-T3"), Some(("2026-07-01".into(), "2026-09-30".into())));
    assert_eq!(quarter("2026-t4"), Some(("2026-10-01".into(), "2026-12-31".into())));
    assert_eq!(quarter("2026-T5"), None);
    assert_eq!(quarter("T3"), None);
}

#[test]
fn the_filter_takes_the_last_twelve_months_by_default_and_refuses_what_it_cannot_read_in_french() {
    let g = gazetteer();
    let (flow, geo) = (Flow::shipped(), g.geography());
    let pairs = |p: &[(&str, &str)]| p.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
    let f = Filter::parse(&[], "2026-11-29", flow, geo).unwrap();
    assert_eq!((f.du.as_str(), f.au.as_str()), ("2025-12-01", "2026-11-29"));
    assert_eq!(Filter::last_year("2026-01-15").du, "2025-02-01");
    let typed =
        Filter::parse(&pairs(&[("du", "1/3/2026"), ("au", "2026-03-31"), ("besoin", "demarche")]), "2026-11-29", flow, geo).unwrap();
    assert_eq!((typed.du.as_str(), typed.besoin.as_deref()), ("2026-03-01", Some("demarche")));
    assert!(typed.keeps(&count("2026-03-31", "demarche", "x", Reached::Nothing, 1).key));
    assert!(!typed.keeps(&count("2026-04-01", "demarche", "x", Reached::Nothing, 1).key));
    assert!(!typed.keeps(&count("2026-03-10", "equiper", "x", Reached::Nothing, 1).key));
    let bad = Filter::parse(&pairs(&[("du", "31/02/2026"), ("epci", "<b>"), ("besoin", "pirate")]), "2026-11-29", flow, geo).unwrap_err();
    assert!(bad.get("du").is_some_and(|m| m.contains("JJ/MM/AAAA")));
    assert!(bad.get("epci").is_some() && bad.get("besoin").is_some());
    let backwards = Filter::parse(&pairs(&[("du", "2026-05-01"), ("au", "2026-04-01")]), "2026-11-29", flow, geo).unwrap_err();
    assert!(backwards.get("au").is_some());
}
