//! Finding a commune from what a person types: a name (current, delegated or former), a postal code,
//! or a position. Pure and in memory: the same index answers the API, the JS-off form and, offline,
//! the browser.

use super::geo::{Commune, Epci, FormerName, FormerStatus, Geography, InseeCode};
use super::normalize::{fold, without_article, words};
use serde::{Deserialize, Serialize};

/// Longer than any commune name of France with room to spare; anything longer is not a search.
pub const MAX_QUERY_CHARS: usize = 80;
/// A list longer than this is not read; a postal code is the exception (see [`Gazetteer::search`]).
pub const MAX_RESULTS: usize = 20;

/// What a person typed, parsed: postal-code digits and/or name words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommuneQuery {
    digits: Option<String>,
    name: String,
    name_words: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    Empty,
    TooLong,
    BadPostalCode,
}

impl QueryError {
    pub fn message(&self, langue: crate::langue::Langue) -> String {
        langue.t(match self {
            QueryError::Empty => "commune-vide",
            QueryError::TooLong => "commune-trop-long",
            QueryError::BadPostalCode => "commune-code-postal",
        })
    }
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::langue::Langue::Fr))
    }
}

impl std::error::Error for QueryError {}

impl CommuneQuery {
    pub fn parse(raw: &str) -> Result<Self, QueryError> {
        if raw.chars().count() > MAX_QUERY_CHARS {
            return Err(QueryError::TooLong);
        }
        let mut digits: Option<String> = None;
        let mut name_words = Vec::new();
        for word in words(raw) {
            if word.bytes().all(|b| b.is_ascii_digit()) {
                // « 01 300 » is one postal code typed with a space.
                digits.get_or_insert_with(String::new).push_str(&word);
            } else {
                name_words.push(word);
            }
        }
        if digits.as_ref().is_some_and(|d| d.len() > 5) {
            return Err(QueryError::BadPostalCode);
        }
        if digits.is_none() && name_words.is_empty() {
            return Err(QueryError::Empty);
        }
        Ok(Self { digits, name: name_words.join(" "), name_words })
    }

    fn is_full_postal_code(&self) -> bool {
        self.name_words.is_empty() && self.digits.as_ref().is_some_and(|d| d.len() == 5)
    }
}

/// How well a name matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    Exact,
    Prefix,
    WordPrefix,
    Words,
    PostalCode,
    InseeCode,
    /// Nearest to a position (« Me localiser »).
    Position,
}

/// One commune found, with what the API and the pages show about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommuneHit {
    pub code_insee: String,
    pub nom: String,
    pub codes_postaux: Vec<String>,
    pub epci_siren: String,
    pub epci_nom: String,
    /// The delegated or former name that matched, when it was not the current name.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub nom_recherche: Option<String>,
    pub correspondance: MatchKind,
}

impl CommuneHit {
    /// « Valserhône (01200) », or « Bellegarde-sur-Valserine, aujourd'hui Valserhône (01200) ».
    pub fn label(&self) -> String {
        let codes = self.codes_postaux.join(", ");
        match &self.nom_recherche {
            Some(old) => format!("{old}, aujourd’hui {} ({codes})", self.nom),
            None => format!("{} ({codes})", self.nom),
        }
    }
}

/// The body of `GET /api/v1/communes?q=`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommuneSearchResponse {
    pub requete: String,
    pub communes: Vec<CommuneHit>,
}

/// What a typed text resolves to when a person submits the commune step without picking from a list.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    One(CommuneHit),
    /// Several communes fit: the person must choose (best first).
    Several(Vec<CommuneHit>),
    None,
}

/// Where the commune step stands after the person's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CommuneLookup {
    /// Nothing asked yet.
    Empty,
    Found(CommuneHit),
    /// Several communes fit the text: ask which.
    Choose {
        texte: String,
        options: Vec<CommuneHit>,
    },
    /// The text finds nothing or is not a search: say why, keep the text.
    Problem {
        texte: String,
        message: String,
    },
}

struct Entry {
    commune: usize,
    folded: String,
    words: Vec<String>,
    former: Option<(String, FormerStatus)>,
}

/// The search index over a [`Geography`].
pub struct Gazetteer {
    geo: Geography,
    entries: Vec<Entry>,
    /// Commune positions by INSEE code, current or former (a merged commune's code leads to the
    /// commune it joined), and EPCI positions by SIREN: at national size (35 000 communes) a result
    /// looks communes up per card, and a linear search each time would dominate it.
    by_code: std::collections::HashMap<String, usize>,
    epci_by_siren: std::collections::HashMap<String, usize>,
    /// Entries by the first letter of each of their words, in entry order: every way a name matches
    /// needs the first typed word to start one of its words, so a search reads one bucket (« saint »
    /// reads the names with a word in s) instead of all 37 000 names of France.
    by_initial: std::collections::HashMap<u8, Vec<usize>>,
}

impl Gazetteer {
    pub fn new(geo: Geography) -> Self {
        let mut by_code: std::collections::HashMap<String, usize> =
            geo.communes.iter().enumerate().map(|(i, c)| (c.insee.as_str().to_owned(), i)).collect();
        let index_of = |code: &InseeCode| by_code.get(code.as_str()).copied();
        let mut entries: Vec<Entry> = geo
            .communes
            .iter()
            .enumerate()
            .map(|(i, c)| Entry { commune: i, folded: fold(&c.nom), words: words(&c.nom), former: None })
            .collect();
        for FormerName { nom, commune, statut, .. } in &geo.anciennes_communes {
            // A delegated commune often keeps the current name (Culoz-Béon's « Culoz » is not new).
            let Some(i) = index_of(commune) else { continue };
            if fold(nom) == entries[i].folded {
                continue;
            }
            entries.push(Entry { commune: i, folded: fold(nom), words: words(nom), former: Some((nom.clone(), *statut)) });
        }
        let former: Vec<(String, usize)> =
            geo.anciennes_communes.iter().filter_map(|f| Some((f.insee.as_str().to_owned(), index_of(&f.commune)?))).collect();
        for (code, i) in former {
            by_code.entry(code).or_insert(i);
        }
        let epci_by_siren = geo.epci.iter().enumerate().map(|(i, e)| (e.siren.clone(), i)).collect();
        let mut by_initial: std::collections::HashMap<u8, Vec<usize>> = std::collections::HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            let mut initials: Vec<u8> = entry.words.iter().filter_map(|w| w.bytes().next()).collect();
            initials.sort_unstable();
            initials.dedup();
            for b in initials {
                by_initial.entry(b).or_default().push(i);
            }
        }
        Self { geo, entries, by_code, epci_by_siren, by_initial }
    }

    pub fn geography(&self) -> &Geography {
        &self.geo
    }

    /// The current commune of `insee`, or the one a former commune's code now belongs to (imported
    /// files and old links carry codes of communes that have since merged).
    pub fn commune(&self, insee: &InseeCode) -> Option<&Commune> {
        self.geo.communes.get(*self.by_code.get(insee.as_str())?)
    }

    pub fn epci_of(&self, commune: &Commune) -> &Epci {
        let i = self.epci_by_siren.get(&commune.epci).copied();
        i.and_then(|i| self.geo.epci.get(i)).expect("Geography::from_json checked every EPCI reference")
    }

    pub fn hit(&self, commune: &Commune, kind: MatchKind, former: Option<&str>) -> CommuneHit {
        let epci = self.epci_of(commune);
        CommuneHit {
            code_insee: commune.insee.to_string(),
            nom: commune.nom.clone(),
            codes_postaux: commune.codes_postaux.clone(),
            epci_siren: epci.siren.clone(),
            epci_nom: epci.nom.clone(),
            nom_recherche: former.map(str::to_owned),
            correspondance: kind,
        }
    }

    /// Communes matching the query, best first: at most [`MAX_RESULTS`], except that a complete postal
    /// code lists every commune it serves (01300 serves 22: the person's own must not be cut off).
    pub fn search(&self, query: &CommuneQuery) -> Vec<CommuneHit> {
        // (how it matched, via a former name, the commune, that former name)
        let mut hits: Vec<(MatchKind, bool, &Commune, Option<&str>)> = Vec::new();
        if query.name_words.is_empty() {
            let digits = query.digits.as_deref().unwrap_or_default();
            for c in &self.geo.communes {
                if c.codes_postaux.iter().any(|cp| cp.starts_with(digits)) {
                    hits.push((MatchKind::PostalCode, false, c, None));
                }
            }
            if hits.is_empty() && digits.len() == 5 {
                if let Some(c) = InseeCode::parse(digits).ok().and_then(|code| self.commune(&code)) {
                    hits.push((MatchKind::InseeCode, false, c, None));
                }
            }
        } else {
            // Each commune once, through its best-matching name.
            let mut best: std::collections::HashMap<usize, (MatchKind, bool, &Entry)> = std::collections::HashMap::new();
            let initial = query.name_words.first().and_then(|w| w.bytes().next());
            let bucket = initial.and_then(|b| self.by_initial.get(&b)).map_or(&[][..], Vec::as_slice);
            for entry in bucket.iter().map(|&i| &self.entries[i]) {
                let commune = &self.geo.communes[entry.commune];
                if let Some(d) = &query.digits {
                    if !commune.codes_postaux.iter().any(|cp| cp.starts_with(d.as_str())) {
                        continue;
                    }
                }
                if let Some(kind) = name_match(entry, query) {
                    let via_former = entry.former.is_some();
                    let slot = best.entry(entry.commune).or_insert((kind, via_former, entry));
                    if (kind, via_former) < (slot.0, slot.1) {
                        *slot = (kind, via_former, entry);
                    }
                }
            }
            hits = best
                .into_values()
                .map(|(kind, via_former, e)| (kind, via_former, &self.geo.communes[e.commune], e.former.as_ref().map(|(n, _)| n.as_str())))
                .collect();
        }

        let postal_list = query.is_full_postal_code();
        hits.sort_by(|a, b| {
            let order = a.0.cmp(&b.0).then(a.1.cmp(&b.1));
            let order = if postal_list {
                // A closed list the person reads through: alphabetical order finds theirs fastest.
                order.then_with(|| fold(&a.2.nom).cmp(&fold(&b.2.nom)))
            } else {
                order.then(b.2.population.cmp(&a.2.population))
            };
            order.then_with(|| a.2.insee.cmp(&b.2.insee))
        });
        if !postal_list {
            hits.truncate(MAX_RESULTS);
        }
        hits.into_iter().map(|(kind, _, c, former)| self.hit(c, kind, former)).collect()
    }

    /// What a submitted text means: one commune, a choice to make, or nothing.
    pub fn resolve(&self, query: &CommuneQuery) -> Resolution {
        let hits = self.search(query);
        let exact: Vec<&CommuneHit> = hits.iter().filter(|h| matches!(h.correspondance, MatchKind::Exact | MatchKind::InseeCode)).collect();
        match (hits.len(), exact.as_slice()) {
            (0, _) => Resolution::None,
            (1, _) => Resolution::One(hits.into_iter().next().expect("one hit")),
            // « Belley » is Belley, even though « Belleydoux » starts the same way.
            (_, [only]) => Resolution::One((*only).clone()),
            _ => Resolution::Several(hits),
        }
    }

    /// The commune step's answer to a typed text (a chosen code is checked with the rest of the URL).
    /// What the commune step shows for the text typed, its messages in the page's language.
    pub fn lookup(&self, texte: Option<&str>, langue: crate::langue::Langue) -> CommuneLookup {
        let Some(texte) = texte else { return CommuneLookup::Empty };
        match CommuneQuery::parse(texte) {
            Err(e) => CommuneLookup::Problem { texte: texte.to_owned(), message: e.message(langue) },
            Ok(query) => match self.resolve(&query) {
                Resolution::One(hit) => CommuneLookup::Found(hit),
                Resolution::Several(options) => CommuneLookup::Choose { texte: texte.to_owned(), options },
                Resolution::None => CommuneLookup::Problem {
                    texte: texte.to_owned(),
                    message: langue.tr("commune-introuvable", &[("texte", (&texte.chars().take(60).collect::<String>()).into())]),
                },
            },
        }
    }

    /// The commune whose centroid is nearest to a position, if the position is in or near the Ain.
    pub fn nearest(&self, lon: f64, lat: f64) -> Option<&Commune> {
        /// Beyond this, the person is not in the Ain (the widest commune is ~15 km across).
        const MAX_KM: f64 = 20.0;
        if !(lon.is_finite() && lat.is_finite()) {
            return None;
        }
        self.geo
            .communes
            .iter()
            .map(|c| (distance_km(lon, lat, c.lon, c.lat), c))
            .filter(|(d, _)| *d <= MAX_KM)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c)
    }
}

fn name_match(entry: &Entry, query: &CommuneQuery) -> Option<MatchKind> {
    let q = query.name.as_str();
    let name = entry.folded.as_str();
    if name == q || without_article(name) == Some(q) {
        Some(MatchKind::Exact)
    } else if name.starts_with(q) || without_article(name).is_some_and(|n| n.starts_with(q)) {
        Some(MatchKind::Prefix)
    } else if name.match_indices(q).any(|(at, _)| at > 0 && name.as_bytes()[at - 1] == b' ') {
        Some(MatchKind::WordPrefix)
    } else if words_in_order(&entry.words, &query.name_words) {
        Some(MatchKind::Words)
    } else {
        None
    }
}

/// Every typed word starts a word of the name, in the same order (« bourg bresse »).
fn words_in_order(name: &[String], typed: &[String]) -> bool {
    let mut rest = name.iter();
    typed.iter().all(|t| rest.any(|w| w.starts_with(t.as_str())))
}

/// Equirectangular approximation: exact enough within a département.
pub fn distance_km(lon1: f64, lat1: f64, lon2: f64, lat2: f64) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let mean_lat = ((lat1 + lat2) / 2.0).to_radians();
    let x = (lon2 - lon1).to_radians() * mean_lat.cos();
    let y = (lat2 - lat1).to_radians();
    (x * x + y * y).sqrt() * EARTH_RADIUS_KM
}

#[cfg(test)]
#[path = "commune_search_tests.rs"]
pub(crate) mod tests;
