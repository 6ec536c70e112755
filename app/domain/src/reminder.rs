//! Reminders that keep the directory true: which structures to ask (an entry not confirmed for six
//! months, or an error report waiting), and the message they get — its entries and one link that
//! confirms « tout est juste » without an account.
//!
//! Pure: the server signs the link (`ssr::auth::reminder_token`), sends the message by SMTP when a
//! relay is configured, or hands the coordinators `mailto:` links built here otherwise.

use crate::directory::{Service, Structure};
use crate::freshness::needs_check;
use crate::journey::{percent_encode, url};
use crate::result::french_date;

/// One structure to remind, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub structure_id: String,
    pub nom: String,
    /// Where the reminder goes; without one the coordinators phone instead.
    pub courriel: Option<String>,
    pub telephone: Option<String>,
    /// « jamais vérifiée », « vérifiée le 12/03/2026 », « 2 signalements d’erreur en attente ».
    pub raisons: Vec<String>,
    /// The names of its published services, listed in the message.
    pub services: Vec<String>,
}

/// The published structures that need a reminder, by name. `reports` holds the structure id of
/// each open error report; `today` is `AAAA-MM-JJ`.
pub fn due(structures: &[Structure], services: &[Service], reports: &[String], today: &str) -> Vec<Due> {
    let mut out: Vec<Due> = structures
        .iter()
        .filter_map(|s| {
            let mut raisons = Vec::new();
            if needs_check(s.a_verifier, s.date_maj.as_deref(), today) {
                raisons.push(match (&s.date_maj, s.a_verifier) {
                    (Some(d), false) => format!("vérifiée le {}, il y a plus de six mois", french_date(d)),
                    (Some(_), true) | (None, _) => "jamais vérifiée depuis son arrivée dans l’annuaire".to_owned(),
                });
            }
            match reports.iter().filter(|r| **r == s.id).count() {
                0 => {}
                1 => raisons.push("1 signalement d’erreur en attente".to_owned()),
                n => raisons.push(format!("{n} signalements d’erreur en attente")),
            }
            (!raisons.is_empty()).then(|| Due {
                structure_id: s.id.clone(),
                nom: s.nom.clone(),
                courriel: s.courriel.clone().filter(|c| c.contains('@')),
                telephone: s.telephone.clone(),
                raisons,
                services: services.iter().filter(|x| x.structure == s.id).map(|x| x.nom.clone()).collect(),
            })
        })
        .collect();
    out.sort_by_key(|d| d.nom.to_lowercase());
    out
}

/// The message: a subject and a plain-text body. `link` confirms; `expires` is `AAAA-MM-JJ`;
/// `contact` is where to write when something changed (the sender's address).
pub fn message(due: &Due, link: &str, expires: &str, contact: &str) -> (String, String) {
    let subject = format!("Aiguillage : les informations de « {} » sont-elles toujours justes ?", due.nom);
    let mut body = String::new();
    body.push_str("Bonjour,\n\n");
    body.push_str(&format!(
        "Aiguillage oriente les habitants de l’Ain vers l’aide numérique près de chez eux. Votre structure, « {} », y est présentée ({}).\n\n",
        due.nom,
        due.raisons.join(" ; ")
    ));
    if !due.services.is_empty() {
        body.push_str("Ce que nous présentons de vous :\n");
        for s in &due.services {
            body.push_str(&format!("- {s}\n"));
        }
        body.push('\n');
    }
    body.push_str(&format!(
        "Si tout est juste, un clic suffit, sans compte ni mot de passe (lien valable jusqu’au {}) :\n{link}\n\n",
        french_date(expires)
    ));
    body.push_str(&format!("Si quelque chose a changé (adresse, horaires, services), répondez à ce message ou écrivez à {contact}.\n\n"));
    body.push_str("Merci,\nLa coordination numérique de l’Ain\n");
    (subject, body)
}

/// A `mailto:` link that opens the same message in the coordinator's own mail program (RFC 6068:
/// the address keeps its `@`, everything else is percent-encoded).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let pairs = [("subject".to_owned(), subject.to_owned()), ("body".to_owned(), body.to_owned())];
    url(&format!("mailto:{}", percent_encode(to).replace("%40", "@")), &pairs)
}

#[cfg(test)]
#[path = "reminder_tests.rs"]
mod tests;
