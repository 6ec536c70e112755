use super::*;
use crate::geo::InseeCode;
use crate::indicators::coverage::NeedCoverage;

fn commune(ifn: Option<f64>, reached: &[Reached]) -> CommuneCoverage {
    CommuneCoverage {
        insee: InseeCode::parse("01004").unwrap(),
        nom: "Ambérieu-en-Bugey".to_owned(),
        epci: "240100883".to_owned(),
        ifn,
        needs: reached
            .iter()
            .zip(["equiper", "demarche", "competences", "parentalite"])
            .map(|(r, b)| NeedCoverage { besoin: b.to_owned(), atteint: *r, distance_km: None, forms: Vec::new() })
            .collect(),
    }
}

const NEEDS: [&str; 4] = ["equiper", "demarche", "competences", "parentalite"];

#[test]
fn the_map_reads_its_layer_from_the_url_and_refuses_what_is_not_one_in_french() {
    assert_eq!(Layer::parse(None, None, &NEEDS), Ok(Layer::Coverage(None)));
    assert_eq!(Layer::parse(Some("couverture"), Some("demarche"), &NEEDS), Ok(Layer::Coverage(Some("demarche".to_owned()))));
    assert_eq!(Layer::parse(Some("couverture"), Some(""), &NEEDS), Ok(Layer::Coverage(None)));
    assert_eq!(Layer::parse(Some("fragilite"), Some("demarche"), &NEEDS), Ok(Layer::Fragility));
    assert_eq!(Layer::parse(Some("fraicheur"), None, &NEEDS), Ok(Layer::Freshness));
    let refused = Layer::parse(Some("<script>"), None, &NEEDS).unwrap_err();
    assert!(refused.0 == "vue" && refused.1.starts_with("Cette carte n’existe pas"), "{refused:?}");
    let refused = Layer::parse(None, Some("voler"), &NEEDS).unwrap_err();
    assert!(refused.0 == "besoin" && refused.1.starts_with("Ce besoin n’existe pas"), "{refused:?}");
}

#[test]
fn a_need_s_coverage_goes_from_the_commune_itself_to_nothing_on_the_scale_and_says_it_in_words() {
    let c = commune(Some(5.0), &[Reached::Tier(Tier::Epci), Reached::Nothing, Reached::Tier(Tier::Commune), Reached::Tier(Tier::Remote)]);
    let layer = |b: &str| Layer::Coverage(Some(b.to_owned()));
    assert_eq!(classify(&layer("equiper"), &c, None), (Some(1), "Dans l’intercommunalité".to_owned()));
    assert_eq!(classify(&layer("demarche"), &c, None), (Some(5), "Aucune réponse".to_owned()));
    assert_eq!(classify(&layer("competences"), &c, None).0, Some(0));
    assert_eq!(classify(&layer("parentalite"), &c, None).0, Some(4));
    assert_eq!(layer("equiper").legend(4).len(), 6, "one class per tier and nothing");
}

#[test]
fn all_needs_answered_locally_is_the_best_class_and_none_the_worst() {
    use Reached::Nothing;
    let local = Reached::Tier(Tier::Commune);
    let all = Layer::Coverage(None);
    assert_eq!(classify(&all, &commune(None, &[local; 4]), None), (Some(0), "4 besoins sur 4 avec une aide locale".to_owned()));
    assert_eq!(classify(&all, &commune(None, &[local, local, local, Nothing]), None).0, Some(1));
    assert_eq!(
        classify(&all, &commune(None, &[local, Nothing, Nothing, Nothing]), None),
        (Some(3), "1 besoin sur 4 avec une aide locale".to_owned())
    );
    assert_eq!(classify(&all, &commune(None, &[Nothing; 4]), None), (Some(5), "Aucun besoin sur 4 avec une aide locale".to_owned()));
    let legend = all.legend(4);
    assert_eq!(legend.first().map(|l| l.0), Some(0));
    assert_eq!(legend.len(), 5, "4, 3, 2, 1 and 0 needs");
}

#[test]
fn fragility_bands_put_the_fragile_quarter_at_the_bad_end_and_an_unknown_score_apart() {
    let f = |ifn| classify(&Layer::Fragility, &commune(Some(ifn), &[]), None);
    assert_eq!(f(3.1), (Some(0), "3,1 sur 10 : pas fragile".to_owned()));
    assert_eq!(f(5.4).0, Some(2));
    assert_eq!(f(FRAGILE_IFN), (Some(4), "6,4 sur 10 : fragile".to_owned()));
    assert_eq!(f(9.6).0, Some(5));
    assert_eq!(classify(&Layer::Fragility, &commune(None, &[]), None), (None, "Indice non connu".to_owned()));
    let legend = Layer::Fragility.legend(4);
    assert_eq!(legend.first(), Some(&(0, "Pas fragile".to_owned())), "least fragile first");
}

#[test]
fn freshness_colours_a_commune_by_its_epci_s_share_of_confirmed_entries() {
    let c = commune(None, &[]);
    assert_eq!(classify(&Layer::Freshness, &c, Some(80)).0, Some(0));
    assert_eq!(classify(&Layer::Freshness, &c, Some(50)).0, Some(2));
    assert_eq!(classify(&Layer::Freshness, &c, Some(24)).0, Some(5));
    assert!(classify(&Layer::Freshness, &c, Some(24)).1.starts_with("24 % des fiches"));
    assert_eq!(classify(&Layer::Freshness, &c, None), (None, "Aucune fiche dans l’intercommunalité".to_owned()));
}

#[test]
fn the_shipped_outlines_draw_every_commune_of_today_once_with_plain_path_data() {
    let outlines: Outlines = serde_json::from_str(include_str!("../../../data/ain-carte.json")).unwrap();
    let geography = crate::commune_search::tests::gazetteer().geography();
    let mut codes: Vec<&str> = outlines.communes.iter().map(|o| o.insee.as_str()).collect();
    codes.sort();
    let mut expected: Vec<&str> = geography.communes.iter().map(|c| c.insee.as_str()).collect();
    expected.sort();
    assert_eq!(codes, expected, "one outline per commune of today, delegated ones merged in");
    assert!(outlines.largeur == 600 && outlines.hauteur > 400 && outlines.hauteur < 700);
    for o in &outlines.communes {
        assert!(o.d.starts_with('M') && o.d.ends_with('z'), "{}: a closed path", o.insee);
        assert!(o.d.chars().all(|c| c.is_ascii_digit() || " -Mmlz".contains(c)), "{}: nothing but moves and numbers", o.insee);
    }
    assert!(outlines.limites_epci.starts_with('M') && outlines.limites_epci.len() > 1000);
}
