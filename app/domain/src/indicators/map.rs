//! What the map of the Ain shows: one of three layers, each commune put in a class of a shared
//! six-step scale (`0`: the best, `5`: the worst, `None`: not known) with the words that say its
//! value. The same words name each area for a screen reader and fill the table beside the map,
//! so the colours are never the only way to read it.
//!
//! - **Couverture**: for one need, the best help the commune finds (`Reached`); for all needs, how
//!   many of them find local help.
//! - **Fragilité**: the commune's Indice de fragilité numérique, in bands around the Ain's
//!   quartiles (4.6, 5.4, 6.4) with [`FRAGILE_IFN`] as the edge of the fragile quarter.
//! - **Fraîcheur**: the commune's EPCI's share of entries confirmed in the last six months.

use super::coverage::{CommuneCoverage, FRAGILE_IFN};
use super::Reached;
use crate::engine::Tier;
use serde::Deserialize;

/// The outlines the map is drawn with, as `server/data/generate-map.mjs` writes them
/// (`app/data/ain-carte.json`): SVG path data on a `largeur` × `hauteur` grid.
#[derive(Debug, Clone, Deserialize)]
pub struct Outlines {
    pub largeur: u32,
    pub hauteur: u32,
    /// How a longitude and latitude fall on the grid (the result's map places points with it).
    #[serde(default)]
    pub projection: Option<Projection>,
    /// The borders between EPCI and the département's edge, one open path.
    pub limites_epci: String,
    pub communes: Vec<Outline>,
    /// Each commune's place in `communes` and its outline's box, computed on first use: a result's
    /// map looks up to 74 communes at each request, which were a linear search and a path parsed each.
    #[serde(skip)]
    located: std::sync::OnceLock<std::collections::HashMap<String, (usize, Option<Bounds>)>>,
}

impl Outlines {
    /// Outlines with no index built yet (the file's reader builds the same).
    pub fn new(largeur: u32, hauteur: u32, projection: Option<Projection>, limites_epci: String, communes: Vec<Outline>) -> Self {
        Outlines { largeur, hauteur, projection, limites_epci, communes, located: Default::default() }
    }

    /// Where the commune `insee` is in `communes` (the first such outline), and its box.
    pub fn locate(&self, insee: &str) -> Option<(usize, Option<Bounds>)> {
        let located = self.located.get_or_init(|| {
            let mut index = std::collections::HashMap::with_capacity(self.communes.len());
            for (i, o) in self.communes.iter().enumerate() {
                index.entry(o.insee.clone()).or_insert_with(|| (i, bounds(&o.d)));
            }
            index
        });
        located.get(insee).copied()
    }
}

/// A box: min x, min y, max x, max y.
pub type Bounds = (i32, i32, i32, i32);

/// The box holding both.
pub fn union(a: Option<Bounds>, b: Bounds) -> Bounds {
    match a {
        None => b,
        Some(a) => (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)),
    }
}

/// The box of an outline's path (`M`, `m`, `l` with relative steps, `z`, as the generator writes).
pub fn bounds(d: &str) -> Option<Bounds> {
    let mut out: Option<Bounds> = None;
    let (mut x, mut y, mut start) = (0i32, 0i32, (0i32, 0i32));
    let mut numbers: Vec<i32> = Vec::new();
    let mut command = ' ';
    let flush = |command: char, numbers: &mut Vec<i32>, x: &mut i32, y: &mut i32, start: &mut (i32, i32), out: &mut Option<Bounds>| {
        for (i, pair) in numbers.chunks(2).enumerate() {
            let [dx, dy] = pair else { continue };
            match (command, i) {
                ('M', 0) => (*x, *y) = (*dx, *dy),
                _ => (*x, *y) = (*x + dx, *y + dy),
            }
            if i == 0 && command != 'l' {
                *start = (*x, *y);
            }
            *out = Some(union(*out, (*x, *y, *x, *y)));
        }
        numbers.clear();
    };
    let mut token = String::new();
    for c in d.chars().chain(std::iter::once(' ')) {
        let ends = c.is_ascii_alphabetic() || c == ' ' || (c == '-' && !token.is_empty());
        if ends && !token.is_empty() {
            numbers.push(token.parse().ok()?);
            token.clear();
        }
        if c.is_ascii_alphabetic() {
            flush(command, &mut numbers, &mut x, &mut y, &mut start, &mut out);
            if c == 'z' {
                (x, y) = start;
            }
            command = c;
        } else if c == '-' || c.is_ascii_digit() {
            token.push(c);
        }
    }
    flush(command, &mut numbers, &mut x, &mut y, &mut start, &mut out);
    out
}

#[derive(Debug, Clone, Deserialize)]
pub struct Outline {
    pub insee: String,
    /// Closed rings, relative moves.
    pub d: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layer {
    /// One need (its id), or all of them.
    Coverage(Option<String>),
    Fragility,
    Freshness,
}

impl Layer {
    /// Reads `vue` (`couverture`, `fragilite`, `fraicheur`; absent: couverture) and, for the
    /// coverage, `besoin` among `needs`. A value that is not one of these is refused with the
    /// field's name and a French message.
    pub fn parse(vue: Option<&str>, besoin: Option<&str>, needs: &[&str]) -> Result<Layer, (&'static str, String)> {
        match vue.unwrap_or("couverture") {
            "couverture" => match besoin.filter(|b| !b.is_empty()) {
                None => Ok(Layer::Coverage(None)),
                Some(b) if needs.contains(&b) => Ok(Layer::Coverage(Some(b.to_owned()))),
                Some(_) => Err(("besoin", "Ce besoin n’existe pas : choisissez-en un dans la liste.".to_owned())),
            },
            "fragilite" => Ok(Layer::Fragility),
            "fraicheur" => Ok(Layer::Freshness),
            _ => Err((
                "vue",
                "Cette carte n’existe pas : choisissez la couverture, la fragilité numérique ou la fraîcheur des fiches.".to_owned(),
            )),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Layer::Coverage(_) => "couverture",
            Layer::Fragility => "fragilite",
            Layer::Freshness => "fraicheur",
        }
    }

    /// The legend: each class of the scale this layer uses, with its words, best first.
    pub fn legend(&self, needs: usize) -> Vec<(u8, String)> {
        match self {
            Layer::Coverage(Some(_)) => Reached::ALL.iter().map(|r| (reached_class(*r), r.label().to_owned())).collect(),
            Layer::Coverage(None) => (0..=needs).rev().map(|n| (local_needs_class(n, needs), local_needs_words(n, needs))).collect(),
            Layer::Fragility => IFN_BANDS.iter().rev().map(|(class, _, words)| (*class, (*words).to_owned())).collect(),
            Layer::Freshness => FRESHNESS_BANDS.iter().map(|(class, _, words)| (*class, (*words).to_owned())).collect(),
        }
    }
}

/// A commune's place on the scale and the words of its value (« Dans l’intercommunalité »,
/// « 6,8 sur 10 : très fragile »…). `freshness` is its EPCI's share of up-to-date entries.
pub fn classify(layer: &Layer, commune: &CommuneCoverage, freshness: Option<u64>) -> (Option<u8>, String) {
    match layer {
        Layer::Coverage(Some(need)) => match commune.needs.iter().find(|n| n.besoin == *need) {
            Some(n) => (Some(reached_class(n.atteint)), n.atteint.label().to_owned()),
            None => (None, "Non calculé".to_owned()),
        },
        Layer::Coverage(None) => {
            let local = commune.needs.iter().filter(|n| n.atteint.is_local()).count();
            (Some(local_needs_class(local, commune.needs.len())), local_needs_words(local, commune.needs.len()))
        }
        Layer::Fragility => match commune.ifn {
            Some(ifn) => {
                let (class, _, words) = IFN_BANDS.iter().find(|(_, floor, _)| ifn >= *floor).unwrap_or(&IFN_BANDS[IFN_BANDS.len() - 1]);
                (Some(*class), format!("{} sur 10 : {}", decimal(ifn), words.to_lowercase()))
            }
            None => (None, "Indice non connu".to_owned()),
        },
        Layer::Freshness => match freshness {
            Some(share) => {
                let (class, _, _) = FRESHNESS_BANDS.iter().find(|(_, floor, _)| share >= *floor).unwrap_or(&FRESHNESS_BANDS[3]);
                (Some(*class), format!("{share} % des fiches de l’intercommunalité vérifiées depuis six mois"))
            }
            None => (None, "Aucune fiche dans l’intercommunalité".to_owned()),
        },
    }
}

/// The tiers from the commune itself (0) to nothing at all (5).
fn reached_class(reached: Reached) -> u8 {
    match reached {
        Reached::Tier(Tier::Commune) => 0,
        Reached::Tier(Tier::Epci) => 1,
        Reached::Tier(Tier::Voisin) => 2,
        Reached::Tier(Tier::Departement) => 3,
        Reached::Tier(Tier::Remote) => 4,
        Reached::Nothing => 5,
    }
}

/// All needs answered locally is the best class, none the worst, the others spread between.
fn local_needs_class(local: usize, needs: usize) -> u8 {
    if needs == 0 || local >= needs {
        return 0;
    }
    (5 - (local * 5).div_ceil(needs)) as u8
}

fn local_needs_words(local: usize, needs: usize) -> String {
    match local {
        0 => format!("Aucun besoin sur {needs} avec une aide locale"),
        1 => format!("1 besoin sur {needs} avec une aide locale"),
        n => format!("{n} besoins sur {needs} avec une aide locale"),
    }
}

/// Fragility bands, least fragile first: (class, lowest score, words).
const IFN_BANDS: [(u8, f64, &str); 5] =
    [(5, 7.4, "Très fragile"), (4, FRAGILE_IFN, "Fragile"), (2, 5.4, "Plutôt fragile"), (1, 4.6, "Peu fragile"), (0, 0.0, "Pas fragile")];

/// Freshness bands: (class, lowest share in percent, words).
const FRESHNESS_BANDS: [(u8, u64, &str); 4] = [
    (0, 75, "75 % ou plus des fiches vérifiées depuis six mois"),
    (2, 50, "De 50 à 74 %"),
    (3, 25, "De 25 à 49 %"),
    (5, 0, "Moins de 25 %"),
];

/// `6.75` → « 6,8 ».
fn decimal(x: f64) -> String {
    format!("{x:.1}").replace('.', ",")
}

/// `generate-map.mjs`'s equirectangular projection: grid units per degree from a corner.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct Projection {
    pub lon0: f64,
    pub lat0: f64,
    pub x_par_degre: f64,
    pub y_par_degre: f64,
}

impl Projection {
    pub fn point(&self, lon: f64, lat: f64) -> (i32, i32) {
        // Within the Ain the values are a few hundred units: the casts cannot overflow.
        (((lon - self.lon0) * self.x_par_degre).round() as i32, ((self.lat0 - lat) * self.y_par_degre).round() as i32)
    }
}

#[cfg(test)]
#[path = "map_tests.rs"]
mod tests;
