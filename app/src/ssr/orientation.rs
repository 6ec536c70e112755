//! The orientation: a journey in, the result page's content out. Shared by the page (through its
//! server function) and by `/api/v1/orientation`.

use super::hours;
use super::state::Services;
use crate::domain::directory::{Directory, Service, Structure};
use crate::domain::engine::{orient, Match, Openings, Profile, Tier};
use crate::domain::flow::Flow;
use crate::domain::freshness::needs_check;
use crate::domain::taxonomy::ServiceKind;
use crate::domain::journey::{url, Journey, Step};
use crate::domain::result::{one_line_address, OrientationResult, ResultCard};
use crate::error::AppError;

/// When each service or structure is open in the coming week (entries without valid hours are absent).
pub fn openings(directory: &Directory, from: chrono::NaiveDate) -> Openings {
    let structures = directory.structures.iter().map(|s| (&s.id, s.horaires.as_deref()));
    let services = directory.services.iter().map(|s| (&s.id, s.horaires.as_deref()));
    structures
        .chain(services)
        .filter_map(|(id, raw)| Some((id.clone(), hours::availability(&hours::parse(raw?)?, from))))
        .collect()
}

fn card(m: &Match, structure: &Structure, service: &Service, now: chrono::NaiveDateTime) -> ResultCard {
    let day = now.date().format("%Y-%m-%d").to_string();
    let raw_hours = service.horaires.clone().or_else(|| structure.horaires.clone());
    let today = raw_hours.as_deref().and_then(hours::parse).map(|oh| hours::today(&oh, now));
    let address = structure.adresse.as_ref();
    ResultCard {
        service: service.id.clone(),
        structure: structure.id.clone(),
        nom: structure.nom.clone(),
        service_nom: service.nom.clone(),
        niveau: m.tier,
        raisons_texte: m.reasons.iter().map(|r| r.label()).collect(),
        raisons: m.reasons.clone(),
        adresse: address.map(|a| one_line_address(&a.adresse, &a.code_postal, &a.commune)),
        // A plain link: nothing is requested from the map site unless the person follows it.
        carte: address.and_then(|a| {
            let (lat, lon) = (a.latitude?, a.longitude?);
            Some(format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}"))
        }),
        distance_km: m.distance_km.map(|d| (d * 10.0).round() / 10.0),
        telephone: service.telephone.clone().or_else(|| structure.telephone.clone()),
        courriel: structure.courriel.clone(),
        site_web: structure.site_web.clone(),
        horaires: raw_hours,
        ouvert_maintenant: today.as_ref().map(|t| t.0),
        aujourdhui: today.map(|t| t.1),
        acces: service.modalites_acces.iter().map(|a| a.plain().to_owned()).collect(),
        accessibilite: service.prise_en_charge.iter().map(|s| s.plain().to_owned()).collect(),
        // Imported and never confirmed, or not confirmed for six months.
        a_verifier: needs_check(structure.a_verifier, structure.date_maj.as_deref(), &day),
        date_maj: structure.date_maj.clone(),
    }
}

/// The whole result for a journey that has reached it.
pub fn compute(services: &Services, journey: &Journey) -> Result<OrientationResult, AppError> {
    let flow = Flow::shipped();
    // Answers not given take their defaults; only the need and the commune are indispensable.
    let need = match journey.step(flow) {
        Step::Resultat { need } | Step::Comment { need, .. } | Step::Precision { need, .. } => need,
        Step::Besoin => return Err(AppError::BadRequest("Il manque le besoin (besoin=…).".into())),
        Step::Commune { .. } => return Err(AppError::BadRequest("Il manque la commune (commune=code INSEE).".into())),
    };
    let code = journey.commune.as_ref().ok_or_else(|| AppError::BadRequest("Il manque la commune.".into()))?;
    let commune = services
        .gazetteer
        .commune(code)
        .ok_or_else(|| AppError::BadRequest(format!("Le code « {code} » ne correspond à aucune commune de l’Ain.")))?;
    let criteria = flow.criteria(need, &journey.answers).map_err(|e| AppError::BadRequest(e.to_string()))?;
    if criteria.services.is_empty() {
        let question = need.precisions.first().and_then(|q| flow.question(q)).map_or("", |q| q.titre.as_str());
        return Err(AppError::BadRequest(format!("Précisez le besoin : {question}")));
    }
    let now = hours::paris_now();
    let directory = &services.directory();
    let openings = services.openings(now.date());
    let orientation = orient(directory, &openings, &Profile { commune, criteria: &criteria });
    let cartes = orientation
        .matches
        .iter()
        .filter_map(|m| {
            let service = directory.services.iter().find(|s| s.id == m.service)?;
            Some(card(m, directory.structure(&m.structure)?, service, now))
        })
        .collect();
    let reponses = need
        .precisions
        .iter()
        .chain(&need.comment)
        .filter_map(|qid| {
            let q = flow.question(qid)?;
            let given: Vec<&str> = journey.answers.get(qid)?.iter().filter_map(|a| q.reponses.iter().find(|r| &r.id == a)).map(|r| r.libelle.as_str()).collect();
            Some(format!("{} {}", q.titre, given.join(", ")))
        })
        .collect();
    Ok(OrientationResult {
        besoin: need.id.clone(),
        besoin_titre: need.titre.clone(),
        commune: commune.insee.to_string(),
        commune_nom: commune.nom.clone(),
        epci_nom: services.gazetteer.epci_of(commune).nom.clone(),
        reponses,
        local: orientation.local,
        niveaux: orientation.tiers,
        cartes,
        url: url("/orientation", &journey.pairs(flow)),
        donnees_du: now.format("%d/%m/%Y").to_string(),
        seances: if criteria.services.contains(&ServiceKind::Parentalite) {
            super::agenda::parentalite_near(services, commune, 5)
        } else {
            Vec::new()
        },
    })
}

/// The result for a journey given as URL pairs: what the page's server function and the JSON API share.
pub fn from_pairs(services: &Services, pairs: &[(String, String)]) -> Result<OrientationResult, AppError> {
    let len = pairs.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let journey = Journey::parse(Flow::shipped(), len, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(|e| AppError::BadRequest(e.to_string()))?;
    compute(services, &journey)
}

/// One published service as a card, without reasons (the `/lieu/{id}` page, linked from séances).
pub fn service_card(services: &Services, id: &str) -> Option<ResultCard> {
    let directory = services.directory();
    let service = directory.services.iter().find(|s| s.id == id)?;
    let structure = directory.structure(&service.structure)?;
    let m = Match { service: service.id.clone(), structure: structure.id.clone(), tier: Tier::Departement, distance_km: None, reasons: vec![] };
    Some(card(&m, structure, service, hours::paris_now()))
}
