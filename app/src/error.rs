//! One error type for everything a page or a server function can fail with. What the person reads is
//! short, French and safe; the cause, if any, is logged on the server and never sent.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The request itself is wrong; the message says how, in French, for the person.
    #[error("{0}")]
    BadRequest(String),
    #[error("Cette page n’existe pas.")]
    NotFound,
    /// Not logged in (or the session ended): the back-office sends the person to the login page.
    #[error("Connectez-vous pour accéder à cette page.")]
    Unauthorized,
    #[error("Votre compte ne permet pas de modifier cette fiche.")]
    Forbidden,
    #[error("Le service a rencontré un problème. Réessayez dans quelques minutes.")]
    Internal,
    /// What was asked existed but is over (an expired link); the message says what to do instead.
    #[error("{0}")]
    Gone(String),
    /// Logged in with a provisional password: the back-office leads to choosing one's own first.
    #[error("Choisissez d’abord votre mot de passe : celui que vous avez reçu est provisoire.")]
    PasswordToChange,
    /// A coordinator without a second factor, where it is required: the back-office leads to adding
    /// one first.
    #[error("Ajoutez d’abord la double authentification : elle est demandée aux comptes de la coordination.")]
    SecondFactorToSet,
}

impl AppError {
    /// Logs the real cause server-side and returns the opaque error the browser may see.
    #[cfg(feature = "ssr")]
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        Self::Internal
    }

    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::NotFound => 404,
            Self::Unauthorized => 401,
            Self::Forbidden | Self::PasswordToChange | Self::SecondFactorToSet => 403,
            Self::Internal => 500,
            Self::Gone(_) => 410,
        }
    }
}

/// A wrong journey link is the person's request, not our failure: a 400 with its French message.
/// In the language of the page being rendered (French for the JSON API, which has none).
impl From<crate::domain::journey::JourneyError> for AppError {
    fn from(e: crate::domain::journey::JourneyError) -> Self {
        Self::BadRequest(e.message(crate::i18n::langue()))
    }
}

impl From<crate::domain::orientation::ResultError> for AppError {
    fn from(e: crate::domain::orientation::ResultError) -> Self {
        Self::BadRequest(e.message(crate::i18n::langue()))
    }
}

/// Storage failures are ours: logged with their cause, shown as the opaque 500.
#[cfg(feature = "ssr")]
impl From<crate::ssr::repo::RepoError> for AppError {
    fn from(e: crate::ssr::repo::RepoError) -> Self {
        Self::internal(e)
    }
}

/// For the JSON routes: the status it carries and `{"erreur": "…"}` in French. Never cached.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        use axum::http::{header, StatusCode};
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::Json(serde_json::json!({ "erreur": self.to_string() }));
        (status, [(header::CACHE_CONTROL, "no-store")], body).into_response()
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Arguments that do not even decode: a tampered or truncated request.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => Self::BadRequest(crate::i18n::t("erreur-demande")),
            _ => Self::Internal,
        }
    }
}
