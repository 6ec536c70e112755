//! « Proposer un lieu, un atelier ou une permanence » and « C'est ma structure »: what the field
//! knows and no national file lists reaches the directory through a coordinator. Pure rules: what a
//! proposal may hold, how its status moves, and the messages its proposer receives.
//!
//! A proposal is checked with the back-office's own forms ([`crate::edit::parse_structure`] and
//! [`crate::edit::parse_service`]) when it is sent, so that what a coordinator accepts can always
//! be published as it was typed; it is never published before a coordinator accepts it.
//!
//! Personal data: the proposer's name and e-mail address, kept so that the coordination can answer
//! them, and erased [`KEEP_AFTER_CLOSE_DAYS`] after the decision; nothing of a person who is helped.

use crate::directory::{Service, Structure};
use crate::edit::{parse_service, parse_structure, Context, FieldErrors, Fields};
use crate::taxonomy::ServiceKind;

mod mail;

pub use mail::{mail_to_coordination, mail_to_proposer, Access};

/// Days the proposer's link works: long enough for a question and its answer, and for the
/// acceptance to be read.
pub const LINK_DAYS: i64 = 120;
/// How long the link that opens an accepted « C'est ma structure »'s new account lasts.
pub const ACCESS_LINK_DAYS: i64 = 7;
/// Days the proposer's name and address are kept after the decision, then erased.
pub const KEEP_AFTER_CLOSE_DAYS: i64 = 90;
pub const NOM_MAX: usize = 80;
pub const TEXTE_MAX: usize = 1000;

/// What is proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Genre {
    /// A place, or a permanence held somewhere, with what it helps with.
    Lieu,
    /// An atelier or a cycle of them; its dates are said in words, the coordinator adds the séances.
    Atelier,
    /// « C'est ma structure »: an editor account for a place already listed.
    Gestion,
}

impl Genre {
    pub const ALL: [Genre; 3] = [Genre::Lieu, Genre::Atelier, Genre::Gestion];

    pub fn code(self) -> &'static str {
        match self {
            Genre::Lieu => "lieu",
            Genre::Atelier => "atelier",
            Genre::Gestion => "gestion",
        }
    }

    pub fn from_code(code: &str) -> Option<Genre> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Genre::Lieu => "Un lieu ou une permanence",
            Genre::Atelier => "Un atelier ou un cycle d’ateliers",
            Genre::Gestion => "Gérer la fiche de ma structure",
        }
    }
}

/// Where a proposal is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Waiting for a coordinator.
    Attente,
    /// A coordinator asked a question; waiting for the proposer's answer.
    Question,
    /// Published (a new entry, or added to an existing one), or the editor account granted.
    Acceptee,
    Refusee,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Attente, Status::Question, Status::Acceptee, Status::Refusee];

    pub fn code(self) -> &'static str {
        match self {
            Status::Attente => "attente",
            Status::Question => "question",
            Status::Acceptee => "acceptee",
            Status::Refusee => "refusee",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Attente => "En attente de la coordination",
            Status::Question => "Question posée, en attente de votre réponse",
            Status::Acceptee => "Acceptée",
            Status::Refusee => "Refusée",
        }
    }

    pub fn closed(self) -> bool {
        matches!(self, Status::Acceptee | Status::Refusee)
    }
}

/// What a coordinator decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Published as a new structure and its service (or, for « C'est ma structure », granted).
    Accepter,
    /// Its service added to this existing structure.
    Fusionner(String),
    Question(String),
    Refuser(String),
}

/// Why a decision or an answer changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The proposal was accepted or refused meanwhile.
    Closed,
    /// A question or a refusal needs its words; a merge needs its structure.
    Empty,
    /// « C'est ma structure » cannot be merged.
    NotMergeable,
    /// Nobody asked a question.
    NoQuestion,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Closed => "close",
            Refusal::Empty => "vide",
            Refusal::NotMergeable => "fusion",
            Refusal::NoQuestion => "sans-question",
        }
    }

    pub fn from_code(code: &str) -> Option<Refusal> {
        [Refusal::Closed, Refusal::Empty, Refusal::NotMergeable, Refusal::NoQuestion].into_iter().find(|r| r.code() == code)
    }

    pub fn message(self) -> &'static str {
        match self {
            Refusal::Closed => "Cette proposition a déjà reçu sa réponse : rien n’a été modifié.",
            Refusal::Empty => "Écrivez le texte (la question, la raison du refus) ou choisissez la structure. Rien n’a été modifié.",
            Refusal::NotMergeable => "Une demande de gestion ne se rattache pas à une autre fiche. Rien n’a été modifié.",
            Refusal::NoQuestion => "La coordination ne vous a pas posé de question : rien n’a été envoyé.",
        }
    }
}

impl Decision {
    /// The decision a form sends (`action`: accepter, fusionner, question, refuser).
    pub fn parse(action: &str, texte: &str, structure: &str) -> Result<Decision, Refusal> {
        let texte = texte.trim();
        let needs_words = |d: fn(String) -> Decision| {
            if texte.is_empty() || texte.chars().count() > TEXTE_MAX {
                Err(Refusal::Empty)
            } else {
                Ok(d(texte.to_owned()))
            }
        };
        match action {
            "accepter" => Ok(Decision::Accepter),
            "fusionner" if structure.trim().is_empty() => Err(Refusal::Empty),
            "fusionner" => Ok(Decision::Fusionner(structure.trim().to_owned())),
            "question" => needs_words(Decision::Question),
            "refuser" => needs_words(Decision::Refuser),
            // A form this page did not send: nothing is decided.
            _ => Err(Refusal::Empty),
        }
    }

    /// For the proposal's history.
    pub fn describe(&self) -> String {
        match self {
            Decision::Accepter => "acceptée".to_owned(),
            Decision::Fusionner(id) => format!("rattachée à la structure {id}"),
            Decision::Question(_) => "question posée".to_owned(),
            Decision::Refuser(_) => "refusée".to_owned(),
        }
    }
}

/// The status after `decision`, or why it changes nothing.
pub fn decide(status: Status, genre: Genre, decision: &Decision) -> Result<Status, Refusal> {
    if status.closed() {
        return Err(Refusal::Closed);
    }
    match decision {
        Decision::Fusionner(_) if genre == Genre::Gestion => Err(Refusal::NotMergeable),
        Decision::Accepter | Decision::Fusionner(_) => Ok(Status::Acceptee),
        Decision::Question(_) => Ok(Status::Question),
        Decision::Refuser(_) => Ok(Status::Refusee),
    }
}

/// The status after the proposer answers a question.
pub fn reply(status: Status, texte: &str) -> Result<Status, Refusal> {
    match status {
        s if s.closed() => Err(Refusal::Closed),
        Status::Question if texte.trim().is_empty() || texte.trim().chars().count() > TEXTE_MAX => Err(Refusal::Empty),
        Status::Question => Ok(Status::Attente),
        _ => Err(Refusal::NoQuestion),
    }
}

/// A proposal as its form sent it, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub genre: Genre,
    /// « C'est ma structure »: the listed structure.
    pub structure: Option<String>,
    /// The place's fields as typed (the back-office forms read them again when it is accepted).
    pub champs: Fields,
    pub proposant: String,
    pub courriel: String,
}

/// The fields of the place, renamed for the back-office's structure form.
pub fn structure_fields(champs: &Fields) -> Fields {
    let keep = ["nom", "adresse", "code_postal", "commune", "telephone", "courriel", "site_web"];
    let mut out = Fields(champs.0.iter().filter(|(n, _)| keep.contains(&n.as_str())).cloned().collect());
    // The coordinator who accepts vouches for it on that day.
    out.0.push(("verifie".to_owned(), "oui".to_owned()));
    out
}

/// The fields of its service, for the back-office's service form: seen across the commune's EPCI.
pub fn service_fields(champs: &Fields, epci: &str) -> Fields {
    let mut out = Fields::default();
    out.0.push(("nom".to_owned(), champs.get("activite").to_owned()));
    for name in ["aides", "publics", "frais"] {
        let to = if name == "aides" { "services" } else { name };
        out.0.extend(champs.all(name).into_iter().map(|v| (to.to_owned(), v.to_owned())));
    }
    out.0.push(("zone".to_owned(), "epci".to_owned()));
    out.0.push(("zone_codes".to_owned(), epci.to_owned()));
    out
}

/// The EPCI of a proposed place (its service is seen across it), if its fields hold a commune.
pub fn epci(champs: &Fields, ctx: &Context) -> Option<String> {
    let structure = parse_structure(&structure_fields(champs), &Structure::blank(String::new(), "proposition"), ctx).ok()?;
    epci_of(&structure, ctx)
}

/// The EPCI of the place's commune, once the structure form accepted it.
fn epci_of(structure: &Structure, ctx: &Context) -> Option<String> {
    let code = &structure.adresse.as_ref()?.code_insee;
    let commune = ctx.gazetteer.commune(code)?;
    Some(ctx.gazetteer.epci_of(commune).siren.clone())
}

fn add(errors: &mut FieldErrors, field: &str, message: impl Into<String>) {
    if errors.get(field).is_none() {
        errors.0.push((field.to_owned(), message.into()));
    }
}

/// Checks the public form. `listed` says whether a structure id is in the directory.
pub fn parse(fields: &Fields, ctx: &Context, listed: &dyn Fn(&str) -> bool) -> Result<Proposal, FieldErrors> {
    let mut e = FieldErrors::default();
    let genre = Genre::from_code(fields.get("genre"));
    if genre.is_none() {
        add(&mut e, "genre", "Choisissez ce que vous proposez.");
    }
    let proposant = fields.get("proposant_nom");
    if proposant.is_empty() || proposant.chars().count() > NOM_MAX {
        add(&mut e, "proposant_nom", format!("Indiquez votre nom ({NOM_MAX} caractères au plus)."));
    }
    let courriel = fields.get("proposant_courriel").to_lowercase();
    match crate::callback::Contact::parse(&courriel) {
        Some(crate::callback::Contact::Courriel(_)) => {}
        _ => add(&mut e, "proposant_courriel", "Indiquez votre adresse électronique (nom@exemple.fr) : la réponse y arrive."),
    }
    if fields.get("message").chars().count() > TEXTE_MAX || fields.get("quand").chars().count() > TEXTE_MAX {
        add(&mut e, "message", format!("{TEXTE_MAX} caractères au plus."));
    }
    if fields.get("consentement") != "oui" {
        add(&mut e, "consentement", "Cochez la case pour que la coordination puisse vous répondre.");
    }
    let mut structure = None;
    match genre {
        Some(Genre::Gestion) => {
            let id = fields.get("structure");
            if id.is_empty() || !listed(id) {
                add(&mut e, "structure", "Cette fiche n’est pas dans l’annuaire : ouvrez « C’est ma structure » depuis la fiche du lieu.");
            }
            structure = Some(id.to_owned());
            let fonction = fields.get("fonction");
            if fonction.is_empty() || fonction.chars().count() > NOM_MAX {
                add(&mut e, "fonction", "Indiquez votre fonction dans la structure.");
            }
        }
        Some(_) => check_place(fields, ctx, &mut e),
        None => {}
    }
    let genre = genre.unwrap_or(Genre::Lieu);
    if !e.is_empty() {
        return Err(e);
    }
    let kept = [
        "genre",
        "structure",
        "fonction",
        "nom",
        "adresse",
        "code_postal",
        "commune",
        "telephone",
        "courriel",
        "site_web",
        "activite",
        "aides",
        "publics",
        "frais",
        "quand",
        "message",
    ];
    let champs = Fields(
        fields
            .0
            .iter()
            .filter(|(n, v)| kept.contains(&n.as_str()) && !v.trim().is_empty())
            .map(|(n, v)| (n.clone(), v.trim().to_owned()))
            .collect(),
    );
    Ok(Proposal { genre, structure, champs, proposant: proposant.to_owned(), courriel })
}

/// A place is checked by the back-office's forms, their messages under the public form's names.
fn check_place(fields: &Fields, ctx: &Context, e: &mut FieldErrors) {
    if fields.get("commune").is_empty() {
        add(e, "commune", "Indiquez la commune du lieu (nom ou code INSEE).");
    }
    if fields.get("adresse").is_empty() {
        add(e, "adresse", "Indiquez l’adresse du lieu (exemple : 12 rue de la Gare, salle des fêtes).");
    }
    let structure = match parse_structure(&structure_fields(fields), &Structure::blank(String::new(), "proposition"), ctx) {
        Ok(s) => Some(s),
        Err(errors) => {
            errors.0.into_iter().for_each(|(f, m)| add(e, &f, m));
            None
        }
    };
    let epci = structure.as_ref().and_then(|s| epci_of(s, ctx)).unwrap_or_default();
    if fields.all("aides").is_empty() {
        add(e, "aides", "Cochez au moins une aide proposée.");
    }
    if let Err(errors) = parse_service(&service_fields(fields, &epci), &Service::blank(String::new(), ""), ctx) {
        for (f, m) in errors.0 {
            let field = match f.as_str() {
                "nom" => "activite",
                "services" => "aides",
                "zone" | "zone_codes" => "commune",
                other => other,
            };
            add(
                e,
                field,
                if field == "activite" { "Indiquez le nom de l’activité (exemple : Atelier parents et écrans).".to_owned() } else { m },
            );
        }
    }
}

/// The help a form may check: each kind's standard label, and the plain words shown.
pub fn aides() -> Vec<(&'static str, &'static str)> {
    ServiceKind::ALL.iter().map(|k| (k.label(), k.plain())).collect()
}

#[cfg(test)]
#[path = "proposal_tests.rs"]
mod tests;
