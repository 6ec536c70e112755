//! The back-office's read-only server functions, one per page; changes go through plain form posts.

pub mod accounts;
pub mod dashboard;
pub mod history;
pub mod imports;
pub mod inbox;
pub mod login;
pub mod seance;
pub mod service;
pub mod structure;
