//! What `/admin/rappels` shows: the structures to remind, their last reminder, and each one's
//! `mailto:` link when no relay is configured.

use crate::admin::reminders::{ReminderRow, Reminders};
use crate::admin::session::{admin_session, frame};
use crate::domain::reminder::mailto;
use crate::error::AppError;
use crate::ssr::reminders::{compose, due};

/// A structure reminded less than this many days ago is not checked again by default.
const QUIET_DAYS: i64 = 14;

pub async fn reminders(pairs: &[(String, String)]) -> Result<Reminders, AppError> {
    let (services, session) = admin_session().await?;
    let sent = services.repo.last_reminders().await?;
    let quiet_since = (crate::ssr::clock::now() - chrono::Duration::days(QUIET_DAYS)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let contact = services.mailer.as_ref().map_or_else(|| session.account.email.clone(), |m| m.from_address());
    let rows = due(&services)
        .await?
        .into_iter()
        .map(|d| {
            let dernier_rappel = sent.get(&d.structure_id).cloned();
            let mailto = match (&services.mailer, &d.courriel) {
                (None, Some(to)) => {
                    let (subject, body) = compose(&services, &d, &contact);
                    Some(mailto(to, &subject, &body))
                }
                _ => None,
            };
            ReminderRow {
                coche: d.courriel.is_some() && dernier_rappel.as_ref().is_none_or(|at| *at < quiet_since),
                raisons: d.raisons.join(" ; "),
                structure_id: d.structure_id,
                nom: d.nom,
                courriel: d.courriel,
                telephone: d.telephone,
                dernier_rappel,
                mailto,
            }
        })
        .collect();
    let number = |name: &str| pairs.iter().find(|(k, _)| k == name).and_then(|(_, v)| v.parse::<usize>().ok());
    let resultat = number("envoyes").map(|sent| {
        let failed = number("echecs").unwrap_or(0);
        let mut words = match sent {
            0 => "Aucun rappel envoyé.".to_owned(),
            1 => "1 rappel envoyé.".to_owned(),
            n => format!("{n} rappels envoyés."),
        };
        if failed > 0 {
            words.push_str(&format!(
                " {failed} n’ont pas pu partir : le relais de courriel les a refusés (le journal du serveur dit pourquoi)."
            ));
        }
        words
    });
    Ok(Reminders { frame: frame(&services, &session).await?, relais: services.mailer.is_some(), rows, resultat })
}
