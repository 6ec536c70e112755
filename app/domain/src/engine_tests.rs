use super::*;
use crate::commune_search::tests::gazetteer;
use crate::directory::Address;
use crate::geo::InseeCode;
use crate::langue::Langue;
use crate::taxonomy::ServiceKind;

fn commune(code: &str) -> &'static Commune {
    gazetteer().commune(&InseeCode::parse(code).unwrap()).unwrap()
}

/// A structure at the centroid of `at`, with one service of `kind` covering `zone`.
fn place(id: &str, at: &str, zone: Coverage, kind: ServiceKind) -> (Structure, Service) {
    let c = commune(at);
    let structure = Structure {
        nom: id.into(),
        adresse: Some(Address {
            adresse: "1 place de la Mairie".into(),
            code_postal: c.codes_postaux[0].clone(),
            code_insee: c.insee.clone(),
            commune: c.nom.clone(),
            longitude: Some(c.lon),
            latitude: Some(c.lat),
        }),
        ..Structure::blank(id.into(), "test")
    };
    let service = Service { nom: "Aide".into(), services: vec![kind], zone, ..Service::blank(format!("{id}-s"), id) };
    (structure, service)
}

fn directory(places: Vec<(Structure, Service)>) -> Directory {
    let (structures, services) = places.into_iter().unzip();
    Directory::new(structures, services).unwrap()
}

fn criteria(kind: ServiceKind) -> Criteria {
    Criteria { services: vec![kind], ..Criteria::default() }
}

fn ids(o: &Orientation) -> Vec<&str> {
    o.matches.iter().map(|m| m.structure.as_str()).collect()
}

const NANTUA: &str = "01269";
const HAUT_BUGEY: &str = "200042935";
const OYONNAX: &str = "01283";

#[test]
fn the_persons_commune_comes_before_the_epci_and_the_department() {
    let dir = directory(vec![
        place("ain", "01053", Coverage::Departement(vec!["01".into()]), ServiceKind::Demarches),
        place("oyonnax", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
        place("nantua", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
    ]);
    let c = criteria(ServiceKind::Demarches);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["nantua", "oyonnax", "ain"]);
    assert_eq!(o.tiers, [Tier::Commune, Tier::Epci, Tier::Departement]);
    assert!(o.local);
    assert_eq!(o.matches[0].reasons[0].label(Langue::Fr), "Dans votre commune");
    assert_eq!(o.matches[1].reasons[0].label(Langue::Fr), "Dans votre intercommunalité");
}

#[test]
fn only_services_for_the_need_are_offered() {
    let dir = directory(vec![
        place("materiel", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::AccesMateriel),
        place("demarches", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
    ]);
    let c = criteria(ServiceKind::AccesMateriel);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["materiel"]);
}

#[test]
fn a_place_in_a_neighbouring_epci_is_offered_when_near_and_not_when_far() {
    // Bourg-en-Bresse (CA du Bassin de Bourg) is 19 km from Vonnas (CC de la Veyle), 29 km from Nantua.
    let dir = directory(vec![place("bourg", "01053", Coverage::Epci(vec!["200071751".into()]), ServiceKind::Demarches)]);
    let c = criteria(ServiceKind::Demarches);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune("01457"), criteria: &c });
    assert_eq!(o.matches[0].tier, Tier::Voisin);
    assert_eq!(o.matches[0].reasons[0].label(Langue::Fr), "À 19 km de chez vous");
    assert!(o.local);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert!(o.matches.is_empty());
}

#[test]
fn someone_who_cannot_travel_is_only_sent_where_help_comes_to_them() {
    let mut home = place("domicile", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    home.1.a_domicile = true;
    let mut phone = place("telephone", "01053", Coverage::National, ServiceKind::Demarches);
    phone.1.modalites_accompagnement = vec![Accompaniment::ADistance];
    let dir = directory(vec![place("guichet", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches), home, phone]);
    let c = Criteria { mobilite: Some(Mobility::Non), ..criteria(ServiceKind::Demarches) };
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["domicile", "telephone"]);
    assert!(o.matches[0].reasons.contains(&Reason::SeDeplaceADomicile));
    assert_eq!(o.matches[1].tier, Tier::Remote);
    assert!(o.matches[1].reasons.iter().any(|r| r.label(Langue::Fr) == "À distance, par téléphone"));
}

#[test]
fn within_a_tier_the_wanted_kind_of_help_public_and_hours_come_first() {
    let mut atelier = place("atelier", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Quotidien);
    atelier.1.modalites_accompagnement = vec![Accompaniment::Atelier];
    let mut jeunes = place("jeunes", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Quotidien);
    jeunes.1.modalites_accompagnement = vec![Accompaniment::Atelier];
    jeunes.1.publics = vec![Public::Jeunes];
    jeunes.1.frais = vec![Fee::Gratuit];
    let mut soir = place("soir", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Quotidien);
    soir.1.modalites_accompagnement = vec![Accompaniment::Atelier];
    soir.1.publics = vec![Public::Jeunes];
    let dir =
        directory(vec![place("autre", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Quotidien), atelier, jeunes, soir]);
    let openings: Openings = [("soir".to_owned(), vec![Availability::Soir])].into();
    let c = Criteria {
        accompagnement: vec![Accompaniment::Atelier],
        publics: vec![Public::Jeunes],
        disponibilite: vec![Availability::Soir],
        ..criteria(ServiceKind::Quotidien)
    };
    let o = orient(&dir, &openings, &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["soir", "jeunes", "atelier", "autre"]);
    let labels: Vec<String> = o.matches[0].reasons.iter().map(|r| r.label(Langue::Fr)).collect();
    assert_eq!(labels, ["Dans votre intercommunalité", "Ateliers en groupe", "Accueille les jeunes", "Ouvert le soir"]);
    assert!(o.matches[1].reasons.contains(&Reason::Gratuit));
}

#[test]
fn when_nothing_local_fits_the_result_says_so_and_offers_the_next_tiers() {
    let dir = directory(vec![place("ain", "01053", Coverage::Departement(vec!["01".into()]), ServiceKind::Demarches)]);
    let c = criteria(ServiceKind::Demarches);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert!(!o.local);
    assert_eq!(o.tiers, [Tier::Departement]);
}

#[test]
fn equal_services_are_ordered_by_distance_then_id_deterministically() {
    let dir = directory(vec![
        place("b", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
        place("a", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
        // Prémillieu: Haut-Bugey, 31 km from Nantua; Oyonnax is 12 km away.
        place("loin", "01311", Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
    ]);
    let c = criteria(ServiceKind::Demarches);
    let p = Profile { commune: commune(NANTUA), criteria: &c };
    let first = orient(&dir, &Openings::new(), &p);
    assert_eq!(first, orient(&dir, &Openings::new(), &p));
    assert_eq!(ids(&first), ["a", "b", "loin"]);
}

#[test]
fn the_seed_directory_gives_local_help_for_a_caf_demarche_in_nantua() {
    let json = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../importer/seed/hinaura-lieux-ain-2021-2022.json"));
    let (dir, _) = crate::test_data::hinaura::import(json, gazetteer()).unwrap();
    let c = Criteria { demarche: Some("caf".into()), ..criteria(ServiceKind::Demarches) };
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert!(o.local, "{:?}", o.tiers);
    assert!(o.matches.iter().all(|m| !m.reasons.is_empty()));
}

#[test]
fn for_a_demarche_a_france_services_comes_first_within_its_tier_and_says_why() {
    let (mut fs, fs_service) = place("z-france-services", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    fs.dispositifs = vec![crate::taxonomy::Programme::FranceServices];
    let dir = directory(vec![
        place("a-mairie", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
        (fs, fs_service),
        place("oyonnax", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
    ]);
    let c = criteria(ServiceKind::Demarches);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["z-france-services", "a-mairie", "oyonnax"]);
    assert!(o.matches[0].reasons.contains(&Reason::FranceServices));
    // Not for another need: the label says nothing of learning to use a computer.
    let c = criteria(ServiceKind::Demarches);
    let other = Criteria { services: vec![ServiceKind::Quotidien], ..c };
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &other });
    assert!(o.matches.iter().all(|m| !m.reasons.contains(&Reason::FranceServices)));
}

#[test]
fn the_organisations_own_office_within_reach_is_the_first_answer_for_its_demarche() {
    let (mut fs, fs_service) = place("france-services", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    fs.dispositifs = vec![crate::taxonomy::Programme::FranceServices];
    let (near, mut near_office) = place("caf-oyonnax", OYONNAX, Coverage::Departement(vec!["01".into()]), ServiceKind::Demarches);
    near_office.organismes = vec!["caf".into()];
    let (far, mut far_office) = place("caf-bourg", "01053", Coverage::Departement(vec!["01".into()]), ServiceKind::Demarches);
    far_office.organismes = vec!["caf".into()];
    let dir = directory(vec![(fs, fs_service), (near, near_office), (far, far_office)]);
    let caf = Criteria { demarche: Some("caf".into()), ..criteria(ServiceKind::Demarches) };
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &caf });
    assert_eq!(ids(&o), ["caf-oyonnax", "france-services", "caf-bourg"]);
    assert!(matches!(o.matches[0].reasons[..2], [Reason::Organisme(_), Reason::Proche { km: 1..=20 }]), "{:?}", o.matches[0]);
    assert_eq!(o.matches[2].reasons[..2], [Reason::Organisme("caf".into()), Reason::DansToutLAin]);
    // Someone who travels with difficulty gets the place in their commune first.
    let difficult = Criteria { mobilite: Some(Mobility::Difficile), ..caf.clone() };
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &difficult });
    assert_eq!(ids(&o)[0], "france-services");
    // Another démarche never gets the CAF's office.
    let impots = Criteria { demarche: Some("impots".into()), ..caf };
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &impots });
    assert_eq!(ids(&o), ["france-services"]);
}

#[test]
fn a_place_is_one_card_even_with_two_services_or_two_entries_for_it() {
    let (nantua, first) = place("nantua", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    let second = Service { id: "nantua-aidants".into(), ..first.clone() };
    // The same place described by a second source and left unmerged: same name, same address.
    let (mut twin, mut twin_service) = place("twin", NANTUA, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    twin.nom = "NANTUA".into();
    twin_service.structure = twin.id.clone();
    let (other, other_service) = place("oyonnax", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    let dir = Directory::new(vec![nantua, twin, other], vec![first, second, twin_service, other_service]).unwrap();
    let c = criteria(ServiceKind::Demarches);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["nantua", "oyonnax"]);
}

#[test]
fn someone_who_travels_with_difficulty_gets_the_nearest_place_first_and_is_told_so() {
    // From Nantua, the EPCI's other place is in Oyonnax (12 km); Plagne, in the next EPCI, is 9 km.
    let dir = directory(vec![
        place("oyonnax", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches),
        place("plagne", "01298", Coverage::Epci(vec!["240100891".into()]), ServiceKind::Demarches),
    ]);
    let by = |mobilite| {
        let c = Criteria { mobilite: Some(mobilite), ..criteria(ServiceKind::Demarches) };
        orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c })
    };
    let (oui, difficile) = (by(Mobility::Peut), by(Mobility::Difficile));
    assert_eq!(ids(&oui), ["oyonnax", "plagne"], "the EPCI first, for someone who can travel");
    assert_eq!(ids(&difficile), ["plagne", "oyonnax"], "the nearest first, for someone who travels with difficulty");
    assert_eq!(difficile.matches[0].reasons[1], Reason::LePlusProche);
    assert!(!oui.matches.iter().any(|m| m.reasons.contains(&Reason::LePlusProche)));
    assert_eq!(difficile.tiers, [Tier::Epci, Tier::Voisin], "tiers stay in their order");
}

fn passage(at: &str) -> crate::passage::Passage {
    let c = commune(at);
    crate::passage::Passage {
        id: "p1".into(),
        code_insee: c.insee.clone(),
        commune: c.nom.clone(),
        lieu: "Salle des fêtes".into(),
        adresse: None,
        horaires: "Tu[1,3] 09:00-12:00".into(),
        exceptions: vec![],
    }
}

#[test]
fn a_tournee_that_stops_in_the_commune_is_help_in_the_commune_even_from_another_epci() {
    // The bus comes from Bourg-en-Bresse (another EPCI, 29 km away) and stops in Nantua.
    let (structure, mut bus) = place("bus", "01053", Coverage::Epci(vec!["200071751".into()]), ServiceKind::Demarches);
    bus.passages = vec![passage(NANTUA)];
    let dir = directory(vec![(structure, bus), place("oyonnax", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches)]);
    let c = criteria(ServiceKind::Demarches);
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["bus", "oyonnax"]);
    assert_eq!(o.matches[0].tier, Tier::Commune);
    assert_eq!(o.matches[0].reasons[0].label(Langue::Fr), "Passe dans votre commune");
    assert_eq!(o.matches[0].distance_km, None, "the structure's address says nothing of how far the stop is");
    let elsewhere = orient(&dir, &Openings::new(), &Profile { commune: commune(OYONNAX), criteria: &c });
    assert_eq!(ids(&elsewhere), ["oyonnax"], "it does not stop in Oyonnax, and Bourg is too far");
}

#[test]
fn someone_who_cannot_travel_gets_a_stop_in_their_commune_then_a_home_visit_then_phone_help() {
    let (s1, mut bus) = place("bus", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    bus.passages = vec![passage(NANTUA)];
    let (s2, mut visit) = place("visite", NANTUA, Coverage::Communes(vec![InseeCode::parse(NANTUA).unwrap()]), ServiceKind::Demarches);
    visit.a_domicile = true;
    let (s3, mut phone) = place("ligne", "01053", Coverage::National, ServiceKind::Demarches);
    phone.modalites_accompagnement = vec![Accompaniment::ADistance];
    let (s4, mut elsewhere) = place("bus-ailleurs", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    elsewhere.itinerance = vec![Itinerance::Itinerant];
    elsewhere.passages = vec![passage(OYONNAX)];
    let (s5, mut unknown) = place("bus-inconnu", OYONNAX, Coverage::Epci(vec![HAUT_BUGEY.into()]), ServiceKind::Demarches);
    unknown.itinerance = vec![Itinerance::Itinerant];
    let dir = directory(vec![(s3, phone), (s2, visit), (s1, bus), (s4, elsewhere), (s5, unknown)]);
    let c = Criteria { mobilite: Some(Mobility::Non), ..criteria(ServiceKind::Demarches) };
    let o = orient(&dir, &Openings::new(), &Profile { commune: commune(NANTUA), criteria: &c });
    assert_eq!(ids(&o), ["bus", "visite", "ligne", "bus-inconnu"], "a tournée known to stop only in Oyonnax does not come to Nantua");
}
