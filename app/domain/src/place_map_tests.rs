use super::*;
use crate::indicators::map::bounds;
use crate::indicators::map::Outline;

fn real() -> Outlines {
    serde_json::from_str(include_str!("../../data/ain-carte.json")).unwrap()
}

#[test]
fn an_outlines_box_follows_its_relative_steps_and_rings() {
    assert_eq!(bounds("M10 20l5 0 0 5-5 0z"), Some((10, 20, 15, 25)));
    assert_eq!(bounds("M10 20l5 0 0 5z m-10 -10l2 2z"), Some((0, 10, 15, 25)), "a second ring starts from the first's start");
    assert_eq!(bounds("M1 x"), None);
}

#[test]
fn the_projection_puts_a_commune_s_centre_inside_its_own_outline() {
    let outlines = real();
    let projection = outlines.projection.expect("the generator writes its projection");
    let geography = crate::test_data::geography();
    for insee in ["01269", "01053", "01173", "01034"] {
        let commune = geography.commune(&crate::geo::InseeCode::parse(insee).unwrap()).unwrap();
        let (x, y) = projection.point(commune.lon, commune.lat);
        let d = &outlines.communes.iter().find(|o| o.insee == insee).unwrap().d;
        let (x0, y0, x1, y1) = bounds(d).unwrap();
        assert!(x0 <= x && x <= x1 && y0 <= y && y <= y1, "{insee}: ({x}, {y}) outside {:?}", (x0, y0, x1, y1));
    }
}

#[test]
fn a_result_map_frames_the_epci_and_numbers_the_places_it_can_place() {
    let mut outlines = real();
    let projection = outlines.projection.unwrap();
    outlines.communes.retain(|o| ["01269", "01283", "01004"].contains(&o.insee.as_str()));
    let places = vec![(1, "Ici".to_owned(), 5.6, 46.15), (2, "Ailleurs".to_owned(), 2.35, 48.85)];
    let map = build(&outlines, &projection, "01269", &["01269", "01283"], &places).unwrap();
    assert_eq!(map.lieux.len(), 1, "a place in Paris is not drawn: {:?}", map.lieux);
    assert_eq!((map.lieux[0].numero, map.lieux[0].nom.as_str()), (1, "Ici"));
    assert!(map.commune.starts_with('M') && map.epci.starts_with('M'), "{map:?}");
    let v: Vec<i32> = map.vue.split(' ').map(|n| n.parse().unwrap()).collect();
    let (x, y) = (map.lieux[0].x, map.lieux[0].y);
    assert!(v[0] < x && x < v[0] + v[2] && v[1] < y && y < v[1] + v[3], "the place is inside the view {v:?}");
    assert!(build(&outlines, &projection, "99999", &[], &places).is_none(), "no outline, no map");
}

#[test]
fn outlines_without_a_projection_still_read() {
    let o: Outlines = serde_json::from_str(r#"{"largeur":1,"hauteur":1,"limites_epci":"","communes":[]}"#).unwrap();
    assert!(o.projection.is_none());
    let _ = Outline { insee: String::new(), d: String::new() };
}

#[test]
fn the_places_map_of_an_epci_keeps_its_own_points_and_leaves_the_others_to_the_list() {
    let outlines = real();
    let projection = outlines.projection.unwrap();
    let places = vec![("/lieu/a".to_owned(), "Nantua".to_owned(), 5.61, 46.153), ("/lieu/b".to_owned(), "Gex".to_owned(), 6.058, 46.333)];
    let haut_bugey = ["01269", "01283", "01004", "01190"];
    let map = area(&outlines, &projection, &haut_bugey, &places);
    assert_eq!(map.points.iter().map(|p| p.href.as_str()).collect::<Vec<_>>(), vec!["/lieu/a"]);
    let ain = area(&outlines, &projection, &[], &places);
    assert_eq!(ain.points.len(), 2, "the whole Ain draws both");
    assert_eq!(ain.fond, outlines.limites_epci);
}

#[test]
fn a_need_leads_to_its_own_help_and_to_that_of_its_precisions() {
    let flow = crate::flow::Flow::shipped();
    let kinds = need_kinds(flow, "competences");
    assert!(kinds.len() >= 2, "{kinds:?}");
    assert!(need_kinds(flow, "parentalite").contains(&crate::taxonomy::ServiceKind::Parentalite));
    assert!(need_kinds(flow, "inconnu").is_empty());
}
