//! A journey that has reached its result, turned into the result page's content: the engine's ranked
//! matches dressed with what a person needs to go there. The server and the offline engine both call
//! this, over the live directory or over the snapshot kept in the browser.

use super::commune_search::Gazetteer;
use super::directory::{Directory, Service, Structure};
use super::engine::{orient, Match, Openings, Profile};
use super::engine::{Orientation, Tier};
use super::flow::Flow;
use super::freshness::needs_check;
use super::geo::{Commune, InseeCode};
use super::hours::{today, HoursTable, Moment};
use super::journey::{url, Journey, Step};
use super::langue::Langue;
use super::passage::next_lines;
use super::result::{one_line_address, NextStep, Notice, OrientationResult, ResultCard};
use super::seance::SeanceCard;
use super::taxonomy::Programme;
use super::taxonomy::ServiceKind;

/// The directory as published, with its opening hours evaluated for the week.
pub struct Published<'a> {
    pub gazetteer: &'a Gazetteer,
    pub directory: &'a Directory,
    pub hours: &'a HoursTable,
    pub openings: &'a Openings,
    /// « 28/11/2026 »: the day these data were read (today online; the snapshot's day offline).
    pub donnees_du: String,
    /// The language of the page asking: the result's words are in it, the directory's data in French.
    pub langue: Langue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultError {
    MissingNeed,
    MissingCommune,
    UnknownCommune(String),
    /// The question (its title in the page's language) whose answer is needed.
    Imprecise(String),
    Answers(String),
}

impl ResultError {
    pub fn message(&self, langue: Langue) -> String {
        match self {
            ResultError::MissingNeed => langue.t("erreur-besoin-manquant"),
            ResultError::MissingCommune => langue.t("erreur-commune-manquante"),
            ResultError::UnknownCommune(code) => langue.tr("commune-inconnue", &[("code", code.into())]),
            ResultError::Imprecise(q) => langue.tr("erreur-imprecis", &[("question", q.into())]),
            ResultError::Answers(text) => text.clone(),
        }
    }
}

impl std::fmt::Display for ResultError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Langue::Fr))
    }
}

impl std::error::Error for ResultError {}

/// One service as a card: the match's reasons, the address, today's hours, how to get in touch, and
/// where its tournée stops next (in the person's `commune` first, when there is one).
pub fn card(
    m: &Match,
    (structure, service): (&Structure, &Service),
    hours: &HoursTable,
    now: &Moment,
    commune: Option<&InseeCode>,
    langue: Langue,
) -> ResultCard {
    let raw_hours = service.horaires.clone().or_else(|| structure.horaires.clone());
    let today = hours.week(raw_hours.as_deref()).map(|week| today(week, now, langue));
    let address = structure.adresse.as_ref();
    ResultCard {
        service: service.id.clone(),
        structure: structure.id.clone(),
        nom: structure.nom.clone(),
        service_nom: service.nom.clone(),
        niveau: m.tier,
        raisons_texte: m.reasons.iter().map(|r| r.label(langue)).collect(),
        raisons: m.reasons.clone(),
        adresse: address.map(|a| one_line_address(&a.adresse, &a.code_postal, &a.commune)),
        // A plain link: nothing is requested from the map site unless the person follows it.
        carte: address.and_then(|a| {
            let (lat, lon) = (a.latitude?, a.longitude?);
            Some(format!("https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}"))
        }),
        itineraire: address.map(directions),
        distance_km: m.distance_km.map(|d| (d * 10.0).round() / 10.0),
        telephone: service.telephone.clone().or_else(|| structure.telephone.clone()),
        courriel: structure.courriel.clone(),
        site_web: structure.site_web.clone(),
        horaires: raw_hours,
        ouvert_maintenant: today.as_ref().map(|t| t.0),
        aujourdhui: today.map(|t| t.1),
        acces: service.modalites_acces.iter().map(|a| langue.t(&a.key())).collect(),
        accessibilite: service.prise_en_charge.iter().map(|s| langue.t(&s.key())).collect(),
        // Imported and never confirmed, or not confirmed for six months.
        a_verifier: needs_check(structure.a_verifier, structure.date_maj.as_deref(), &now.date),
        date_maj: structure.date_maj.clone(),
        labels: structure.dispositifs.iter().map(|p| p.plain().to_owned()).collect(),
        prise_rdv: structure.prise_rdv.clone(),
        source: structure.latest_source().map(|s| crate::sources::source_line(&s.source, &s.date)),
        passages: next_lines(&service.passages, |raw| hours.dated(raw), &now.date, commune, langue),
    }
}

/// « Itinéraire »: a route in OpenStreetMap to the place, from wherever the person is (the map site
/// asks for the start). Coordinates when known, so that the route ends at the door; else the address,
/// which the map site geocodes.
fn directions(a: &super::directory::Address) -> String {
    match (a.latitude, a.longitude) {
        (Some(lat), Some(lon)) => format!("https://www.openstreetmap.org/directions?to={lat:.5}%2C{lon:.5}"),
        _ => {
            let text = one_line_address(&a.adresse, &a.code_postal, &a.commune);
            format!("https://www.openstreetmap.org/directions?to={}", super::journey::percent_encode(&text))
        }
    }
}

/// The whole result of a journey. `seances` gives the next séances for parents near the commune, on
/// the parent's subject first (the parentalité need only). Answers not given take their defaults; the need and the commune are
/// indispensable.
pub fn result(
    data: &Published,
    flow: &Flow,
    journey: &Journey,
    now: &Moment,
    seances: impl FnOnce(&Commune, Option<&str>) -> Vec<SeanceCard>,
) -> Result<OrientationResult, ResultError> {
    let need = match journey.step(flow) {
        Step::Resultat { need } | Step::Comment { need, .. } | Step::Precision { need, .. } => need,
        Step::Besoin => return Err(ResultError::MissingNeed),
        Step::Commune { .. } => return Err(ResultError::MissingCommune),
    };
    let code = journey.demande.commune.as_ref().ok_or(ResultError::MissingCommune)?;
    let commune = data.gazetteer.commune(code).ok_or_else(|| ResultError::UnknownCommune(code.to_string()))?;
    let criteria = flow.criteria(need, &journey.demande.answers).map_err(|e| ResultError::Answers(e.to_string()))?;
    if criteria.services.is_empty() {
        let question = need.precisions.first().and_then(|q| flow.question(q)).map_or("", |q| q.titre_in(data.langue));
        return Err(ResultError::Imprecise(question.to_owned()));
    }
    let directory = data.directory;
    let orientation = orient(directory, data.openings, &Profile { commune, criteria: &criteria });
    let cartes: Vec<ResultCard> = orientation
        .matches
        .iter()
        .filter_map(|m| {
            let service = directory.service(&m.service)?;
            Some(card(m, (directory.structure(&m.structure)?, service), data.hours, now, Some(&commune.insee), data.langue))
        })
        .collect();
    let reponses = answer_lines(flow, need, journey, data.langue);
    let avis = notice(data, commune, &orientation, &cartes);
    Ok(OrientationResult {
        avis,
        a_prevoir: crate::preparation::preparation(&criteria, data.langue),
        carte_lieux: None,
        besoin: need.id.clone(),
        besoin_titre: need.titre_in(data.langue).to_owned(),
        commune: commune.insee.to_string(),
        commune_nom: commune.nom.clone(),
        epci_nom: data.gazetteer.epci_of(commune).nom.clone(),
        reponses,
        local: orientation.local,
        niveaux: orientation.tiers,
        cartes,
        url: data.langue.href(&url("/orientation", &journey.pairs(flow))),
        donnees_du: data.donnees_du.clone(),
        seances: if criteria.services.contains(&ServiceKind::Parentalite) {
            seances(commune, criteria.theme.as_deref())
        } else {
            Vec::new()
        },
    })
}

/// The place that can always help further: the France Services of the person's EPCI nearest to them,
/// else a national line that answers on every subject.
fn next_step(data: &Published, person: &Commune) -> Option<NextStep> {
    let directory = data.directory;
    let in_epci =
        |s: &Structure| s.adresse.as_ref().and_then(|a| data.gazetteer.commune(&a.code_insee)).is_some_and(|c| c.epci == person.epci);
    let distance = |s: &Structure| {
        s.adresse
            .as_ref()
            .and_then(|a| Some(super::commune_search::distance_km(person.lon, person.lat, a.longitude?, a.latitude?)))
            .unwrap_or(f64::MAX)
    };
    let france_services = directory
        .structures()
        .iter()
        .filter(|s| s.dispositifs.contains(&Programme::FranceServices) && in_epci(s))
        .filter_map(|s| {
            let mut offered = directory.services().iter().filter(|v| v.structure == s.id);
            let first = offered.clone().next()?;
            Some((s, offered.find(|v| v.id.ends_with("-france-services")).unwrap_or(first)))
        })
        .min_by(|a, b| distance(a.0).total_cmp(&distance(b.0)));
    let (intro, (structure, service)) = match france_services {
        Some(found) => ("suite-france-services", found),
        None => (
            "suite-ligne-nationale",
            directory
                .services()
                .iter()
                .find(|v| v.id.starts_with("national-solidarite-numerique"))
                .and_then(|v| Some((directory.structure(&v.structure)?, v)))?,
        ),
    };
    Some(NextStep {
        intro: data.langue.t(intro),
        nom: structure.nom.clone(),
        lien: data.langue.href(&format!("/lieu/{}", super::journey::percent_encode(&service.id))),
        adresse: structure.adresse.as_ref().map(|a| one_line_address(&a.adresse, &a.code_postal, &a.commune)),
        telephone: service.telephone.clone().or_else(|| structure.telephone.clone()),
    })
}

/// One notice when nothing local fits, never two that contradict each other.
fn notice(data: &Published, person: &Commune, orientation: &Orientation, cartes: &[ResultCard]) -> Option<Notice> {
    if orientation.local {
        return None;
    }
    let suite = next_step(data, person);
    if cartes.is_empty() {
        return Some(Notice { titre: data.langue.t("avis-rien"), texte: data.langue.t("avis-rien-texte"), suite });
    }
    let remote_only = orientation.tiers.iter().all(|t| *t == Tier::Remote);
    Some(Notice {
        titre: data.langue.t("avis-pas-local"),
        texte: data.langue.t(if remote_only { "avis-distance" } else { "avis-departement" }),
        suite,
    })
}

/// The answers of `journey` to `need`'s questions, one short sentence each (« Démarche : CAF »), in
/// `langue`: the result's « Vos réponses », and the request a structure reads.
pub fn answer_lines(
    flow: &crate::flow::Flow,
    need: &crate::flow::NeedDef,
    journey: &crate::journey::Journey,
    langue: crate::langue::Langue,
) -> Vec<String> {
    need.precisions
        .iter()
        .chain(&need.comment)
        .filter_map(|qid| {
            let q = flow.question(qid)?;
            let given: Vec<&str> = journey
                .demande
                .answers
                .get(qid)?
                .iter()
                .filter_map(|a| q.reponses.iter().find(|r| &r.id == a))
                .map(|r| r.libelle_in(langue))
                .collect();
            Some(format!("{} {}", q.titre_in(langue), given.join(", ")))
        })
        .collect()
}
