//! `POST /admin/mot-de-passe`: the current password, then the new one twice. What checks a new
//! password and saves it as the account's own serves the access link's page too
//! (`admin::access::post`).

use crate::admin::form::{AdminForm, EvenProvisional};
use crate::admin::session::refused;
use crate::domain::edit::{FieldErrors, Fields};
use crate::form::{op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::auth::{self, check_password_policy};
use crate::ssr::ops::OpError;
use crate::ssr::repo::backoffice::Account;
use axum::http::{header, HeaderMap};
use axum::response::Response;

const BACK: &str = urls::MY_PASSWORD;

/// The messages of a new password typed as `new` then `again` for `account`: the policy (its own
/// e-mail and name count as known words), different from `current` when one is given, twice the same.
pub fn new_password_errors(errors: &mut FieldErrors, account: &Account, new: &str, again: &str, current: Option<&str>) {
    if let Err(message) = check_password_policy(new, &[&account.email, &account.nom]) {
        errors.0.push(("nouveau".into(), message));
    } else if current == Some(new) {
        errors.0.push(("nouveau".into(), "Choisissez un mot de passe différent de l’actuel.".into()));
    }
    if again != new {
        errors.0.push(("confirmation".into(), "Les deux saisies du mot de passe ne sont pas identiques.".into()));
    }
}

/// Saves `new` as the account's own password (no longer provisional) and ends every session of it,
/// so that a session someone else holds is worth nothing after the change.
pub async fn replace_password(services: &crate::ssr::state::AppState, account_id: i64, new: &str) -> Result<(), OpError> {
    let hash = auth::hash_password(new.to_owned()).await.map_err(|_| OpError::Internal)?;
    services.repo.set_password(account_id, &hash, false).await?;
    services.repo.delete_sessions_of(account_id).await?;
    Ok(())
}

/// Checks the current password (slowed down like a login: a stolen session cannot guess it
/// quickly), then the new one; on success every session of the account ends and this browser gets
/// a new one.
pub async fn change(_headers: HeaderMap, AdminForm { services, session, fields, .. }: AdminForm<EvenProvisional>) -> Response {
    let account = &session.account;
    let (current, new, again) = (fields.raw("actuel"), fields.raw("nouveau"), fields.raw("confirmation"));
    let mut errors = FieldErrors::default();
    match auth::check_password(services.repo.as_ref(), &account.email, current).await {
        Ok(Some(_)) => {}
        Ok(None) => errors.0.push(("actuel".into(), "Ce n’est pas votre mot de passe actuel.".into())),
        Err(e) => return op_failure(OpError::from(e), BACK),
    }
    new_password_errors(&mut errors, account, new, again, Some(current));
    if !errors.is_empty() {
        // No password is ever kept, not even in a flash.
        return refused(&services, &session, "mot-de-passe", &Fields::default(), errors, BACK).await;
    }
    if let Err(e) = replace_password(&services, account.id, new).await {
        return op_failure(e, BACK);
    }
    let token = match auth::open_session(services.repo.as_ref(), account.id).await {
        Ok(token) => token,
        Err(e) => return op_failure(OpError::from(e), BACK),
    };
    tracing::info!(account = account.id, "password changed by its owner");
    let mut res = see_other(&format!("{BACK}?enregistre=1"));
    res.headers_mut().insert(header::SET_COOKIE, auth::session_cookie(services.https(), &token));
    res
}
