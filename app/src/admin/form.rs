//! The back-office's form posts as an extractor: a handler that takes an [`AdminForm`] runs only for
//! a session of this site that may send that form, with the form's token issued to that session;
//! otherwise the request ends before the handler with the answer `crate::admin::session::guard`
//! gives (403 for another site or an old token, the login page for an ended session, the second
//! factor's or the password's page while one is due, 403 for an editor on a coordinators' form).
//! Nothing is read from the database or written before these checks pass.

use crate::admin::session::{guard, guard_accounts, guard_admin, guard_even_provisional, guard_even_second_factor};
use crate::domain::edit::Fields;
use crate::form::Posted;
use crate::routes::admin as urls;
use crate::ssr::auth::Session;
use crate::ssr::state::AppState;
use axum::extract::{FromRef, FromRequest, Request};
use axum::response::{IntoResponse, Response};
use std::marker::PhantomData;

/// Who may send a form, from the most open to the most guarded.
pub enum Level {
    /// Changing a provisional password, and logging out: the two posts open while it is provisional.
    EvenProvisional,
    /// The second factor's own page: open to a coordinator who has yet to add one.
    EvenSecondFactor,
    /// Any account: an editor for their structures' entries, a coordinator for all.
    Editor,
    /// Coordinators only.
    Coordinator,
    /// Coordinators who typed their password again recently (creating and opening accounts).
    Accounts,
}

/// The level an [`AdminForm`] requires, as a type.
pub trait Access: Send + Sync + 'static {
    const LEVEL: Level;
}

/// See [`Level::Editor`].
pub struct Editor;
/// See [`Level::Coordinator`].
pub struct Coordinator;
/// See [`Level::Accounts`].
pub struct Accounts;
/// See [`Level::EvenSecondFactor`].
pub struct EvenSecondFactor;
/// See [`Level::EvenProvisional`].
pub struct EvenProvisional;

impl Access for Editor {
    const LEVEL: Level = Level::Editor;
}
impl Access for Coordinator {
    const LEVEL: Level = Level::Coordinator;
}
impl Access for Accounts {
    const LEVEL: Level = Level::Accounts;
}
impl Access for EvenSecondFactor {
    const LEVEL: Level = Level::EvenSecondFactor;
}
impl Access for EvenProvisional {
    const LEVEL: Level = Level::EvenProvisional;
}

/// A back-office form that passed its checks: the services, the session that sent it, its fields.
pub struct AdminForm<A: Access = Editor> {
    pub services: AppState,
    pub session: Session,
    pub fields: Fields,
    access: PhantomData<A>,
}

impl<S, A> FromRequest<S> for AdminForm<A>
where
    S: Send + Sync,
    AppState: FromRef<S>,
    A: Access,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Response> {
        let services = AppState::from_ref(state);
        // A refusal's « back » link: the page that sent the form, else the back-office's home.
        let back = crate::form::sender(req.headers()).filter(|p| p.starts_with(urls::HOME)).unwrap_or_else(|| urls::HOME.to_owned());
        let headers = req.headers().clone();
        let axum::Form(pairs) = Posted::from_request(req, state).await.map_err(IntoResponse::into_response)?;
        let fields = Fields(pairs);
        let session = match A::LEVEL {
            Level::EvenProvisional => guard_even_provisional(&services, &headers, &fields, &back).await,
            Level::EvenSecondFactor => guard_even_second_factor(&services, &headers, &fields, &back).await,
            Level::Editor => guard(&services, &headers, &fields, &back).await,
            Level::Coordinator => guard_admin(&services, &headers, &fields, &back).await,
            Level::Accounts => guard_accounts(&services, &headers, &fields).await,
        }?;
        Ok(Self { services, session, fields, access: PhantomData })
    }
}
