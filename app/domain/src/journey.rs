//! Where a person is in the parcours, read from the URL: the need, the answers given so far, the
//! commune. Every value is checked against the flow: an unknown need or answer is refused with a French
//! message rather than half-understood. The answers go back into every link and form, so a step is a
//! plain URL: shareable, bookmarkable, and it works with the back button and without JavaScript.

use super::flow::{Answers, Flow, NeedDef, Question};
use super::geo::InseeCode;

/// No legitimate parcours URL comes near this; a longer one is tampered with or broken.
pub const MAX_QUERY_LEN: usize = 2000;
/// Longest single value we accept (a commune name typed by hand).
pub const MAX_VALUE_CHARS: usize = 200;

/// The screens of the parcours, in order. « Besoin » is the home page's question too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Screen {
    Besoin,
    Precision,
    Commune,
    Comment,
}

impl Screen {
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Besoin => "besoin",
            Screen::Precision => "precision",
            Screen::Commune => "commune",
            Screen::Comment => "comment",
        }
    }

    fn from_slug(s: &str) -> Option<Screen> {
        [Screen::Besoin, Screen::Precision, Screen::Commune, Screen::Comment].into_iter().find(|x| x.slug() == s)
    }
}

/// A journey in two parts: what the person asked ([`Demande`], which alone decides the result and
/// travels whole in every shared link, QR code and fiche), and where they are on the way to it
/// ([`Navigation`], the state of the screens).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Journey {
    pub demande: Demande,
    pub navigation: Navigation,
}

/// What the person asked: the need, the answers by question id (each checked against the flow), the
/// commune.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Demande {
    pub besoin: Option<String>,
    pub answers: Answers,
    pub commune: Option<InseeCode>,
}

/// Where the person is: what the screens need to show, and nothing the result depends on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Navigation {
    /// The commune as typed, before it is resolved.
    pub texte: Option<String>,
    /// The person was shown a list of communes and submitted it.
    pub choix: bool,
    /// The screen whose form was just submitted: its missing answers are then pointed out.
    pub soumis: Option<Screen>,
    /// Counter mode of a mairie (`/guichet/{insee}`): « Nouvelle personne » goes back there.
    pub guichet: bool,
    /// `imprimer=1`: the result as a one-page fiche d'orientation (not part of the journey's URL).
    pub imprimer: bool,
}

pub use crate::keys;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JourneyError {
    TooLong,
    UnknownNeed(String),
    UnknownAnswer { question: String, value: String },
    SeveralAnswers(String),
    BadCommune(String),
    UnknownScreen(String),
}

impl JourneyError {
    /// What is wrong with the link, for the person, in the page's language (`question` is the
    /// question's id: its title is said in that language).
    pub fn message(&self, langue: crate::langue::Langue) -> String {
        let title = |id: &str| Flow::shipped().question(id).map_or(id.to_owned(), |q| q.titre_in(langue).to_owned());
        match self {
            JourneyError::TooLong => langue.t("erreur-trop-long"),
            JourneyError::UnknownNeed(v) => langue.tr("erreur-besoin-inconnu", &[("valeur", v.into())]),
            JourneyError::UnknownAnswer { question, value } => {
                langue.tr("erreur-reponse-inconnue", &[("valeur", value.into()), ("question", (&title(question)).into())])
            }
            JourneyError::SeveralAnswers(q) => langue.tr("erreur-une-seule-reponse", &[("question", (&title(q)).into())]),
            JourneyError::BadCommune(v) => langue.tr("erreur-code-commune", &[("valeur", v.into())]),
            JourneyError::UnknownScreen(v) => langue.tr("erreur-etape-inconnue", &[("valeur", v.into())]),
        }
    }
}

impl std::fmt::Display for JourneyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::langue::Langue::Fr))
    }
}

impl std::error::Error for JourneyError {}

/// What the person must see next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'f> {
    Besoin,
    /// `missing`: required questions without an answer (shown as errors once the screen was submitted).
    Precision {
        need: &'f NeedDef,
        missing: Vec<&'f Question>,
    },
    Commune {
        need: &'f NeedDef,
    },
    Comment {
        need: &'f NeedDef,
        missing: Vec<&'f Question>,
    },
    Resultat {
        need: &'f NeedDef,
    },
}

impl Journey {
    /// The start of a journey at a mairie's counter (`/guichet/{insee}`): the commune is known.
    pub fn at_counter(commune: InseeCode) -> Self {
        Journey {
            demande: Demande { commune: Some(commune), ..Demande::default() },
            navigation: Navigation { guichet: true, ..Navigation::default() },
        }
    }

    /// Parses decoded pairs, their length standing for the query string's (each pair counts its
    /// `=` and `&`): what every caller holding the pairs, not the raw string, wants.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(flow: &Flow, pairs: &[(K, V)]) -> Result<Self, JourneyError> {
        let raw_len = pairs.iter().map(|(k, v)| k.as_ref().len() + v.as_ref().len() + 2).sum();
        Journey::parse(flow, raw_len, pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())))
    }

    /// Parses decoded `(name, value)` pairs; `raw_len` is the length of the raw query string.
    pub fn parse<'a>(flow: &Flow, raw_len: usize, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, JourneyError> {
        if raw_len > MAX_QUERY_LEN {
            return Err(JourneyError::TooLong);
        }
        let mut j = Journey::default();
        for (name, value) in pairs {
            if value.chars().count() > MAX_VALUE_CHARS {
                return Err(JourneyError::TooLong);
            }
            let shown = || value.chars().take(40).collect::<String>();
            if value.trim().is_empty() && name != keys::CHOIX {
                continue;
            }
            match name {
                keys::BESOIN => {
                    let need = flow.need(value).ok_or_else(|| JourneyError::UnknownNeed(shown()))?;
                    j.demande.besoin = Some(need.id.clone());
                }
                keys::COMMUNE => j.demande.commune = Some(InseeCode::parse(value).map_err(|_| JourneyError::BadCommune(shown()))?),
                keys::TEXTE => j.navigation.texte = Some(value.trim().to_owned()),
                keys::CHOIX => j.navigation.choix = true,
                keys::GUICHET => j.navigation.guichet = true,
                keys::IMPRIMER => j.navigation.imprimer = true,
                keys::ETAPE => j.navigation.soumis = Some(Screen::from_slug(value).ok_or_else(|| JourneyError::UnknownScreen(shown()))?),
                _ => {
                    // Other parameters (campaign tags…) are not answers and change nothing.
                    let Some(question) = flow.question(name) else { continue };
                    if !question.reponses.iter().any(|a| a.id == value) {
                        return Err(JourneyError::UnknownAnswer { question: question.id.clone(), value: shown() });
                    }
                    let given = j.demande.answers.entry(question.id.clone()).or_default();
                    if !given.iter().any(|v| v == value) {
                        given.push(value.to_owned());
                    }
                    if !question.multiple && given.len() > 1 {
                        return Err(JourneyError::SeveralAnswers(question.id.clone()));
                    }
                }
            }
        }
        // Answers to questions this need does not ask cannot change its result: forget them.
        if let Some(need) = j.demande.besoin.as_deref().and_then(|b| flow.need(b)) {
            j.demande.answers.retain(|q, _| need.precisions.contains(q) || need.comment.contains(q));
        }
        Ok(j)
    }

    /// The journey as URL pairs (need, answers in flow order, commune), without the screen's own state.
    pub fn pairs(&self, flow: &Flow) -> Vec<(String, String)> {
        self.pairs_except(flow, &[])
    }

    /// The same, leaving out the answers to `questions` (a form carries those itself).
    pub fn pairs_except(&self, flow: &Flow, questions: &[&str]) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Some(b) = &self.demande.besoin {
            pairs.push((keys::BESOIN.to_owned(), b.clone()));
        }
        for q in &flow.questions {
            if questions.contains(&q.id.as_str()) {
                continue;
            }
            for v in self.demande.answers.get(&q.id).into_iter().flatten() {
                pairs.push((q.id.clone(), v.clone()));
            }
        }
        if let Some(c) = &self.demande.commune {
            pairs.push((keys::COMMUNE.to_owned(), c.to_string()));
        }
        if self.navigation.guichet {
            pairs.push((keys::GUICHET.to_owned(), "1".to_owned()));
        }
        pairs
    }

    /// Where « Recommencer » leads: the counter's own page in counter mode, else the home page.
    pub fn restart_url(&self) -> String {
        match (&self.demande.commune, self.navigation.guichet) {
            (Some(c), true) => format!("/guichet/{c}"),
            _ => "/".to_owned(),
        }
    }

    fn missing<'f>(&self, flow: &'f Flow, questions: &[String]) -> Vec<&'f Question> {
        questions.iter().filter_map(|id| flow.question(id)).filter(|q| !q.multiple && !self.demande.answers.contains_key(&q.id)).collect()
    }

    /// The screen to show: the first one with something missing, else the result.
    pub fn step<'f>(&self, flow: &'f Flow) -> Step<'f> {
        let Some(need) = self.demande.besoin.as_deref().and_then(|b| flow.need(b)) else { return Step::Besoin };
        let missing = self.missing(flow, &need.precisions);
        if !missing.is_empty() {
            return Step::Precision { need, missing };
        }
        if self.demande.commune.is_none() {
            return Step::Commune { need };
        }
        let missing = self.missing(flow, &need.comment);
        if !missing.is_empty() || self.navigation.soumis != Some(Screen::Comment) {
            return Step::Comment { need, missing };
        }
        Step::Resultat { need }
    }

    /// What `/orientation` does with this journey: `None` when it can show the result, else the parcours
    /// step to go through first. A shared link may lack some answers (the engine then takes the
    /// defaults) as long as it says which services to look for; a submitted comment step must be complete.
    pub fn result_detour(&self, flow: &Flow) -> Option<String> {
        let submitted = self.navigation.soumis == Some(Screen::Comment);
        let mut journey = self.clone();
        journey.navigation.soumis = Some(Screen::Comment);
        let services_known = |need| flow.criteria(need, &journey.demande.answers).is_ok_and(|c| !c.services.is_empty());
        match journey.step(flow) {
            Step::Resultat { .. } => None,
            Step::Comment { need, .. } | Step::Precision { need, .. } if !submitted && services_known(need) => None,
            _ => {
                let mut pairs = journey.pairs(flow);
                if submitted {
                    pairs.push((keys::ETAPE.into(), Screen::Comment.slug().into()));
                }
                Some(url("/parcours", &pairs))
            }
        }
    }
}

impl Step<'_> {
    pub fn screen(&self) -> Option<Screen> {
        match self {
            Step::Besoin => Some(Screen::Besoin),
            Step::Precision { .. } => Some(Screen::Precision),
            Step::Commune { .. } => Some(Screen::Commune),
            Step::Comment { .. } => Some(Screen::Comment),
            Step::Resultat { .. } => None,
        }
    }
}

/// « Étape n sur N » for a screen of a need's parcours (the need itself is step 1).
pub fn step_number(need: Option<&NeedDef>, screen: Screen) -> (usize, usize) {
    let has_precision = need.is_none_or(|n| !n.precisions.is_empty());
    let has_comment = need.is_none_or(|n| !n.comment.is_empty());
    let screens: Vec<Screen> =
        [Some(Screen::Besoin), has_precision.then_some(Screen::Precision), Some(Screen::Commune), has_comment.then_some(Screen::Comment)]
            .into_iter()
            .flatten()
            .collect();
    let index = screens.iter().position(|s| *s == screen).unwrap_or(0) + 1;
    (index, screens.len())
}

/// `path?pairs`, percent-encoded.
pub fn url(path: &str, pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return path.to_owned();
    }
    let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v))).collect();
    format!("{path}?{}", query.join("&"))
}

/// Encodes everything but the unreserved characters of RFC 3986.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The pairs of a query string (`a=1&b=x+y`), decoded as browsers encode forms. Bytes that do not
/// make UTF-8 are replaced, never dropped silently into another value.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    fn decode(part: &str) -> String {
        let bytes = part.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() && hex(bytes[i + 1]).is_some() && hex(bytes[i + 2]).is_some() => {
                    out.push((hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0)) as u8);
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    query
        .split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
}

#[cfg(test)]
#[path = "journey_tests.rs"]
mod tests;
