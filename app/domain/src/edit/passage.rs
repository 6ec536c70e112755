//! The forms of a service's passages (tournées, permanences): add one, remove one, add or remove a
//! dated exception. Each is a small form of its own on the service's page, posted with an `action`;
//! the result is the whole service, written like any other change to it (history, audit, publication).

use super::{commune, text, Context, FieldErrors, Fields};
use crate::directory::Service;
use crate::passage::{Exception, Passage, Rule, DAYS};
use crate::seance::{parse_date, parse_time};
use crate::taxonomy::Itinerance;

/// A service has at most this many passages, and a passage this many exceptions: a tournée of the
/// Ain stops in a few dozen communes, and a list longer than that is a mistake or an abuse.
pub const MAX_PASSAGES: usize = 40;
pub const MAX_EXCEPTIONS: usize = 60;

/// « 14:00 » as minutes, or a message for `name`.
fn time(fields: &Fields, e: &mut FieldErrors, name: &str, example: &str) -> Option<u16> {
    let parsed = parse_time(fields.get(name)).map(|(h, m)| (h * 60 + m) as u16);
    if parsed.is_none() {
        e.add(name, format!("Indiquez l’heure au format HH:MM (exemple : {example})."));
    }
    parsed
}

fn range(fields: &Fields, e: &mut FieldErrors, start: &str, end: &str) -> Option<(u16, u16)> {
    let (debut, fin) = (time(fields, e, start, "09:00"), time(fields, e, end, "12:00"));
    match (debut, fin) {
        (Some(d), Some(f)) if f <= d => {
            e.add(end, "La fin doit être après le début.");
            None
        }
        (Some(d), Some(f)) => Some((d, f)),
        _ => None,
    }
}

/// The `opening_hours` of the add form: every week or some weeks of the month on one day, or typed.
fn rule(fields: &Fields, e: &mut FieldErrors, ctx: &Context) -> Option<String> {
    match fields.get("passage_rythme") {
        "osm" => {
            let raw = text(fields, e, "passage_osm", "les horaires au format OpenStreetMap", 300, true)?;
            if (ctx.hours_valid)(&raw) {
                Some(raw)
            } else {
                e.add("passage_osm", "Ces horaires ne sont pas au format OpenStreetMap (exemple : Tu[1,3] 09:00-12:00).");
                None
            }
        }
        rythme @ ("semaine" | "mois") => {
            let jour = DAYS.iter().position(|d| *d == fields.get("passage_jour"));
            if jour.is_none() {
                e.add("passage_jour", "Choisissez le jour de passage.");
            }
            let mut rangs: Vec<u8> =
                fields.all("passage_rangs").iter().filter_map(|r| r.parse().ok()).filter(|r| (1..=5).contains(r)).collect();
            rangs.sort_unstable();
            rangs.dedup();
            if rythme == "mois" && rangs.is_empty() {
                e.add("passage_rangs", "Cochez au moins une semaine du mois (1re, 2e…).");
            }
            let rangs = if rythme == "mois" { rangs } else { vec![] };
            let (debut, fin) = range(fields, e, "passage_debut", "passage_fin")?;
            Some(Rule { jour: jour?, rangs, debut, fin }.to_osm())
        }
        _ => {
            e.add("passage_rythme", "Choisissez quand a lieu le passage.");
            None
        }
    }
}

/// The next free passage id of `service` (« p1 », « p2 »…, never one used before in the list).
fn next_id(service: &Service) -> String {
    let used = service.passages.iter().filter_map(|p| p.id.strip_prefix('p')?.parse::<u32>().ok()).max().unwrap_or(0);
    format!("p{}", used + 1)
}

fn add_passage(fields: &Fields, service: &Service, ctx: &Context) -> Result<Service, FieldErrors> {
    let mut e = FieldErrors::default();
    if service.passages.len() >= MAX_PASSAGES {
        e.add("passage_commune", format!("Un service a au plus {MAX_PASSAGES} passages. Supprimez-en un avant d’en ajouter."));
        return Err(e);
    }
    let code = commune(fields, &mut e, "passage_commune", ctx.gazetteer, true);
    let lieu = text(fields, &mut e, "passage_lieu", "le lieu (exemple : salle des fêtes, mairie, marché)", 120, true);
    let adresse = text(fields, &mut e, "passage_adresse", "l’adresse", 200, false);
    let horaires = rule(fields, &mut e, ctx);
    let nom = code.as_ref().and_then(|c| ctx.gazetteer.commune(c)).map(|c| c.nom.clone());
    e.into_result(|| {
        let mut changed = service.clone();
        let passage = Passage {
            id: next_id(service),
            code_insee: code.expect("checked"),
            commune: nom.unwrap_or_default(),
            lieu: lieu.unwrap_or_default(),
            adresse,
            horaires: horaires.unwrap_or_default(),
            exceptions: vec![],
        };
        changed.passages.push(passage);
        // The national standards' one word for it (Schéma des lieux: `itinerance`): a service with
        // passages goes where people are.
        if !changed.itinerance.contains(&Itinerance::Itinerant) {
            changed.itinerance.push(Itinerance::Itinerant);
        }
        changed
    })
}

/// The passage `id` of `service`, by position, or the message that it is gone.
fn find(service: &Service, id: &str, field: &str) -> Result<usize, FieldErrors> {
    service.passages.iter().position(|p| p.id == id).ok_or_else(|| {
        let mut e = FieldErrors::default();
        e.add(field, "Ce passage n’existe plus (quelqu’un l’a peut-être supprimé). Rechargez la page.");
        e
    })
}

fn add_exception(fields: &Fields, service: &Service, ctx: &Context) -> Result<Service, FieldErrors> {
    let at = find(service, fields.get("exception_passage"), "exception_passage")?;
    let mut e = FieldErrors::default();
    let date = fields.get("exception_date");
    if parse_date(date).is_none() {
        e.add("exception_date", "Indiquez la date au format JJ/MM/AAAA.");
    } else if date < ctx.today {
        e.add("exception_date", "Cette date est passée.");
    }
    let heures = match fields.get("exception_sorte") {
        "annule" => None,
        "ajout" => range(fields, &mut e, "exception_debut", "exception_fin"),
        _ => {
            e.add("exception_sorte", "Choisissez : pas de passage ce jour-là, ou un passage exceptionnel.");
            None
        }
    };
    e.into_result(|| {
        let mut changed = service.clone();
        let passage = &mut changed.passages[at];
        // A day says one thing: a new exception replaces the one of that day, and past ones go.
        passage.exceptions.retain(|x| x.date != date && x.date.as_str() >= ctx.today);
        passage.exceptions.push(Exception { date: date.to_owned(), heures });
        passage.exceptions.sort_by(|a, b| a.date.cmp(&b.date));
        passage.exceptions.truncate(MAX_EXCEPTIONS);
        changed
    })
}

/// The service with the change `fields` ask for, or the messages of the form that asked it.
pub fn edit_passages(fields: &Fields, service: &Service, ctx: &Context) -> Result<Service, FieldErrors> {
    match fields.get("action") {
        "ajouter" => add_passage(fields, service, ctx),
        "exception" => add_exception(fields, service, ctx),
        "supprimer" => {
            let at = find(service, fields.get("passage"), "passage")?;
            let mut changed = service.clone();
            changed.passages.remove(at);
            Ok(changed)
        }
        "retirer-exception" => {
            let at = find(service, fields.get("passage"), "passage")?;
            let mut changed = service.clone();
            changed.passages[at].exceptions.retain(|x| x.date != fields.get("date"));
            Ok(changed)
        }
        _ => {
            let mut e = FieldErrors::default();
            e.add("action", "Cette action n’existe pas. Rechargez la page.");
            Err(e)
        }
    }
}

#[cfg(test)]
#[path = "passage_tests.rs"]
mod tests;
