//! The directory given back as open data, in the same standards it came in: the Schéma des lieux de
//! médiation numérique v1.0.2 (CSV and JSON, one row per place, its services merged) and data·inclusion
//! v1 (structures and services). Only what is published, and no personal data: the directory holds
//! none (personal e-mails are left out at import).

pub mod data_inclusion;
pub mod schema_lieux;

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;

/// The source name the exports carry: an import of Aiguillage's own export recognises its entries.
pub const OWN_SOURCE: &str = "aiguillage";
