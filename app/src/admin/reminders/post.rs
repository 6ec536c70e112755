//! `POST /admin/rappels`: sends the checked structures their reminder through the relay (admins),
//! records each one sent, and comes back to the page with how many left.

use crate::admin::form::{AdminForm, Coordinator};
use crate::form::see_other;
use crate::routes::admin::REMINDERS;
use crate::ssr::reminders::{compose, due};
use axum::response::{IntoResponse, Response};

/// `POST /admin/rappels` (admins). Only structures still due and with an address are sent to,
/// whatever the form says; without a relay nothing is sent (the page offers `mailto:` links).
pub async fn send(AdminForm { services, session, fields, .. }: AdminForm<Coordinator>) -> Response {
    let Some(mailer) = services.mailer.clone() else {
        return see_other(REMINDERS);
    };
    let wanted: Vec<&str> = fields.0.iter().filter(|(k, _)| k == "structure").map(|(_, v)| v.as_str()).collect();
    let due = match due(&services).await {
        Ok(due) => due,
        Err(e) => return e.into_response(),
    };
    let (mut sent, mut failed) = (0, 0);
    for d in due.iter().filter(|d| wanted.contains(&d.structure_id.as_str())) {
        let Some(to) = &d.courriel else { continue };
        let (subject, body) = compose(&services, d, &mailer.from_address());
        match mailer.send(to, &subject, body).await {
            Ok(()) => {
                sent += 1;
                if let Err(e) = services.repo.record_reminder(&d.structure_id, &crate::ssr::clock::stamp(), &session.account.email).await {
                    tracing::error!(error = %e, "a sent reminder was not recorded");
                }
            }
            Err(_) => failed += 1,
        }
    }
    see_other(&format!("{REMINDERS}?envoyes={sent}&echecs={failed}"))
}
