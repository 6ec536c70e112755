//! Accounts (admins only): create, attach editors to structures, disable and enable, give a new
//! provisional password, remove a lost second factor.

use crate::admin::form::{Accounts, AdminForm};
use crate::admin::session::refused;
use crate::domain::edit::Fields;
use crate::form::{op_failure, see_other};
use crate::ssr::auth::Session;
use crate::ssr::ops::{self, OpError};
use crate::ssr::repo::RepoError;
use axum::extract::Path;
use axum::response::Response;

const BACK: &str = crate::routes::admin::ACCOUNTS;

/// `POST /admin/comptes/creer`.
pub async fn create(AdminForm { services, session, fields, .. }: AdminForm<Accounts>) -> Response {
    match ops::create_account(services.repo.as_ref(), &fields, true).await {
        Ok(id) => {
            tracing::info!(by = %session.account.email, account = id, "account created");
            see_other(&format!("{BACK}?enregistre=1"))
        }
        // The password is never kept, not even in a flash.
        Err(OpError::Invalid(errors)) => refused(&services, &session, "comptes", &fields.without("mot_de_passe"), errors, BACK).await,
        Err(e) => op_failure(e, BACK),
    }
}

/// `POST /admin/comptes/{id}/structures`: the structures an editor may change.
pub async fn structures(Path(id): Path<i64>, AdminForm { services, fields, .. }: AdminForm<Accounts>) -> Response {
    let wanted: Vec<String> = fields.all("structures").into_iter().map(str::to_owned).collect();
    for s in &wanted {
        match services.repo.entry::<crate::domain::directory::Structure>(s).await {
            Ok(Some(_)) => {}
            Ok(None) => return op_failure(OpError::NotFound, BACK),
            Err(e) => return op_failure(OpError::from(e), BACK),
        }
    }
    match services.repo.set_account_structures(id, &wanted).await {
        Ok(()) => see_other(&format!("{BACK}?enregistre=1")),
        Err(e) => op_failure(OpError::from(e), BACK),
    }
}

/// `POST /admin/comptes/{id}/{desactiver|activer}`: a disabled account's sessions end at once.
pub async fn toggle(Path((id, verb)): Path<(i64, String)>, AdminForm { services, session, .. }: AdminForm<Accounts>) -> Response {
    let disabled = match verb.as_str() {
        "desactiver" => true,
        "activer" => false,
        _ => return op_failure(OpError::NotFound, BACK),
    };
    if disabled && id == session.account.id {
        return op_failure(OpError::Forbidden, BACK);
    }
    let done = if disabled { "account disabled" } else { "account enabled" };
    after(services.repo.set_account_disabled(id, disabled).await, &session, id, done)
}

/// `POST /admin/comptes/{id}/double-authentification`: removes the second factor of someone who lost
/// their phone and their recovery codes, and ends their sessions. Never one's own: that is done on
/// one's own page, with one's password.
pub async fn remove_second_factor(Path(id): Path<i64>, AdminForm { services, session, .. }: AdminForm<Accounts>) -> Response {
    if id == session.account.id {
        return op_failure(OpError::Forbidden, BACK);
    }
    let result = async {
        services.repo.disable_totp(id).await?;
        services.repo.delete_sessions_of(id).await
    }
    .await;
    after(result, &session, id, "second factor removed")
}

/// `POST /admin/comptes/{id}/mot-de-passe`: a new provisional password (the person forgot theirs),
/// which they must change at their next login; the account's open sessions end.
pub async fn reset_password(Path(id): Path<i64>, AdminForm { services, session, fields, .. }: AdminForm<Accounts>) -> Response {
    let password = fields.raw("mot_de_passe").to_owned();
    if let Err(message) = crate::ssr::auth::check_password_policy(&password, &[]) {
        let errors = crate::domain::edit::FieldErrors(vec![(format!("compte-{id}-mot_de_passe"), message)]);
        return refused(&services, &session, "comptes", &Fields::default(), errors, BACK).await;
    }
    let hash = match crate::ssr::auth::hash_password(password).await {
        Ok(h) => h,
        Err(_) => return op_failure(OpError::Internal, BACK),
    };
    let result = async {
        services.repo.set_password(id, &hash, true).await?;
        services.repo.delete_sessions_of(id).await
    }
    .await;
    after(result, &session, id, "password reset")
}

/// How every change to someone's account ends: logged with who made it (`done`), then back to the
/// accounts page saying it is saved; or the 500 page when the database failed, nothing said saved.
fn after(result: Result<(), RepoError>, session: &Session, account: i64, done: &'static str) -> Response {
    match result {
        Ok(()) => {
            tracing::info!(by = %session.account.email, account, "{done}");
            see_other(&format!("{BACK}?enregistre=1"))
        }
        Err(e) => op_failure(OpError::from(e), BACK),
    }
}
