//! « C'est ma structure », once a coordinator accepts it: the proposer gets an editor account for
//! that place, and a personal link to choose its password. No password travels by e-mail, and no
//! coordinator types one for someone else.
//!
//! The link is signed under its own scope and names the account and a fingerprint of its password
//! hash as it was when the link was made: once a password is chosen the hash changes, so the link
//! has served once and never again. It lasts [`LINK_DAYS`]; after that, a coordinator gives a
//! provisional password from « Comptes » as for any account.

use super::auth::{check_link_token, hash_token, link_token, LinkError};
use super::ops::OpError;
use super::repo::backoffice::{Account, Role};
use super::repo::RepoError;
use super::state::AppState;
use crate::domain::journey::percent_encode;
use crate::domain::proposal::ACCESS_LINK_DAYS as LINK_DAYS;
use crate::error::AppError;

const SCOPE: &str = "acces";

/// What accepting gave the proposer, so that it can be taken back if another coordinator decided
/// the same proposal at the same moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granted {
    /// A new account, which has no usable password until its owner chooses one.
    New(i64),
    /// The place was added to the editor account that already had this address.
    Added(i64),
    /// The account already had the place (or is a coordinator's, who edits every place).
    Already,
}

/// Gives `email` (named `nom`) an editor account for `structure`: a new one, or the structure added
/// to the account that already has this address.
pub async fn grant(services: &AppState, email: &str, nom: &str, structure: &str) -> Result<Granted, OpError> {
    let repo = services.repo.as_ref();
    if let Some((account, _)) = repo.account_by_email(email).await? {
        if account.role == Role::Admin || account.structures.iter().any(|s| s == structure) {
            return Ok(Granted::Already);
        }
        let mut structures = account.structures.clone();
        structures.push(structure.to_owned());
        repo.set_account_structures(account.id, &structures).await?;
        tracing::info!(account = account.id, structure, "a place added to an editor's account on its request");
        return Ok(Granted::Added(account.id));
    }
    // A password nobody knows, marked provisional: the account opens only through the link.
    let unusable = super::auth::hash_password(super::auth::random_token()).await.map_err(|_| OpError::Internal)?;
    let id = match repo.create_account(email, nom, Role::Editeur, &unusable, true).await {
        Err(RepoError::Conflict) => return Ok(Granted::Already),
        other => other?,
    };
    repo.set_account_structures(id, &[structure.to_owned()]).await?;
    tracing::info!(account = id, structure, "an editor account created on its « C'est ma structure » request");
    Ok(Granted::New(id))
}

/// Takes back what [`grant`] gave: the new account is disabled, the added place removed.
pub async fn revoke(services: &AppState, granted: Granted, structure: &str) -> Result<(), RepoError> {
    let repo = services.repo.as_ref();
    match granted {
        Granted::New(id) => repo.set_account_disabled(id, true).await,
        Granted::Added(id) => {
            let Some(account) = repo.accounts().await?.into_iter().find(|a| a.id == id) else { return Ok(()) };
            let kept: Vec<String> = account.structures.into_iter().filter(|s| s != structure).collect();
            repo.set_account_structures(id, &kept).await
        }
        Granted::Already => Ok(()),
    }
}

fn fingerprint(password_hash: &str) -> String {
    hash_token(password_hash)[..16].to_owned()
}

/// The address of the page where the owner of `email` chooses their password, and its last valid
/// day; `None` when the account has a password of its own already (the place was added to it: they
/// log in).
pub async fn link(services: &AppState, email: &str, now: i64) -> Result<Option<(String, String)>, RepoError> {
    let Some((account, hash)) = services.repo.account_by_email(email).await? else { return Ok(None) };
    if !account.must_change_password || account.disabled {
        return Ok(None);
    }
    let expires = now + LINK_DAYS * 86_400;
    let token = link_token(&services.form_key, SCOPE, &format!("{}-{}", account.id, fingerprint(&hash)), expires);
    let day = chrono::DateTime::from_timestamp(expires, 0).map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default();
    Ok(Some((format!("{}{}/{}", services.public_address, crate::routes::admin::ACCESS, percent_encode(&token)), day)))
}

/// The account a link opens: genuine, not expired, not used, the account still enabled.
pub async fn by_link(services: &AppState, token: &str, now: i64) -> Result<Account, AppError> {
    let subject = check_link_token(&services.form_key, SCOPE, token, now).map_err(|e| match e {
        LinkError::Expired => AppError::Gone(format!(
            "Ce lien a expiré : il était valable {LINK_DAYS} jours. Écrivez à la coordination numérique de l’Ain, qui vous donnera un mot de passe provisoire."
        )),
        LinkError::Invalid => AppError::NotFound,
    })?;
    let (id, print) = subject.split_once('-').ok_or(AppError::NotFound)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let repo = services.repo.as_ref();
    let account = repo.accounts().await?.into_iter().find(|a| a.id == id && !a.disabled).ok_or(AppError::NotFound)?;
    let (_, hash) = repo.account_by_email(&account.email).await?.ok_or(AppError::NotFound)?;
    if fingerprint(&hash) != print {
        return Err(AppError::Gone(
            "Ce lien a déjà servi : votre mot de passe est choisi. Connectez-vous à l’espace de gestion avec votre adresse et ce mot de passe."
                .to_owned(),
        ));
    }
    Ok(account)
}
