//! Logging in and out.

use crate::admin::form::{AdminForm, EvenProvisional};
use crate::domain::langue::Langue;
use crate::form::{op_failure, see_other, too_many, ClientIp, PublicForm};
use crate::routes::admin as urls;
use crate::ssr::auth::{self, hash_token, session_token};
use crate::ssr::ops::OpError;
use crate::ssr::second_factor;
use crate::ssr::state::AppState;
use crate::ssr::throttle::Limiter;
use axum::http::{header, HeaderMap};
use axum::response::Response;

const BACK: &str = urls::LOGIN;

/// `POST /admin/connexion`.
pub async fn login(ClientIp(ip): ClientIp, headers: HeaderMap, PublicForm { services, fields, .. }: PublicForm) -> Response {
    if let Some(refused) = limited(&services.login_limiter, &services, ip, BACK).await {
        return refused;
    }
    let email = fields.get("email").to_lowercase();
    let password = fields.raw("mot_de_passe").to_owned();
    if email.is_empty() || email.len() > 254 || password.is_empty() || password.chars().count() > 64 {
        return see_other(urls::LOGIN_WRONG_CREDENTIALS);
    }
    let repo = &services.repo;
    // Each earlier failure slows the next attempt down; nobody is locked out.
    let result = auth::check_password(services.repo.as_ref(), &email, &password).await.map(|a| a.map(|a| (a.id, a.must_change_password)));
    let (account_id, provisional) = match result {
        Ok(Some(found)) => found,
        Ok(None) => return see_other(urls::LOGIN_WRONG_CREDENTIALS),
        Err(e) => return op_failure(OpError::from(e), BACK),
    };
    // A new id at every login: a session id planted before login is worth nothing after it.
    if let Some(old) = session_token(services.https(), &headers) {
        let _ = repo.delete_session(&hash_token(&old)).await;
    }
    // With a second factor, no session yet: the code comes first (`code`).
    match repo.totp(account_id).await {
        Ok(Some(_)) => {
            let mut res = see_other(urls::LOGIN_CODE);
            res.headers_mut()
                .insert(header::SET_COOKIE, second_factor::pending_cookie(&services, account_id, crate::ssr::clock::timestamp()));
            return res;
        }
        Ok(None) => {}
        Err(e) => return op_failure(OpError::from(e), BACK),
    }
    logged_in(&services, account_id, provisional).await
}

/// Opens the session and sends to the back-office; a provisional password leads straight to
/// choosing one's own.
async fn logged_in(services: &AppState, account_id: i64, provisional: bool) -> Response {
    let token = match auth::open_session(services.repo.as_ref(), account_id).await {
        Ok(token) => token,
        Err(e) => return op_failure(OpError::from(e), BACK),
    };
    let mut res = see_other(if provisional { urls::MY_PASSWORD } else { urls::HOME });
    res.headers_mut().insert(header::SET_COOKIE, auth::session_cookie(services.https(), &token));
    res.headers_mut().append(header::SET_COOKIE, second_factor::clear_pending_cookie(services));
    res
}

/// `POST /admin/connexion/code`: the second step of a login, within five minutes of the password.
/// The code of the authenticator app, or one of the recovery codes; each works once. Wrong codes are
/// counted per account and slowed down like wrong passwords.
pub async fn code(ClientIp(ip): ClientIp, headers: HeaderMap, PublicForm { services, fields, .. }: PublicForm) -> Response {
    let back = urls::LOGIN_CODE;
    let Some(account_id) = second_factor::pending_account(&services, &headers, crate::ssr::clock::timestamp()) else {
        return see_other(urls::LOGIN_CODE_EXPIRED);
    };
    if let Some(refused) = limited(&services.code_limiter, &services, ip, back).await {
        return refused;
    }
    let code = fields.get("code");
    if code.is_empty() || code.chars().count() > 32 {
        return see_other(urls::LOGIN_CODE_WRONG);
    }
    match second_factor::check(&services, account_id, code).await {
        Ok(Some(provisional)) => logged_in(&services, account_id, provisional).await,
        Ok(None) => see_other(urls::LOGIN_CODE_WRONG),
        Err(e) => op_failure(OpError::from(e), back),
    }
}

/// One attempt of this client address in `limiter` (passwords, or codes): the 429 page past its
/// allowance.
async fn limited(limiter: &Limiter, services: &AppState, ip: std::net::IpAddr, back: &str) -> Option<Response> {
    match limiter.check(services.repo.as_ref(), ip).await {
        Ok(Ok(())) => None,
        Ok(Err(wait)) => {
            tracing::warn!(%ip, "login rate limit");
            Some(too_many(Langue::Fr, wait, back))
        }
        Err(e) => Some(op_failure(OpError::from(e), back)),
    }
}

/// `POST /admin/deconnexion`: the session is deleted on the server, not just forgotten by the browser.
pub async fn logout(AdminForm { services, session, .. }: AdminForm<EvenProvisional>) -> Response {
    if let Err(e) = services.repo.delete_session(&session.id_hash).await {
        return op_failure(OpError::from(e), urls::HOME);
    }
    let mut res = see_other(urls::LOGGED_OUT);
    res.headers_mut().insert(header::SET_COOKIE, auth::clear_cookie(services.https()));
    res
}
