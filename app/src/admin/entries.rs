//! Structures, services and séances: the three kinds of entries edited, versioned and archived the
//! same way. One page file per kind (`/admin/structures/{id}`, `/admin/services/{id}`,
//! `/admin/seances/{id}`), their data ([`data`]) and posts ([`post`]) shared.

#[cfg(feature = "ssr")]
pub mod data;
pub mod passages;
#[cfg(feature = "ssr")]
pub mod post;
pub mod seance;
pub mod service;
pub mod structure;
