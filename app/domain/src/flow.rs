//! The decision flow as data: needs → refining questions → answers → criteria. Loaded from
//! `src/flow/parcours.json` and validated, so that editing the file can never produce a dead end, an
//! orphan question or an answer the engine does not understand.

use super::langue::Langue;
use super::taxonomy::{Accompaniment, Public, ServiceKind, SpecificSupport};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[path = "flow/traductions.rs"]
mod traductions;
pub use traductions::{AnswerText, NeedText, QuestionText};

/// The flow shipped with Aiguillage.
pub const PARCOURS_JSON: &str = include_str!("flow/parcours.json");

/// At most this many screens between the home page and the result (need, précision, où, comment).
pub const MAX_SCREENS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mobility {
    Peut,
    Difficile,
    Non,
}

/// Who reads the result when it is not the person helped: a relative or friend who helps them
/// (« proche »), or a professional who orients them (« pro »). Same places; the words and what to
/// bring are written for them (`preparation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aidant {
    Proche,
    Pro,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Availability {
    Semaine,
    Soir,
    Weekend,
}

/// What an answer tells the engine. Unknown keys are refused when the flow is loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceKind>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accompagnement: Vec<Accompaniment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub publics: Vec<Public>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prise_en_charge: Vec<SpecificSupport>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobilite: Option<Mobility>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disponibilite: Vec<Availability>,
    /// The administration concerned (« caf », « impots »…), for reasons and labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demarche: Option<String>,
    /// A theme for sessions (« ecrans »…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Someone reading for the person: the result's words and « À apporter » are written for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aidant: Option<Aidant>,
}

impl Criteria {
    /// Adds `other` to `self`; a single-valued criterion given twice with different values is a conflict.
    pub fn merge(&mut self, other: &Criteria) -> Result<(), &'static str> {
        fn union<T: PartialEq + Copy>(into: &mut Vec<T>, from: &[T]) {
            for v in from {
                if !into.contains(v) {
                    into.push(*v);
                }
            }
        }
        fn single<T: PartialEq + Clone>(into: &mut Option<T>, from: &Option<T>, name: &'static str) -> Result<(), &'static str> {
            match (into.as_ref(), from) {
                (Some(a), Some(b)) if a != b => Err(name),
                (None, Some(b)) => {
                    *into = Some(b.clone());
                    Ok(())
                }
                _ => Ok(()),
            }
        }
        union(&mut self.services, &other.services);
        union(&mut self.accompagnement, &other.accompagnement);
        union(&mut self.publics, &other.publics);
        union(&mut self.prise_en_charge, &other.prise_en_charge);
        union(&mut self.disponibilite, &other.disponibilite);
        single(&mut self.mobilite, &other.mobilite, "mobilite")?;
        single(&mut self.demarche, &other.demarche, "demarche")?;
        single(&mut self.theme, &other.theme, "theme")?;
        single(&mut self.aidant, &other.aidant, "aidant")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub id: String,
    pub libelle: String,
    pub criteres: Criteria,
    /// Why this answer tells the engine the same as an earlier answer of its question, on purpose.
    /// A parcours that asks and then ignores the answer wastes a person's time: the flow refuses to
    /// load two answers with the same criteria unless the later one says why here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identique: Option<String>,
    /// Its words in the other shipped languages (`flow/traductions.rs`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub traductions: BTreeMap<Langue, AnswerText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub titre: String,
    #[serde(default)]
    pub aide: Option<String>,
    /// Several answers may be ticked (checkboxes); none is then a valid answer too.
    #[serde(default)]
    pub multiple: bool,
    pub reponses: Vec<Answer>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub traductions: BTreeMap<Langue, QuestionText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedDef {
    pub id: String,
    pub titre: String,
    pub exemples: String,
    pub criteres: Criteria,
    /// Questions of the « précision » screen.
    pub precisions: Vec<String>,
    /// Questions of the « comment » screen (those that can change the result for this need).
    pub comment: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub traductions: BTreeMap<Langue, NeedText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub version: u32,
    pub besoins: Vec<NeedDef>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlowError {
    #[error("le fichier du parcours est mal formé : {0}")]
    Parse(String),
    #[error("l’identifiant « {0} » est utilisé deux fois")]
    Duplicate(String),
    #[error("l’identifiant « {0} » doit être fait de lettres minuscules sans accent, de chiffres et de _ (il apparaît dans les adresses)")]
    BadId(String),
    #[error("le besoin « {need} » renvoie à une question inconnue « {question} »")]
    UnknownQuestion { need: String, question: String },
    #[error("la question « {0} » n’est posée pour aucun besoin")]
    OrphanQuestion(String),
    #[error("la question « {0} » a moins de deux réponses")]
    TooFewAnswers(String),
    #[error("la question « {0} » ne peut pas changer le résultat : toutes ses réponses ont les mêmes critères")]
    Useless(String),
    #[error("les réponses « {first} » et « {second} » de la question « {question} » donnent les mêmes critères : dites pourquoi dans « identique » (une phrase), ou faites-les différer")]
    SameWithoutReason { question: String, first: String, second: String },
    #[error("le besoin « {need} » demande {screens} écrans (au plus {MAX_SCREENS})")]
    TooManyScreens { need: String, screens: usize },
    #[error("le besoin « {need} » avec les réponses {path} ne cherche aucun service")]
    NoService { need: String, path: String },
    #[error("le besoin « {need} » avec les réponses {path} donne deux valeurs à « {criterion} »")]
    Conflict { need: String, path: String, criterion: &'static str },
    #[error("« {item} » n’a pas de traduction « {langue} » (champ {field} vide ou absent)")]
    MissingTranslation { item: String, langue: &'static str, field: &'static str },
}

/// The answers given, by question id (several for a multiple-choice question).
pub type Answers = BTreeMap<String, Vec<String>>;

impl Flow {
    /// The shipped flow, loaded once. It is validated by the tests and at server start, so failing
    /// here means a broken build.
    pub fn shipped() -> &'static Flow {
        static FLOW: std::sync::OnceLock<Flow> = std::sync::OnceLock::new();
        FLOW.get_or_init(|| Flow::load(PARCOURS_JSON).expect("src/flow/parcours.json is valid"))
    }

    /// Loads and validates the shipped flow without keeping it: the server calls it at start, so that
    /// a broken `parcours.json` stops the start with its reason rather than a request later.
    pub fn check_shipped() -> Result<(), FlowError> {
        Flow::load(PARCOURS_JSON).map(|_| ())
    }

    pub fn load(json: &str) -> Result<Flow, FlowError> {
        let flow: Flow = serde_json::from_str(json).map_err(|e| FlowError::Parse(e.to_string()))?;
        flow.validate()?;
        Ok(flow)
    }

    pub fn need(&self, id: &str) -> Option<&NeedDef> {
        self.besoins.iter().find(|n| n.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The criteria of a need and the answers given so far. Unknown answers are refused.
    pub fn criteria(&self, need: &NeedDef, answers: &Answers) -> Result<Criteria, FlowError> {
        let mut criteria = need.criteres.clone();
        let path = || format!("{answers:?}");
        for qid in need.precisions.iter().chain(&need.comment) {
            let question = self.question(qid).ok_or_else(|| FlowError::UnknownQuestion { need: need.id.clone(), question: qid.clone() })?;
            for aid in answers.get(qid).into_iter().flatten() {
                let answer = question
                    .reponses
                    .iter()
                    .find(|a| &a.id == aid)
                    .ok_or_else(|| FlowError::UnknownQuestion { need: need.id.clone(), question: format!("{qid}={aid}") })?;
                criteria.merge(&answer.criteres).map_err(|criterion| FlowError::Conflict {
                    need: need.id.clone(),
                    path: path(),
                    criterion,
                })?;
            }
        }
        Ok(criteria)
    }

    /// Every combination of answers to a need's « précision » questions (the ones that choose the
    /// services), each single-choice question answered once, multiple-choice ones answered with each
    /// single answer and with none.
    pub fn precision_paths(&self, need: &NeedDef) -> Vec<Answers> {
        let mut paths = vec![Answers::new()];
        for qid in &need.precisions {
            let Some(q) = self.question(qid) else { continue };
            let mut options: Vec<Vec<String>> = q.reponses.iter().map(|a| vec![a.id.clone()]).collect();
            if q.multiple {
                options.push(Vec::new());
            }
            paths = paths
                .into_iter()
                .flat_map(|p| {
                    options.iter().map(move |o| {
                        let mut p = p.clone();
                        if !o.is_empty() {
                            p.insert(qid.clone(), o.clone());
                        }
                        p
                    })
                })
                .collect();
        }
        paths
    }

    fn validate(&self) -> Result<(), FlowError> {
        let mut seen = BTreeSet::new();
        for id in self.besoins.iter().map(|n| &n.id).chain(self.questions.iter().map(|q| &q.id)) {
            if !seen.insert(("id", id.as_str())) {
                return Err(FlowError::Duplicate(id.clone()));
            }
        }
        for q in &self.questions {
            if q.reponses.len() < 2 {
                return Err(FlowError::TooFewAnswers(q.id.clone()));
            }
            let mut ids = BTreeSet::new();
            if let Some(dup) = q.reponses.iter().find(|a| !ids.insert(a.id.as_str())) {
                return Err(FlowError::Duplicate(format!("{}={}", q.id, dup.id)));
            }
            // A single-choice question whose answers all say the same thing changes nothing: skip it.
            if !q.multiple && q.reponses.windows(2).all(|w| w[0].criteres == w[1].criteres) {
                return Err(FlowError::Useless(q.id.clone()));
            }
            // Two answers that say the same: the later one must say why, in a sentence.
            for (i, later) in q.reponses.iter().enumerate() {
                let explained = later.identique.as_deref().is_some_and(|why| why.split_whitespace().count() >= 6);
                if let Some(earlier) = q.reponses[..i].iter().find(|a| a.criteres == later.criteres).filter(|_| !explained) {
                    return Err(FlowError::SameWithoutReason {
                        question: q.id.clone(),
                        first: earlier.id.clone(),
                        second: later.id.clone(),
                    });
                }
            }
        }
        let mut used = BTreeSet::new();
        // Ids travel in URLs that links, QR codes and prints depend on: keep them plain.
        let plain = |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        let reserved = crate::keys::RESERVED;
        for id in self
            .besoins
            .iter()
            .map(|n| &n.id)
            .chain(self.questions.iter().flat_map(|q| std::iter::once(&q.id).chain(q.reponses.iter().map(|a| &a.id))))
        {
            if !plain(id) {
                return Err(FlowError::BadId(id.clone()));
            }
        }
        if let Some(q) = self.questions.iter().find(|q| reserved.contains(&q.id.as_str())) {
            return Err(FlowError::BadId(q.id.clone()));
        }
        for need in &self.besoins {
            for qid in need.precisions.iter().chain(&need.comment) {
                if self.question(qid).is_none() {
                    return Err(FlowError::UnknownQuestion { need: need.id.clone(), question: qid.clone() });
                }
                used.insert(qid.as_str());
            }
            // Worst case: the need itself is asked (entry by « Je ne peux pas me déplacer »), then
            // précision, où and comment.
            let screens = 1 + usize::from(!need.precisions.is_empty()) + 1 + usize::from(!need.comment.is_empty());
            if screens > MAX_SCREENS {
                return Err(FlowError::TooManyScreens { need: need.id.clone(), screens });
            }
            for path in self.precision_paths(need) {
                let criteria = self.criteria(need, &path)?;
                if criteria.services.is_empty() {
                    return Err(FlowError::NoService { need: need.id.clone(), path: format!("{path:?}") });
                }
            }
        }
        if let Some(orphan) = self.questions.iter().find(|q| !used.contains(q.id.as_str())) {
            return Err(FlowError::OrphanQuestion(orphan.id.clone()));
        }
        self.check_translations()
    }
}

#[cfg(test)]
#[path = "flow_tests.rs"]
mod tests;
