//! The public agenda of séances (`/agenda`, `/agenda.ics`) and the séances shown with a parentalité
//! result.

use super::state::AppState;
use crate::domain::commune_search::CommuneLookup;
use crate::domain::geo::{Commune, InseeCode};
use crate::domain::ics::{calendar, IcsEvent};
use crate::domain::langue::Langue;
use crate::domain::seance::{agenda, AgendaFilter, AgendaQuery, AgendaView, LocalDateTime, Seance, SeanceCard, SeancePublic};
use crate::domain::taxonomy::ServiceKind;
use crate::error::AppError;

fn now() -> LocalDateTime {
    let now = crate::ssr::clock::paris();
    LocalDateTime::parse(&now.format("%Y-%m-%d").to_string(), &now.format("%H:%M").to_string()).expect("chrono formats a valid date")
}

/// One séance as a card, its fixed words (date, public, theme) in `langue`.
pub fn card(services: &AppState, s: &Seance, langue: Langue) -> SeanceCard {
    let directory = services.directory();
    let service = directory.service(&s.service);
    let organisateur = service.and_then(|v| directory.structure(&v.structure)).map(|t| t.nom.clone()).unwrap_or_default();
    SeanceCard {
        id: s.id.clone(),
        titre: s.titre.clone(),
        quand: s.when_in(langue),
        lieu: s.lieu.clone(),
        commune_nom: services.gazetteer.commune(&s.commune).map(|c| c.nom.clone()).unwrap_or_default(),
        public: langue.t(&s.public.key()),
        theme: langue.t(&s.theme.key()),
        inscription: s.inscription.clone(),
        capacite: s.capacite,
        description: s.description.clone(),
        service_id: s.service.clone(),
        organisateur,
    }
}

fn epci_of<'a>(services: &'a AppState) -> impl Fn(&InseeCode) -> Option<&'a str> {
    move |code| services.gazetteer.commune(code).map(|c| services.gazetteer.epci_of(c).siren.as_str())
}

/// Checks the filters: an unknown public, theme or EPCI is a bad link (400); a commune that does not
/// resolve is explained on the page and the list stays unfiltered.
fn filter(services: &AppState, q: &AgendaQuery, langue: Langue) -> Result<(AgendaFilter, Option<String>, Option<String>), AppError> {
    let bad = |what: &str| AppError::BadRequest(langue.tr("agenda-filtre-inconnu", &[("valeur", what.into())]));
    let public = q.public.as_deref().filter(|p| !p.is_empty()).map(|p| SeancePublic::from_code(p).ok_or_else(|| bad(p))).transpose()?;
    let theme = q.theme.as_deref().filter(|t| !t.is_empty()).map(|t| ServiceKind::from_label(t).ok_or_else(|| bad(t))).transpose()?;
    let mut epci = q
        .epci
        .as_deref()
        .filter(|e| !e.is_empty())
        .map(|e| services.gazetteer.geography().epci(e).map(|x| x.siren.clone()).ok_or_else(|| bad(e)))
        .transpose()?;
    let mut message = None;
    match services.gazetteer.lookup(q.commune.as_deref().filter(|c| !c.trim().is_empty()), langue) {
        CommuneLookup::Found(hit) => epci = Some(hit.epci_siren),
        CommuneLookup::Choose { options, .. } => {
            let names: Vec<String> = options.iter().take(5).map(|h| h.label()).collect();
            message = Some(langue.tr("agenda-plusieurs", &[("communes", (&names.join(" ; ")).into())]));
        }
        CommuneLookup::Problem { message: m, .. } => message = Some(m),
        CommuneLookup::Empty => {}
    }
    let epci_nom = epci.as_deref().and_then(|e| services.gazetteer.geography().epci(e)).map(|e| e.nom.clone());
    Ok((AgendaFilter { epci, public, theme }, epci_nom, message))
}

fn query_string(q: &AgendaQuery, epci: Option<&str>) -> String {
    let pairs: Vec<(String, String)> = [("epci", epci.map(str::to_owned)), ("public", q.public.clone()), ("theme", q.theme.clone())]
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_owned(), v.filter(|v| !v.is_empty())?)))
        .collect();
    crate::domain::journey::url("", &pairs)
}

pub fn view(services: &AppState, q: AgendaQuery, langue: Langue) -> Result<AgendaView, AppError> {
    let (filter, epci_nom, commune_message) = filter(services, &q, langue)?;
    let all = services.seances();
    let seances = agenda(&all, &now(), &filter, epci_of(services)).into_iter().map(|s| card(services, s, langue)).collect();
    let ics_url = format!("/agenda.ics{}", query_string(&q, filter.epci.as_deref()));
    Ok(AgendaView { query: q, epci_nom, commune_message, seances, ics_url })
}

fn event(services: &AppState, s: &Seance, origin: &str) -> IcsEvent {
    let c = card(services, s, Langue::Fr);
    let mut description = format!("{} — {}. Pour : {}. {}", c.organisateur, c.theme, c.public, c.inscription);
    if let Some(d) = &s.description {
        description.push_str("\n\n");
        description.push_str(d);
    }
    IcsEvent {
        uid: format!("seance-{}@aiguillage", s.id),
        // Stable within a day, so that the file does not change on every download.
        stamp: crate::ssr::clock::paris().date().format("%Y%m%dT000000Z").to_string(),
        start: s.debut.clone(),
        end: s.fin.clone(),
        summary: s.titre.clone(),
        location: format!("{}, {}", s.lieu, c.commune_nom),
        description,
        url: format!("{origin}/lieu/{}", s.service),
    }
}

/// `/agenda.ics` with the agenda's filters (a commune that does not resolve is ignored).
pub fn ics(services: &AppState, q: &AgendaQuery, origin: &str) -> Result<String, AppError> {
    let (filter, epci_nom, _) = filter(services, q, Langue::Fr)?;
    let all = services.seances();
    let events: Vec<IcsEvent> = agenda(&all, &now(), &filter, epci_of(services)).into_iter().map(|s| event(services, s, origin)).collect();
    let name = match epci_nom {
        Some(e) => format!("Aiguillage – séances numériques – {e}"),
        None => "Aiguillage – séances numériques dans l’Ain".to_owned(),
    };
    Ok(calendar(&name, &events))
}

/// One séance as a calendar file (past ones too: a link someone kept still works).
pub fn ics_one(services: &AppState, id: &str, origin: &str) -> Result<String, AppError> {
    let all = services.seances();
    let s = all.iter().find(|s| s.id == id).ok_or(AppError::NotFound)?;
    Ok(calendar(&s.titre, &[event(services, s, origin)]))
}

/// The next séances for parents near `commune`: its EPCI first, then the rest of the Ain.
pub fn parentalite_near(services: &AppState, commune: &Commune, subject: Option<&str>, limit: usize, langue: Langue) -> Vec<SeanceCard> {
    let all = services.seances();
    let epci = services.gazetteer.epci_of(commune).siren.clone();
    let for_parents = AgendaFilter { public: Some(SeancePublic::Parents), ..Default::default() };
    let mut found: Vec<&Seance> = agenda(&all, &now(), &for_parents, epci_of(services))
        .into_iter()
        .filter(|s| s.theme == ServiceKind::Parentalite || s.public == SeancePublic::Parents)
        .collect();
    let of = epci_of(services);
    // The parent's subject first, then the person's EPCI (a stable sort keeps the dates' order).
    found.sort_by_key(|s| (!subject.is_some_and(|t| crate::domain::seance::on_subject(s, t)), of(&s.commune) != Some(epci.as_str())));
    found.into_iter().take(limit).map(|s| card(services, s, langue)).collect()
}

/// The upcoming séances of one service.
pub fn of_service(services: &AppState, id: &str, langue: Langue) -> Vec<SeanceCard> {
    let all = services.seances();
    agenda(&all, &now(), &AgendaFilter::default(), epci_of(services))
        .into_iter()
        .filter(|s| s.service == id)
        .map(|s| card(services, s, langue))
        .collect()
}
