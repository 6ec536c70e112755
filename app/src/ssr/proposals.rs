//! « Proposer un lieu » and « C'est ma structure » over the stored proposals (`domain::proposal` has
//! the rules): storing one, the proposer's signed link, a coordinator's decision (which publishes
//! through the back-office's own operations), the proposer's answer, and the messages.
//!
//! Like « être rappelé », a proposal is stored before anything is sent (`mail_pending`,
//! `coord_pending`); the requests' worker sends what waits, so a relay that is down loses nothing.

use super::access;
use super::auth::{check_link_token, link_token, LinkError};
use super::repo::proposals::{Move, Said, Stored};
use super::state::AppState;
use crate::domain::edit::EntityKind;
use crate::domain::edit::Fields;
use crate::domain::journey::percent_encode;
use crate::domain::proposal::{self, Decision, Genre, Proposal, Refusal, Status};
use crate::error::AppError;
use crate::ssr::auth::Session;
use crate::ssr::ops::{self, OpError};

/// Links of proposals are signed under their own scope.
const LINK_SCOPE: &str = "proposition";
/// How long a refused form is kept to be shown again.
const DRAFT_SECONDS: i64 = 3600;

/// Checks the public form against the directory and the geography.
pub fn parse(services: &AppState, fields: &Fields) -> Result<Proposal, crate::domain::edit::FieldErrors> {
    let today = crate::ssr::clock::today();
    let directory = services.directory();
    proposal::parse(fields, &ops::form_context(services, &today), &|id| directory.structure(id).is_some())
}

/// Stores a proposal and starts sending its receipt and the coordination's notice. Returns its id.
pub async fn create(services: &AppState, p: &Proposal, now: i64) -> Result<i64, AppError> {
    let id = services.repo.create_proposal(p, now).await?;
    spawn_delivery(services);
    Ok(id)
}

fn spawn_delivery(services: &AppState) {
    let services = services.clone();
    tokio::spawn(async move {
        if let Err(e) = deliver(&services).await {
            tracing::warn!(error = %e, "proposal messages not sent now; the worker tries again");
        }
    });
}

/// Keeps a refused form an hour; returns the key the page reads it with.
pub async fn keep_draft(services: &AppState, contenu: &str, now: i64) -> Result<String, AppError> {
    let cle = super::auth::random_token();
    services.repo.keep_proposal_draft(&cle, contenu, now, now - DRAFT_SECONDS).await?;
    Ok(cle)
}

pub async fn draft(services: &AppState, cle: &str, now: i64) -> Result<Option<String>, AppError> {
    Ok(services.repo.proposal_draft(cle, now - DRAFT_SECONDS).await?)
}

/// The proposer's page of proposal `id`, and its last valid day.
pub fn link(services: &AppState, id: i64, now: i64) -> (String, String) {
    let expires = now + proposal::LINK_DAYS * 86_400;
    let token = link_token(&services.form_key, LINK_SCOPE, &id.to_string(), expires);
    let day = chrono::DateTime::from_timestamp(expires, 0).map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default();
    (format!("/proposition/{}", percent_encode(&token)), day)
}

/// The proposal a link opens, if the link is genuine and not expired.
pub async fn by_link(services: &AppState, token: &str, now: i64) -> Result<Stored, AppError> {
    let subject = check_link_token(&services.form_key, LINK_SCOPE, token, now).map_err(|e| match e {
        LinkError::Expired => AppError::Gone(format!(
            "Ce lien a expiré : il était valable {} jours. Écrivez à la coordination numérique pour savoir où en est votre proposition.",
            proposal::LINK_DAYS
        )),
        LinkError::Invalid => AppError::NotFound,
    })?;
    let id = subject.parse::<i64>().map_err(|_| AppError::NotFound)?;
    services.repo.proposal(id).await?.ok_or(AppError::NotFound)
}

/// The place's name as proposed, or the listed structure's for « C'est ma structure ».
pub fn name(services: &AppState, p: &Stored) -> String {
    match (&p.proposal.structure, p.genre()) {
        (Some(id), Genre::Gestion) => services.directory().structure(id).map_or_else(|| id.clone(), |s| s.nom.clone()),
        _ => p.champs().get("nom").to_owned(),
    }
}

/// The proposer answers the coordinator's question.
pub async fn answer(services: &AppState, p: &Stored, texte: &str, now: i64) -> Result<Result<Status, Refusal>, AppError> {
    let to = match proposal::reply(p.status, texte) {
        Ok(to) => to,
        Err(r) => return Ok(Err(r)),
    };
    let said = Said { at: now, who: p.proposal.proposant.clone(), action: "réponse".to_owned(), texte: Some(texte.trim().to_owned()) };
    let m = Move { id: p.id, from: p.status, to, structure_id: None, now, said, mail: None, coord: Some("reponse") };
    if !services.repo.move_proposal(&m).await? {
        return Ok(Err(Refusal::Closed));
    }
    spawn_delivery(services);
    Ok(Ok(to))
}

/// What a decision did, for the coordinator's next page.
pub enum Decided {
    /// Published or joined: the structure's id.
    Published(String),
    Moved(Status),
    Refused(Refusal),
}

/// A coordinator's decision. Accepting publishes through the back-office's operations (the same
/// checks, audit line and publication as a typed entry), then records the decision; if another
/// coordinator decided meanwhile, what was just published is archived again, so nothing is doubled.
pub async fn decide(services: &AppState, session: &Session, p: &Stored, decision: &Decision, now: i64) -> Result<Decided, OpError> {
    let to = match proposal::decide(p.status, p.genre(), decision) {
        Ok(to) => to,
        Err(r) => return Ok(Decided::Refused(r)),
    };
    // « C'est ma structure » accepted: the proposer's account (before the decision is recorded, so
    // that the message the decision sends can carry its link).
    let granted = match (decision, p.genre(), p.proposal.structure.as_deref()) {
        (Decision::Accepter, Genre::Gestion, Some(structure)) => {
            Some((access::grant(services, &p.proposal.courriel, &p.proposal.proposant, structure).await?, structure))
        }
        _ => None,
    };
    let published = match (decision, p.genre()) {
        (_, Genre::Gestion) => None,
        (Decision::Accepter, _) => Some(publish(services, session, p, None).await?),
        (Decision::Fusionner(id), _) => Some(publish(services, session, p, Some(id)).await?),
        _ => None,
    };
    let texte = match decision {
        Decision::Question(t) | Decision::Refuser(t) => Some(t.clone()),
        _ => None,
    };
    let mail = match to {
        Status::Question => "question",
        Status::Acceptee => "acceptee",
        _ => "refusee",
    };
    let structure_id = published.as_ref().map(|(s, _, _)| s.as_str());
    let said = Said { at: now, who: session.account.email.clone(), action: decision.describe(), texte };
    let m = Move { id: p.id, from: p.status, to, structure_id, now, said, mail: Some(mail), coord: None };
    if !services.repo.move_proposal(&m).await? {
        if let Some((granted, structure)) = granted {
            access::revoke(services, granted, structure).await?;
        }
        if let Some((structure, service, created)) = &published {
            let (kind, id) = if *created { (EntityKind::Structure, structure) } else { (EntityKind::Service, service) };
            ops::set_archived(services, session, kind, id, true).await?;
        }
        return Ok(Decided::Refused(Refusal::Closed));
    }
    spawn_delivery(services);
    Ok(match published {
        Some((structure, _, _)) => Decided::Published(structure),
        None => Decided::Moved(to),
    })
}

/// Publishes the proposed place as a new structure and its service, or its service under the
/// existing structure `into`. Returns the structure, the service, and whether the structure is new.
async fn publish(services: &AppState, session: &Session, p: &Stored, into: Option<&str>) -> Result<(String, String, bool), OpError> {
    let today = crate::ssr::clock::today();
    let epci = proposal::epci(p.champs(), &ops::form_context(services, &today)).ok_or_else(|| {
        let mut errors = crate::domain::edit::FieldErrors::default();
        errors.0.push(("commune".to_owned(), "La commune proposée n’est plus une commune de l’Ain.".to_owned()));
        OpError::Invalid(errors)
    })?;
    let (structure, created) = match into {
        Some(id) => {
            if services.directory().structure(id).is_none() {
                return Err(OpError::NotFound);
            }
            (id.to_owned(), false)
        }
        None => (ops::save_structure(services, session, None, &proposal::structure_fields(p.champs())).await?, true),
    };
    let service = ops::save_service(services, session, None, &structure, &proposal::service_fields(p.champs(), &epci)).await?;
    Ok((structure, service, created))
}

/// Sends every message waiting, if a relay is configured.
pub async fn deliver(services: &AppState) -> Result<usize, AppError> {
    let Some(mailer) = services.mailer.clone() else { return Ok(0) };
    let now = crate::ssr::clock::now().timestamp();
    let mut sent = 0;
    let waiting = services.repo.proposals().await?.into_iter().filter(|p| p.mail_pending.is_some() || p.coord_pending.is_some());
    for p in waiting {
        let nom = name(services, &p);
        if let Some(kind) = p.mail_pending.clone() {
            if services.repo.claim_proposal_mail(p.id, &kind, false).await? {
                let (path, expires) = link(services, p.id, now);
                let url = format!("{}{path}", services.public_address);
                let history = services.repo.proposal_history(p.id).await?;
                let texte = history.iter().rev().find_map(|s| s.texte.clone().filter(|_| s.who != p.proposal.proposant));
                let texte = texte.filter(|_| matches!(kind.as_str(), "question" | "refusee"));
                let login = format!("{}{}", services.public_address, crate::routes::admin::LOGIN);
                let choose = match (kind.as_str(), p.genre()) {
                    ("acceptee", Genre::Gestion) => Some(access::link(services, &p.proposal.courriel, now).await?),
                    _ => None,
                };
                let way_in = choose.as_ref().map(|c| match c {
                    Some((link, expires)) => proposal::Access::Choose { link, expires },
                    None => proposal::Access::Existing { login: &login },
                });
                let (subject, body) = proposal::mail_to_proposer(&kind, p.genre(), &nom, texte.as_deref(), &url, &expires, way_in);
                match mailer.send(&p.proposal.courriel, &subject, body).await {
                    Ok(()) => sent += 1,
                    Err(_) => services.repo.set_proposal_mail(p.id, &kind, false).await?,
                }
            }
        }
        if let Some(kind) = p.coord_pending.clone() {
            if services.repo.claim_proposal_mail(p.id, &kind, true).await? {
                let url = format!("{}{}", services.public_address, crate::routes::admin::proposal(p.id));
                let commune = commune_name(services, &p);
                let (subject, body) = proposal::mail_to_coordination(&kind, p.genre(), &nom, &commune, &url);
                match mailer.send(&mailer.from_address(), &subject, body).await {
                    Ok(()) => sent += 1,
                    Err(_) => services.repo.set_proposal_mail(p.id, &kind, true).await?,
                }
            }
        }
    }
    Ok(sent)
}

/// The commune's name of a proposed place (or of the listed structure).
pub fn commune_name(services: &AppState, p: &Stored) -> String {
    if let Some(id) = p.proposal.structure.as_deref() {
        let directory = services.directory();
        return directory.structure(id).and_then(|s| s.adresse.as_ref()).map(|a| a.commune.clone()).unwrap_or_default();
    }
    let today = crate::ssr::clock::today();
    let ctx = ops::form_context(services, &today);
    crate::domain::edit::parse_structure(
        &proposal::structure_fields(p.champs()),
        &crate::domain::directory::Structure::blank(String::new(), ""),
        &ctx,
    )
    .ok()
    .and_then(|s| s.adresse)
    .map(|a| a.commune)
    .unwrap_or_default()
}
