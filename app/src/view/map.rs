//! The coverage map of the Ain's EPCI. Built by `ssr::map`, drawn by `components::map`.

use crate::domain::edit::{FieldErrors, Fields};
use serde::{Deserialize, Serialize};

/// What the map page shows; built by `ssr::map::view`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    pub fields: Fields,
    pub errors: FieldErrors,
    /// (id, title) of the needs.
    pub besoins: Vec<(String, String)>,
    /// « Couverture : Réaliser une démarche », what the map shows.
    pub titre: String,
    pub explication: String,
    /// (class, words), best first; `None` is « not known ».
    pub legende: Vec<(Option<u8>, String)>,
    pub largeur: u32,
    pub hauteur: u32,
    pub limites_epci: String,
    /// Empty when the choice was refused.
    pub zones: Vec<Area>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub insee: String,
    pub commune: String,
    pub epci: String,
    pub classe: Option<u8>,
    pub valeur: String,
    /// The outline, SVG path data.
    pub d: String,
}
