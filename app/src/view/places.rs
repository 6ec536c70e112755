//! « Carte des lieux »: the places of the Ain, or of one EPCI, for one need. Built by
//! `ssr::places_map`, drawn by `pages::carte_des_lieux`.

use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::place_map::AreaMap;
use serde::{Deserialize, Serialize};

/// What the page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlacesView {
    pub fields: Fields,
    pub errors: FieldErrors,
    pub besoins: Vec<(String, String)>,
    pub epcis: Vec<(String, String)>,
    /// « Tous les besoins, tout l'Ain ».
    pub titre: String,
    pub carte: Option<AreaMap>,
    /// (page, name, what it offers, commune), by commune then name.
    pub lieux: Vec<(String, String, String, String)>,
}
