//! The flow's words in the other shipped languages. They live in `parcours.json` beside the French
//! they translate (`"traductions": {"en": {…}}`), so that a question added without its translations
//! is refused when the flow is loaded, by the tests and at the server's start.

use super::{Answer, Flow, FlowError, NeedDef, Question};
use crate::langue::Langue;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedText {
    pub titre: String,
    pub exemples: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionText {
    pub titre: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aide: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerText {
    pub libelle: String,
}

impl NeedDef {
    pub fn titre_in(&self, langue: Langue) -> &str {
        self.traductions.get(&langue).map_or(&self.titre, |t| &t.titre)
    }

    pub fn exemples_in(&self, langue: Langue) -> &str {
        self.traductions.get(&langue).map_or(&self.exemples, |t| &t.exemples)
    }
}

impl Question {
    pub fn titre_in(&self, langue: Langue) -> &str {
        self.traductions.get(&langue).map_or(&self.titre, |t| &t.titre)
    }

    pub fn aide_in(&self, langue: Langue) -> Option<&str> {
        match self.traductions.get(&langue) {
            Some(t) => t.aide.as_deref(),
            None => self.aide.as_deref(),
        }
    }
}

impl Answer {
    pub fn libelle_in(&self, langue: Langue) -> &str {
        self.traductions.get(&langue).map_or(&self.libelle, |t| &t.libelle)
    }
}

impl Flow {
    /// Every need, question and answer has its words in every shipped language but French (which
    /// is the item itself), none empty, and a question's help where the French has one.
    pub(super) fn check_translations(&self) -> Result<(), FlowError> {
        let missing = |item: &str, langue: Langue, field: &'static str| FlowError::MissingTranslation {
            item: item.to_owned(),
            langue: langue.code(),
            field,
        };
        let blank = |s: &str| s.trim().is_empty();
        for langue in Langue::ALL.into_iter().filter(|l| *l != Langue::Fr) {
            for need in &self.besoins {
                let t = need.traductions.get(&langue).ok_or_else(|| missing(&need.id, langue, "titre"))?;
                if blank(&t.titre) {
                    return Err(missing(&need.id, langue, "titre"));
                }
                if blank(&t.exemples) {
                    return Err(missing(&need.id, langue, "exemples"));
                }
            }
            for q in &self.questions {
                let t = q.traductions.get(&langue).ok_or_else(|| missing(&q.id, langue, "titre"))?;
                if blank(&t.titre) {
                    return Err(missing(&q.id, langue, "titre"));
                }
                if q.aide.is_some() && t.aide.as_deref().is_none_or(blank) {
                    return Err(missing(&q.id, langue, "aide"));
                }
                for a in &q.reponses {
                    let item = format!("{}={}", q.id, a.id);
                    let t = a.traductions.get(&langue).ok_or_else(|| missing(&item, langue, "libelle"))?;
                    if blank(&t.libelle) {
                        return Err(missing(&item, langue, "libelle"));
                    }
                }
            }
        }
        Ok(())
    }
}
