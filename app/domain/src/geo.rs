//! The geography of the Ain: communes, their former names and their EPCI.
//!
//! The data comes from `server/data/ain-geo.json` (generated from official open data by
//! `server/data/generate-geo.mjs`); these types are its shape.

use serde::{Deserialize, Serialize};

/// An INSEE commune code ("01033"): five characters, digits except the Corsican 2A/2B.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct InseeCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("« {0} » n'est pas un code commune INSEE (5 caractères, par exemple 01053).")]
pub struct InvalidInseeCode(pub String);

impl InseeCode {
    pub fn parse(raw: &str) -> Result<Self, InvalidInseeCode> {
        let s = raw.trim();
        let bytes = s.as_bytes();
        let ok = bytes.len() == 5
            // Bytes, not a string slice: a multi-byte character at position 2 must not panic.
            && (bytes[..2].iter().all(u8::is_ascii_digit) || matches!(&bytes[..2], b"2A" | b"2B" | b"2a" | b"2b"))
            && bytes[2..].iter().all(u8::is_ascii_digit);
        if ok {
            Ok(Self(s.to_ascii_uppercase()))
        } else {
            Err(InvalidInseeCode(raw.chars().take(20).collect()))
        }
    }

    /// The département: three characters overseas (971…976), two elsewhere (« 01 », « 2A »).
    pub fn departement(&self) -> &str {
        let n = if self.0.starts_with("97") || self.0.starts_with("98") { 3 } else { 2 };
        self.0.get(..n).unwrap_or(&self.0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for InseeCode {
    type Error = InvalidInseeCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<InseeCode> for String {
    fn from(code: InseeCode) -> Self {
        code.0
    }
}

impl std::fmt::Display for InseeCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EpciKind {
    /// Métropole
    ME,
    /// Communauté urbaine
    CU,
    /// Communauté d'agglomération
    CA,
    /// Communauté de communes
    CC,
}

/// An établissement public de coopération intercommunale with at least one commune in the Ain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Epci {
    pub siren: String,
    pub nom: String,
    #[serde(rename = "type")]
    pub kind: EpciKind,
    /// How many of its communes are in the Ain: fewer than `communes_total` when it crosses the border.
    pub communes_ain: u32,
    pub communes_total: u32,
}

impl Epci {
    pub fn crosses_border(&self) -> bool {
        self.communes_ain < self.communes_total
    }
}

/// A current commune of the Ain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commune {
    pub insee: InseeCode,
    pub nom: String,
    pub codes_postaux: Vec<String>,
    pub population: u32,
    /// SIREN of its EPCI.
    pub epci: String,
    /// Centroid of the whole current territory (WGS84).
    pub lon: f64,
    pub lat: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FormerStatus {
    /// Commune déléguée of a commune nouvelle.
    Deleguee,
    /// Commune associée.
    Associee,
    /// Absorbed without keeping a status; its name is still in use locally.
    Ancienne,
}

/// A name people still use for (part of) a current commune.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormerName {
    pub insee: InseeCode,
    pub nom: String,
    /// The current commune it belongs to.
    pub commune: InseeCode,
    pub statut: FormerStatus,
}

/// The whole geography file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Geography {
    pub epci: Vec<Epci>,
    pub communes: Vec<Commune>,
    pub anciennes_communes: Vec<FormerName>,
}

#[derive(Debug, thiserror::Error)]
pub enum GeographyError {
    #[error("geography file is not valid JSON of the expected shape: {0}")]
    Parse(#[from] serde_json::Error),
    #[error("commune {commune} belongs to unknown EPCI {epci}")]
    UnknownEpci { commune: String, epci: String },
    #[error("former name {nom} points to unknown commune {commune}")]
    UnknownCommune { nom: String, commune: String },
    #[error("commune {0} appears twice")]
    Duplicate(String),
}

impl Geography {
    /// Parses and checks the geography: every reference must resolve, so lookups never fail later.
    pub fn from_json(json: &str) -> Result<Self, GeographyError> {
        let geo: Geography = serde_json::from_str(json)?;
        geo.check()?;
        Ok(geo)
    }

    pub(crate) fn check(&self) -> Result<(), GeographyError> {
        let mut seen = std::collections::BTreeSet::new();
        let epci: std::collections::HashSet<&str> = self.epci.iter().map(|e| e.siren.as_str()).collect();
        for c in &self.communes {
            if !seen.insert(c.insee.as_str()) {
                return Err(GeographyError::Duplicate(c.insee.to_string()));
            }
            if !epci.contains(c.epci.as_str()) {
                return Err(GeographyError::UnknownEpci { commune: c.insee.to_string(), epci: c.epci.clone() });
            }
        }
        for f in &self.anciennes_communes {
            if !seen.contains(f.commune.as_str()) {
                return Err(GeographyError::UnknownCommune { nom: f.nom.clone(), commune: f.commune.to_string() });
            }
        }
        Ok(())
    }

    pub fn commune(&self, insee: &InseeCode) -> Option<&Commune> {
        self.communes.iter().find(|c| &c.insee == insee)
    }

    pub fn epci(&self, siren: &str) -> Option<&Epci> {
        self.epci.iter().find(|e| e.siren == siren)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overseas_departements_have_three_characters() {
        let dep = |code: &str| InseeCode::parse(code).unwrap().departement().to_owned();
        assert_eq!((dep("97411"), dep("2A004"), dep("01269")), ("974".into(), "2A".into(), "01".into()));
    }

    #[test]
    fn insee_codes_are_five_characters_with_corsica_allowed() {
        assert_eq!(InseeCode::parse(" 01033 ").unwrap().as_str(), "01033");
        assert_eq!(InseeCode::parse("2a004").unwrap().as_str(), "2A004");
        for bad in ["", "0103", "010333", "01O33", "ab123", "01 33", "9è-.", "2è01"] {
            assert!(InseeCode::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}
