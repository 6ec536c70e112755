//! What `/carte-des-lieux` shows (`pages::carte_des_lieux`): the published places that offer one
//! of the need's kinds of help (`domain::place_map::need_kinds`), in one EPCI or the whole Ain, one
//! point per place (its coordinates, else its commune's centre), linking to its first matching
//! service's page.

use super::state::AppState;
use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::flow::Flow;
use crate::domain::journey::percent_encode;
use crate::domain::langue::Langue;
use crate::domain::place_map::{area, need_kinds};
use crate::view::places::PlacesView;

/// In `langue`: the needs' titles of the flow, the words of `lieux-*`; places keep their own names.
pub fn view(services: &AppState, pairs: &[(String, String)], langue: Langue) -> PlacesView {
    let flow = Flow::shipped();
    let get = |name: &str| pairs.iter().rev().find(|(k, _)| k == name).map_or("", |(_, v)| v.trim());
    let geography = services.gazetteer.geography();
    let mut errors = FieldErrors::default();
    let besoin = get("besoin");
    let need = flow.need(besoin);
    if !besoin.is_empty() && need.is_none() {
        errors.0.push(("besoin".to_owned(), langue.t("lieux-besoin-inconnu")));
    }
    let siren = get("epci");
    let epci = geography.epci(siren);
    if !siren.is_empty() && epci.is_none() {
        errors.0.push(("epci".to_owned(), langue.t("lieux-epci-inconnue")));
    }
    let mut epcis: Vec<(String, String)> = geography.epci.iter().map(|e| (e.siren.clone(), e.nom.clone())).collect();
    epcis.sort_by(|a, b| a.1.cmp(&b.1));
    epcis.insert(0, (String::new(), langue.t("lieux-tout-ain")));
    let besoins = std::iter::once((String::new(), langue.t("lieux-tous-besoins")))
        .chain(flow.besoins.iter().map(|n| (n.id.clone(), n.titre_in(langue).to_owned())))
        .collect();
    let fields = Fields(vec![("besoin".to_owned(), besoin.to_owned()), ("epci".to_owned(), siren.to_owned())]);
    let besoin = need.map_or_else(|| langue.t("lieux-tous-besoins"), |n| n.titre_in(langue).to_owned());
    let zone = epci.map_or_else(|| langue.t("lieux-tout-ain"), |e| e.nom.clone());
    let titre = langue.tr("lieux-selection", &[("besoin", (&besoin).into()), ("zone", (&zone).into())]);
    let mut out = PlacesView { fields, errors, besoins, epcis, titre, carte: None, lieux: Vec::new() };
    if !out.errors.is_empty() {
        return out;
    }
    let kinds = need.map(|n| need_kinds(flow, &n.id)).unwrap_or_default();
    let directory = services.directory();
    let mut places = Vec::new();
    let mut lieux = Vec::new();
    for s in directory.structures() {
        let Some(address) = &s.adresse else { continue };
        let Some(commune) = geography.commune(&address.code_insee) else { continue };
        if epci.is_some_and(|e| e.siren != commune.epci) {
            continue;
        }
        let matching =
            directory.services().iter().find(|v| v.structure == s.id && (kinds.is_empty() || v.services.iter().any(|k| kinds.contains(k))));
        let Some(service) = matching else { continue };
        let page = crate::integration::within(&langue.href(&format!("/lieu/{}", percent_encode(&service.id))));
        let (lon, lat) = address.longitude.zip(address.latitude).unwrap_or((commune.lon, commune.lat));
        places.push((page.clone(), format!("{}, {}", s.nom, commune.nom), lon, lat));
        lieux.push((page, s.nom.clone(), service.nom.clone(), commune.nom.clone()));
    }
    lieux.sort_by(|a, b| (&a.3, &a.1).cmp(&(&b.3, &b.1)));
    let outlines = super::map::outlines();
    if let Some(projection) = &outlines.projection {
        let communes: Vec<&str> = match epci {
            Some(e) => geography.communes.iter().filter(|c| c.epci == e.siren).map(|c| c.insee.as_str()).collect(),
            None => Vec::new(),
        };
        out.carte = Some(area(outlines, projection, &communes, &places));
    }
    out.lieux = lieux;
    out
}
