//! The second factor (ASVS 5.0 V6): six-digit codes from an authenticator app (RFC 6238 through
//! `totp-rs`: SHA-1, 30 seconds, the standard every app reads), and ten recovery codes for a lost
//! phone.
//!
//! Between the password and the code nobody is logged in: the login leaves only a signed cookie
//! naming the account, valid five minutes ([`pending_cookie`]). No session exists until the code is
//! right, so no back-office page or form has to know about a half-logged-in state.
//!
//! A code is used once: the step it belongs to is recorded atomically (`use_totp_step`), so the same
//! code sent twice, even together, opens one session. Recovery codes are stored as keyed hashes and
//! each is spent by one atomic update.

use super::auth::{check_form_token, form_token, keyed_hash};
use super::repo::RepoError;
use super::state::AppState;
use axum::http::{header, HeaderMap, HeaderValue};
use totp_rs::{Algorithm, Secret, TOTP};

/// The code's step, in seconds (what every authenticator app uses).
const STEP: u64 = 30;
/// A code from the step before or after the server's is accepted: a phone's clock a few seconds off,
/// a code typed as it changes.
const SKEW: u64 = 1;
/// The time between the password and the code.
pub const PENDING_SECONDS: i64 = 300;
/// How many recovery codes an account gets.
pub const RECOVERY_CODES: usize = 10;
const COOKIE_SECURE: &str = "__Host-aiguillage-code";
const COOKIE_LOCAL: &str = "aiguillage-code";

/// A new secret: 160 random bits (RFC 4226's recommended length), in base32 for the app.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    getrandom::getrandom(&mut bytes).expect("the operating system's random source works");
    match Secret::Raw(bytes.to_vec()).to_encoded() {
        Secret::Encoded(text) => text,
        Secret::Raw(_) => unreachable!("to_encoded gives an encoded secret"),
    }
}

/// The link an authenticator app reads from the QR code: the site's name and the account's e-mail
/// label the entry in the app.
pub fn otpauth_uri(secret: &str, email: &str) -> String {
    let label = percent_encoding::utf8_percent_encode(&format!("Aiguillage:{email}"), percent_encoding::NON_ALPHANUMERIC).to_string();
    format!("otpauth://totp/{label}?secret={secret}&issuer=Aiguillage&algorithm=SHA1&digits=6&period={STEP}")
}

fn totp(secret: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 0, STEP, bytes).ok()
}

/// The step of `secret`'s code equal to `code` around `now` (Unix seconds), if one is.
pub fn matching_step(secret: &str, code: &str, now: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret)?;
    let current = now / STEP;
    (current.saturating_sub(SKEW)..=current + SKEW)
        .find(|step| constant_time_eq(totp.generate(step * STEP).as_bytes(), code.as_bytes()))
        .and_then(|step| i64::try_from(step).ok())
}

/// The code of `secret` at `now`: what the app shows (for tests, and nothing else).
pub fn code_at(secret: &str, now: u64) -> Option<String> {
    Some(totp(secret)?.generate(now))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Ten new recovery codes, « abcde-fghij »: 50 random bits each, in letters and digits that cannot
/// be mistaken for one another (no 0/o, 1/l/i).
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            getrandom::getrandom(&mut bytes).expect("the operating system's random source works");
            let chars: String = bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

/// The stored form of a recovery code, as typed (spaces, dashes and capitals left aside).
pub fn recovery_hash(key: &[u8], code: &str) -> String {
    let plain: String = code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    keyed_hash(key, "code-de-secours", &plain)
}

/// The cookie that carries the login from the password to the code: the account, signed, with the
/// time of the password check.
pub fn pending_cookie(services: &AppState, account_id: i64, now: i64) -> HeaderValue {
    let value = format!("{account_id}.{}", form_token(&services.form_key, Some(&scope(account_id)), now));
    HeaderValue::from_str(&cookie_line(services.https(), &value, PENDING_SECONDS)).expect("digits, dots and hex")
}

/// Forgets the pending login (the code was right, or a new login starts).
pub fn clear_pending_cookie(services: &AppState) -> HeaderValue {
    HeaderValue::from_str(&cookie_line(services.https(), "", 0)).expect("a fixed line")
}

/// `Set-Cookie` for the pending login. Over HTTPS the `__Host-` prefix, which browsers accept only
/// with `Secure` and `Path=/` (and no domain): a cookie no other path or subdomain can set.
fn cookie_line(https: bool, value: &str, max_age: i64) -> String {
    if https {
        format!("{COOKIE_SECURE}={value}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age={max_age}")
    } else {
        format!("{COOKIE_LOCAL}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}")
    }
}

fn scope(account_id: i64) -> String {
    format!("code:{account_id}")
}

/// The account whose password was checked less than [`PENDING_SECONDS`] ago in this browser.
pub fn pending_account(services: &AppState, headers: &HeaderMap, now: i64) -> Option<i64> {
    let wanted = if services.https() { COOKIE_SECURE } else { COOKIE_LOCAL };
    let value = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == wanted)?
        .1;
    let (account, token) = value.split_once('.')?;
    let account: i64 = account.parse().ok()?;
    let issued: i64 = token.split_once('.')?.0.parse().ok()?;
    ((0..=PENDING_SECONDS).contains(&(now - issued)) && check_form_token(&services.form_key, Some(&scope(account)), token, now))
        .then_some(account)
}

/// Whether `code` (the app's, or a recovery code) opens `account_id`, spending it: `Some` with
/// whether its password is provisional when it does. Attempts are counted per account before the
/// check and slowed down like passwords, so codes sent in parallel gain nothing.
pub async fn check(services: &AppState, account_id: i64, code: &str) -> Result<Option<bool>, RepoError> {
    let repo = &services.repo;
    let attempts = format!("code:{account_id}");
    let earlier = repo.count_login_attempt(&attempts, &crate::ssr::clock::stamp()).await?;
    tokio::time::sleep(super::throttle::account_delay(earlier)).await;
    let Some((secret, provisional)) = repo.totp_login(account_id).await? else { return Ok(None) };
    let now = u64::try_from(crate::ssr::clock::now().timestamp()).unwrap_or_default();
    let accepted = match matching_step(&secret, code, now) {
        Some(step) => repo.use_totp_step(account_id, step).await?,
        None => repo.use_recovery_code(account_id, &recovery_hash(&services.form_key, code), &crate::ssr::clock::stamp()).await?,
    };
    if !accepted {
        return Ok(None);
    }
    repo.clear_login_failures(&attempts).await?;
    Ok(Some(provisional))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_matches_its_own_step_and_its_neighbours_only() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32, "160 bits in base32");
        let now = 1_780_000_000;
        let code = code_at(&secret, now).unwrap();
        assert_eq!(matching_step(&secret, &code, now), Some((now / 30) as i64));
        assert_eq!(matching_step(&secret, &code, now + 30), Some((now / 30) as i64), "a phone a little behind");
        assert_eq!(matching_step(&secret, &code, now + 90), None, "three steps later it is worth nothing");
        assert_eq!(matching_step(&secret, &format!("{} {}", &code[..3], &code[3..]), now), Some((now / 30) as i64));
        assert_eq!(matching_step(&secret, "12345", now), None);
        assert_eq!(matching_step(&new_secret(), &code, now), None, "another account's secret");
    }

    #[test]
    fn the_rfc_6238_test_vector_gives_its_code() {
        // RFC 6238, appendix B: the ASCII secret « 12345678901234567890 », SHA-1, T = 59 → 94287082
        // on 8 digits, whose last six are 287082.
        let secret = match Secret::Raw(b"12345678901234567890".to_vec()).to_encoded() {
            Secret::Encoded(s) => s,
            Secret::Raw(_) => unreachable!(),
        };
        assert_eq!(code_at(&secret, 59).unwrap(), "287082");
    }

    #[test]
    fn recovery_codes_are_ten_distinct_and_read_back_however_typed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(codes.iter().collect::<std::collections::BTreeSet<_>>().len(), 10);
        assert!(codes.iter().all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'));
        let key = b"key";
        assert_eq!(recovery_hash(key, &codes[0]), recovery_hash(key, &format!(" {} ", codes[0].to_uppercase().replace('-', " "))));
        assert_ne!(recovery_hash(key, &codes[0]), recovery_hash(key, &codes[1]));
    }

    #[test]
    fn over_https_the_pending_cookie_is_host_prefixed_with_the_path_browsers_require() {
        let line = cookie_line(true, "7.1.ab", PENDING_SECONDS);
        assert!(line.starts_with("__Host-aiguillage-code=7.1.ab; Path=/; Secure;"), "{line}");
        assert!(!cookie_line(false, "", 0).contains("Secure"));
    }

    #[test]
    fn the_link_for_the_app_names_the_site_and_the_account() {
        let uri = otpauth_uri("ABC", "anne+test@exemple.fr");
        assert!(uri.starts_with("otpauth://totp/Aiguillage%3Aanne%2Btest%40exemple%2Efr?secret=ABC&issuer=Aiguillage"), "{uri}");
    }
}
