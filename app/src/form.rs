//! What every form post shares, public or back-office: the handler plumbing, one floor above the
//! pages' services. A post checks that the request comes from this site (fetch metadata or Origin,
//! and the signed token of the form), does one thing, and answers with a redirect
//! (post/redirect/get), or with one of the short pages below when it refuses: in the language of the
//! public page that sent it, in French for the back-office.
//!
//! The checks are extractors, so that no handler can forget one: [`PublicForm`] for the forms
//! without an account (this file), `crate::admin::form::AdminForm` for the back-office's. The
//! handlers live beside the page they come back to (`crate::admin::*::post`, `crate::pages::*::post`).

use crate::domain::edit::Fields;
use crate::domain::langue::Langue;
use crate::domain::textes::Arg;
use crate::ssr::ops::OpError;
use crate::ssr::state::AppState;
use axum::extract::{FromRef, FromRequest, Request};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};

/// The largest form body read; a larger one is refused before it is read.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// A posted form, its fields in order (a name may repeat).
pub type Posted = axum::Form<Vec<(String, String)>>;

/// A form without an account (the public forms, the login, a structure's or a proposer's link),
/// once it is known to come from this site with a token it issued recently; otherwise the request
/// ends with [`forbidden_origin`] before the handler runs, and nothing is read or written.
pub struct PublicForm {
    pub services: AppState,
    /// The language of the page that sent it (`/en/signaler` posts under `/en`).
    pub langue: Langue,
    pub fields: Fields,
}

impl<S> FromRequest<S> for PublicForm
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Response> {
        let services = AppState::from_ref(state);
        let langue = req.extensions().get::<Langue>().copied().unwrap_or_default();
        let back = sender(req.headers()).unwrap_or_else(|| langue.href(req.uri().path()));
        let headers = req.headers().clone();
        let axum::Form(pairs) = Posted::from_request(req, state).await.map_err(IntoResponse::into_response)?;
        let fields = Fields(pairs);
        if let Some(refused) = anonymous_form_refusal(&services.form_key, &headers, fields.get("jeton"), langue, &back) {
            return Err(refused);
        }
        Ok(Self { services, langue, fields })
    }
}

/// The page of this site that sent the form (its `Referer`, same host), for a refusal's « back »
/// link; `None` when the browser did not say (the personal links send no referrer) or it was
/// another site's.
pub fn sender(headers: &HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let (_, rest) = referer.split_once("://")?;
    let path = rest.strip_prefix(host)?;
    crate::domain::local_path::local_path(path).map(str::to_owned)
}

/// 303 See Other: the browser follows with a GET.
pub fn see_other(location: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// A short page for what a form handler refuses (400, 403, 404, 429, 500), in `langue`: the app's
/// problem page body (`crate::components::problem`), in a document of its own.
pub fn message_page(langue: Langue, status: StatusCode, title: &str, message: &str, link: (&str, &str)) -> Response {
    let body = crate::components::problem::problem_document(langue, title, message, link);
    let mut res = (status, Html(body)).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The 403 page to send unless a form without a session (the public forms, the login, a structure's
/// link) came from this site with a token it issued recently.
pub fn anonymous_form_refusal(
    form_key: &[u8],
    headers: &axum::http::HeaderMap,
    jeton: &str,
    langue: Langue,
    back: &str,
) -> Option<Response> {
    use crate::ssr::auth::{check_form_token, same_origin};
    (!same_origin(headers) || !check_form_token(form_key, None, jeton, crate::ssr::clock::timestamp()))
        .then(|| forbidden_origin(langue, back))
}

/// A form that expired or came from another site, in the language of the page that sent it.
pub fn forbidden_origin(langue: Langue, back: &str) -> Response {
    message_page(
        langue,
        StatusCode::FORBIDDEN,
        &langue.t("formulaire-refuse"),
        &langue.t("formulaire-expire"),
        (back, &langue.t("formulaire-revenir")),
    )
}

pub fn op_failure(error: OpError, back: &str) -> Response {
    match error {
        OpError::Forbidden => message_page(
            Langue::Fr,
            StatusCode::FORBIDDEN,
            "Accès refusé",
            "Votre compte ne permet pas de modifier cette fiche. Rien n’a été modifié.",
            (crate::routes::admin::HOME, "Revenir à mes fiches"),
        ),
        OpError::NotFound => message_page(
            Langue::Fr,
            StatusCode::NOT_FOUND,
            "Fiche introuvable",
            "Cette fiche n’existe pas. Rien n’a été modifié.",
            (crate::routes::admin::HOME, "Revenir à mes fiches"),
        ),
        // Invalid input is the person's to correct: a 400 that says so, never a 500.
        OpError::Invalid(errors) => message_page(
            Langue::Fr,
            StatusCode::BAD_REQUEST,
            "Formulaire refusé",
            &format!("{} Rien n’a été modifié.", errors.summary()),
            (back, "Revenir au formulaire"),
        ),
        OpError::Internal => message_page(
            Langue::Fr,
            StatusCode::INTERNAL_SERVER_ERROR,
            "Un problème est survenu",
            "L’enregistrement n’a pas pu se faire. Réessayez dans quelques minutes.",
            (back, "Revenir au formulaire"),
        ),
    }
}

pub fn too_many(langue: Langue, wait: std::time::Duration, back: &str) -> Response {
    let seconds = wait.as_secs().max(1);
    let message = langue.tr("trop-tentatives-texte", &[("secondes", Arg::Number(i64::try_from(seconds).unwrap_or(i64::MAX)))]);
    let mut res = message_page(
        langue,
        StatusCode::TOO_MANY_REQUESTS,
        &langue.t("trop-tentatives"),
        &message,
        (back, &langue.t("formulaire-revenir")),
    );
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    res
}

pub use crate::ssr::client_ip::ClientIp;
