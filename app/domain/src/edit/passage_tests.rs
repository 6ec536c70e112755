use super::*;
use crate::commune_search::tests::gazetteer;
use crate::taxonomy::ServiceKind;

fn fields(pairs: &[(&str, &str)]) -> Fields {
    Fields(pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect())
}

fn with<T>(f: impl FnOnce(&Context) -> T) -> T {
    let valid = |s: &str| s.starts_with("Mo-Fr");
    f(&Context { gazetteer: gazetteer(), hours_valid: &valid, today: "2026-12-03" })
}

fn service() -> Service {
    Service { nom: "Bus numérique".into(), services: vec![ServiceKind::Demarches], ..Service::blank("v1".into(), "s1") }
}

fn add_nantua(service: &Service, ctx: &Context) -> Service {
    let form = [
        ("action", "ajouter"),
        ("passage_commune", "Nantua"),
        ("passage_lieu", "Salle des fêtes"),
        ("passage_rythme", "mois"),
        ("passage_jour", "Tu"),
        ("passage_rangs", "3"),
        ("passage_rangs", "1"),
        ("passage_debut", "09:00"),
        ("passage_fin", "12:00"),
    ];
    edit_passages(&fields(&form), service, ctx).unwrap()
}

#[test]
fn a_monthly_passage_is_added_with_its_commune_and_rule() {
    with(|ctx| {
        let s = add_nantua(&service(), ctx);
        let p = &s.passages[0];
        assert_eq!((p.id.as_str(), p.code_insee.as_str(), p.commune.as_str()), ("p1", "01269", "Nantua"));
        assert_eq!(p.horaires, "Tu[1,3] 09:00-12:00");
        assert_eq!(s.itinerance, [crate::taxonomy::Itinerance::Itinerant], "the national standards' word for it");
        assert_eq!(add_nantua(&s, ctx).passages[1].id, "p2");
    });
}

#[test]
fn a_passage_form_with_mistakes_says_each_in_french_and_changes_nothing() {
    with(|ctx| {
        let form = [
            ("action", "ajouter"),
            ("passage_commune", "Atlantis"),
            ("passage_rythme", "mois"),
            ("passage_jour", "Tu"),
            ("passage_debut", "12:00"),
            ("passage_fin", "09:00"),
        ];
        let e = edit_passages(&fields(&form), &service(), ctx).unwrap_err();
        assert!(e.get("passage_commune").is_some());
        assert_eq!(e.get("passage_lieu"), Some("Indiquez le lieu (exemple : salle des fêtes, mairie, marché)."));
        assert_eq!(e.get("passage_rangs"), Some("Cochez au moins une semaine du mois (1re, 2e…)."));
        assert_eq!(e.get("passage_fin"), Some("La fin doit être après le début."));
        let typed = [
            ("action", "ajouter"),
            ("passage_commune", "01269"),
            ("passage_lieu", "Marché"),
            ("passage_rythme", "osm"),
            ("passage_osm", "le mardi"),
        ];
        assert!(edit_passages(&fields(&typed), &service(), ctx).unwrap_err().get("passage_osm").unwrap().contains("OpenStreetMap"));
    });
}

#[test]
fn an_exception_replaces_the_one_of_its_day_and_can_be_removed() {
    with(|ctx| {
        let s = add_nantua(&service(), ctx);
        let cancel =
            [("action", "exception"), ("exception_passage", "p1"), ("exception_date", "2026-12-15"), ("exception_sorte", "annule")];
        let s = edit_passages(&fields(&cancel), &s, ctx).unwrap();
        let extra = [
            ("action", "exception"),
            ("exception_passage", "p1"),
            ("exception_date", "2026-12-15"),
            ("exception_sorte", "ajout"),
            ("exception_debut", "14:00"),
            ("exception_fin", "16:00"),
        ];
        let s = edit_passages(&fields(&extra), &s, ctx).unwrap();
        assert_eq!(s.passages[0].exceptions, [Exception { date: "2026-12-15".into(), heures: Some((840, 960)) }]);
        let remove = [("action", "retirer-exception"), ("passage", "p1"), ("date", "2026-12-15")];
        assert!(edit_passages(&fields(&remove), &s, ctx).unwrap().passages[0].exceptions.is_empty());
    });
}

#[test]
fn a_past_date_or_a_passage_that_is_gone_is_refused() {
    with(|ctx| {
        let s = add_nantua(&service(), ctx);
        let past = [("action", "exception"), ("exception_passage", "p1"), ("exception_date", "2026-12-01"), ("exception_sorte", "annule")];
        assert_eq!(edit_passages(&fields(&past), &s, ctx).unwrap_err().get("exception_date"), Some("Cette date est passée."));
        let gone = [("action", "supprimer"), ("passage", "p9")];
        assert!(edit_passages(&fields(&gone), &s, ctx).unwrap_err().get("passage").unwrap().contains("n’existe plus"));
        let removed = edit_passages(&fields(&[("action", "supprimer"), ("passage", "p1")]), &s, ctx).unwrap();
        assert!(removed.passages.is_empty());
        assert_eq!(add_nantua(&removed, ctx).passages[0].id, "p1", "ids are only unique within the current list");
    });
}
