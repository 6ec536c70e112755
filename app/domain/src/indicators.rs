//! Indicators: what the comité départemental and the EPCI working groups see of the orientations served.
//!
//! Anonymous by construction. An orientation adds one to a daily counter keyed only by what was asked
//! (need, precision), where (the EPCI, never the commune), what was found (the best tier reached) and
//! how (public or at a counter): no identifier, no address, no time finer than the day. The precision
//! is made of the flow's answer ids, never of typed text. Public figures show counts from 1 to 4 as
//! « moins de 5 ».

use crate::engine::Tier;
use crate::flow::{Answers, Flow, NeedDef};
use crate::geo::Geography;
use crate::journey::Journey;
use serde::{Deserialize, Serialize};

pub mod coverage;
pub mod epci;
pub mod filter;
pub mod map;

/// Public pages and files show counts from 1 to this as « moins de 5 ».
pub const SMALL_COUNT: u64 = 4;

/// How the orientation was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mode {
    /// The site or its JSON API, by the person or someone helping them.
    Public,
    /// A mairie's counter mode (`/guichet/{insee}`).
    Guichet,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Public, Mode::Guichet];

    pub fn code(self) -> &'static str {
        match self {
            Mode::Public => "public",
            Mode::Guichet => "guichet",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Mode::Public => "Site public",
            Mode::Guichet => "Mode guichet des mairies",
        }
    }
}

/// The best answer an orientation found: a tier, or nothing at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Reached {
    Tier(Tier),
    Nothing,
}

impl Reached {
    pub const ALL: [Reached; 6] = [
        Reached::Tier(Tier::Commune),
        Reached::Tier(Tier::Epci),
        Reached::Tier(Tier::Voisin),
        Reached::Tier(Tier::Departement),
        Reached::Tier(Tier::Remote),
        Reached::Nothing,
    ];

    /// The best of the tiers a result offers (`niveaux`), or nothing.
    pub fn best(niveaux: &[Tier]) -> Self {
        niveaux.iter().min().map_or(Reached::Nothing, |t| Reached::Tier(*t))
    }

    pub fn code(self) -> &'static str {
        match self {
            Reached::Tier(Tier::Commune) => "commune",
            Reached::Tier(Tier::Epci) => "epci",
            Reached::Tier(Tier::Voisin) => "voisin",
            Reached::Tier(Tier::Departement) => "departement",
            Reached::Tier(Tier::Remote) => "distance",
            Reached::Nothing => "aucun",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Reached::Tier(Tier::Commune) => "Dans la commune",
            Reached::Tier(Tier::Epci) => "Dans l’intercommunalité",
            Reached::Tier(Tier::Voisin) => "À proximité",
            Reached::Tier(Tier::Departement) => "Pour tout le département seulement",
            Reached::Tier(Tier::Remote) => "À distance seulement",
            Reached::Nothing => "Aucune réponse",
        }
    }

    /// In the commune, the EPCI or nearby: the answer the roadmap wants everywhere.
    pub fn is_local(self) -> bool {
        matches!(self, Reached::Tier(t) if t.is_local())
    }
}

/// One orientation as it is counted: the only things stored about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CountKey {
    /// `AAAA-MM-JJ`, Paris time.
    pub jour: String,
    pub besoin: String,
    /// See [`precision`].
    pub precision: String,
    /// The SIREN of the person's EPCI.
    pub epci: String,
    pub atteint: Reached,
    pub mode: Mode,
    /// The key of the partner site the parcours was framed in; empty on Aiguillage's own site. Which
    /// site, never which page of it nor who.
    #[serde(default)]
    pub integration: String,
}

/// A counter and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub key: CountKey,
    pub nombre: u64,
}

/// The precision of a journey: its answers to the need's precision questions, in the flow's order, as
/// answer ids (« caf/avec_moi », « - » for a question left unanswered). Words of the flow only.
pub fn precision(need: &NeedDef, answers: &Answers) -> String {
    let part = |q: &String| answers.get(q).filter(|a| !a.is_empty()).map_or("-".to_owned(), |a| a.join("+"));
    need.precisions.iter().map(part).collect::<Vec<_>>().join("/")
}

/// The counter an orientation served on `jour` adds one to; `None` for a journey without a need.
/// `integration`: the key of the partner site the result was framed in (`domain::integration`).
pub fn key(flow: &Flow, journey: &Journey, niveaux: &[Tier], epci: &str, jour: &str, integration: Option<&str>) -> Option<CountKey> {
    let need = flow.need(journey.demande.besoin.as_deref()?)?;
    Some(CountKey {
        jour: jour.to_owned(),
        besoin: need.id.clone(),
        precision: precision(need, &journey.demande.answers),
        epci: epci.to_owned(),
        atteint: Reached::best(niveaux),
        mode: if journey.navigation.guichet { Mode::Guichet } else { Mode::Public },
        integration: integration.unwrap_or_default().to_owned(),
    })
}

/// What a count shows: itself, or « moins de 5 » on public pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Exact(u64),
    Small,
}

impl Shown {
    pub fn of(n: u64, public: bool) -> Self {
        if public && (1..=SMALL_COUNT).contains(&n) {
            Shown::Small
        } else {
            Shown::Exact(n)
        }
    }

    /// What a bar of a chart may draw: nothing for a hidden count.
    pub fn value(self) -> u64 {
        match self {
            Shown::Exact(n) => n,
            Shown::Small => 0,
        }
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shown::Exact(n) => write!(f, "{n}"),
            Shown::Small => f.write_str("moins de 5"),
        }
    }
}

/// A way to break the counts down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dimension {
    Besoin,
    Precision,
    Epci,
    Atteint,
    Mode,
    Integration,
    Mois,
}

impl Dimension {
    /// The breakdowns of the public page; coordinators also see precision and mode.
    pub const PUBLIC: [Dimension; 5] = [Dimension::Besoin, Dimension::Atteint, Dimension::Epci, Dimension::Integration, Dimension::Mois];
    pub const ALL: [Dimension; 7] = [
        Dimension::Besoin,
        Dimension::Precision,
        Dimension::Atteint,
        Dimension::Epci,
        Dimension::Mode,
        Dimension::Integration,
        Dimension::Mois,
    ];

    /// Its name in URLs (`/indicateurs/besoin.csv`).
    pub fn code(self) -> &'static str {
        match self {
            Dimension::Besoin => "besoin",
            Dimension::Precision => "precision",
            Dimension::Epci => "epci",
            Dimension::Atteint => "reponse",
            Dimension::Mode => "mode",
            Dimension::Integration => "site",
            Dimension::Mois => "mois",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code)
    }

    pub fn title(self) -> &'static str {
        match self {
            Dimension::Besoin => "Par besoin",
            Dimension::Precision => "Par besoin précis",
            Dimension::Epci => "Par intercommunalité",
            Dimension::Atteint => "Par meilleure réponse trouvée",
            Dimension::Mode => "Par mode",
            Dimension::Integration => "Par site (Aiguillage ou site partenaire)",
            Dimension::Mois => "Par mois",
        }
    }

    /// The heading of its first column.
    pub fn column(self) -> &'static str {
        match self {
            Dimension::Besoin => "Besoin",
            Dimension::Precision => "Besoin précis",
            Dimension::Epci => "Intercommunalité",
            Dimension::Atteint => "Meilleure réponse",
            Dimension::Mode => "Mode",
            Dimension::Integration => "Site",
            Dimension::Mois => "Mois",
        }
    }

    fn value(self, key: &CountKey) -> String {
        match self {
            Dimension::Besoin => key.besoin.clone(),
            Dimension::Precision => format!("{}:{}", key.besoin, key.precision),
            Dimension::Epci => key.epci.clone(),
            Dimension::Atteint => key.atteint.code().to_owned(),
            Dimension::Mode => key.mode.code().to_owned(),
            Dimension::Integration => key.integration.clone(),
            Dimension::Mois => key.jour.get(..7).unwrap_or_default().to_owned(),
        }
    }
}

/// One line of a breakdown: orientations, those answered locally, those that found nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub code: String,
    pub label: String,
    pub total: u64,
    pub local: u64,
    pub aucun: u64,
}

/// A breakdown of the counts by one dimension, and its total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub dimension: Dimension,
    pub rows: Vec<Row>,
    pub total: Row,
}

/// The counts broken down by `dimension`: the tiers and modes in their own order, months in time
/// order, the rest by number of orientations (most first), then name.
pub fn table(counts: &[Count], dimension: Dimension, names: &Names) -> Table {
    let mut rows: Vec<Row> = Vec::new();
    let mut total = Row { code: String::new(), label: "Total".into(), total: 0, local: 0, aucun: 0 };
    for c in counts {
        let code = dimension.value(&c.key);
        let i = match rows.iter().position(|r| r.code == code) {
            Some(i) => i,
            None => {
                let label = names.label(dimension, &code);
                rows.push(Row { code, label, total: 0, local: 0, aucun: 0 });
                rows.len() - 1
            }
        };
        for row in [&mut rows[i], &mut total] {
            row.total += c.nombre;
            row.local += if c.key.atteint.is_local() { c.nombre } else { 0 };
            row.aucun += if c.key.atteint == Reached::Nothing { c.nombre } else { 0 };
        }
    }
    match dimension {
        Dimension::Atteint => rows.sort_by_key(|r| Reached::from_code(&r.code)),
        Dimension::Mode => rows.sort_by_key(|r| Mode::from_code(&r.code)),
        Dimension::Mois => rows.sort_by(|a, b| a.code.cmp(&b.code)),
        _ => rows.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.label.cmp(&b.label))),
    }
    Table { dimension, rows, total }
}

/// The words for the codes in counters: need titles and answers from the flow, EPCI names from the
/// geography, months in French.
pub struct Names<'a> {
    pub flow: &'a Flow,
    pub geography: &'a Geography,
}

impl Names<'_> {
    pub fn label(&self, dimension: Dimension, code: &str) -> String {
        let need = |id: &str| self.flow.need(id).map_or_else(|| id.to_owned(), |n| n.titre.clone());
        match dimension {
            Dimension::Besoin => need(code),
            Dimension::Precision => {
                let (besoin, precision) = code.split_once(':').unwrap_or((code, ""));
                let answers = self.flow.need(besoin).map(|n| {
                    n.precisions
                        .iter()
                        .zip(precision.split('/'))
                        .filter(|(_, a)| *a != "-")
                        .map(|(q, a)| self.answers(q, a))
                        .collect::<Vec<_>>()
                });
                match answers {
                    Some(words) if !words.is_empty() => format!("{} : {}", need(besoin), words.join(" / ")),
                    _ => format!("{} : sans précision", need(besoin)),
                }
            }
            Dimension::Epci => self.geography.epci(code).map_or_else(|| format!("Intercommunalité {code}"), |e| e.nom.clone()),
            Dimension::Atteint => Reached::from_code(code).map_or_else(|| code.to_owned(), |r| r.label().to_owned()),
            Dimension::Mode => Mode::from_code(code).map_or_else(|| code.to_owned(), |m| m.label().to_owned()),
            Dimension::Integration if code.is_empty() => "Le site d’Aiguillage".to_owned(),
            Dimension::Integration => format!("Intégré au site partenaire « {code} »"),
            Dimension::Mois => month_label(code),
        }
    }

    fn answers(&self, question: &str, ids: &str) -> String {
        let q = self.flow.question(question);
        let word = |id: &str| q.and_then(|q| q.reponses.iter().find(|a| a.id == id)).map_or_else(|| id.to_owned(), |a| a.libelle.clone());
        ids.split('+').map(word).collect::<Vec<_>>().join(" et ")
    }
}

/// « 2026-11 » → « novembre 2026 ».
pub fn month_label(month: &str) -> String {
    let number = month.get(5..7).and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m));
    match (month.get(..4), number) {
        (Some(year), Some(m)) => format!("{} {year}", crate::seance::MONTHS[m - 1]),
        _ => month.to_owned(),
    }
}

#[cfg(test)]
#[path = "indicators_tests.rs"]
mod tests;
