//! « Être rappelé »: a person leaves a first name and a way to reach them, and a structure of their
//! EPCI calls back. Pure rules: what a request may hold, how its status moves when a structure
//! answers, when it is reminded, late, and deleted, and what the comité is told (counts only).
//!
//! Personal data by design (RGPD art. 5 and 25):
//! - the minimum: a first name, one phone number or e-mail address, an optional message, and what the
//!   journey already knows (need, answers, commune); never a surname, an address or a birth date;
//! - the e-mail a structure receives names no one ([`mail_to_structure`]): mail is forwarded and kept
//!   in mailboxes nobody controls, so the person's details stay behind the signed link;
//! - kept [`KEEP_AFTER_CLOSE_DAYS`] after it closes (long enough for the person to call about it, or
//!   for the structure to find it again when they do), and never more than [`KEEP_AT_MOST_DAYS`]
//!   after it was sent, answered or not. Deleting blanks every personal field: what remains is the
//!   EPCI, the need, the mode, the days and the outcome, which the comité's counts need.

mod counts;

pub use counts::{counts, Counts, Outcome};

use crate::phone;
use crate::result::french_date;
use crate::seance::parse_date;

pub const PRENOM_MAX: usize = 40;
pub const MESSAGE_MAX: usize = 500;
/// Days a closed request is kept before its personal data is deleted.
pub const KEEP_AFTER_CLOSE_DAYS: i64 = 90;
/// Days any request is kept at most, even if nobody ever closed it.
pub const KEEP_AT_MOST_DAYS: i64 = 180;
/// Hours without any answer before the structure gets its one reminder.
pub const REMIND_AFTER_HOURS: i64 = 48;
/// Hours without any answer before the coordinators' « À faire » lists it.
pub const LATE_AFTER_HOURS: i64 = 96;
/// Days a structure's link works: a request waiting longer is on the coordinators' list anyway.
pub const LINK_DAYS: i64 = 30;

/// How the person can be reached: a French phone number (stored `+33…`) or an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    Telephone(String),
    Courriel(String),
}

impl Contact {
    /// A phone number in any usual French writing, or an e-mail address; `None` otherwise.
    pub fn parse(raw: &str) -> Option<Contact> {
        let raw = raw.trim();
        if raw.contains('@') {
            let (local, domain) = raw.split_once('@')?;
            let plausible = !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && raw.len() <= 254
                && !raw.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"'))
                && !domain.contains('@');
            return plausible.then(|| Contact::Courriel(raw.to_lowercase()));
        }
        // Short numbers (3949) are services, never a person.
        phone::normalize(raw).filter(|p| p.starts_with("+33")).map(Contact::Telephone)
    }

    pub fn value(&self) -> &str {
        match self {
            Contact::Telephone(v) | Contact::Courriel(v) => v,
        }
    }

    /// As stored: `tel:+33…` or `mailto:…`, which also says which it is.
    pub fn stored(&self) -> String {
        match self {
            Contact::Telephone(v) => format!("tel:{v}"),
            Contact::Courriel(v) => format!("mailto:{v}"),
        }
    }

    pub fn from_stored(stored: &str) -> Option<Contact> {
        if let Some(v) = stored.strip_prefix("tel:") {
            Some(Contact::Telephone(v.to_owned()))
        } else {
            stored.strip_prefix("mailto:").map(|v| Contact::Courriel(v.to_owned()))
        }
    }
}

/// What a person sent, once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub prenom: String,
    pub contact: Contact,
    pub message: Option<String>,
}

/// A field the person must correct; its code travels in the redirect back to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Prenom,
    Contact,
    Message,
    Consentement,
}

impl Refusal {
    pub const ALL: [Refusal; 4] = [Refusal::Prenom, Refusal::Contact, Refusal::Message, Refusal::Consentement];

    pub fn code(self) -> &'static str {
        match self {
            Refusal::Prenom => "prenom",
            Refusal::Contact => "contact",
            Refusal::Message => "message",
            Refusal::Consentement => "consentement",
        }
    }

    pub fn from_code(code: &str) -> Option<Refusal> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Checks a request as typed. Every problem is returned at once, so the person corrects them all.
pub fn parse(prenom: &str, contact: &str, message: &str, consent: bool) -> Result<Request, Vec<Refusal>> {
    let prenom = prenom.split_whitespace().collect::<Vec<_>>().join(" ");
    let message = message.trim();
    let mut refused = Vec::new();
    let letters = prenom.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0
        || prenom.chars().count() > PRENOM_MAX
        || prenom.chars().any(|c| !(c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.')))
    {
        refused.push(Refusal::Prenom);
    }
    let contact = Contact::parse(contact);
    if contact.is_none() {
        refused.push(Refusal::Contact);
    }
    if message.chars().count() > MESSAGE_MAX {
        refused.push(Refusal::Message);
    }
    if !consent {
        refused.push(Refusal::Consentement);
    }
    match contact {
        Some(contact) if refused.is_empty() => Ok(Request { prenom, contact, message: (!message.is_empty()).then(|| message.to_owned()) }),
        _ => Err(refused),
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Sent, nobody has answered yet (also after it was passed on to another structure).
    Nouvelle,
    /// « Je m’en occupe ».
    PriseEnCharge,
    /// « Rendez-vous fixé le … »: closed, the person will be seen.
    RendezVous,
    /// « Injoignable après 3 essais »: closed.
    Injoignable,
    /// « Demande traitée »: closed.
    Traitee,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Nouvelle, Status::PriseEnCharge, Status::RendezVous, Status::Injoignable, Status::Traitee];

    pub fn code(self) -> &'static str {
        match self {
            Status::Nouvelle => "nouvelle",
            Status::PriseEnCharge => "prise-en-charge",
            Status::RendezVous => "rendez-vous",
            Status::Injoignable => "injoignable",
            Status::Traitee => "traitee",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn closed(self) -> bool {
        matches!(self, Status::RendezVous | Status::Injoignable | Status::Traitee)
    }

    /// A structure did something with it (the comité's « prises en charge »).
    pub fn taken(self) -> bool {
        matches!(self, Status::PriseEnCharge | Status::RendezVous | Status::Traitee)
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Nouvelle => "Nouvelle, sans réponse",
            Status::PriseEnCharge => "Prise en charge",
            Status::RendezVous => "Rendez-vous fixé",
            Status::Injoignable => "Injoignable après 3 essais",
            Status::Traitee => "Traitée",
        }
    }
}

/// What a structure answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    JeMenOccupe,
    /// The day, `AAAA-MM-JJ`.
    RendezVous(String),
    /// Passed on to another structure (its id).
    Transmise(String),
    Injoignable,
    Traitee,
}

/// Why an answer changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerRefusal {
    /// The request is closed: nothing moves it any more.
    Closed,
    /// It already says so (a form sent twice, a link replayed).
    Already,
    /// Not a day from today to a year ahead, or not another published structure.
    Invalid,
}

impl AnswerRefusal {
    pub const ALL: [AnswerRefusal; 3] = [AnswerRefusal::Closed, AnswerRefusal::Already, AnswerRefusal::Invalid];

    pub fn code(self) -> &'static str {
        match self {
            AnswerRefusal::Closed => "close",
            AnswerRefusal::Already => "deja",
            AnswerRefusal::Invalid => "illisible",
        }
    }

    pub fn from_code(code: &str) -> Option<AnswerRefusal> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// What the structure reads: nothing was changed, and why.
    pub fn message(self) -> &'static str {
        match self {
            AnswerRefusal::Closed => "Cette demande est close : rien n’a été changé.",
            AnswerRefusal::Already => "C’est déjà noté sur la demande : rien n’a été changé.",
            AnswerRefusal::Invalid => {
                "Cette réponse n’est pas lisible, rien n’a été changé : choisissez une date d’aujourd’hui à un an, ou une autre structure de l’annuaire."
            }
        }
    }
}

impl Answer {
    /// From the structure's form: `action` and its one value (`date` or `structure`). `today` is
    /// `AAAA-MM-JJ`; a rendez-vous is from today to a year ahead.
    pub fn parse(action: &str, date: &str, structure: &str, today: &str) -> Result<Answer, AnswerRefusal> {
        match action {
            "occupe" => Ok(Answer::JeMenOccupe),
            "rendez-vous" => {
                let day = date.trim();
                let (y, m, d) = parse_date(day).ok_or(AnswerRefusal::Invalid)?;
                let (ty, tm, td) = parse_date(today).ok_or(AnswerRefusal::Invalid)?;
                // ISO dates compare as text; « a year ahead » is the same day next year.
                if (y, m, d) < (ty, tm, td) || (y, m, d) > (ty + 1, tm, td) {
                    return Err(AnswerRefusal::Invalid);
                }
                Ok(Answer::RendezVous(day.to_owned()))
            }
            "transmise" if !structure.trim().is_empty() => Ok(Answer::Transmise(structure.trim().to_owned())),
            "injoignable" => Ok(Answer::Injoignable),
            "traitee" => Ok(Answer::Traitee),
            _ => Err(AnswerRefusal::Invalid),
        }
    }

    /// The audit log's words for it.
    pub fn describe(&self) -> String {
        match self {
            Answer::JeMenOccupe => "« Je m’en occupe »".to_owned(),
            Answer::RendezVous(day) => format!("« Rendez-vous fixé le {} »", french_date(day)),
            Answer::Transmise(to) => format!("« Transmise à » {to}"),
            Answer::Injoignable => "« Injoignable après 3 essais »".to_owned(),
            Answer::Traitee => "« Demande traitée »".to_owned(),
        }
    }
}

/// The status after `answer`. A closed request never moves; the same answer twice is refused, so a
/// replayed form writes nothing. Passing it on makes it new again, for the structure that gets it.
pub fn apply(status: Status, answer: &Answer) -> Result<Status, AnswerRefusal> {
    if status.closed() {
        return Err(AnswerRefusal::Closed);
    }
    match answer {
        Answer::JeMenOccupe if status == Status::PriseEnCharge => Err(AnswerRefusal::Already),
        Answer::JeMenOccupe => Ok(Status::PriseEnCharge),
        Answer::RendezVous(_) => Ok(Status::RendezVous),
        Answer::Transmise(_) => Ok(Status::Nouvelle),
        Answer::Injoignable => Ok(Status::Injoignable),
        Answer::Traitee => Ok(Status::Traitee),
    }
}

/// The moments that decide what happens next, in Unix seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Times {
    /// Sent, or passed on to the structure that has it now.
    pub since: i64,
    pub first_answer: Option<i64>,
    pub reminded: Option<i64>,
    pub closed: Option<i64>,
    pub created: i64,
}

/// The structure has it, has not answered for [`REMIND_AFTER_HOURS`], and was never reminded.
pub fn reminder_due(t: &Times, now: i64) -> bool {
    t.closed.is_none() && t.first_answer.is_none() && t.reminded.is_none() && now - t.since >= REMIND_AFTER_HOURS * 3600
}

/// Still unanswered after [`LATE_AFTER_HOURS`]: the coordinators' « À faire » lists it.
pub fn late(t: &Times, now: i64) -> bool {
    t.closed.is_none() && t.first_answer.is_none() && now - t.since >= LATE_AFTER_HOURS * 3600
}

/// Its personal data must be deleted now.
pub fn purge_due(t: &Times, now: i64) -> bool {
    let day = 86_400;
    t.closed.is_some_and(|c| now - c >= KEEP_AFTER_CLOSE_DAYS * day) || now - t.created >= KEEP_AT_MOST_DAYS * day
}

/// A reference the person can read on the phone: 8 characters of Crockford's base 32 (no I, L, O
/// or U), from 40 random bits, written `ABCD-EFGH`.
pub fn reference(random: [u8; 5]) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let n = random.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let chars: String = (0..8).rev().map(|i| char::from(ALPHABET[((n >> (i * 5)) & 31) as usize])).collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// A reference as typed (lower case, spaces, O for 0, I or L for 1) in its written form; `None` when
/// it cannot be one.
pub fn normalize_reference(typed: &str) -> Option<String> {
    let chars: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    (chars.len() == 8 && !chars.contains('U')).then(|| format!("{}-{}", &chars[..4], &chars[4..]))
}

/// What makes two requests the same person's, for the limit of one per need and per day: the server
/// signs it, so the stored value says nothing of the contact.
pub fn same_person_key(contact: &Contact, besoin: &str, day: &str) -> String {
    format!("{}|{besoin}|{day}", contact.stored())
}

/// What the receiving structure is told by e-mail: where and what for, and the link. No name, no
/// number: those are behind the link, which is signed for this structure only.
pub fn mail_to_structure(commune: &str, besoin_titre: &str, link: &str, expires: &str, reminder: bool) -> (String, String) {
    let subject = if reminder {
        format!("Rappel : une personne de {commune} attend votre appel ({besoin_titre})")
    } else {
        format!("Aiguillage : une personne de {commune} demande à être rappelée ({besoin_titre})")
    };
    let mut body = String::from("Bonjour,\n\n");
    if reminder {
        body.push_str("Cette demande attend une réponse depuis deux jours. Sans réponse, la coordination numérique la reprendra.\n\n");
    }
    body.push_str(&format!(
        "Une personne de {commune} a demandé sur Aiguillage à être rappelée pour : {besoin_titre}.\n\n\
         Son prénom, son numéro ou son adresse et son message sont sur la demande, derrière ce lien (valable jusqu’au {}) :\n{link}\n\n\
         Sur la demande, dites où vous en êtes : « Je m’en occupe », « Rendez-vous fixé », « Transmise à » une autre structure, ou « Injoignable ».\n\
         Ne transférez pas ce message : le lien donne accès à la demande.\n\n\
         Merci,\nLa coordination numérique de l’Ain\n",
        french_date(expires)
    ));
    (subject, body)
}

#[cfg(test)]
#[path = "callback_tests.rs"]
mod tests;
