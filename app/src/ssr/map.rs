//! The map page's data: the layer asked in the URL, every commune's class and words
//! (`domain::indicators::map`) over the coverage computed for the week (`ssr::coverage`), the
//! fragility file and each EPCI's freshness, joined to the outlines drawn at build time
//! (`app/data/ain-carte.json`, from `server/data/generate-map.mjs`).

use super::state::AppState;
use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::flow::Flow;
use crate::domain::indicators::map::{classify, Layer, Outlines};
use crate::error::AppError;
use crate::view::map::{Area, MapView};
use std::collections::HashMap;
use std::sync::OnceLock;

const OUTLINES_JSON: &str = include_str!("../../data/ain-carte.json");

/// The outlines, read once. The file is checked by a test, so a broken one fails the build's tests,
/// never a request; should it happen anyway, the page draws no commune rather than failing.
pub fn outlines() -> &'static Outlines {
    static OUTLINES: OnceLock<Outlines> = OnceLock::new();
    OUTLINES.get_or_init(|| {
        serde_json::from_str(OUTLINES_JSON).unwrap_or_else(|e| {
            tracing::error!(error = %e, "the map's outlines do not read");
            Outlines::new(1, 1, None, String::new(), Vec::new())
        })
    })
}

pub async fn view(services: &AppState, pairs: &[(String, String)]) -> Result<MapView, AppError> {
    let flow = Flow::shipped();
    let get = |name: &str| pairs.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.trim());
    let needs: Vec<&str> = flow.besoins.iter().map(|n| n.id.as_str()).collect();
    let shape = outlines();
    let mut view = MapView {
        fields: Fields(pairs.iter().filter(|(k, _)| k == "vue" || k == "besoin").cloned().collect()),
        errors: FieldErrors::default(),
        besoins: flow.besoins.iter().map(|n| (n.id.clone(), n.titre.clone())).collect(),
        titre: String::new(),
        explication: String::new(),
        legende: Vec::new(),
        largeur: shape.largeur,
        hauteur: shape.hauteur,
        limites_epci: shape.limites_epci.clone(),
        zones: Vec::new(),
    };
    let layer = match Layer::parse(get("vue").filter(|v| !v.is_empty()), get("besoin"), &needs) {
        Ok(layer) => layer,
        Err((field, message)) => {
            view.errors = FieldErrors(vec![(field.to_owned(), message)]);
            return Ok(view);
        }
    };
    let coverage = super::coverage::all(services).await?;
    let freshness: HashMap<String, Option<u64>> = match layer {
        Layer::Freshness => super::epci::figures(services).await?.into_iter().map(|f| (f.siren.clone(), f.freshness())).collect(),
        _ => HashMap::new(),
    };
    let geography = services.gazetteer.geography();
    let epci_name = |siren: &str| geography.epci(siren).map_or_else(|| siren.to_owned(), |e| e.nom.clone());
    let by_code: HashMap<&str, &str> = shape.communes.iter().map(|o| (o.insee.as_str(), o.d.as_str())).collect();
    view.zones = coverage
        .iter()
        .filter_map(|c| {
            let d = by_code.get(c.insee.as_str())?;
            let (classe, valeur) = classify(&layer, c, freshness.get(&c.epci).copied().flatten());
            Some(Area {
                insee: c.insee.as_str().to_owned(),
                commune: c.nom.clone(),
                epci: epci_name(&c.epci),
                classe,
                valeur,
                d: (*d).to_owned(),
            })
        })
        .collect();
    let (titre, explication) = words(&layer, flow);
    view.titre = titre;
    view.explication = explication;
    let mut legende: Vec<(Option<u8>, String)> = layer.legend(needs.len()).into_iter().map(|(c, w)| (Some(c), w)).collect();
    if view.zones.iter().any(|z| z.classe.is_none()) {
        legende.push((None, "Non connu".to_owned()));
    }
    view.legende = legende;
    view.fields =
        Fields(vec![("vue".to_owned(), layer.code().to_owned()), ("besoin".to_owned(), get("besoin").unwrap_or_default().to_owned())]);
    Ok(view)
}

/// The map's title and what it shows, in a sentence.
fn words(layer: &Layer, flow: &Flow) -> (String, String) {
    match layer {
        Layer::Coverage(Some(need)) => {
            let title = flow.besoins.iter().find(|n| n.id == *need).map_or(need.as_str(), |n| n.titre.as_str());
            (
                format!("Couverture : {title}"),
                "Pour chaque commune, la meilleure aide qu’y trouve une personne qui peut se déplacer, quelle que soit la forme précise de son besoin.".to_owned(),
            )
        }
        Layer::Coverage(None) => (
            "Couverture : tous les besoins".to_owned(),
            "Pour chaque commune, le nombre de besoins pour lesquels une personne qui peut se déplacer trouve une aide dans sa commune, son intercommunalité ou à proximité.".to_owned(),
        ),
        Layer::Fragility => (
            "Fragilité numérique".to_owned(),
            "L’indice de fragilité numérique 2023 de chaque commune (sur 10) : couverture internet, pauvreté, part des plus de 65 ans et des personnes peu diplômées.".to_owned(),
        ),
        Layer::Freshness => (
            "Fraîcheur des fiches".to_owned(),
            "Pour chaque intercommunalité, la part de ses fiches vérifiées depuis moins de six mois : toutes ses communes ont la même couleur.".to_owned(),
        ),
    }
}
