//! The second factor of back-office accounts (ASVS 5.0 V6): an authenticator app's secret, the last
//! step whose code was accepted, and the recovery codes. The codes themselves are checked in
//! `ssr::second_factor`; here is what is stored, and the two atomic steps that make each code used
//! once, however many requests arrive together.

use super::RepoError;
use async_trait::async_trait;

#[async_trait]
pub trait SecondFactor: Send + Sync {
    /// The account's authenticator secret (base32) and the last step accepted, if it has one.
    async fn totp(&self, account_id: i64) -> Result<Option<(String, i64)>, RepoError>;
    /// For the code step of a login: the secret of an enabled account that has one, and whether its
    /// password is provisional (one read, where the login needs both).
    async fn totp_login(&self, account_id: i64) -> Result<Option<(String, bool)>, RepoError>;
    /// Sets the secret, with `step` (the one of the code that proved it) as already used, and
    /// replaces the recovery codes by `recovery_hashes`: one transaction.
    async fn enable_totp(&self, account_id: i64, secret: &str, step: i64, recovery_hashes: &[String]) -> Result<(), RepoError>;
    /// Removes the secret and every recovery code.
    async fn disable_totp(&self, account_id: i64) -> Result<(), RepoError>;
    /// Records `step` as used if it is later than the last one used: false when it is not (a code
    /// replayed, or an earlier one), so that a code seen over a shoulder is worth nothing after.
    async fn use_totp_step(&self, account_id: i64, step: i64) -> Result<bool, RepoError>;
    /// Marks the recovery code of `code_hash` used at `now`: false when it is unknown or used.
    async fn use_recovery_code(&self, account_id: i64, code_hash: &str, now: &str) -> Result<bool, RepoError>;
    /// How many recovery codes are left.
    async fn recovery_codes_left(&self, account_id: i64) -> Result<u32, RepoError>;
}
