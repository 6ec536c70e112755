//! The logged-in session of a back-office request, for both sides of a page: its data (read by the
//! page's server function) and its posts (the session, its origin and form token checked). A form
//! refused by validation is kept here between the post and the page it goes back to.

use crate::domain::edit::EntityKind;
use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::langue::Langue;
use crate::error::AppError;
use crate::form::{forbidden_origin, op_failure, see_other};
use crate::routes::admin as urls;
use crate::ssr::auth::{self, check_form_token, current, same_origin, Session};
use crate::ssr::ops::OpError;
use crate::ssr::repo::backoffice::Role;
use crate::ssr::state::AppState;
use crate::view::admin::Frame;
use axum::http::HeaderMap;
use axum::response::Response;

impl From<OpError> for AppError {
    fn from(e: OpError) -> Self {
        match e {
            OpError::Forbidden => AppError::Forbidden,
            OpError::NotFound => AppError::NotFound,
            OpError::Invalid(_) => AppError::BadRequest("Le formulaire contient des erreurs.".into()),
            OpError::Internal => AppError::Internal,
        }
    }
}

/// A form refused by validation, kept in the session for the page it came from.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Flash {
    pub form: String,
    pub fields: Fields,
    pub errors: FieldErrors,
}

/// The flash key of an entry's form: what the post handler stores a refused form under and the page
/// looks for (`None`: the form of a new entry).
pub fn form_key(kind: EntityKind, id: Option<&str>) -> String {
    format!("{}:{}", kind.code(), id.unwrap_or(kind.new_word()))
}

/// The services and the session of this request, or 401; with a provisional password, the way to
/// choosing one's own ([`AppError::PasswordToChange`]); for a coordinator without a second factor
/// where it is required, the way to adding one ([`AppError::SecondFactorToSet`]).
pub async fn session() -> Result<(AppState, Session), AppError> {
    let (services, session) = session_even_second_factor().await?;
    if second_factor_missing(&services, &session) {
        return Err(AppError::SecondFactorToSet);
    }
    Ok((services, session))
}

/// [`session`] for the page that adds a second factor: a provisional password is changed first.
pub async fn session_even_second_factor() -> Result<(AppState, Session), AppError> {
    let (services, session) = session_even_provisional().await?;
    if session.account.must_change_password {
        return Err(AppError::PasswordToChange);
    }
    Ok((services, session))
}

/// Whether this session is a coordinator's who must add a second factor before anything else
/// (`AIGUILLAGE_DOUBLE_AUTHENTIFICATION`, required of coordinators unless a deployment relaxes it).
/// Editors may add one, and are never made to.
fn second_factor_missing(services: &AppState, session: &Session) -> bool {
    services.second_factor_required && session.account.role == Role::Admin && !session.account.has_second_factor
}

/// [`session`] for the one page a provisional password may see: the one that changes it.
pub async fn session_even_provisional() -> Result<(AppState, Session), AppError> {
    let services = AppState::from_context()?;
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.map_err(AppError::internal)?;
    let session = auth::current(services.repo.as_ref(), services.https(), &headers).await?.ok_or(AppError::Unauthorized)?;
    // Back-office pages are personal: never stored by a shared cache or the browser's back button.
    if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    }
    Ok((services, session))
}

/// [`session`] for the coordinators' pages: an editor's session is refused with a 403.
pub async fn admin_session() -> Result<(AppState, Session), AppError> {
    let (services, session) = session().await?;
    if session.account.role != Role::Admin {
        return Err(AppError::Forbidden);
    }
    Ok((services, session))
}

pub async fn frame(services: &AppState, session: &Session) -> Result<Frame, AppError> {
    let admin = session.account.role == Role::Admin;
    let signalements = if admin { services.repo.open_reports().await?.len() } else { 0 };
    let propositions = if admin { usize::try_from(services.repo.proposals_waiting().await?).unwrap_or(usize::MAX) } else { 0 };
    Ok(Frame {
        nom: session.account.nom.clone(),
        email: session.account.email.clone(),
        admin,
        jeton: auth::form_token(&services.form_key, Some(&session.id_hash), crate::ssr::clock::now().timestamp()),
        signalements,
        propositions,
    })
}

/// The refused form for `form`, if the last submission of this session was one.
pub async fn flash(services: &AppState, session: &Session, form: &str) -> Result<Option<(Fields, FieldErrors)>, AppError> {
    Ok(flash_of(services, session, &[form]).await?.map(|(_, fields, errors)| (fields, errors)))
}

/// The refused form among `forms` (a page with several forms), with its name: the flash is read once.
pub async fn flash_of(services: &AppState, session: &Session, forms: &[&str]) -> Result<Option<(String, Fields, FieldErrors)>, AppError> {
    let raw = services.repo.take_flash(&session.id_hash).await?;
    let flash = raw.and_then(|r| serde_json::from_str::<Flash>(&r).ok()).filter(|f| forms.contains(&f.form.as_str()));
    Ok(flash.map(|f| (f.form, f.fields, f.errors)))
}

/// The logged-in session of a back-office post, its origin and token checked; otherwise the response
/// to send (403 for a cross-site request, the login page for an ended session).
pub async fn guard(services: &AppState, headers: &HeaderMap, fields: &Fields, back: &str) -> Result<Session, Response> {
    let session = guard_even_second_factor(services, headers, fields, back).await?;
    second_factor_refusal(services, &session).map_or(Ok(session), Err)
}

/// [`guard`] for the posts of the page that adds a second factor.
pub async fn guard_even_second_factor(services: &AppState, headers: &HeaderMap, fields: &Fields, back: &str) -> Result<Session, Response> {
    let session = guard_even_provisional(services, headers, fields, back).await?;
    provisional_refusal(&session).map_or(Ok(session), Err)
}

/// To the second factor's page while a coordinator must add one: nothing else is done first.
pub fn second_factor_refusal(services: &AppState, session: &Session) -> Option<Response> {
    second_factor_missing(services, session).then(|| see_other(urls::SECOND_FACTOR))
}

/// [`guard`] for the two posts a provisional password may send: changing it, and logging out.
pub async fn guard_even_provisional(services: &AppState, headers: &HeaderMap, fields: &Fields, back: &str) -> Result<Session, Response> {
    let session = guard_before_body(services, headers, back).await?;
    token_refusal(services, &session, fields, back).map_or(Ok(session), Err)
}

/// To the password page while the session's password is provisional: nothing else is done first.
pub fn provisional_refusal(session: &Session) -> Option<Response> {
    session.account.must_change_password.then(|| see_other(urls::MY_PASSWORD))
}

/// [`guard_admin`] for the account forms: a password last typed more than
/// [`crate::ssr::auth::CONFIRM_MINUTES`] ago is asked again first (the accounts page then shows only
/// that), so that a session left open cannot create or open accounts.
pub async fn guard_accounts(services: &AppState, headers: &HeaderMap, fields: &Fields) -> Result<Session, Response> {
    let session = guard_admin(services, headers, fields, urls::ACCOUNTS).await?;
    if !session.recently_confirmed() {
        return Err(see_other(urls::ACCOUNTS));
    }
    Ok(session)
}

/// [`guard`] for the coordinators' forms: an editor's session is refused with a 403.
pub async fn guard_admin(services: &AppState, headers: &HeaderMap, fields: &Fields, back: &str) -> Result<Session, Response> {
    let session = guard(services, headers, fields, back).await?;
    editor_refusal(&session, back).map_or(Ok(session), Err)
}

/// What [`guard`] can check from the headers alone (the origin and the session), so that a large
/// body is read only for someone logged in: the form token, inside the body, is checked after it
/// with [`token_refusal`].
pub async fn guard_before_body(services: &AppState, headers: &HeaderMap, back: &str) -> Result<Session, Response> {
    if !same_origin(headers) {
        return Err(forbidden_origin(Langue::Fr, back));
    }
    match current(services.repo.as_ref(), services.https(), headers).await {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(see_other(urls::LOGIN_SESSION_ENDED)),
        Err(_) => Err(op_failure(OpError::Internal, back)),
    }
}

/// The 403 to send unless the form token of `fields` was issued to this session, recently.
pub fn token_refusal(services: &AppState, session: &Session, fields: &Fields, back: &str) -> Option<Response> {
    (!check_form_token(&services.form_key, Some(&session.id_hash), fields.get("jeton"), crate::ssr::clock::timestamp()))
        .then(|| forbidden_origin(Langue::Fr, back))
}

/// The 403 to send when the session is an editor's, on a coordinators' form.
pub fn editor_refusal(session: &Session, back: &str) -> Option<Response> {
    (session.account.role != Role::Admin).then(|| op_failure(OpError::Forbidden, back))
}

/// Keeps a refused form for its page, then sends the browser back to it.
pub async fn refused(services: &AppState, session: &Session, form: &str, fields: &Fields, errors: FieldErrors, back: &str) -> Response {
    let flash = Flash { form: form.to_owned(), fields: fields.without("jeton"), errors };
    let json = serde_json::to_string(&flash).unwrap_or_default();
    match services.repo.set_flash(&session.id_hash, Some(&json)).await {
        Ok(()) => see_other(back),
        Err(_) => op_failure(OpError::Internal, back),
    }
}
