//! Accounts and sessions: argon2id password hashes, random session ids stored hashed, the session
//! cookie, and the signed tokens that every back-office form carries against cross-site requests.

use super::repo::backoffice::Account;
use super::repo::Repository;
use crate::error::AppError;
use axum::http::{header, HeaderMap, HeaderValue};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The cookie over HTTPS: `__Host-` makes the browser refuse it unless Secure, path /, no domain.
pub const COOKIE_SECURE: &str = "__Host-aiguillage";
/// The cookie on plain-HTTP localhost (development, tests), where Secure cookies may be dropped.
pub const COOKIE_LOCAL: &str = "aiguillage-local";
/// A session lasts one working day.
pub const SESSION_HOURS: i64 = 12;
/// Managing accounts asks for the password again when it was last typed longer ago than this.
pub const CONFIRM_MINUTES: i64 = 15;
/// A session not used for this long ends (ASVS 5.0 V7: inactivity timeout, besides the absolute one).
pub const IDLE_MINUTES: i64 = 30;
/// A form must be sent back within this time (a long edit, a lunch break).
const FORM_TOKEN_SECONDS: i64 = 12 * 3600;

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source works");
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane.
fn argon2() -> argon2::Argon2<'static> {
    let params = argon2::Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// The length rule ([`crate::domain::edit::password_length`]), and no password a cracker would try
/// early: zxcvbn's estimate must reach « safely unguessable » (score 3: about 10^8 guesses), with
/// the account's own e-mail and name counted as known words.
pub fn check_password_policy(password: &str, known: &[&str]) -> Result<(), String> {
    crate::domain::edit::password_length(password)?;
    if zxcvbn::zxcvbn(password, known).score() < zxcvbn::Score::Three {
        return Err("Ce mot de passe est trop facile à deviner (mot courant, prénom, suite de touches, votre adresse…). Choisissez une phrase de plusieurs mots, par exemple.".into());
    }
    Ok(())
}

/// How many argon2 computations run at once. Each holds 19 MiB and a core for tens of
/// milliseconds; uncapped, a burst of logins would start one per blocking thread (up to 512, about
/// 9.5 GiB). Two, as this machine has two cores: the others wait their turn, and the per-address
/// limit keeps that queue short.
const ARGON2_AT_ONCE: usize = 2;
static ARGON2_PERMITS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(ARGON2_AT_ONCE);
/// The most argon2 computations seen running together (for the test of the cap).
static ARGON2_PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static ARGON2_RUNNING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Runs `work` (an argon2 computation) on a blocking thread once one of [`ARGON2_AT_ONCE`] permits
/// is free.
async fn argon2_task<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    use std::sync::atomic::Ordering::SeqCst;
    let _permit = ARGON2_PERMITS.acquire().await.map_err(AppError::internal)?;
    tokio::task::spawn_blocking(move || {
        let running = ARGON2_RUNNING.fetch_add(1, SeqCst) + 1;
        ARGON2_PEAK.fetch_max(running, SeqCst);
        let result = work();
        ARGON2_RUNNING.fetch_sub(1, SeqCst);
        result
    })
    .await
    .map_err(AppError::internal)
}

pub async fn hash_password(password: String) -> Result<String, AppError> {
    argon2_task(move || {
        use argon2::password_hash::{PasswordHasher, SaltString};
        let mut salt = [0u8; 16];
        getrandom::getrandom(&mut salt).map_err(AppError::internal)?;
        let salt = SaltString::encode_b64(&salt).map_err(AppError::internal)?;
        argon2().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(AppError::internal)
    })
    .await?
}

/// Verifies against `hash`, or against a throw-away hash when the account does not exist, so that
/// the answer takes as long either way and does not reveal which e-mails have an account.
pub async fn verify_password(password: String, hash: Option<String>) -> bool {
    argon2_task(move || {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let decoy = DECOY.get_or_init(|| {
            use argon2::password_hash::{PasswordHasher, SaltString};
            let salt = SaltString::encode_b64(b"aiguillage-decoy").expect("valid salt");
            argon2().hash_password(b"decoy password", &salt).expect("hashing works").to_string()
        });
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| decoy.clone());
        let Ok(parsed) = PasswordHash::new(&hash) else { return false };
        argon2().verify_password(password.as_bytes(), &parsed).is_ok() && known
    })
    .await
    .unwrap_or(false)
}

/// The session cookie for a site whose configured public address is `https` (`__Host-`, Secure) or
/// plain HTTP (development, tests on the machine itself, where a Secure cookie may be dropped).
/// Never chosen from the request: `X-Forwarded-Proto` and `Host` are whatever a client sent.
pub fn session_cookie(https: bool, token: &str) -> HeaderValue {
    let max_age = SESSION_HOURS * 3600;
    let value = if https {
        format!("{COOKIE_SECURE}={token}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age={max_age}")
    } else {
        format!("{COOKIE_LOCAL}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}")
    };
    HeaderValue::from_str(&value).expect("token is hex")
}

pub fn clear_cookie(https: bool) -> HeaderValue {
    HeaderValue::from_static(if https {
        "__Host-aiguillage=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0"
    } else {
        "aiguillage-local=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
    })
}

/// The session id sent by the browser, if any, under the cookie name of this site's scheme.
pub fn session_token(https: bool, headers: &HeaderMap) -> Option<String> {
    let wanted = if https { COOKIE_SECURE } else { COOKIE_LOCAL };
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == wanted && value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|(_, value)| value.to_owned())
}

#[derive(Debug, Clone)]
pub struct Session {
    pub account: Account,
    /// When the password was last typed in this session (`AAAA-MM-JJTHH:MM:SSZ`).
    pub confirmed_at: String,
    /// The stored (hashed) id: flashes and form tokens are bound to it.
    pub id_hash: String,
}

/// The account of `email` if `password` is its password and it is enabled, checked as a login
/// checks it: the attempt is counted first (so guesses sent together wait longer one after the
/// other), slowed down by earlier failures, and a success clears them. For the login, the password
/// change and the confirmation before managing accounts.
pub async fn check_password(repo: &dyn Repository, email: &str, password: &str) -> Result<Option<Account>, crate::ssr::repo::RepoError> {
    let earlier = repo.count_login_attempt(email, &crate::ssr::clock::stamp()).await?;
    tokio::time::sleep(super::throttle::account_delay(earlier)).await;
    let (account, hash) = repo.account_by_email(email).await?.filter(|(a, _)| !a.disabled).unzip();
    if password.chars().count() > 64 || !verify_password(password.to_owned(), hash).await {
        return Ok(None);
    }
    repo.clear_login_failures(email).await?;
    Ok(account)
}

/// Opens a session for `account_id` (a login, a password change): a new random id, stored hashed,
/// ending after [`SESSION_HOURS`]. Returns the id, for the cookie.
pub async fn open_session(repo: &dyn Repository, account_id: i64) -> Result<String, crate::ssr::repo::RepoError> {
    let token = random_token();
    let expires = crate::ssr::clock::stamp_of(crate::ssr::clock::now() + chrono::Duration::hours(SESSION_HOURS));
    repo.create_session(&hash_token(&token), account_id, &crate::ssr::clock::stamp(), &expires).await?;
    Ok(token)
}

impl Session {
    /// Whether the password was typed in this session within [`CONFIRM_MINUTES`].
    pub fn recently_confirmed(&self) -> bool {
        self.confirmed_at > crate::ssr::clock::stamp_of(crate::ssr::clock::now() - chrono::Duration::minutes(CONFIRM_MINUTES))
    }
}

/// The logged-in session of this request, if any (`https`: whether the site's cookie is the
/// `__Host-` one, [`session_token`]).
pub async fn current(repo: &dyn Repository, https: bool, headers: &HeaderMap) -> Result<Option<Session>, AppError> {
    let Some(token) = session_token(https, headers) else { return Ok(None) };
    let id_hash = hash_token(&token);
    let now = crate::ssr::clock::now();
    let account = repo
        .session_account(
            &id_hash,
            &crate::ssr::clock::stamp_of(now),
            &crate::ssr::clock::stamp_of(now - chrono::Duration::minutes(IDLE_MINUTES)),
        )
        .await?;
    Ok(account.map(|(account, confirmed_at)| Session { account, confirmed_at, id_hash }))
}

fn mac(key: &[u8], scope: &str, issued: i64) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(format!("{scope}|{issued}").as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// A keyed hash of `text` under `scope`: equal texts give equal values, and nobody without the
/// key can tell which text gave one.
pub fn keyed_hash(key: &[u8], scope: &str, text: &str) -> String {
    mac(key, &format!("{scope}:{text}"), 0)
}

/// A token for a form shown at `now` (Unix seconds), bound to the session (or to « anonymous » for the
/// login and report forms): a page on another site cannot know it.
pub fn form_token(key: &[u8], session: Option<&str>, now: i64) -> String {
    format!("{now}.{}", mac(key, session.unwrap_or("anonyme"), now))
}

pub fn check_form_token(key: &[u8], session: Option<&str>, token: &str, now: i64) -> bool {
    let Some((issued, signature)) = token.split_once('.') else { return false };
    let Ok(issued) = issued.parse::<i64>() else { return false };
    (0..=FORM_TOKEN_SECONDS).contains(&(now - issued)) && verify(key, session.unwrap_or("anonyme"), issued, signature)
}

/// Whether `signature` (hex) is [`mac`] of `scope` and `time`, compared in constant time.
fn verify(key: &[u8], scope: &str, time: i64, signature: &str) -> bool {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(format!("{scope}|{time}").as_bytes());
    let Ok(bytes) = (0..signature.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(signature.get(i..i + 2).unwrap_or("zz"), 16))
        .collect::<Result<Vec<u8>, _>>()
    else {
        return false;
    };
    mac.verify_slice(&bytes).is_ok()
}

/// Why a reminder's link does not confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Genuine, but past its last second.
    Expired,
    /// Not signed by this server, or altered.
    Invalid,
}

/// A link that acts without an account: `{expires}.{subject}.{signature}`, `expires` in Unix seconds.
/// Signed with the form key under its own `scope`, so a link of one kind never passes for another
/// (nor for a form token), and it names one subject, only until it expires.
pub fn link_token(key: &[u8], scope: &str, subject: &str, expires: i64) -> String {
    format!("{expires}.{subject}.{}", mac(key, &format!("{scope}:{subject}"), expires))
}

/// The subject a link of `scope` names, if it is genuine and `now` is not past its expiry.
pub fn check_link_token(key: &[u8], scope: &str, token: &str, now: i64) -> Result<String, LinkError> {
    let (expires, rest) = token.split_once('.').ok_or(LinkError::Invalid)?;
    let (subject, signature) = rest.rsplit_once('.').ok_or(LinkError::Invalid)?;
    let expires = expires.parse::<i64>().map_err(|_| LinkError::Invalid)?;
    if !verify(key, &format!("{scope}:{subject}"), expires, signature) {
        return Err(LinkError::Invalid);
    }
    if now > expires {
        return Err(LinkError::Expired);
    }
    Ok(subject.to_owned())
}

/// The « tout est juste » link of a reminder: it confirms the structure it names.
pub fn reminder_token(key: &[u8], structure_id: &str, expires: i64) -> String {
    link_token(key, "rappel", structure_id, expires)
}

/// The structure a reminder's link confirms.
pub fn check_reminder_token(key: &[u8], token: &str, now: i64) -> Result<String, LinkError> {
    check_link_token(key, "rappel", token, now)
}

/// The browser says the form was sent from this site: `Sec-Fetch-Site` when sent (all current
/// browsers), otherwise `Origin` compared with `Host`. Requests with neither (scripts, very old
/// browsers) still need the form token.
pub fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
            origin.split_once("://").is_some_and(|(_, authority)| authority == host)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn form_tokens_are_bound_to_their_session_and_expire() {
        let key = b"key";
        let t = form_token(key, Some("s1"), 1000);
        assert!(check_form_token(key, Some("s1"), &t, 1000 + 60));
        assert!(!check_form_token(key, Some("s2"), &t, 1060));
        assert!(!check_form_token(key, None, &t, 1060));
        assert!(!check_form_token(b"other", Some("s1"), &t, 1060));
        assert!(!check_form_token(key, Some("s1"), &t, 1000 + FORM_TOKEN_SECONDS + 1));
        assert!(!check_form_token(key, Some("s1"), "1000.zz", 1060));
    }

    #[test]
    fn a_reminder_link_confirms_only_its_structure_until_it_expires_and_never_passes_for_a_form_token() {
        let key = b"key";
        let t = reminder_token(key, "aig-s-1.b", 2000);
        assert_eq!(check_reminder_token(key, &t, 1999), Ok("aig-s-1.b".to_owned()), "an id may hold a dot");
        assert_eq!(check_reminder_token(key, &t, 2001), Err(LinkError::Expired));
        assert_eq!(check_reminder_token(b"other key", &t, 1999), Err(LinkError::Invalid));
        assert_eq!(check_reminder_token(key, &t.replace("aig-s-1.b", "aig-s-2"), 1999), Err(LinkError::Invalid));
        assert_eq!(check_reminder_token(key, &t.replacen("2000", "9000", 1), 1999), Err(LinkError::Invalid));
        assert_eq!(check_reminder_token(key, "", 1999), Err(LinkError::Invalid));
        let form = form_token(key, None, 2000);
        assert!(check_reminder_token(key, &form, 1999).is_err());
        assert!(!check_form_token(key, None, &t, 2000));
    }

    #[test]
    fn cross_site_posts_are_recognised_by_fetch_metadata_or_origin() {
        assert!(same_origin(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(same_origin(&headers(&[("origin", "https://aiguillage.fr"), ("host", "aiguillage.fr")])));
        assert!(!same_origin(&headers(&[("origin", "https://evil.example"), ("host", "aiguillage.fr")])));
    }

    #[test]
    fn the_cookie_is_host_prefixed_and_secure_when_the_site_is_https_whatever_the_request_says() {
        let cookie = session_cookie(true, &"a".repeat(64));
        assert!(cookie.to_str().unwrap().starts_with("__Host-aiguillage="));
        assert!(cookie.to_str().unwrap().contains("; Secure; HttpOnly; SameSite=Strict"));
        assert!(!session_cookie(false, &"a".repeat(64)).to_str().unwrap().contains("Secure"));
        let sent = headers(&[("host", "aiguillage.fr"), ("cookie", &format!("x=1; __Host-aiguillage={}", "b".repeat(64)))]);
        assert_eq!(session_token(true, &sent), Some("b".repeat(64)));
        assert_eq!(session_token(false, &sent), None, "a plain-HTTP site reads only its own cookie");
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_own_argon2id_hash() {
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("correct horse battery".into(), Some(hash.clone())).await);
        assert!(!verify_password("wrong horse battery".into(), Some(hash)).await);
        assert!(!verify_password("decoy password".into(), None).await);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn no_more_than_two_password_checks_run_at_once_however_many_logins_arrive() {
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        let logins: Vec<_> = (0..8).map(|_| tokio::spawn(verify_password("wrong horse battery".into(), Some(hash.clone())))).collect();
        for login in logins {
            assert!(!login.await.unwrap());
        }
        let peak = ARGON2_PEAK.load(std::sync::atomic::Ordering::SeqCst);
        assert!((1..=ARGON2_AT_ONCE).contains(&peak), "{peak} argon2 computations ran together");
    }
}
