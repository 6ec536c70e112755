//! Where every URL of the app is written down. Pages link with these, forms post to them, handlers
//! redirect to them, and the routers (`crate::App`'s `<Routes>`, `crate::admin::routes`,
//! `server::startup`) mount their handlers on the same strings, so a link and its route cannot
//! drift apart; [`table`] lists them all. Plain data, at the bottom floor of `app/src`: every other
//! floor may read it.

pub mod admin;
pub mod table;
