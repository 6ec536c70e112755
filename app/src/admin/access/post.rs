//! `POST /admin/acces/{jeton}`: the password chosen through the link, twice. Checked and saved as
//! « Mon mot de passe » does (`admin::password::post`).

use crate::admin::password::post::{new_password_errors, replace_password};
use crate::domain::edit::FieldErrors;
use crate::domain::journey::percent_encode;
use crate::form::{op_failure, see_other, PublicForm};
use crate::routes::admin as urls;
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
    let new = fields.raw("nouveau");
    let mut errors = FieldErrors::default();
    new_password_errors(&mut errors, &account, new, fields.raw("confirmation"), None);
    if !errors.is_empty() {
        let contenu = serde_json::to_string(&errors).unwrap_or_default();
        return match crate::ssr::proposals::keep_draft(&services, &contenu, now).await {
            Ok(cle) => see_other(&format!("{page}?brouillon={cle}")),
            Err(e) => e.into_response(),
        };
    }
    if let Err(e) = replace_password(&services, account.id, new).await {
        return op_failure(e, &page);
    }
    tracing::info!(account = account.id, "password chosen through the access link");
    see_other(urls::LOGIN_ACCESS_READY)
}
