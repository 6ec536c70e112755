//! Aiguillage's server: configuration, start-up (database, migrations, seed), HTTP routes.
//! The binary (`main.rs`) only parses the command line and calls into this library, so that tests
//! start exactly the same application.

pub mod api;
pub mod calendar;
pub mod cli;
pub mod compress_once;
pub mod config;
pub mod headers;
pub mod integration;
pub mod langue;
pub mod metrics;
pub mod open_data;
pub mod request_id;
pub mod startup;
pub mod valid_html;
