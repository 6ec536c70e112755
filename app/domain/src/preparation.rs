//! « À apporter »: what a démarche needs on the day, said to whoever reads the result. A person who
//! arrives at a France services without their allocataire number or their phone (where the code
//! arrives) comes back another day; a relative who helps them, or a secrétaire de mairie who orients
//! them, needs the same list written for the person they help, and one honest word on their part: a
//! démarche stays the person's own, and often needs their presence or their agreement.
//!
//! The places stay the same whoever asks (the flow says why, in `identique`); these words are what
//! « Pour qui cherchez-vous ? » changes. Computed here, in the domain, so that the page online, the
//! page offline and the printed fiche say the same.

use crate::flow::{Aidant, Criteria};
use crate::langue::Langue;
use serde::{Deserialize, Serialize};

/// A heading and its lines, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preparation {
    pub titre: String,
    pub lignes: Vec<String>,
}

/// What every online démarche asks for, whatever the organisation: who the person is, the account
/// they already have, and the phone that receives the confirmation code.
const COMMON: [&str; 3] = ["apporter-identite", "apporter-identifiants", "apporter-telephone"];

/// The translation keys of the section for `criteria`: its heading, then its lines. None when there
/// is nothing to say (a person asking for themselves, for something other than a démarche).
pub fn keys(criteria: &Criteria) -> Option<(&'static str, Vec<String>)> {
    let aidant = criteria.aidant;
    match criteria.demarche.as_deref() {
        Some(demarche) => {
            let titre = match aidant {
                None => "apporter-titre",
                Some(Aidant::Proche) => "apporter-titre-proche",
                Some(Aidant::Pro) => "apporter-titre-pro",
            };
            // The organisation's own number first (« autre » names none).
            let own = crate::demarche::organisme(demarche).map(|o| format!("apporter-{}", o.code));
            let mut lines: Vec<String> = own.into_iter().chain(COMMON.iter().map(|k| (*k).to_owned())).collect();
            lines.extend(aidant.map(|a| aidant_line(a, true).to_owned()));
            Some((titre, lines))
        }
        None => {
            let a = aidant?;
            let titre = match a {
                Aidant::Proche => "aidant-titre-proche",
                Aidant::Pro => "aidant-titre-pro",
            };
            Some((titre, vec![aidant_line(a, false).to_owned()]))
        }
    }
}

fn aidant_line(aidant: Aidant, demarche: bool) -> &'static str {
    match (aidant, demarche) {
        (Aidant::Proche, true) => "aidant-proche-demarche",
        (Aidant::Proche, false) => "aidant-proche",
        (Aidant::Pro, true) => "aidant-pro-demarche",
        (Aidant::Pro, false) => "aidant-pro",
    }
}

/// The section in `langue`, or None when there is nothing to say.
pub fn preparation(criteria: &Criteria, langue: Langue) -> Option<Preparation> {
    let (titre, lines) = keys(criteria)?;
    Some(Preparation { titre: langue.t(titre), lignes: lines.iter().map(|k| langue.t(k)).collect() })
}

#[cfg(test)]
#[path = "preparation_tests.rs"]
mod tests;
