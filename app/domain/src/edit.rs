//! The back-office forms, as pure functions: an entry becomes the form's fields, and the submitted
//! fields become an entry or a list of French messages, each attached to its field. Both directions
//! work on plain name/value pairs, so a form that failed is shown again exactly as it was typed.

use super::commune_search::{CommuneQuery, Gazetteer, Resolution};
use super::directory::{Address, Coverage, Service, Structure};
use super::geo::{Geography, InseeCode};
use super::hours_form::Week;
use super::taxonomy::{AccessMode, Accompaniment, Fee, Itinerance, Programme, Public, ServiceKind, SpecificSupport};

mod account;
mod fields;
mod kind;
mod passage;
mod seance;

pub use account::{parse_account, password_length};
pub use fields::{FieldErrors, Fields};
pub use kind::EntityKind;
pub use passage::{edit_passages, MAX_EXCEPTIONS, MAX_PASSAGES};
pub use seance::{parse_seance, seance_fields};

/// What parsing needs besides the fields: the geography and a check of OSM hours (done by a crate
/// on the server, outside this pure module).
pub struct Context<'a> {
    pub gazetteer: &'a Gazetteer,
    pub hours_valid: &'a (dyn Fn(&str) -> bool + Sync),
    /// `AAAA-MM-JJ`, for « vérifié le ».
    pub today: &'a str,
}

fn text(fields: &Fields, errors: &mut FieldErrors, name: &str, label: &str, max: usize, required: bool) -> Option<String> {
    let value = fields.get(name);
    if value.is_empty() {
        if required {
            errors.add(name, format!("Indiquez {label}."));
        }
        return None;
    }
    if value.chars().count() > max {
        errors.add(name, format!("{max} caractères au plus."));
        return None;
    }
    Some(value.to_owned())
}

fn enum_list<T: Copy>(fields: &Fields, errors: &mut FieldErrors, name: &str, from_label: impl Fn(&str) -> Option<T>) -> Vec<T> {
    let mut out = Vec::new();
    for v in fields.all(name) {
        match from_label(v) {
            Some(x) => out.push(x),
            None => errors.add(name, "Un des choix envoyés n’existe pas. Rechargez la page."),
        }
    }
    out
}

/// A French phone number (10 digits, or +33) or a short national number (4 digits), as E.164 when long.
fn phone(fields: &Fields, errors: &mut FieldErrors, name: &str) -> Option<String> {
    let raw = fields.get(name);
    if raw.is_empty() {
        return None;
    }
    let normalized = crate::phone::normalize(raw);
    if normalized.is_none() {
        errors.add(name, "Numéro non reconnu : 10 chiffres (04 74 00 00 00) ou un numéro court (3949).");
    }
    normalized
}

fn email(fields: &Fields, errors: &mut FieldErrors, name: &str) -> Option<String> {
    let raw = fields.get(name);
    if raw.is_empty() {
        return None;
    }
    let ok = raw.len() <= 254
        && !raw.contains(char::is_whitespace)
        && raw.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.') && !domain.contains('@'));
    if ok {
        Some(raw.to_owned())
    } else {
        errors.add(name, "Adresse de courriel non reconnue (exemple : accueil@mairie.fr).");
        None
    }
}

fn commune(fields: &Fields, errors: &mut FieldErrors, name: &str, gazetteer: &Gazetteer, required: bool) -> Option<InseeCode> {
    let raw = fields.get(name);
    if raw.is_empty() {
        if required {
            errors.add(name, "Indiquez la commune (nom ou code INSEE).");
        }
        return None;
    }
    let query = match CommuneQuery::parse(raw) {
        Ok(q) => q,
        Err(e) => {
            errors.add(name, e.to_string());
            return None;
        }
    };
    match gazetteer.resolve(&query) {
        Resolution::One(hit) => InseeCode::parse(&hit.code_insee).ok(),
        Resolution::Several(hits) => {
            let names: Vec<String> = hits.iter().take(4).map(|h| format!("{} ({})", h.nom, h.code_insee)).collect();
            errors.add(name, format!("Plusieurs communes correspondent : {}. Indiquez le code INSEE.", names.join(", ")));
            None
        }
        Resolution::None => {
            errors.add(name, "Aucune commune de l’Ain ne correspond. Vérifiez l’orthographe ou indiquez le code INSEE.");
            None
        }
    }
}

/// The hours from the grid (`h-{jour}-{plage}-debut|fin`) or from the OSM text, never both.
fn hours(fields: &Fields, errors: &mut FieldErrors, ctx: &Context) -> Option<String> {
    let mut week = Week::default();
    for (d, day) in week.0.iter_mut().enumerate() {
        for (k, slot) in day.iter_mut().enumerate() {
            *slot = (fields.get(&format!("h-{d}-{k}-debut")).to_owned(), fields.get(&format!("h-{d}-{k}-fin")).to_owned());
        }
    }
    let texte = fields.get("horaires_texte");
    let grid = match week.to_osm() {
        Ok(g) => g,
        Err(message) => {
            errors.add("horaires", message);
            return None;
        }
    };
    match (grid, texte.is_empty()) {
        (Some(_), false) => {
            errors.add("horaires", "Remplissez soit le tableau, soit le texte au format OpenStreetMap, pas les deux.");
            None
        }
        (Some(g), true) => Some(g),
        (None, true) => None,
        (None, false) if texte.chars().count() <= 500 && (ctx.hours_valid)(texte) => Some(texte.to_owned()),
        (None, false) => {
            errors.add("horaires", "Ce texte n’est pas au format opening_hours d’OpenStreetMap (exemple : Mo-Fr 09:00-12:00).");
            None
        }
    }
}

fn hours_fields(out: &mut Fields, horaires: Option<&str>) {
    match horaires.map(|h| (h, Week::from_osm(h))) {
        Some((_, Some(week))) => {
            for (d, day) in week.0.iter().enumerate() {
                for (k, (start, end)) in day.iter().enumerate() {
                    out.push(&format!("h-{d}-{k}-debut"), start.clone());
                    out.push(&format!("h-{d}-{k}-fin"), end.clone());
                }
            }
        }
        Some((raw, None)) => out.push("horaires_texte", raw),
        None => {}
    }
}

pub fn structure_fields(s: &Structure) -> Fields {
    let mut f = Fields::default();
    f.push("nom", s.nom.clone());
    if let Some(a) = &s.adresse {
        f.push("adresse", a.adresse.clone());
        f.push("code_postal", a.code_postal.clone());
        f.push("commune", a.code_insee.as_str());
    }
    f.push("telephone", s.telephone.clone().unwrap_or_default());
    f.push("courriel", s.courriel.clone().unwrap_or_default());
    f.push("site_web", s.site_web.clone().unwrap_or_default());
    f.push("prise_rdv", s.prise_rdv.clone().unwrap_or_default());
    for p in &s.dispositifs {
        f.push("dispositifs", p.label());
    }
    hours_fields(&mut f, s.horaires.as_deref());
    f
}

/// `previous` keeps what the form does not show (id, source, coordinates of an unchanged address).
pub fn parse_structure(fields: &Fields, previous: &Structure, ctx: &Context) -> Result<Structure, FieldErrors> {
    let mut e = FieldErrors::default();
    let nom = text(fields, &mut e, "nom", "le nom", 150, true);
    let street = text(fields, &mut e, "adresse", "l’adresse", 200, false).unwrap_or_default();
    let postcode = fields.get("code_postal");
    let insee = commune(fields, &mut e, "commune", ctx.gazetteer, !street.is_empty() || !postcode.is_empty());
    if insee.is_some() && !(postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit())) {
        e.add("code_postal", "Le code postal a 5 chiffres.");
    }
    let telephone = phone(fields, &mut e, "telephone");
    let courriel = email(fields, &mut e, "courriel");
    let site_web = text(fields, &mut e, "site_web", "le site", 300, false);
    if site_web.as_deref().is_some_and(|s| !(s.starts_with("https://") || s.starts_with("http://")) || s.contains(char::is_whitespace)) {
        e.add("site_web", "L’adresse du site commence par https://");
    }
    let prise_rdv = text(fields, &mut e, "prise_rdv", "le lien de rendez-vous", 300, false);
    if prise_rdv.as_deref().is_some_and(|s| !s.starts_with("https://") || s.contains(char::is_whitespace)) {
        e.add("prise_rdv", "Le lien de rendez-vous commence par https://");
    }
    let dispositifs = enum_list(fields, &mut e, "dispositifs", Programme::from_label);
    let horaires = hours(fields, &mut e, ctx);
    let verified = fields.get("verifie") == "oui";
    e.into_result(|| {
        let adresse = insee.map(|code_insee| {
            let same_place = previous.adresse.as_ref().filter(|a| a.adresse == street && a.code_insee == code_insee);
            Address {
                commune: ctx.gazetteer.commune(&code_insee).map(|c| c.nom.clone()).unwrap_or_default(),
                longitude: same_place.and_then(|a| a.longitude),
                latitude: same_place.and_then(|a| a.latitude),
                adresse: street,
                code_postal: postcode.to_owned(),
                code_insee,
            }
        });
        let mut s = Structure {
            nom: nom.unwrap_or_default(),
            adresse,
            telephone,
            courriel,
            site_web,
            horaires,
            prise_rdv,
            dispositifs,
            date_maj: if verified { Some(ctx.today.to_owned()) } else { previous.date_maj.clone() },
            a_verifier: !verified && previous.a_verifier,
            ..previous.clone()
        };
        // What a person changes here wins over any later import of an older or newer file.
        s.note_corrections(previous, ctx.today);
        s
    })
}

fn zone_fields(zone: &Coverage) -> (&'static str, String) {
    match zone {
        Coverage::Communes(c) => ("communes", c.iter().map(InseeCode::as_str).collect::<Vec<_>>().join(", ")),
        Coverage::Epci(c) => ("epci", c.join(", ")),
        Coverage::Departement(c) => ("departement", c.join(", ")),
        Coverage::National => ("national", String::new()),
    }
}

pub fn service_fields(s: &Service) -> Fields {
    let mut f = Fields::default();
    f.push("nom", s.nom.clone());
    s.services.iter().for_each(|v| f.push("services", v.label()));
    s.publics.iter().for_each(|v| f.push("publics", v.label()));
    s.prise_en_charge.iter().for_each(|v| f.push("prise_en_charge", v.label()));
    s.frais.iter().for_each(|v| f.push("frais", v.label()));
    s.modalites_acces.iter().for_each(|v| f.push("modalites_acces", v.label()));
    s.modalites_accompagnement.iter().for_each(|v| f.push("modalites_accompagnement", v.label()));
    s.itinerance.iter().for_each(|v| f.push("itinerance", v.label()));
    if s.a_domicile {
        f.push("a_domicile", "oui");
    }
    let (kind, codes) = zone_fields(&s.zone);
    f.push("zone", kind);
    f.push("zone_codes", codes);
    f.push("telephone", s.telephone.clone().unwrap_or_default());
    hours_fields(&mut f, s.horaires.as_deref());
    f
}

fn zone(fields: &Fields, e: &mut FieldErrors, geo: &Geography) -> Option<Coverage> {
    let codes: Vec<&str> = fields.get("zone_codes").split([',', ' ', ';', '\n']).map(str::trim).filter(|c| !c.is_empty()).collect();
    let need_codes = |e: &mut FieldErrors, what: &str| {
        if codes.is_empty() {
            e.add("zone_codes", format!("Indiquez {what}."));
        }
    };
    match fields.get("zone") {
        "communes" => {
            need_codes(e, "les codes INSEE des communes, séparés par des virgules");
            let parsed: Vec<InseeCode> =
                codes.iter().filter_map(|c| InseeCode::parse(c).ok().filter(|i| geo.commune(i).is_some())).collect();
            if parsed.len() != codes.len() {
                e.add("zone_codes", "Un des codes n’est pas celui d’une commune de l’Ain (code INSEE à 5 caractères, exemple 01053).");
            }
            Some(Coverage::Communes(parsed))
        }
        "epci" => {
            need_codes(e, "les numéros SIREN des intercommunalités");
            if codes.iter().any(|c| geo.epci(c).is_none()) {
                e.add("zone_codes", "Un des numéros n’est pas le SIREN d’une intercommunalité de l’Ain (9 chiffres).");
            }
            Some(Coverage::Epci(codes.iter().map(|c| c.to_string()).collect()))
        }
        "departement" => Some(Coverage::Departement(vec!["01".to_owned()])),
        "national" => Some(Coverage::National),
        _ => {
            e.add("zone", "Choisissez où le service est proposé.");
            None
        }
    }
}

pub fn parse_service(fields: &Fields, previous: &Service, ctx: &Context) -> Result<Service, FieldErrors> {
    let mut e = FieldErrors::default();
    let nom = text(fields, &mut e, "nom", "le nom du service", 150, true);
    let services = enum_list(fields, &mut e, "services", ServiceKind::from_label);
    if services.is_empty() {
        e.add("services", "Cochez au moins une aide proposée.");
    }
    let publics = enum_list(fields, &mut e, "publics", Public::from_label);
    let prise_en_charge = enum_list(fields, &mut e, "prise_en_charge", SpecificSupport::from_label);
    let frais = enum_list(fields, &mut e, "frais", Fee::from_label);
    let modalites_acces = enum_list(fields, &mut e, "modalites_acces", AccessMode::from_label);
    let modalites_accompagnement = enum_list(fields, &mut e, "modalites_accompagnement", Accompaniment::from_label);
    let itinerance = enum_list(fields, &mut e, "itinerance", Itinerance::from_label);
    let zone = zone(fields, &mut e, ctx.gazetteer.geography());
    let telephone = phone(fields, &mut e, "telephone");
    let horaires = hours(fields, &mut e, ctx);
    e.into_result(|| Service {
        id: previous.id.clone(),
        structure: previous.structure.clone(),
        nom: nom.unwrap_or_default(),
        services,
        publics,
        prise_en_charge,
        frais,
        modalites_acces,
        modalites_accompagnement,
        itinerance,
        a_domicile: fields.get("a_domicile") == "oui",
        zone: zone.unwrap_or(Coverage::National),
        horaires,
        telephone,
        // Set by the sources and the national lines, not by this form: kept as it was.
        organismes: previous.organismes.clone(),
        themes: previous.themes.clone(),
        passages: previous.passages.clone(),
    })
}

#[cfg(test)]
#[path = "edit_tests.rs"]
mod tests;
