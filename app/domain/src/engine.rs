//! The routing engine: a person's profile in, ranked services out, each with the reasons it fits.
//! Pure and deterministic: the same profile over the same directory always gives the same answer,
//! online (server) or offline (browser).
//!
//! Ranking, most important first: how close the coverage is (commune → EPCI → a neighbouring EPCI
//! within reach → département → remote/national), fit to the need, fit to mobility, fit to public and
//! specific needs, open when the person is available, distance, then data freshness.

use super::commune_search::distance_km;
use super::demarche::organisme;
use super::directory::{kind_bit, Coverage, Directory, Service, Structure};
use super::flow::{Availability, Criteria, Mobility};
use super::geo::Commune;
use super::normalize::fold;
use super::taxonomy::{Accompaniment, Fee, Itinerance, Programme, Public, ServiceKind, SpecificSupport};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// A place in another EPCI is still offered when its address is this close to the person's commune.
pub const NEIGHBOUR_KM: f64 = 20.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Commune,
    Epci,
    Voisin,
    Departement,
    /// Help by phone or online, wherever the person is (« à distance » in the API, which keeps its
    /// published name).
    #[serde(rename = "distance")]
    Remote,
}

impl Tier {
    pub fn is_local(self) -> bool {
        matches!(self, Tier::Commune | Tier::Epci | Tier::Voisin)
    }
}

/// Why a service fits: machine-readable, with French words for people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "code", content = "valeur", rename_all = "snake_case")]
pub enum Reason {
    DansVotreCommune,
    DansVotreIntercommunalite,
    Proche {
        km: u32,
    },
    DansToutLAin,
    ADistance,
    SeDeplaceADomicile,
    Itinerant,
    Gratuit,
    AccueilleLesPublics(Public),
    PriseEnCharge(SpecificSupport),
    AideIndividuelle,
    Ateliers,
    Ouvert(Availability),
    /// A France Services: the door for every démarche of its partner organisations.
    FranceServices,
    /// A France services, partner of the organisation of the person's démarche (its code).
    Partenaire(String),
    /// The organisation of the person's démarche itself: its own office or channel.
    Organisme(String),
    /// For someone who travels with difficulty: the nearest place that fits.
    LePlusProche,
    /// A resource on the parent's subject (its `theme` code).
    Theme(String),
    /// A tournée or a permanence stops in the person's commune (`domain::passage`).
    Passage,
}

impl Reason {
    /// The reason in words, in the page's language.
    pub fn label(&self, langue: crate::langue::Langue) -> String {
        let key = match self {
            Reason::DansVotreCommune => "raison-commune",
            Reason::DansVotreIntercommunalite => "raison-epci",
            Reason::Proche { km } => return langue.tr("raison-proche", &[("km", (*km as usize).into())]),
            Reason::DansToutLAin => "raison-departement",
            Reason::ADistance => "raison-distance",
            Reason::SeDeplaceADomicile => "raison-domicile",
            Reason::Itinerant => "raison-itinerant",
            Reason::Gratuit => "raison-gratuit",
            Reason::AccueilleLesPublics(p) => return langue.t(&p.key()),
            Reason::PriseEnCharge(s) => return langue.t(&s.key()),
            Reason::AideIndividuelle => "raison-aide-individuelle",
            Reason::Ateliers => "raison-ateliers",
            Reason::Ouvert(Availability::Semaine) => "raison-semaine",
            Reason::Ouvert(Availability::Soir) => "raison-soir",
            Reason::Ouvert(Availability::Weekend) => "raison-weekend",
            Reason::FranceServices => "raison-france-services",
            Reason::Partenaire(code) => return langue.t(&format!("raison-partenaire-{code}")),
            Reason::Organisme(code) => return langue.t(&format!("raison-organisme-{code}")),
            Reason::LePlusProche => "raison-le-plus-proche",
            Reason::Theme(code) => return langue.t(&format!("raison-theme-{code}")),
            Reason::Passage => "raison-passage",
        };
        langue.t(key)
    }
}

/// What the engine knows of the person: where they live and what the parcours' answers mean.
#[derive(Debug, Clone)]
pub struct Profile<'a> {
    pub commune: &'a Commune,
    pub criteria: &'a Criteria,
}

/// When each structure or service is open, computed by the caller from its opening hours (the engine
/// does no date arithmetic, so it stays deterministic). Missing: unknown.
pub type Openings = BTreeMap<String, Vec<Availability>>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub service: String,
    pub structure: String,
    pub tier: Tier,
    pub distance_km: Option<f64>,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Orientation {
    pub matches: Vec<Match>,
    /// The tiers that gave at least one match, in order.
    pub tiers: Vec<Tier>,
    /// Some service in the commune, the EPCI or nearby fits: when false, say so plainly.
    pub local: bool,
}

fn position(structure: &Structure) -> Option<(f64, f64)> {
    let a = structure.adresse.as_ref()?;
    Some((a.longitude?, a.latitude?))
}

/// How the service's declared zone covers the person, if it does.
fn declared_tier(person: &Commune, service: &Service) -> Option<Tier> {
    match &service.zone {
        Coverage::Communes(codes) => codes.contains(&person.insee).then_some(Tier::Commune),
        Coverage::Epci(sirens) => sirens.contains(&person.epci).then_some(Tier::Epci),
        Coverage::Departement(codes) => codes.iter().any(|d| person.insee.as_str().starts_with(d.as_str())).then_some(Tier::Departement),
        Coverage::National => Some(Tier::Remote),
    }
}

/// Degrees of latitude within which a place can be « within reach » (a cheap test before the distance).
const NEIGHBOUR_DEGREES: f64 = NEIGHBOUR_KM / 111.0;

/// Ranks the services of `directory` for `profile`. `openings` says when each service (or, failing
/// that, its structure) is open.
pub fn orient(directory: &Directory, openings: &Openings, profile: &Profile) -> Orientation {
    let c = profile.criteria;
    let mobility = c.mobilite.unwrap_or(Mobility::Peut);
    let mut ranked: Vec<(Vec<u32>, Match)> = Vec::new();
    let wanted = c.services.iter().fold(0u16, |m, k| m | kind_bit(*k));
    let wants_demarches = c.services.contains(&ServiceKind::Demarches);
    // The organisation of the démarche, when the person named one.
    let organisme = c.demarche.as_deref().and_then(organisme).filter(|_| wants_demarches);
    let services = directory.services();
    let candidates = directory.kind_masks().iter().enumerate().filter(|(_, m)| **m & wanted != 0).map(|(i, _)| i);
    for index in candidates {
        let service = &services[index];
        // An organisation's own channel is for its own démarches only.
        let own_channel = organisme.is_some_and(|o| service.organismes.iter().any(|code| code == o.code));
        if wants_demarches && !service.organismes.is_empty() && !own_channel {
            continue;
        }
        // A resource on one parentalité subject is for parents asking about it.
        let on_theme = c.theme.as_ref().is_some_and(|t| service.themes.contains(t));
        if !service.themes.is_empty() && c.theme.is_some() && !on_theme {
            continue;
        }
        // Either comes first within its tier.
        let own = own_channel || on_theme;
        // A tournée or a permanence that stops in the person's commune is help in their commune,
        // wherever its structure is and whatever zone it declares.
        let stops_here = service.passages.iter().any(|p| p.code_insee == profile.commune.insee);
        let declared = if stops_here { Some(Tier::Commune) } else { declared_tier(profile.commune, service) };
        // Outside its declared zone, only a place people go to, and within reach, is offered.
        if declared.is_none() && service.comes_to_person() {
            continue;
        }
        let Some(structure) = directory.structure_of(index) else { continue };
        let place = position(structure);
        if declared.is_none() && !place.is_some_and(|(_, lat)| (lat - profile.commune.lat).abs() <= NEIGHBOUR_DEGREES) {
            continue;
        }
        // The structure's address says nothing of how far a passage in the commune is.
        let distance = place.map(|(lon, lat)| distance_km(profile.commune.lon, profile.commune.lat, lon, lat)).filter(|_| !stops_here);
        let in_commune = structure.adresse.as_ref().is_some_and(|a| a.code_insee == profile.commune.insee);
        let within_reach = distance.is_some_and(|d| d <= NEIGHBOUR_KM);
        let tier = match declared {
            Some(Tier::Epci) if in_commune => Tier::Commune,
            Some(t) => t,
            None if within_reach => Tier::Voisin,
            None => continue,
        };
        let comes = service.comes_to_person();
        // Itinerant with its stops unknown may come near; with its stops known, it comes where it stops.
        let itinerant = stops_here || (service.itinerance.contains(&Itinerance::Itinerant) && service.passages.is_empty());
        // Someone who cannot travel is only sent where someone comes to them or helps from afar.
        if mobility == Mobility::Non && !(comes || itinerant) {
            continue;
        }

        // For a démarche, a France Services is the natural first answer: it orients on every subject.
        let france_services = wants_demarches && structure.dispositifs.contains(&Programme::FranceServices);
        let mut reasons = Vec::new();
        if on_theme {
            // « Autre » names no subject: the resource comes first, with no reason to add.
            reasons.extend(c.theme.iter().filter(|t| *t != "autre").map(|t| Reason::Theme(t.clone())));
        } else if let (true, Some(o)) = (own_channel, organisme) {
            reasons.push(Reason::Organisme(o.code.to_owned()));
        }
        // The organisation's own office, where a source lists one within reach, is the first answer
        // for its démarche: the CAF's antenne in Oyonnax before the France services of Nantua, its
        // partner. Its distance says more than « in all the Ain », the zone it serves.
        let own_office_near = own_channel && !comes && within_reach;
        let proche = Reason::Proche { km: distance.unwrap_or_default().round() as u32 };
        match tier {
            Tier::Commune if stops_here => reasons.push(Reason::Passage),
            Tier::Commune => reasons.push(Reason::DansVotreCommune),
            Tier::Epci => reasons.push(Reason::DansVotreIntercommunalite),
            Tier::Voisin => reasons.push(proche),
            Tier::Departement if own_office_near => reasons.push(proche),
            Tier::Departement => reasons.push(Reason::DansToutLAin),
            Tier::Remote => {}
        }
        match organisme {
            Some(o) if france_services && o.partenaire_france_services => reasons.push(Reason::Partenaire(o.code.to_owned())),
            _ if france_services => reasons.push(Reason::FranceServices),
            _ => {}
        }
        if service.a_domicile {
            reasons.push(Reason::SeDeplaceADomicile);
        }
        if service.modalites_accompagnement.contains(&Accompaniment::ADistance) {
            reasons.push(Reason::ADistance);
        }
        if itinerant && !stops_here {
            reasons.push(Reason::Itinerant);
        }
        if service.frais.contains(&Fee::Gratuit) {
            reasons.push(Reason::Gratuit);
        }
        let wanted_help: Vec<Accompaniment> =
            c.accompagnement.iter().copied().filter(|a| service.modalites_accompagnement.contains(a)).collect();
        for a in &wanted_help {
            match a {
                Accompaniment::Individuel => reasons.push(Reason::AideIndividuelle),
                Accompaniment::Atelier => reasons.push(Reason::Ateliers),
                _ => {}
            }
        }
        let publics: Vec<Public> = c.publics.iter().copied().filter(|p| service.publics.contains(p)).collect();
        reasons.extend(publics.iter().map(|p| Reason::AccueilleLesPublics(*p)));
        let supports: Vec<SpecificSupport> = c.prise_en_charge.iter().copied().filter(|s| service.prise_en_charge.contains(s)).collect();
        reasons.extend(supports.iter().map(|s| Reason::PriseEnCharge(*s)));
        let open = openings.get(&service.id).or_else(|| openings.get(&structure.id));
        let open_when_available: Vec<Availability> =
            c.disponibilite.iter().copied().filter(|a| open.is_some_and(|o| o.contains(a))).collect();
        reasons.extend(open_when_available.iter().map(|a| Reason::Ouvert(*a)));

        // Lower is better, compared left to right.
        let need_fit = u32::from(!c.accompagnement.is_empty() && wanted_help.is_empty());
        let mobility_fit = u32::from(mobility != Mobility::Peut && !comes && !itinerant);
        let wanted = (c.publics.len() + c.prise_en_charge.len()) as u32;
        let public_fit = wanted - (publics.len() + supports.len()) as u32;
        let availability_fit = u32::from(!c.disponibilite.is_empty() && open_when_available.is_empty());
        let metres = distance.map_or(u32::MAX, |d| (d * 1000.0) as u32);
        // Someone who travels with difficulty: every place within reach (commune, EPCI, nearby) as one
        // tier, those that come to the person first, then the nearest; not the EPCI's far end before
        // the next commune's place across the border.
        let difficult = mobility == Mobility::Difficile;
        let tier_rank = if difficult && tier.is_local() { Tier::Commune as u32 } else { tier as u32 };
        // Farther than reach, the organisation's own office comes first within its tier: a CAF antenne
        // (which serves the whole département) before the département's other places, the CAF's line
        // before other lines. Someone who travels with difficulty gets the nearest place first.
        // Someone who cannot travel: a passage in their commune, then a home visit, then help from
        // afar, then a tournée whose stops are not known.
        let immobile_rank = match mobility {
            Mobility::Non if stops_here => 0,
            Mobility::Non if service.a_domicile => 1,
            Mobility::Non if comes => 2,
            Mobility::Non => 3,
            _ => 0,
        };
        let key = vec![
            immobile_rank,
            u32::from(difficult || !own_office_near),
            tier_rank,
            u32::from(!own),
            if difficult { mobility_fit } else { 0 },
            if difficult && tier.is_local() { metres } else { 0 },
            u32::from(!france_services),
            need_fit,
            mobility_fit,
            public_fit,
            availability_fit,
            metres,
            u32::from(structure.a_verifier),
        ];
        ranked.push((key, Match { service: service.id.clone(), structure: structure.id.clone(), tier, distance_km: distance, reasons }));
    }
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.service.cmp(&b.1.service)));
    let mut matches = one_per_place(directory, ranked.into_iter().map(|(_, m)| m));
    if mobility == Mobility::Difficile {
        // The result says why it is in this order: the nearest place that people go to is named so.
        let nearest = matches.iter_mut().find(|m| m.tier.is_local() && m.distance_km.is_some() && !m.reasons.iter().any(comes_to_person));
        if let Some(m) = nearest {
            m.reasons.insert(1, Reason::LePlusProche);
        }
    }
    let mut tiers: Vec<Tier> = matches.iter().map(|m| m.tier).collect();
    tiers.sort();
    tiers.dedup();
    let local = tiers.iter().any(|t| t.is_local());
    Orientation { matches, tiers, local }
}

/// Whether a reason says that the help comes to the person.
fn comes_to_person(r: &Reason) -> bool {
    matches!(r, Reason::SeDeplaceADomicile | Reason::Itinerant | Reason::ADistance | Reason::Passage)
}

/// One card per real place, the best-ranked one: a place offering several services that fit is
/// shown once, and so are two entries with the same name at the same address (two sources that
/// described one place without being merged). A person never sees the same place twice, and each
/// card's accessible name is unique.
fn one_per_place(directory: &Directory, ranked: impl Iterator<Item = Match>) -> Vec<Match> {
    let mut structures = HashSet::new();
    let mut places = HashSet::new();
    ranked
        .filter(|m| {
            if !structures.insert(m.structure.clone()) {
                return false;
            }
            let Some(s) = directory.structure(&m.structure) else { return true };
            let address = s.adresse.as_ref().map(|a| (fold(&a.adresse), a.code_insee.to_string()));
            places.insert((fold(&s.nom), address))
        })
        .collect()
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "engine_properties.rs"]
mod properties;
