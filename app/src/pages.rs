//! One file per page.

pub mod accessibility;
pub mod agenda;
pub mod carte_des_lieux;
pub mod confidentialite;
pub mod confirmer;
pub mod demande;
pub mod donnees;
pub mod guichet;
pub mod guide;
pub mod home;
pub mod indicators;
pub mod integrer;
pub mod not_found;
pub mod offline;
pub mod orientation;
pub mod parcours;
pub mod place;
pub mod proposer;
pub mod proposition;
pub mod rappel;
pub mod report;

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The route parameter `name` of the current page (empty when absent).
pub fn param(name: &str) -> String {
    use_params_map().get_untracked().get(name).unwrap_or_default()
}

/// Every query parameter of the current page, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    use_query_map().get_untracked().into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

/// The query parameter `name` of the current page, when present and not empty.
pub fn query(name: &str) -> Option<String> {
    use_query_map().get_untracked().get(name).filter(|v| !v.is_empty())
}
