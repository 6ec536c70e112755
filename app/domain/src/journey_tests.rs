use super::*;

fn flow() -> &'static Flow {
    Flow::shipped()
}

fn parse(pairs: &[(&str, &str)]) -> Result<Journey, JourneyError> {
    Journey::parse(flow(), 100, pairs.iter().copied())
}

fn ids(qs: &[&Question]) -> Vec<String> {
    qs.iter().map(|q| q.id.clone()).collect()
}

#[test]
fn without_a_need_the_first_step_asks_for_it() {
    assert_eq!(parse(&[]).unwrap().step(flow()), Step::Besoin);
    // « Je ne peux pas me déplacer » from the home page: the need comes first, the answer is kept.
    let j = parse(&[("deplacement", "non")]).unwrap();
    assert_eq!(j.step(flow()), Step::Besoin);
    assert_eq!(j.demande.answers["deplacement"], ["non"]);
}

#[test]
fn the_steps_follow_the_flow_until_the_result() {
    let j = parse(&[("besoin", "demarche")]).unwrap();
    assert!(matches!(j.step(flow()), Step::Precision { missing, .. } if ids(&missing) == ["demarche_organisme", "demarche_aide"]));
    let j = parse(&[("besoin", "demarche"), ("demarche_organisme", "caf"), ("demarche_aide", "avec_moi")]).unwrap();
    assert!(matches!(j.step(flow()), Step::Commune { .. }));
    let j = parse(&[("besoin", "demarche"), ("demarche_organisme", "caf"), ("demarche_aide", "avec_moi"), ("commune", "01269")]).unwrap();
    assert!(matches!(j.step(flow()), Step::Comment { missing, .. } if ids(&missing) == ["deplacement", "demandeur"]));
    let done = [
        ("besoin", "demarche"),
        ("demarche_organisme", "caf"),
        ("demarche_aide", "avec_moi"),
        ("commune", "01269"),
        ("deplacement", "non"),
        ("demandeur", "proche"),
        ("etape", "comment"),
    ];
    assert!(matches!(parse(&done).unwrap().step(flow()), Step::Resultat { .. }));
}

#[test]
fn the_comment_screen_is_shown_once_even_when_its_answers_are_preset() {
    let j = parse(&[("besoin", "parentalite"), ("parentalite_sujet", "ecrans"), ("commune", "01093"), ("deplacement", "peut")]);
    assert!(matches!(j, Err(JourneyError::UnknownAnswer { .. })), "« peut » is a criterion, not an answer id");
    let j = parse(&[("besoin", "parentalite"), ("parentalite_sujet", "ecrans"), ("commune", "01093"), ("deplacement", "oui")]).unwrap();
    assert!(matches!(j.step(flow()), Step::Comment { missing, .. } if missing.is_empty()));
}

#[test]
fn unknown_needs_answers_and_screens_are_refused_in_french() {
    assert_eq!(parse(&[("besoin", "pirate")]).unwrap_err().to_string(), "Le besoin « pirate » n’existe pas dans ce parcours.");
    assert_eq!(
        parse(&[("besoin", "demarche"), ("demarche_organisme", "banque")]).unwrap_err().to_string(),
        "La réponse « banque » n’est pas prévue pour la question « Pour quelle démarche ? »."
    );
    assert!(matches!(parse(&[("demarche_aide", "avec_moi"), ("demarche_aide", "apprendre")]), Err(JourneyError::SeveralAnswers(_))));
    assert!(matches!(parse(&[("commune", "12")]), Err(JourneyError::BadCommune(_))));
    assert!(matches!(parse(&[("etape", "fin")]), Err(JourneyError::UnknownScreen(_))));
    assert_eq!(Journey::parse(flow(), MAX_QUERY_LEN + 1, []), Err(JourneyError::TooLong));
    let long = "x".repeat(MAX_VALUE_CHARS + 1);
    assert_eq!(parse(&[("q", &long)]), Err(JourneyError::TooLong));
}

#[test]
fn several_answers_are_kept_for_multiple_choice_questions() {
    let j =
        parse(&[("besoin", "competences"), ("disponibilite", "soir"), ("disponibilite", "weekend"), ("disponibilite", "soir")]).unwrap();
    assert_eq!(j.demande.answers["disponibilite"], ["soir", "weekend"]);
}

#[test]
fn answers_to_questions_the_need_does_not_ask_are_dropped_and_other_parameters_ignored() {
    let j = parse(&[("besoin", "parentalite"), ("demandeur", "pro"), ("utm_source", "affiche"), ("q", "  ")]).unwrap();
    assert!(j.demande.answers.is_empty());
    assert_eq!(j.navigation.texte, None);
}

#[test]
fn the_journey_round_trips_through_its_url() {
    let pairs = [("besoin", "demarche"), ("demarche_organisme", "caf"), ("commune", "01269"), ("disponibilite", "soir")];
    let j = parse(&pairs).unwrap();
    let url = url("/orientation", &j.pairs(flow()));
    assert_eq!(url, "/orientation?besoin=demarche&demarche_organisme=caf&disponibilite=soir&commune=01269");
    let back: Vec<(String, String)> = j.pairs(flow());
    let again = Journey::parse(flow(), 100, back.iter().map(|(k, v)| (k.as_str(), v.as_str()))).unwrap();
    assert_eq!(again, j);
    assert_eq!(percent_encode("Saint-Jean & Co é"), "Saint-Jean%20%26%20Co%20%C3%A9");
}

#[test]
fn step_numbers_count_the_need_as_step_one_and_never_exceed_four() {
    let need = flow().need("demarche");
    assert_eq!(step_number(need, Screen::Besoin), (1, 4));
    assert_eq!(step_number(need, Screen::Precision), (2, 4));
    assert_eq!(step_number(need, Screen::Commune), (3, 4));
    assert_eq!(step_number(need, Screen::Comment), (4, 4));
}

#[test]
fn counter_mode_travels_with_the_journey_and_restarts_at_the_counter() {
    let j = parse(&[("commune", "01269"), ("guichet", "1"), ("besoin", "demarche")]).unwrap();
    assert!(j.navigation.guichet);
    assert!(j.pairs(flow()).contains(&("guichet".to_owned(), "1".to_owned())));
    assert_eq!(j.restart_url(), "/guichet/01269");
    assert_eq!(parse(&[("commune", "01269")]).unwrap().restart_url(), "/");
}

#[test]
fn query_strings_decode_as_browsers_encode_forms() {
    let pairs = query_pairs("q=Saint-Jean+sur+Veyle&x=%C3%A9%26&empty=&lone&bad=%zz%4");
    let expect = [("q", "Saint-Jean sur Veyle"), ("x", "é&"), ("empty", ""), ("lone", ""), ("bad", "%zz%4")];
    assert_eq!(pairs, expect.map(|(k, v)| (k.to_owned(), v.to_owned())));
    let j = parse(&[("besoin", "demarche"), ("commune", "01269")]).unwrap();
    let u = url("/orientation", &j.pairs(flow()));
    let back = query_pairs(u.split_once('?').unwrap().1);
    assert_eq!(back, j.pairs(flow()));
}

#[test]
fn the_result_page_sends_an_unsubmitted_incomplete_journey_back_to_the_parcours() {
    // A shared link with the need's services known: shown with defaults.
    let shared =
        parse(&[("besoin", "demarche"), ("demarche_organisme", "caf"), ("demarche_aide", "avec_moi"), ("commune", "01269")]).unwrap();
    assert_eq!(shared.result_detour(flow()), None);
    // No commune: the parcours asks for it.
    let no_commune = parse(&[("besoin", "demarche"), ("demarche_organisme", "caf"), ("demarche_aide", "avec_moi")]).unwrap();
    assert_eq!(
        no_commune.result_detour(flow()).as_deref(),
        Some("/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi")
    );
    // The comment step submitted without its required answer: back to it, told so.
    let submitted = parse(&[
        ("besoin", "demarche"),
        ("demarche_organisme", "caf"),
        ("demarche_aide", "avec_moi"),
        ("commune", "01269"),
        ("etape", "comment"),
    ])
    .unwrap();
    assert!(submitted.result_detour(flow()).unwrap().ends_with("&etape=comment"));
}
