//! `POST /admin/double-authentification`: with the current password, `action` = `activer` (the
//! secret shown, proved by the app's code), `codes` (ten new recovery codes) or `desactiver`.

use super::{CODES, FORM};
use crate::admin::form::{AdminForm, EvenSecondFactor};
use crate::admin::session::{refused, Flash};
use crate::domain::edit::{FieldErrors, Fields};
use crate::form::{op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::auth;
use crate::ssr::ops::OpError;
use crate::ssr::second_factor::{matching_step, new_recovery_codes, recovery_hash};
use axum::response::Response;

const BACK: &str = urls::SECOND_FACTOR;

pub async fn change(AdminForm { services, session, fields, .. }: AdminForm<EvenSecondFactor>) -> Response {
    let account = &session.account;
    let repo = &services.repo;
    let mut errors = FieldErrors::default();
    // Typed again, and slowed down like a login: a session left open cannot change the account.
    match auth::check_password(services.repo.as_ref(), &account.email, fields.raw("actuel")).await {
        Ok(Some(_)) => {}
        Ok(None) => errors.0.push(("actuel".into(), "Ce n’est pas votre mot de passe actuel.".into())),
        Err(e) => return op_failure(OpError::from(e), BACK),
    }
    let current = match repo.totp(account.id).await {
        Ok(current) => current,
        Err(e) => return op_failure(OpError::from(e), BACK),
    };
    let (secret, step) = match (fields.get("action"), current) {
        ("activer", None) => {
            let secret = fields.get("secret").to_owned();
            let well_formed = secret.len() == 32 && secret.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b));
            let now = u64::try_from(crate::ssr::clock::timestamp()).unwrap_or_default();
            let step = if well_formed { matching_step(&secret, fields.get("code"), now) } else { None };
            if step.is_none() {
                let message = "Code incorrect : saisissez le code à 6 chiffres que l’application affiche maintenant pour Aiguillage.";
                errors.0.insert(0, ("code".into(), message.into()));
            }
            match step {
                Some(step) if errors.is_empty() => (secret, step),
                // The secret already scanned stays on the page; the password is never kept.
                _ => return refused(&services, &session, FORM, &Fields(vec![("secret".into(), secret)]), errors, BACK).await,
            }
        }
        (action @ ("codes" | "desactiver"), Some((secret, step))) => {
            if !errors.is_empty() {
                return refused(&services, &session, FORM, &Fields::default(), errors, BACK).await;
            }
            if action == "desactiver" {
                if let Err(e) = repo.disable_totp(account.id).await {
                    return op_failure(OpError::from(e), BACK);
                }
                tracing::info!(account = account.id, "second factor removed by its owner");
                return see_other(&format!("{BACK}?enregistre=1"));
            }
            (secret, step)
        }
        // A page older than the account's state (set up or removed elsewhere): show it as it is now.
        _ => return see_other(BACK),
    };
    let codes = new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| recovery_hash(&services.form_key, c)).collect();
    if let Err(e) = repo.enable_totp(account.id, &secret, step, &hashes).await {
        return op_failure(OpError::from(e), BACK);
    }
    tracing::info!(account = account.id, "second factor set or recovery codes renewed by its owner");
    // Shown once: the page takes them from the flash, which is read once.
    let flash = Flash {
        form: CODES.into(),
        fields: Fields(codes.into_iter().map(|c| ("code".into(), c)).collect()),
        errors: FieldErrors::default(),
    };
    match repo.set_flash(&session.id_hash, serde_json::to_string(&flash).ok().as_deref()).await {
        Ok(()) => see_other(&format!("{BACK}?enregistre=1")),
        Err(e) => op_failure(OpError::from(e), BACK),
    }
}
