//! « Être rappelé » over the stored requests (`domain::callback` has the rules): who receives a
//! request, its signed link, the answers given through it, and the worker that sends the messages,
//! the one reminder, and deletes personal data when its time comes.
//!
//! A request is stored before anything is sent (the message waits in `mail_pending`), so a relay that
//! is down, absent (no `AIGUILLAGE_SMTP`: nothing ever leaves) or a server killed in between loses no
//! request: it stays in the back-office, and on the coordinators' « À faire » when late.

use super::auth::{check_link_token, keyed_hash, link_token, LinkError};
use super::repo::callbacks::{Callback, Move, NewCallback, Receiver};
use super::repo::RepoError;
use super::state::AppState;
use crate::domain::callback::{self, Answer, AnswerRefusal, Request, Status};
use crate::domain::flow::Flow;
use crate::domain::geo::InseeCode;
use crate::domain::indicators::Mode;
use crate::domain::journey::{percent_encode, url, Journey};
use crate::error::AppError;

/// Links of requests are signed under their own scope.
const LINK_SCOPE: &str = "demande";
/// The holder of a request no structure was designated for.
pub const COORDINATION: &str = "coordination";
/// How often the worker looks for messages to send, reminders and deletions.
const WORKER_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Who receives the requests of an EPCI for a need.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    /// `None`: the departmental coordination.
    pub structure_id: Option<String>,
    pub nom: String,
    pub telephone: Option<String>,
}

/// What a request is about, from a complete journey.
#[derive(Debug, Clone)]
pub struct About {
    pub insee: String,
    pub commune: String,
    pub epci: String,
    pub epci_nom: String,
    pub besoin: String,
    /// French: it goes into messages to structures.
    pub besoin_titre: String,
    /// The journey's answers, as the result's query (no navigation).
    pub reponses: String,
}

/// What a journey asks about; a journey that would not reach a result is a bad request.
pub fn about(services: &AppState, journey: &Journey) -> Result<About, AppError> {
    let flow = Flow::shipped();
    let bad = || AppError::BadRequest("Cette demande ne vient pas d’un résultat complet : refaites le parcours.".to_owned());
    if journey.result_detour(flow).is_some() {
        return Err(bad());
    }
    let besoin = journey.demande.besoin.clone().ok_or_else(bad)?;
    let code = journey.demande.commune.clone().ok_or_else(bad)?;
    let commune = services.gazetteer.commune(&code).ok_or_else(bad)?;
    let epci = services.gazetteer.epci_of(commune);
    let plain = Journey { navigation: Default::default(), ..journey.clone() };
    Ok(About {
        insee: code.as_str().to_owned(),
        commune: commune.nom.clone(),
        epci: epci.siren.clone(),
        epci_nom: epci.nom.clone(),
        besoin_titre: need_title(&besoin),
        besoin,
        reponses: url("", &plain.pairs(flow)).trim_start_matches('?').to_owned(),
    })
}

/// The designation for `epci` and `besoin` (that need first, then every need) whose structure is
/// still published.
pub async fn receiver(services: &AppState, epci: &str, besoin: &str) -> Result<Option<Receiver>, AppError> {
    let directory = services.directory();
    let mut found: Vec<Receiver> = services
        .repo
        .receivers()
        .await?
        .into_iter()
        .filter(|r| r.epci == epci && (r.besoin == besoin || r.besoin.is_empty()) && directory.structure(&r.structure_id).is_some())
        .collect();
    found.sort_by_key(|r| r.besoin.is_empty());
    Ok(found.into_iter().next())
}

/// Who will call back for `epci` and `besoin`.
pub async fn destination(services: &AppState, epci: &str, besoin: &str) -> Result<Destination, AppError> {
    let directory = services.directory();
    Ok(match receiver(services, epci, besoin).await?.and_then(|r| directory.structure(&r.structure_id).cloned()) {
        Some(s) => Destination { structure_id: Some(s.id), nom: s.nom, telephone: s.telephone },
        None => Destination { structure_id: None, nom: "la coordination numérique de l’Ain".to_owned(), telephone: None },
    })
}

/// Why a request was not stored.
#[derive(Debug)]
pub enum NotStored {
    /// The same person already asked for this need today.
    Duplicate,
    Failed(AppError),
}

impl From<AppError> for NotStored {
    fn from(e: AppError) -> Self {
        NotStored::Failed(e)
    }
}

/// Stores a request and starts sending its message. Returns its reference.
pub async fn create(services: &AppState, about: &About, request: Request, mode: Mode, now: i64) -> Result<String, NotStored> {
    let destination = destination(services, &about.epci, &about.besoin).await?;
    let day = chrono::DateTime::from_timestamp(now, 0).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let same_person = keyed_hash(&services.form_key, "meme-personne", &callback::same_person_key(&request.contact, &about.besoin, &day));
    let mut random = [0u8; 5];
    getrandom::getrandom(&mut random).map_err(|e| AppError::internal(format!("random source: {e}")))?;
    let new = NewCallback {
        reference: callback::reference(random),
        created_at: now,
        epci: about.epci.clone(),
        commune: about.insee.clone(),
        besoin: about.besoin.clone(),
        mode,
        reponses: about.reponses.clone(),
        structure_id: destination.structure_id,
        prenom: request.prenom,
        contact: request.contact,
        message: request.message,
        same_person,
    };
    match services.repo.create_callback(&new).await {
        Ok(_) => {}
        Err(RepoError::Conflict) => return Err(NotStored::Duplicate),
        Err(e) => return Err(NotStored::Failed(e.into())),
    }
    let services = services.clone();
    tokio::spawn(async move {
        if let Err(e) = deliver(&services).await {
            tracing::warn!(error = %e, "request messages not sent now; the worker tries again");
        }
    });
    Ok(new.reference)
}

fn holder(c: &Callback) -> &str {
    c.structure_id.as_deref().unwrap_or(COORDINATION)
}

/// The link that opens `c` for the structure that has it now, and its last valid day.
pub fn link(services: &AppState, c: &Callback, now: i64) -> (String, String) {
    let expires = now + callback::LINK_DAYS * 86_400;
    let token = link_token(&services.form_key, LINK_SCOPE, &format!("{}-{}", c.id, holder(c)), expires);
    let day = chrono::DateTime::from_timestamp(expires, 0).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    (format!("{}/demande/{}", services.public_address, percent_encode(&token)), day)
}

/// The request a link opens, if the link is genuine, not expired, and its structure still has it.
pub async fn by_link(services: &AppState, token: &str, now: i64) -> Result<Callback, AppError> {
    let subject = check_link_token(&services.form_key, LINK_SCOPE, token, now).map_err(|e| match e {
        LinkError::Expired => AppError::Gone(format!(
            "Ce lien a expiré : il était valable {} jours. La demande est suivie par la coordination numérique.",
            callback::LINK_DAYS
        )),
        LinkError::Invalid => AppError::NotFound,
    })?;
    let (id, who) = subject.split_once('-').ok_or(AppError::NotFound)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let c = services.repo.callback(id).await?.ok_or(AppError::NotFound)?;
    if c.purged {
        return Err(AppError::Gone("Cette demande a été supprimée : ses données personnelles ne sont plus gardées.".to_owned()));
    }
    if holder(&c) != who {
        return Err(AppError::Gone("Cette demande a été transmise à une autre structure : elle ne vous est plus confiée.".to_owned()));
    }
    Ok(c)
}

/// Who acts through a link, for the audit log.
pub fn link_holder(services: &AppState, c: &Callback) -> String {
    match &c.structure_id {
        Some(id) => format!("lien envoyé à {}", services.directory().structure(id).map_or(id.as_str(), |s| s.nom.as_str())),
        None => "lien envoyé à la coordination".to_owned(),
    }
}

/// Opens a request through its link: written to the audit log.
pub async fn open(services: &AppState, token: &str, now: i64) -> Result<Callback, AppError> {
    let c = by_link(services, token, now).await?;
    services.repo.log_callback_access(c.id, now, &link_holder(services, &c), "demande consultée").await?;
    Ok(c)
}

/// Applies an answer given by `who` to `c` as it was read. A replayed or raced answer, or one on a
/// closed request, changes nothing and says why.
pub async fn answer(
    services: &AppState,
    c: &Callback,
    answer: &Answer,
    who: &str,
    now: i64,
) -> Result<Result<Status, AnswerRefusal>, AppError> {
    let to = match callback::apply(c.status, answer) {
        Ok(to) => to,
        Err(refused) => return Ok(Err(refused)),
    };
    let to_structure = match answer {
        Answer::Transmise(id) if Some(id) == c.structure_id.as_ref() || services.directory().structure(id).is_none() => {
            return Ok(Err(AnswerRefusal::Invalid))
        }
        Answer::Transmise(id) => Some(id.as_str()),
        _ => c.structure_id.as_deref(),
    };
    let rendez_vous = match answer {
        Answer::RendezVous(day) => Some(day.as_str()),
        _ => None,
    };
    let m = Move {
        id: c.id,
        from: c.status,
        from_structure: c.structure_id.as_deref(),
        to,
        to_structure,
        rendez_vous,
        now,
        who,
        action: &answer.describe(),
    };
    if !services.repo.move_callback(&m).await? {
        return Ok(Err(AnswerRefusal::Already));
    }
    if matches!(answer, Answer::Transmise(_)) {
        let services = services.clone();
        tokio::spawn(async move { deliver(&services).await.ok() });
    }
    Ok(Ok(to))
}

/// The address a request's messages go to: its designation for the request's EPCI and need, else any
/// designation of that structure, else the structure's own address; the coordination's otherwise.
fn recipient(services: &AppState, receivers: &[Receiver], c: &Callback, coordination: &str) -> Option<String> {
    let Some(structure) = &c.structure_id else { return Some(coordination.to_owned()) };
    let designated = receivers
        .iter()
        .filter(|r| &r.structure_id == structure)
        .min_by_key(|r| (r.epci != c.epci, r.besoin != c.besoin))
        .map(|r| r.courriel.clone());
    designated.or_else(|| services.directory().structure(structure).and_then(|s| s.courriel.clone()))
}

/// The name of the commune a request came from, while it is kept.
pub fn commune_name(services: &AppState, c: &Callback) -> Option<String> {
    let code = InseeCode::parse(c.commune.as_deref()?).ok()?;
    services.gazetteer.commune(&code).map(|m| m.nom.clone())
}

/// A need's title in French (the words structures and coordinators read), or its id if the flow no
/// longer has it.
pub fn need_title(besoin: &str) -> String {
    Flow::shipped().need(besoin).map_or_else(|| besoin.to_owned(), |n| n.titre.clone())
}

/// Sends every message waiting, if a relay is configured. A message that fails waits for the next
/// round; without a relay nothing leaves and everything waits.
pub async fn deliver(services: &AppState) -> Result<usize, AppError> {
    let Some(mailer) = services.mailer.clone() else { return Ok(0) };
    let now = crate::ssr::clock::now().timestamp();
    let mut sent = 0;
    let receivers = services.repo.receivers().await?;
    for c in services.repo.callbacks(None).await? {
        let Some(kind) = c.mail_pending.clone() else { continue };
        let Some(to) = recipient(services, &receivers, &c, &mailer.from_address()) else { continue };
        if !services.repo.claim_callback_mail(c.id, &kind).await? {
            continue;
        }
        let (url, expires) = link(services, &c, now);
        let commune = commune_name(services, &c);
        let (subject, body) =
            callback::mail_to_structure(commune.as_deref().unwrap_or("l’Ain"), &need_title(&c.besoin), &url, &expires, kind == "rappel");
        match mailer.send(&to, &subject, body).await {
            Ok(()) => {
                sent += 1;
                services.repo.log_callback_access(c.id, now, "Aiguillage", &format!("message « {kind} » envoyé à {to}")).await?;
            }
            Err(_) => services.repo.set_callback_mail(c.id, Some(&kind), None).await?,
        }
    }
    Ok(sent)
}

/// What one round of the worker did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub reminded: usize,
    pub sent: usize,
    pub purged: usize,
}

/// One round at `now`: reminders due, messages waiting (requests' and proposals'), personal data due
/// for deletion.
pub async fn round(services: &AppState, now: i64) -> Result<Round, AppError> {
    let mut done = Round::default();
    for c in services.repo.callbacks(None).await? {
        if callback::purge_due(&c.times, now) {
            done.purged += usize::from(services.repo.purge_callback(c.id, now, "suppression automatique (durée de conservation)").await?);
        } else if callback::reminder_due(&c.times, now) {
            services.repo.set_callback_mail(c.id, Some("rappel"), Some(now)).await?;
            done.reminded += 1;
        }
    }
    let closed_before = now - crate::domain::proposal::KEEP_AFTER_CLOSE_DAYS * 86_400;
    done.purged += usize::try_from(services.repo.purge_proposals(closed_before).await?).unwrap_or(usize::MAX);
    // The proposals' messages wait and leave the same way (`ssr::proposals`).
    done.sent = deliver(services).await? + super::proposals::deliver(services).await?;
    Ok(done)
}

/// Runs [`round`] every minute for as long as the server runs.
pub fn spawn_worker(services: &AppState) {
    let services = services.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(WORKER_EVERY);
        loop {
            tick.tick().await;
            if let Err(e) = round(&services, crate::ssr::clock::now().timestamp()).await {
                tracing::warn!(error = %e, "the requests' round failed; the next one tries again");
            }
        }
    });
}

/// « Supprimer ma demande »: with its reference and the contact given with it, so a reference read
/// over a shoulder is not enough. Returns whether there was such a request.
pub async fn delete_by_person(services: &AppState, reference: &str, contact: &str, now: i64) -> Result<bool, AppError> {
    let Some(reference) = callback::normalize_reference(reference) else { return Ok(false) };
    let Some(contact) = callback::Contact::parse(contact) else { return Ok(false) };
    match services.repo.callback_by_reference(&reference).await? {
        Some(c) if c.contact.as_ref() == Some(&contact) => {
            Ok(services.repo.purge_callback(c.id, now, "la personne, avec sa référence").await?)
        }
        _ => Ok(false),
    }
}
