use super::*;
use std::sync::OnceLock;

/// The real, generated geography of the Ain: the tests speak of real communes.
pub(crate) fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::new(crate::test_data::geography()))
}

fn search(q: &str) -> Vec<CommuneHit> {
    gazetteer().search(&CommuneQuery::parse(q).expect("valid query"))
}

fn codes(hits: &[CommuneHit]) -> Vec<&str> {
    hits.iter().map(|h| h.code_insee.as_str()).collect()
}

#[test]
fn the_geography_has_every_commune_delegated_commune_and_epci_of_the_ain() {
    let geo = gazetteer().geography();
    assert_eq!(geo.communes.len(), 391);
    assert_eq!(geo.epci.len(), 17);
    let count = |s| geo.anciennes_communes.iter().filter(|f| f.statut == s).count();
    assert_eq!(count(FormerStatus::Deleguee), 37);
    assert_eq!(count(FormerStatus::Associee), 1);
    assert_eq!(geo.epci.iter().filter(|e| e.crosses_border()).count(), 3);
}

#[test]
fn a_name_is_found_whatever_the_case_accents_and_hyphens() {
    for q in ["Châtillon-sur-Chalaronne", "chatillon sur chalaronne", "CHATILLON-SUR-CHALARONNE", "châtillon sur chal"] {
        assert_eq!(search(q)[0].code_insee, "01093", "query {q}");
    }
}

#[test]
fn apostrophes_and_leading_articles_are_optional() {
    assert_eq!(search("L’Abergement-Clémenciat")[0].code_insee, "01001");
    assert_eq!(search("abergement clem")[0].code_insee, "01001");
    assert_eq!(search("plateau d hauteville")[0].code_insee, "01185");
}

#[test]
fn saint_can_be_abbreviated() {
    assert_eq!(search("St-Genis-Pouilly")[0].code_insee, "01354");
    assert_eq!(search("st genis p")[0].code_insee, "01354");
    let ste = search("ste julie");
    assert_eq!(ste[0].nom, "Sainte-Julie");
}

#[test]
fn a_prefix_lists_the_largest_communes_first() {
    let hits = search("bourg");
    assert_eq!(hits[0].code_insee, "01053", "Bourg-en-Bresse first");
    assert!(hits.len() > 1);
}

#[test]
fn words_can_be_skipped_in_the_middle_of_a_name() {
    assert_eq!(search("bourg bresse")[0].code_insee, "01053");
}

#[test]
fn a_delegated_commune_name_leads_to_the_current_commune() {
    let hits = search("Bellegarde-sur-Valserine");
    assert_eq!(hits[0].code_insee, "01033");
    assert_eq!(hits[0].nom, "Valserhône");
    assert_eq!(hits[0].nom_recherche.as_deref(), Some("Bellegarde-sur-Valserine"));
    assert_eq!(hits[0].label(), "Bellegarde-sur-Valserine, aujourd’hui Valserhône (01200)");
    assert_eq!(search("lancrans")[0].code_insee, "01033");
}

#[test]
fn a_commune_absorbed_without_status_is_still_found_by_its_old_name() {
    assert_eq!(search("Germagnat")[0].code_insee, "01095");
}

#[test]
fn a_postal_code_lists_every_commune_it_serves_in_alphabetical_order() {
    let hits = search("01300");
    assert_eq!(hits.len(), 22, "01300 serves 22 communes, none may be cut off");
    assert!(hits.iter().all(|h| h.codes_postaux.contains(&"01300".to_owned())));
    assert!(hits.windows(2).all(|w| fold(&w[0].nom) <= fold(&w[1].nom)));
    assert_eq!(search("01 300").len(), 22);
}

#[test]
fn a_partial_postal_code_is_capped() {
    assert_eq!(search("01").len(), MAX_RESULTS);
}

#[test]
fn a_postal_code_and_a_name_narrow_each_other() {
    let hits = search("01300 belley");
    assert_eq!(codes(&hits), vec!["01034"]);
    assert!(search("01000 belley").is_empty());
}

#[test]
fn cross_border_communes_resolve_to_their_epci_based_outside_the_ain() {
    let jassans = &search("Jassans-Riottier")[0];
    assert_eq!(jassans.code_insee, "01194");
    assert_eq!(jassans.epci_nom, "CA Villefranche Beaujolais Saône");
    let st_laurent = &search("Saint-Laurent-sur-Saône")[0];
    assert_eq!(st_laurent.epci_nom, "CA Mâconnais Beaujolais Agglomération");
    for q in ["Seyssel", "Corbonod", "Anglefort"] {
        assert_eq!(search(q)[0].epci_nom, "CC Usses et Rhône", "{q}");
    }
}

#[test]
fn results_never_exceed_the_cap_and_are_unique() {
    for q in ["a", "s", "saint", "la", "b"] {
        let hits = search(q);
        assert!(hits.len() <= MAX_RESULTS, "{q}");
        let mut c = codes(&hits);
        c.sort();
        c.dedup();
        assert_eq!(c.len(), hits.len(), "{q} lists a commune twice");
    }
}

#[test]
fn junk_input_is_refused_or_finds_nothing() {
    assert_eq!(CommuneQuery::parse(""), Err(QueryError::Empty));
    assert_eq!(CommuneQuery::parse("   ' - ! "), Err(QueryError::Empty));
    assert_eq!(CommuneQuery::parse(&"a".repeat(81)), Err(QueryError::TooLong));
    assert_eq!(CommuneQuery::parse("0130000"), Err(QueryError::BadPostalCode));
    assert!(search("zzzzqx").is_empty());
    assert!(search("<script>alert(1)</script>").is_empty());
    assert!(search("75001").is_empty());
}

#[test]
fn a_typed_name_resolves_to_one_commune_or_asks_which() {
    let g = gazetteer();
    let resolve = |q: &str| g.resolve(&CommuneQuery::parse(q).unwrap());
    // Belleydoux starts like Belley, but Belley is what was typed.
    assert!(matches!(resolve("belley"), Resolution::One(h) if h.code_insee == "01034"));
    assert!(matches!(resolve("01300"), Resolution::Several(h) if h.len() == 22));
    assert!(matches!(resolve("Nantua"), Resolution::One(h) if h.code_insee == "01269"));
    assert!(matches!(resolve("01053"), Resolution::One(h) if h.nom == "Bourg-en-Bresse"));
    assert_eq!(resolve("qwxz"), Resolution::None);
}

#[test]
fn a_position_gives_the_nearest_commune_of_the_ain_and_nothing_far_away() {
    let g = gazetteer();
    let bourg = g.commune(&InseeCode::parse("01053").unwrap()).unwrap();
    assert_eq!(g.nearest(bourg.lon + 0.001, bourg.lat).unwrap().insee.as_str(), "01053");
    assert!(g.nearest(2.35, 48.85).is_none(), "Paris is not in the Ain");
    assert!(g.nearest(f64::NAN, 46.0).is_none());
}

#[test]
fn a_former_commune_code_leads_to_the_commune_it_merged_into() {
    let g = gazetteer();
    // Béon (01039) is a commune déléguée of Culoz-Béon (01138) since 2019.
    let today = g.commune(&InseeCode::parse("01039").unwrap()).unwrap();
    assert_eq!(today.insee.as_str(), "01138");
    assert_eq!(codes(&search("01039")), ["01138"]);
    for former in &g.geography().anciennes_communes {
        let current = g.commune(&former.insee).expect("every former code resolves");
        assert_eq!(current.insee, former.commune, "{} ({})", former.nom, former.insee);
    }
    assert!(g.commune(&InseeCode::parse("57490").unwrap()).is_none());
}
