use super::*;
use crate::commune_search::tests::gazetteer;
use crate::directory::{Service, Structure};
use crate::taxonomy::{Programme, ServiceKind};

fn fields(pairs: &[(&str, &str)]) -> Fields {
    Fields(pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect())
}

fn structure() -> Structure {
    Structure {
        nom: "Médiathèque".into(),
        date_maj: Some("2021-06-01".into()),
        a_verifier: true,
        ..Structure::blank("s1".into(), "hinaura")
    }
}

fn service() -> Service {
    Service { nom: "Aide".into(), services: vec![ServiceKind::Demarches], ..Service::blank("v1".into(), "s1") }
}

fn with<T>(f: impl FnOnce(&Context) -> T) -> T {
    let g = gazetteer();
    let valid = |s: &str| s == "24/7";
    f(&Context { gazetteer: g, hours_valid: &valid, today: "2026-11-28" })
}

#[test]
fn a_structure_round_trips_through_its_form() {
    with(|ctx| {
        let mut s = structure();
        s.telephone = Some("+33474000000".into());
        s.dispositifs = vec![Programme::FranceServices];
        s.horaires = Some("Mo-Fr 09:00-12:00".into());
        s.prise_rdv = Some("https://rdv.exemple.fr/mediatheque".into());
        let parsed = parse_structure(&structure_fields(&s), &s, ctx).unwrap();
        assert_eq!(parsed, s);
    });
}

#[test]
fn a_field_a_person_changes_is_marked_as_their_correction_and_the_others_keep_their_source() {
    with(|ctx| {
        let mut s = structure();
        s.telephone = Some("+33474000000".into());
        s.origines.insert(
            "telephone".into(),
            crate::directory::Origin { source: "france-services".into(), date: "2024-08-01".into(), cle: None },
        );
        s.origines
            .insert("nom".into(), crate::directory::Origin { source: "france-services".into(), date: "2024-08-01".into(), cle: None });
        let mut f = structure_fields(&s);
        f.0.retain(|(name, _)| name != "telephone");
        f.0.push(("telephone".into(), "04 74 11 22 33".into()));
        let parsed = parse_structure(&f, &s, ctx).unwrap();
        assert_eq!(parsed.telephone.as_deref(), Some("+33474112233"));
        assert!(parsed.origines["telephone"].is_correction());
        assert_eq!(parsed.origines["telephone"].date, "2026-11-28");
        assert_eq!(parsed.origines["nom"].source, "france-services", "an unchanged field keeps its source");
    });
}

#[test]
fn an_appointment_link_must_be_a_secure_web_address() {
    with(|ctx| {
        let mut f = structure_fields(&structure());
        f.0.retain(|(name, _)| name != "prise_rdv");
        f.0.push(("prise_rdv".into(), "javascript:alert(1)".into()));
        let errors = parse_structure(&f, &structure(), ctx).unwrap_err();
        assert_eq!(errors.get("prise_rdv"), Some("Le lien de rendez-vous commence par https://"));
    });
}

#[test]
fn every_bad_field_gets_its_own_french_message_and_nothing_is_built() {
    with(|ctx| {
        let f = fields(&[
            ("nom", ""),
            ("telephone", "12"),
            ("courriel", "pas un courriel"),
            ("site_web", "www.exemple.fr"),
            ("h-0-0-debut", "12:00"),
            ("h-0-0-fin", "09:00"),
            ("dispositifs", "Inventé"),
        ]);
        let errors = parse_structure(&f, &structure(), ctx).unwrap_err();
        for field in ["nom", "telephone", "courriel", "site_web", "horaires", "dispositifs"] {
            assert!(errors.get(field).is_some(), "{field}: {errors:?}");
        }
    });
}

#[test]
fn ticking_verifie_dates_the_entry_today_and_clears_a_verifier() {
    with(|ctx| {
        let f = fields(&[("nom", "Médiathèque"), ("verifie", "oui")]);
        let s = parse_structure(&f, &structure(), ctx).unwrap();
        assert_eq!(s.date_maj.as_deref(), Some("2026-11-28"));
        assert!(!s.a_verifier);
        let untouched = parse_structure(&fields(&[("nom", "Médiathèque")]), &structure(), ctx).unwrap();
        assert!(untouched.a_verifier);
    });
}

#[test]
fn hours_come_from_the_grid_or_from_valid_osm_text_never_both() {
    with(|ctx| {
        let both = fields(&[("nom", "x"), ("h-5-0-debut", "09:00"), ("h-5-0-fin", "12:00"), ("horaires_texte", "24/7")]);
        assert!(parse_structure(&both, &structure(), ctx).unwrap_err().get("horaires").is_some());
        let text = fields(&[("nom", "x"), ("horaires_texte", "24/7")]);
        assert_eq!(parse_structure(&text, &structure(), ctx).unwrap().horaires.as_deref(), Some("24/7"));
        let bad = fields(&[("nom", "x"), ("horaires_texte", "tous les jours")]);
        assert!(parse_structure(&bad, &structure(), ctx).unwrap_err().get("horaires").is_some());
    });
}

#[test]
fn a_service_round_trips_and_needs_a_category_and_a_known_zone() {
    with(|ctx| {
        let s = service();
        assert_eq!(parse_service(&service_fields(&s), &s, ctx).unwrap(), s);
        let f = fields(&[("nom", "Aide"), ("zone", "communes"), ("zone_codes", "99999")]);
        let e = parse_service(&f, &s, ctx).unwrap_err();
        assert!(e.get("services").is_some() && e.get("zone_codes").is_some());
    });
}

#[test]
fn a_new_seance_must_be_dated_in_the_future_and_end_after_it_starts() {
    with(|ctx| {
        let mut pairs = vec![
            ("titre", "Écrans et enfants"),
            ("public", "parents"),
            ("theme", ServiceKind::Parentalite.label()),
            ("date", "2026-12-05"),
            ("debut", "14:00"),
            ("fin", "16:00"),
            ("lieu", "Salle des fêtes"),
            ("commune", "01093"),
            ("inscription", "Entrée libre"),
        ];
        let ok = parse_seance(&fields(&pairs), "se1", "v1", ctx, true).unwrap();
        assert_eq!(
            seance_fields(&ok),
            fields(&[
                ("titre", "Écrans et enfants"),
                ("public", "parents"),
                ("theme", ServiceKind::Parentalite.label()),
                ("date", "2026-12-05"),
                ("debut", "14:00"),
                ("fin", "16:00"),
                ("lieu", "Salle des fêtes"),
                ("commune", "01093"),
                ("capacite", ""),
                ("inscription", "Entrée libre"),
                ("description", "")
            ])
        );
        pairs[3] = ("date", "2026-11-01");
        pairs[5] = ("fin", "13:00");
        let e = parse_seance(&fields(&pairs), "se1", "v1", ctx, true).unwrap_err();
        assert!(e.get("date").is_some() && e.get("fin").is_some());
        // An existing séance in the past can still be corrected.
        pairs[5] = ("fin", "16:00");
        assert!(parse_seance(&fields(&pairs), "se1", "v1", ctx, false).is_ok());
    });
}
