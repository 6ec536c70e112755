//! `POST /admin/acces/{jeton}`: the password chosen through the link, twice.

use crate::domain::edit::FieldErrors;
use crate::domain::journey::percent_encode;
use crate::form::{op_failure, see_other, PublicForm};
use crate::routes::admin as urls;
use crate::ssr::auth::{self, check_password_policy};
use crate::ssr::ops::OpError;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};

/// The link is checked again (it may have served meanwhile), then the password against the policy;
/// a refused one leaves the account as it was and its messages (never the password) are kept an
/// hour for the page. Saved, the password is the account's own (no longer provisional), any session
/// ends, and the person is sent to the login page.
pub async fn choose(Path(token): Path<String>, PublicForm { services, fields, .. }: PublicForm) -> Response {
    let now = crate::ssr::clock::timestamp();
    let page = format!("{}/{}", urls::ACCESS, percent_encode(&token));
    let account = match crate::ssr::access::by_link(&services, &token, now).await {
        Ok(a) => a,
        Err(e) => return e.into_response(),
    };
    let (new, again) = (fields.raw("nouveau"), fields.raw("confirmation"));
    let mut errors = FieldErrors::default();
    if let Err(message) = check_password_policy(new, &[&account.email, &account.nom]) {
        errors.0.push(("nouveau".into(), message));
    }
    if again != new {
        errors.0.push(("confirmation".into(), auth::PASSWORDS_DIFFER.into()));
    }
    if !errors.is_empty() {
        let contenu = serde_json::to_string(&errors).unwrap_or_default();
        return match crate::ssr::proposals::keep_draft(&services, &contenu, now).await {
            Ok(cle) => see_other(&format!("{page}?brouillon={cle}")),
            Err(e) => e.into_response(),
        };
    }
    let hash = match auth::hash_password(new.to_owned()).await {
        Ok(h) => h,
        Err(_) => return op_failure(OpError::Internal, &page),
    };
    let repo = &services.repo;
    let written = async {
        repo.set_password(account.id, &hash, false).await?;
        repo.delete_sessions_of(account.id).await
    }
    .await;
    if let Err(e) = written {
        return op_failure(OpError::from(e), &page);
    }
    tracing::info!(account = account.id, "password chosen through the access link");
    see_other(urls::LOGIN_ACCESS_READY)
}
