//! Which commune of the Ain a row is in, from what the file gives: an INSEE code (today's or a former
//! one), a postal code and a commune name, or coordinates. A code that contradicts the rest is not
//! trusted (« Mairie de Loyettes », INSEE 57490 in the Aidants Connect list, is in 01360).

use domain::commune_search::{distance_km, CommuneQuery, Gazetteer, MatchKind};
use domain::geo::{Commune, InseeCode};
use domain::normalize::fold;

/// What a row says of where it is.
#[derive(Debug, Default, Clone)]
pub struct Place<'a> {
    pub insee: &'a str,
    pub code_postal: &'a str,
    pub commune: &'a str,
    pub lon: Option<f64>,
    pub lat: Option<f64>,
}

/// The commune named `name`, preferring one served by `postcode`.
fn by_name<'g>(gazetteer: &'g Gazetteer, name: &str, postcode: &str) -> Option<&'g Commune> {
    // « Bourg En Bresse », « ST TRIVIER DE COURTES », « Ambérieu-en-Bugey Cedex »
    let cleaned = fold(name).replace(" cedex", "");
    let query = CommuneQuery::parse(&cleaned).ok()?;
    let hits = gazetteer.search(&query);
    let named: Vec<_> = hits.iter().filter(|h| h.correspondance == MatchKind::Exact || fold(&h.nom) == cleaned).collect();
    let hit = named.iter().find(|h| h.codes_postaux.iter().any(|c| c == postcode)).or_else(|| named.first())?;
    gazetteer.commune(&InseeCode::parse(&hit.code_insee).ok()?)
}

/// The commune the row is in, or why none could be found.
pub fn locate<'g>(gazetteer: &'g Gazetteer, place: &Place) -> Result<&'g Commune, String> {
    let by_code = InseeCode::parse(place.insee).ok().and_then(|c| gazetteer.commune(&c));
    let postcode_fits = |c: &Commune| place.code_postal.is_empty() || c.codes_postaux.iter().any(|p| p == place.code_postal);
    if let Some(c) = by_code {
        if postcode_fits(c)
            || place.commune.is_empty()
            || by_name(gazetteer, place.commune, place.code_postal).is_none_or(|n| n.insee == c.insee)
        {
            return Ok(c);
        }
    }
    // The name wins over a postal code a file got wrong (Hinaura lists Bourg-en-Bresse under 01500),
    // as long as the coordinates, when given, agree.
    if !place.commune.is_empty() {
        let near = |c: &Commune| match (place.lon, place.lat) {
            (Some(lon), Some(lat)) => distance_km(lon, lat, c.lon, c.lat) < 20.0,
            _ => true,
        };
        if let Some(c) = by_name(gazetteer, place.commune, place.code_postal).filter(|c| near(c)) {
            return Ok(c);
        }
    }
    // A postal code that serves one commune only says which.
    let served: Vec<&Commune> = gazetteer
        .geography()
        .communes
        .iter()
        .filter(|c| !place.code_postal.is_empty() && c.codes_postaux.iter().any(|p| p == place.code_postal))
        .collect();
    if let [only] = served.as_slice() {
        return Ok(*only);
    }
    // A name no longer in use (« Vésines ») with coordinates: the commune the place stands in.
    if let (Some(lon), Some(lat)) = (place.lon, place.lat) {
        if let Some(c) = gazetteer.nearest(lon, lat).filter(|c| distance_km(lon, lat, c.lon, c.lat) < 10.0) {
            return Ok(c);
        }
    }
    Err(match (place.insee.is_empty(), by_code.is_some()) {
        (false, false) => format!(
            "code INSEE « {} » inconnu dans l’Ain, et la commune « {} » ({}) introuvable",
            place.insee, place.commune, place.code_postal
        ),
        (false, true) => format!(
            "le code INSEE « {} » ne correspond ni au code postal {} ni à la commune « {} »",
            place.insee, place.code_postal, place.commune
        ),
        _ => format!("commune « {} » ({}) introuvable dans l’Ain", place.commune, place.code_postal),
    })
}
