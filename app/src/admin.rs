//! The back-office (« espace de gestion »): server-rendered pages whose forms post to plain handlers,
//! then come back to the page (post/redirect/get). No island, no JavaScript needed.
//!
//! One home per route family: `/admin/<segment>/…` lives in `admin/<family>.rs` (the page and its
//! server function), with `admin/<family>/data.rs` (what the page shows, read for the session of the
//! request) and `admin/<family>/post.rs` (its form posts) beside it:
//!
//! | URL segment                                        | family      |
//! |----------------------------------------------------|-------------|
//! | `/admin`                                           | `dashboard` |
//! | `connexion`, `connexion/code`, `deconnexion`        | `login`     |
//! | `double-authentification`                          | `second_factor` |
//! | `acces/{jeton}` (« C'est ma structure » accepted)  | `access`    |
//! | `structures`, `services`, `seances`, `{kind}/{id}/archiver` | `entries` (one page file per kind) |
//! | `historique`, `revisions`                          | `history`   |
//! | `signalements`                                     | `reports`   |
//! | `comptes`                                          | `accounts`  |
//! | `imports`                                          | `imports`   |
//! | `indicateurs`                                      | `indicators` (its CSV files: `indicators/csv.rs`) |
//! | `rappels`                                          | `reminders` (the link they carry opens `pages/confirmer.rs`) |
//! | `demandes`                                         | `requests` (« être rappelé »; the structures' link opens `pages/demande.rs`) |
//! | `sites-partenaires`                                | `integrations` (the sites that frame the parcours) |
//! | `propositions`                                     | `proposals` (« Proposer un lieu », « C'est ma structure »; the proposer's link opens `pages/proposition.rs`) |
//!
//! Post handlers sit with their page rather than in `server/`, because a page and its posts share
//! the URL, the field names, the refused-form key and the French wording: a change to one is made
//! next to the other. `server/` keeps configuration, start-up, CLI and middleware, and mounts
//! [`routes`]. What every family shares: `crate::routes::admin` (every back-office URL), `crate::view::admin` (the data the
//! pages show), [`session`] (the session of a request, for pages and posts alike), [`frame`] and [`page`] (the
//! pieces every page is drawn with). Parsing a form into an entry is pure: `domain::edit`.

pub mod access;
pub mod accounts;
pub mod confirm;
pub mod dashboard;
pub mod entries;

#[cfg(feature = "ssr")]
pub mod form;
pub mod frame;
pub mod history;
pub mod imports;
pub mod indicators;
pub mod integrations;
pub mod login;
pub mod page;
pub mod password;
pub mod proposals;
pub mod reminders;
pub mod reports;
pub mod requests;
pub mod second_factor;
#[cfg(feature = "ssr")]
pub mod session;

/// Every back-office post (and the indicators' CSV files, which need a session too), on the URL its
/// page builds with `crate::routes::admin`. A form is small: a larger body
/// is refused before it is read; a file sent for import may be up to [`imports::post::MAX_BYTES`].
#[cfg(feature = "ssr")]
pub fn routes<S>() -> axum::Router<S>
where
    S: Clone + Send + Sync + 'static,
    crate::ssr::state::AppState: axum::extract::FromRef<S>,
{
    use crate::domain::edit::EntityKind::*;
    use crate::routes::admin as urls;
    use axum::extract::DefaultBodyLimit;
    use axum::routing::post;
    const ID: &str = "{id}";
    let forms = axum::Router::new()
        .route(urls::LOGIN, post(login::post::login))
        .route(urls::LOGOUT, post(login::post::logout))
        .route(urls::LOGIN_CODE, post(login::post::code))
        .route(urls::SECOND_FACTOR, post(second_factor::post::change))
        .route(urls::MY_PASSWORD, post(password::post::change))
        .route(urls::ACCESS_ROUTE, post(access::post::choose))
        .route(urls::CONFIRM, post(confirm::post::confirm))
        .route(&urls::save(Structure, ID), post(entries::post::save_structure))
        .route(&urls::verify(ID), post(entries::post::verify))
        .route(&urls::save(Service, ID), post(entries::post::save_service))
        .route(&urls::passages(ID), post(entries::post::passages))
        .route(&urls::save(Seance, ID), post(entries::post::save_seance))
        .route(urls::ARCHIVE_ROUTE, post(entries::post::archive))
        .route(&urls::restore_revision(ID), post(history::post::restore))
        .route(&urls::close_report(ID), post(reports::post::close))
        .route(&urls::import_apply("{token}"), post(imports::post::apply))
        .route(&urls::import_undo(ID), post(imports::post::undo))
        .route(urls::ACCOUNT_CREATE, post(accounts::post::create))
        .route(&urls::account_structures(ID), post(accounts::post::structures))
        .route(&urls::account_password(ID), post(accounts::post::reset_password))
        .route(&urls::account_second_factor(ID), post(accounts::post::remove_second_factor))
        .route(urls::ACCOUNT_TOGGLE_ROUTE, post(accounts::post::toggle))
        .route(urls::REMINDERS, post(reminders::post::send))
        .route(urls::INTEGRATION_ADD, post(integrations::post::add))
        .route(urls::INTEGRATION_REMOVE, post(integrations::post::remove))
        .route(&urls::proposal(ID), post(proposals::post::decide))
        .route(urls::REQUEST_RECEIVER_SET, post(requests::post::designate))
        .route(urls::REQUEST_RECEIVER_REMOVE, post(requests::post::withdraw))
        .route(&urls::request(ID), post(requests::post::answer))
        .layer(DefaultBodyLimit::max(crate::form::MAX_FORM_BYTES));
    let uploads = axum::Router::new()
        .route(urls::IMPORT_TRIAL, post(imports::post::trial))
        .layer(DefaultBodyLimit::max(imports::post::MAX_BYTES + crate::form::MAX_FORM_BYTES));
    let files = axum::Router::new().route(urls::INDICATORS_FILE_ROUTE, axum::routing::get(indicators::csv::download));
    forms.merge(uploads).merge(files)
}
