//! `POST /admin/mot-de-passe`: the current password, then the new one twice.

use crate::admin::form::{AdminForm, EvenProvisional};
use crate::admin::session::refused;
use crate::domain::edit::{FieldErrors, Fields};
use crate::form::{op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::auth::{self, check_password_policy};
use crate::ssr::ops::OpError;
use axum::http::{header, HeaderMap};
use axum::response::Response;

const BACK: &str = urls::MY_PASSWORD;

/// Checks the current password (slowed down like a login: a stolen session cannot guess it
/// quickly), then the new one; on success every session of the account ends and this browser gets
/// a new one, so a session someone else holds is worth nothing after the change.
pub async fn change(_headers: HeaderMap, AdminForm { services, session, fields, .. }: AdminForm<EvenProvisional>) -> Response {
    let account = &session.account;
    let (current, new, again) = (fields.raw("actuel"), fields.raw("nouveau"), fields.raw("confirmation"));
    let mut errors = FieldErrors::default();
    let repo = &services.repo;
    match auth::check_password(services.repo.as_ref(), &account.email, current).await {
        Ok(Some(_)) => {}
        Ok(None) => errors.0.push(("actuel".into(), "Ce n’est pas votre mot de passe actuel.".into())),
        Err(e) => return op_failure(OpError::from(e), BACK),
    }
    if let Err(message) = check_password_policy(new, &[&account.email, &account.nom]) {
        errors.0.push(("nouveau".into(), message));
    } else if new == current {
        errors.0.push(("nouveau".into(), "Choisissez un mot de passe différent de l’actuel.".into()));
    }
    if again != new {
        errors.0.push(("confirmation".into(), auth::PASSWORDS_DIFFER.into()));
    }
    if !errors.is_empty() {
        // No password is ever kept, not even in a flash.
        return refused(&services, &session, "mot-de-passe", &Fields::default(), errors, BACK).await;
    }
    let hash = match auth::hash_password(new.to_owned()).await {
        Ok(h) => h,
        Err(_) => return op_failure(OpError::Internal, BACK),
    };
    let written = async {
        repo.set_password(account.id, &hash, false).await?;
        repo.delete_sessions_of(account.id).await?;
        auth::open_session(services.repo.as_ref(), account.id).await
    }
    .await;
    let token = match written {
        Ok(token) => token,
        Err(e) => return op_failure(OpError::from(e), BACK),
    };
    tracing::info!(account = account.id, "password changed by its owner");
    let mut res = see_other(&format!("{BACK}?enregistre=1"));
    res.headers_mut().insert(header::SET_COOKIE, auth::session_cookie(services.https(), &token));
    res
}
