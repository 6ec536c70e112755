use super::*;
use crate::commune_search::tests::gazetteer;

fn fields(pairs: &[(&str, &str)]) -> Fields {
    Fields(pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect())
}

fn with<T>(f: impl FnOnce(&Context) -> T) -> T {
    let valid = |_: &str| false;
    f(&Context { gazetteer: gazetteer(), hours_valid: &valid, today: "2026-12-03" })
}

const PLACE: [(&str, &str); 12] = [
    ("genre", "atelier"),
    ("nom", "Centre social Le Lien"),
    ("adresse", "3 rue des Écoles"),
    ("code_postal", "01130"),
    ("commune", "Nantua"),
    ("activite", "Parents et écrans"),
    ("aides", "Parentalité et éducation avec le numérique"),
    ("frais", "Gratuit"),
    ("quand", "Un jeudi par mois, 18h-20h"),
    ("proposant_nom", "Claire Martin"),
    ("proposant_courriel", "Claire.Martin@Exemple.fr"),
    ("consentement", "oui"),
];

#[test]
fn a_complete_atelier_is_kept_with_what_the_back_office_forms_read_again() {
    with(|ctx| {
        let p = parse(&fields(&PLACE), ctx, &|_| false).unwrap();
        assert_eq!(p.genre, Genre::Atelier);
        assert_eq!(p.courriel, "claire.martin@exemple.fr");
        assert!(
            !p.champs.0.iter().any(|(n, _)| n.starts_with("proposant") || n == "consentement"),
            "the proposer is not in the place's fields"
        );
        let s = parse_structure(&structure_fields(&p.champs), &Structure::blank("x".into(), "aiguillage"), ctx).unwrap();
        assert_eq!(s.adresse.unwrap().code_insee.as_str(), "01269");
        assert_eq!(s.date_maj.as_deref(), Some("2026-12-03"), "the coordinator who accepts vouches for it");
        let nantua = ctx.gazetteer.commune(&crate::geo::InseeCode::parse("01269").unwrap()).unwrap();
        let epci = ctx.gazetteer.epci_of(nantua).siren.clone();
        let v = parse_service(&service_fields(&p.champs, &epci), &Service::blank("v".into(), "x"), ctx).unwrap();
        assert_eq!(v.services, vec![ServiceKind::Parentalite]);
        assert_eq!(v.zone, crate::directory::Coverage::Epci(vec![epci]));
    });
}

#[test]
fn a_place_without_its_commune_or_help_is_refused_field_by_field() {
    with(|ctx| {
        let mut f = fields(&PLACE);
        f.0.retain(|(n, _)| !matches!(n.as_str(), "commune" | "aides" | "activite" | "consentement"));
        f.0.push(("proposant_courriel".into(), "x".into()));
        let e = parse(&f, ctx, &|_| false).unwrap_err();
        for field in ["commune", "aides", "activite", "consentement"] {
            assert!(e.get(field).is_some(), "{field}: {e:?}");
        }
    });
}

#[test]
fn a_proposer_without_a_working_address_is_refused() {
    with(|ctx| {
        let mut f = fields(&PLACE);
        f.0.retain(|(n, _)| n != "proposant_courriel");
        f.0.push(("proposant_courriel".into(), "claire.martin".into()));
        assert!(parse(&f, ctx, &|_| false).unwrap_err().get("proposant_courriel").is_some());
    });
}

#[test]
fn asking_to_manage_a_place_needs_a_listed_structure_and_a_function() {
    with(|ctx| {
        let f = fields(&[
            ("genre", "gestion"),
            ("structure", "s-1"),
            ("fonction", "Directrice"),
            ("proposant_nom", "Ana"),
            ("proposant_courriel", "ana@exemple.fr"),
            ("consentement", "oui"),
        ]);
        assert_eq!(parse(&f, ctx, &|id| id == "s-1").unwrap().structure.as_deref(), Some("s-1"));
        assert!(parse(&f, ctx, &|_| false).unwrap_err().get("structure").is_some());
    });
}

#[test]
fn a_decision_moves_an_open_proposal_once_and_a_closed_one_never() {
    let ask = Decision::Question("Quels horaires ?".into());
    assert_eq!(decide(Status::Attente, Genre::Lieu, &ask), Ok(Status::Question));
    assert_eq!(reply(Status::Question, "Le jeudi"), Ok(Status::Attente));
    assert_eq!(reply(Status::Attente, "Le jeudi"), Err(Refusal::NoQuestion));
    assert_eq!(reply(Status::Question, "  "), Err(Refusal::Empty));
    assert_eq!(decide(Status::Question, Genre::Lieu, &Decision::Accepter), Ok(Status::Acceptee));
    assert_eq!(decide(Status::Acceptee, Genre::Lieu, &Decision::Refuser("Doublon".into())), Err(Refusal::Closed));
    assert_eq!(decide(Status::Attente, Genre::Gestion, &Decision::Fusionner("s".into())), Err(Refusal::NotMergeable));
    assert_eq!(reply(Status::Refusee, "Pourquoi ?"), Err(Refusal::Closed));
}

#[test]
fn a_question_or_a_refusal_without_words_is_not_a_decision() {
    assert_eq!(Decision::parse("question", " ", ""), Err(Refusal::Empty));
    assert_eq!(Decision::parse("refuser", "", ""), Err(Refusal::Empty));
    assert_eq!(Decision::parse("fusionner", "", ""), Err(Refusal::Empty));
    assert_eq!(Decision::parse("fusionner", "", "s-2"), Ok(Decision::Fusionner("s-2".into())));
    assert_eq!(Decision::parse("accepter", "", ""), Ok(Decision::Accepter));
    assert_eq!(Decision::parse("publier", "Texte", ""), Err(Refusal::Empty), "an action no form sends decides nothing");
    for r in [Refusal::Closed, Refusal::Empty, Refusal::NotMergeable, Refusal::NoQuestion] {
        assert_eq!(Refusal::from_code(r.code()), Some(r));
    }
}

#[test]
fn the_proposer_is_told_the_coordinators_words_and_given_their_link() {
    let (subject, body) =
        mail_to_proposer("refusee", Genre::Lieu, "Le Lien", Some("Déjà listé"), "https://a.fr/proposition/t", "02/04/2027", None);
    assert!(subject.contains("pas retenue"));
    assert!(body.contains("« Déjà listé »") && body.contains("https://a.fr/proposition/t") && body.contains("02/04/2027"));
    let (subject, _) = mail_to_proposer("recue", Genre::Atelier, "Le Lien", None, "l", "d", None);
    assert_eq!(subject, "Votre proposition est reçue");
}

#[test]
fn an_accepted_request_to_manage_a_place_carries_its_way_into_the_back_office() {
    let choose = Access::Choose { link: "https://a.fr/admin/acces/t", expires: "09/12/2026" };
    let (subject, body) =
        mail_to_proposer("acceptee", Genre::Gestion, "Le Lien", None, "https://a.fr/proposition/p", "01/01/2027", Some(choose));
    assert_eq!(subject, "Votre demande de gestion est acceptée");
    assert!(body.contains("https://a.fr/admin/acces/t") && body.contains("09/12/2026") && body.contains("qu’une fois"), "{body}");
    assert!(body.contains("https://a.fr/proposition/p"), "the proposal's own page is still linked");
    let existing = Access::Existing { login: "https://a.fr/admin/connexion" };
    let (_, body) = mail_to_proposer("acceptee", Genre::Gestion, "Le Lien", None, "l", "d", Some(existing));
    assert!(
        body.contains("compte que vous aviez déjà") && body.contains("https://a.fr/admin/connexion") && !body.contains("acces"),
        "{body}"
    );
}
