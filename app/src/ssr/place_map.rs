//! The result's small map (`domain::place_map`): the person's commune and EPCI from the geography,
//! the shortlist's places from the directory (their coordinates, else their commune's centre), on
//! the outlines the map of the Ain is drawn with (`ssr::map`).

use super::state::AppState;
use crate::domain::geo::InseeCode;
use crate::domain::place_map::{build, PlaceMap};
use crate::domain::result::OrientationResult;
use crate::domain::result_page::layout;

pub fn for_result(services: &AppState, result: &OrientationResult) -> Option<PlaceMap> {
    let outlines = super::map::outlines();
    let projection = outlines.projection.as_ref()?;
    let geography = services.gazetteer.geography();
    let commune = geography.commune(&InseeCode::parse(&result.commune).ok()?)?;
    let epci: Vec<&str> = geography.communes.iter().filter(|c| c.epci == commune.epci).map(|c| c.insee.as_str()).collect();
    let directory = services.directory();
    let places: Vec<(usize, String, f64, f64)> = layout(&result.cartes)
        .shortlist
        .iter()
        .enumerate()
        .filter_map(|(i, card)| {
            let address = directory.structure(&card.structure)?.adresse.as_ref()?;
            let (lon, lat) = match (address.longitude, address.latitude) {
                (Some(lon), Some(lat)) => (lon, lat),
                _ => geography.commune(&address.code_insee).map(|c| (c.lon, c.lat))?,
            };
            Some((i + 1, card.nom.clone(), lon, lat))
        })
        .collect();
    build(outlines, projection, commune.insee.as_str(), &epci, &places)
}
