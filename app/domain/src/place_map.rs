//! The small map of a result: the person's commune, its EPCI, and the shortlist's places numbered like their cards. Drawn on the server as SVG from the outlines the
//! map of the Ain already uses (`app/data/ain-carte.json`, whose projection places a point on the
//! same grid), so it needs no tile server, no script and no other site, and it prints.
//!
//! The numbers are the text alternative: card n° 2 is the point « 2 », and the figure's caption
//! says so; a place without coordinates (a phone line, a national service) is simply not drawn.

use crate::indicators::map::{union, Bounds, Outlines, Projection};
use serde::{Deserialize, Serialize};

/// What the result page draws.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceMap {
    /// `x y largeur hauteur` of the SVG's viewBox.
    pub vue: String,
    /// The person's commune.
    pub commune: String,
    /// The other communes of the EPCI, one path. The communes around are not drawn: on a result
    /// page every byte counts, and the EPCI is what the result is about.
    pub epci: String,
    pub lieux: Vec<Marker>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Marker {
    /// The card's number in the shortlist.
    pub numero: usize,
    pub x: i32,
    pub y: i32,
    pub nom: String,
}

/// The map of a result in `commune`, whose EPCI has `epci_communes`, with the shortlist's places
/// that have coordinates: (number, name, longitude, latitude). `None` without the outlines'
/// projection or the commune's outline.
pub fn build(
    outlines: &Outlines,
    projection: &Projection,
    commune: &str,
    epci_communes: &[&str],
    places: &[(usize, String, f64, f64)],
) -> Option<PlaceMap> {
    let (own_index, own_box) = outlines.locate(commune)?;
    let own = &outlines.communes[own_index];
    let mut view = own_box?;
    // The EPCI's other communes, in the outlines' order (the path reads the same whatever the order
    // the geography gives them in).
    let mut members = Vec::with_capacity(epci_communes.len());
    for insee in epci_communes {
        if let Some((i, b)) = outlines.locate(insee) {
            if let Some(b) = b {
                view = union(Some(view), b);
            }
            if i != own_index {
                members.push(i);
            }
        }
    }
    members.sort_unstable();
    members.dedup();
    let lieux: Vec<Marker> = places
        .iter()
        .map(|(numero, nom, lon, lat)| {
            let (x, y) = projection.point(*lon, *lat);
            Marker { numero: *numero, x, y, nom: nom.clone() }
        })
        // A place far away (a wrong coordinate, another département) would shrink the map to dots.
        .filter(|m| m.x >= -20 && m.y >= -20 && m.x <= outlines.largeur as i32 + 20 && m.y <= outlines.hauteur as i32 + 20)
        .collect();
    for m in &lieux {
        view = union(Some(view), (m.x, m.y, m.x, m.y));
    }
    let margin = 8;
    let view = (view.0 - margin, view.1 - margin, view.2 + margin, view.3 + margin);
    let epci: String = members.iter().map(|i| outlines.communes[*i].d.as_str()).collect();
    Some(PlaceMap { vue: format!("{} {} {} {}", view.0, view.1, view.2 - view.0, view.3 - view.1), commune: own.d.clone(), epci, lieux })
}

/// The public « Carte des lieux »: every place of an area as a point that links to its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaMap {
    pub vue: String,
    /// The area's communes (an EPCI), or the EPCI borders (the whole Ain).
    pub fond: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The place's page.
    pub href: String,
    /// « Médiathèque, Nantua »: the point's accessible name.
    pub nom: String,
    pub x: i32,
    pub y: i32,
}

/// The map of `communes` (an EPCI's; empty: the whole Ain) with `places` as (href, name, longitude,
/// latitude); a place that falls outside the area's box is left to the list.
pub fn area(outlines: &Outlines, projection: &Projection, communes: &[&str], places: &[(String, String, f64, f64)]) -> AreaMap {
    let whole = (0, 0, outlines.largeur as i32, outlines.hauteur as i32);
    let (fond, view) = if communes.is_empty() {
        (outlines.limites_epci.clone(), whole)
    } else {
        let mut view: Option<Bounds> = None;
        let mut fond = String::new();
        for o in outlines.communes.iter().filter(|o| communes.contains(&o.insee.as_str())) {
            if let Some((_, Some(b))) = outlines.locate(&o.insee) {
                view = Some(union(view, b));
            }
            fond.push_str(&o.d);
        }
        (fond, view.unwrap_or(whole))
    };
    let margin = 6;
    let view = (view.0 - margin, view.1 - margin, view.2 + margin, view.3 + margin);
    let points = places
        .iter()
        .map(|(href, nom, lon, lat)| {
            let (x, y) = projection.point(*lon, *lat);
            Point { href: href.clone(), nom: nom.clone(), x, y }
        })
        .filter(|p| p.x >= view.0 && p.x <= view.2 && p.y >= view.1 && p.y <= view.3)
        .collect();
    AreaMap { vue: format!("{} {} {} {}", view.0, view.1, view.2 - view.0, view.3 - view.1), fond, points }
}

/// Every kind of help a need can lead to: its own, and those of the answers of its précisions.
pub fn need_kinds(flow: &crate::flow::Flow, need: &str) -> Vec<crate::taxonomy::ServiceKind> {
    let Some(n) = flow.need(need) else { return Vec::new() };
    let mut kinds = n.criteres.services.clone();
    for q in flow.questions.iter().filter(|q| n.precisions.contains(&q.id)) {
        for a in &q.reponses {
            for k in &a.criteres.services {
                if !kinds.contains(k) {
                    kinds.push(*k);
                }
            }
        }
    }
    kinds
}

#[cfg(test)]
#[path = "place_map_tests.rs"]
mod tests;
