use super::*;
use crate::commune_search::tests::gazetteer;

const IFN: &str = include_str!("../../../data/ifn-indice-fragilite-numerique-communes-ain-2023.csv");

#[test]
fn the_2023_fragility_file_meets_todays_communes_with_merged_ones_averaged_and_nothing_lost() {
    let f = read_fragility(IFN, gazetteer());
    assert_eq!(f.by_commune.len(), 391, "every commune of today has a score");
    assert!(f.unmapped.is_empty(), "{:?}", f.unmapped);
    assert_eq!(f.merged.len(), 2, "{:?}", f.merged);
    let culoz_beon = InseeCode::parse("01138").unwrap();
    assert!(f.merged.contains(&("01039".to_owned(), culoz_beon.clone())), "Béon joined Culoz-Béon: {:?}", f.merged);
    let line =
        |code: &str| IFN.lines().find(|l| l.contains(&format!(",{code},"))).unwrap().rsplit(',').next().unwrap().parse::<f64>().unwrap();
    assert_eq!(f.by_commune[&culoz_beon], ((line("01138") + line("01039")) / 2.0 * 10.0).round() / 10.0);
    assert_eq!(read_fragility("name,code\nX,01001\n", gazetteer()), Fragility::default(), "no total column, no scores");
}

#[test]
fn with_no_directory_nothing_answers_anywhere_and_every_fragile_commune_is_a_priority() {
    let f = read_fragility(IFN, gazetteer());
    let all = communes(gazetteer(), &Directory::default(), Flow::shipped(), &f);
    assert_eq!(all.len(), 391);
    assert!(all.iter().all(|c| c.needs.len() == 4 && c.needs.iter().all(|n| n.atteint == Reached::Nothing)));
    let fragile = all.iter().filter(|c| c.ifn.is_some_and(|i| i >= FRAGILE_IFN)).count();
    assert_eq!(all.iter().filter(|c| c.is_priority()).count(), fragile);
    assert!(fragile > 50 && fragile < 150, "about a quarter of the Ain: {fragile}");
}

#[test]
fn a_need_is_covered_as_its_best_covered_form_and_each_form_is_kept() {
    let f = read_fragility(IFN, gazetteer());
    let all = communes(gazetteer(), crate::test_data::demo_directory(), Flow::shipped(), &f);
    let need = |c: &CommuneCoverage, id: &str| c.needs.iter().find(|n| n.besoin == id).unwrap().clone();
    assert!(all.iter().any(|c| need(c, "demarche").atteint.is_local()), "démarches are answered locally somewhere");
    for c in &all {
        let equiper = need(c, "equiper");
        assert_eq!(equiper.forms.len(), 3, "acces, acheter, les_deux");
        assert_eq!(equiper.atteint, equiper.forms.iter().map(|f| f.1).min().unwrap(), "the best of its forms");
        // Nobody in the Ain sells equipment at solidarity prices: Emmaüs Connect, remote, is the answer.
        assert_eq!(
            equiper.forms.iter().find(|f| f.0 == "acheter").map(|f| f.1),
            Some(Reached::Tier(crate::engine::Tier::Remote)),
            "{}",
            c.nom
        );
    }
    let with_place = all.iter().flat_map(|c| &c.needs).filter(|n| n.atteint.is_local());
    assert!(with_place.clone().count() > 0 && with_place.clone().all(|n| n.distance_km.is_some()), "a local answer is somewhere");
}
