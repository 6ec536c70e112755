//! The import pipeline: a file of places in one of the national formats → candidate entries of the
//! directory (one per row, or a refusal saying line, column, value and why) → a merge plan against the
//! current directory (created, fields updated, merged with which entry, near misses not merged,
//! entries a newer file no longer lists) → a French report. Applying the plan is the server's job, in
//! one transaction. Everything here is pure: bytes in, a plan out, so the same code serves the CLI,
//! the back-office, the data·inclusion pull and the seed of the demo database.

pub mod authority;
pub mod export;
pub mod formats;
pub mod locate;
pub mod matching;
pub mod merge;
pub mod permanences;
pub mod read;
pub mod report;
pub mod rules;
pub mod seed;
pub mod similarity;

use domain::commune_search::Gazetteer;
use domain::directory::{Service, Structure};

/// Why a whole file cannot be read: nothing of it is used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("Le fichier est vide.")]
    Empty,
    #[error("Ce n’est pas un fichier texte (CSV ou JSON) : un tableur ou une archive a peut-être été envoyé.")]
    NotText,
    #[error("Le fichier n’est pas lisible dans l’encodage qu’il annonce ({0}).")]
    Encoding(&'static str),
    #[error("Le fichier CSV est mal formé : {0}")]
    Csv(String),
    #[error("Le fichier JSON est mal formé ou tronqué : {0}")]
    Json(String),
    #[error("Format non reconnu : les colonnes ne sont celles d’aucun format connu (Schéma des lieux de médiation numérique, data·inclusion, liste France Services, structures Aidants Connect, annuaire local).")]
    UnknownFormat,
    #[error("Il manque la colonne « {column} », obligatoire dans un fichier « {format} ».")]
    MissingColumn { format: &'static str, column: &'static str },
}

/// A row that cannot be imported: where, which value, and why. Nothing is written while a file has any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub column: String,
    pub value: String,
    pub reason: String,
}

/// A row left out on purpose (a kind of place Aiguillage does not orient to): reported, not an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub nom: String,
    pub reason: String,
}

/// One real place as a file describes it, ready to merge: its structure (its id provisional, `sources`
/// holding this file's key, `origines` this file for every field it fills) and its services.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub line: usize,
    pub structure: Structure,
    pub services: Vec<Service>,
    /// What was read but not taken (an unknown label, a personal e-mail left out), for the report.
    pub notes: Vec<String>,
    /// The national labels the file gave and its source may not give (`authority`): the report
    /// says who does.
    pub refused_labels: Vec<domain::taxonomy::Programme>,
    /// Only enriches the place it matches (fills its gaps, adds its labels and source), never creates one.
    pub enrich_only: bool,
}

impl Candidate {
    /// The source this candidate came from (its first and only [`domain::directory::SourceRef`]).
    pub fn source(&self) -> (&str, &str, &str) {
        self.structure.sources.first().map_or(("", "", ""), |s| (s.source.as_str(), s.cle.as_str(), s.date.as_str()))
    }
}

/// Everything a file gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    /// The format recognised, in words.
    pub format: String,
    pub encoding: String,
    pub candidates: Vec<Candidate>,
    pub refusals: Vec<Refusal>,
    pub skipped: Vec<Skipped>,
}

/// What an import needs to know besides the bytes.
pub struct Context<'a> {
    pub gazetteer: &'a Gazetteer,
    /// The file's date (ISO 8601): the date rows carry when they have none of their own.
    pub date: String,
    /// Whether an OSM `opening_hours` string is valid (the server checks with the crate it evaluates
    /// hours with; this crate stays free of it).
    pub hours_valid: &'a dyn Fn(&str) -> bool,
}

/// The date a file's name carries (« liste-fs-20240801.csv » → 2024-08-01, « cnfs-202212 » →
/// 2022-12-01, « annuaire-2019 » → 2019-01-01), if any.
pub fn date_from_name(name: &str) -> Option<String> {
    let digits: Vec<&str> = name.split(|c: char| !c.is_ascii_digit()).filter(|d| !d.is_empty()).collect();
    let valid = |y: &str, m: &str, d: &str| {
        let (y, m, d) = (y.parse::<u32>().ok()?, m.parse::<u32>().ok()?, d.parse::<u32>().ok()?);
        ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
    };
    digits.iter().rev().find_map(|d| match d.len() {
        8 => valid(&d[..4], &d[4..6], &d[6..]),
        6 => valid(&d[..4], &d[4..], "01"),
        4 => valid(d, "01", "01"),
        _ => None,
    })
}

/// Reads a file of any supported format.
pub fn parse(bytes: &[u8], ctx: &Context) -> Result<Parsed, FileError> {
    let (text, encoding) = read::decode(bytes)?;
    let mut parsed = formats::parse(&text, ctx)?;
    parsed.encoding = encoding.to_owned();
    Ok(parsed)
}

#[cfg(test)]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_gives_the_date_of_its_data() {
        assert_eq!(date_from_name("france-services-ain-20240801.csv").as_deref(), Some("2024-08-01"));
        assert_eq!(date_from_name("cnfs-lieux-ain-202212.json").as_deref(), Some("2022-12-01"));
        assert_eq!(date_from_name("annuaire-administration-ain-2019.csv").as_deref(), Some("2019-01-01"));
        assert_eq!(date_from_name("export.csv"), None);
        assert_eq!(date_from_name("liste-20241399.csv"), None);
    }
}

#[cfg(test)]
#[path = "answers_tests.rs"]
mod answers_tests;
