//! The parcours' answers as they travel in the query string, parsed once: unknown values and
//! oversized input are refused with a French message instead of being half-understood.

use super::geo::InseeCode;
use super::need::Need;

/// No legitimate parcours URL comes near this; a longer one is tampered with or broken.
pub const MAX_QUERY_LEN: usize = 2000;
/// Longest single value we accept (a commune name typed by hand).
pub const MAX_VALUE_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParcoursQuery {
    pub besoin: Option<Need>,
    /// « Je ne peux pas me déplacer » was chosen on the home page.
    pub sans_deplacement: bool,
    pub commune: Option<InseeCode>,
    /// The commune as typed, before it is resolved.
    pub texte: Option<String>,
    /// The person was shown a list of communes and submitted it.
    pub choix: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParcoursQueryError {
    #[error("L’adresse de cette page est trop longue. Elle a peut-être été coupée ou modifiée.")]
    TooLong,
    #[error("Le besoin « {0} » n’existe pas dans ce parcours.")]
    UnknownNeed(String),
    #[error("La réponse « {0} » n’est pas prévue pour la question sur les déplacements.")]
    UnknownMobility(String),
    #[error("Le code commune « {0} » n’est pas valide.")]
    BadCommune(String),
}

impl ParcoursQuery {
    /// Parses decoded `(name, value)` pairs; `raw_len` is the length of the raw query string.
    pub fn parse<'a>(
        raw_len: usize,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, ParcoursQueryError> {
        if raw_len > MAX_QUERY_LEN {
            return Err(ParcoursQueryError::TooLong);
        }
        let mut q = ParcoursQuery::default();
        for (name, value) in pairs {
            if value.chars().count() > MAX_VALUE_CHARS {
                return Err(ParcoursQueryError::TooLong);
            }
            let shown = || value.chars().take(40).collect::<String>();
            match name {
                "besoin" if !value.is_empty() => {
                    q.besoin = Some(Need::from_slug(value).ok_or_else(|| ParcoursQueryError::UnknownNeed(shown()))?);
                }
                "deplacement" if !value.is_empty() => match value {
                    "non" => q.sans_deplacement = true,
                    "oui" => q.sans_deplacement = false,
                    _ => return Err(ParcoursQueryError::UnknownMobility(shown())),
                },
                "commune" if !value.is_empty() => {
                    q.commune = Some(InseeCode::parse(value).map_err(|_| ParcoursQueryError::BadCommune(shown()))?);
                }
                "q" if !value.trim().is_empty() => q.texte = Some(value.trim().to_owned()),
                "choix" => q.choix = true,
                // Other parameters (campaign tags, future questions) do not change this step.
                _ => {}
            }
        }
        Ok(q)
    }

    /// The query string that carries the answers given so far (without the commune).
    pub fn context_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(n) = self.besoin {
            pairs.push(("besoin", n.slug().to_owned()));
        }
        if self.sans_deplacement {
            pairs.push(("deplacement", "non".to_owned()));
        }
        pairs
    }
}

/// `/parcours?…` with the given pairs, percent-encoded.
pub fn parcours_url(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return "/parcours".to_owned();
    }
    let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", percent_encode(v))).collect();
    format!("/parcours?{}", query.join("&"))
}

/// Encodes everything but the unreserved characters of RFC 3986.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Result<ParcoursQuery, ParcoursQueryError> {
        ParcoursQuery::parse(100, pairs.iter().copied())
    }

    #[test]
    fn known_answers_are_parsed() {
        let q = parse(&[("besoin", "demarche"), ("commune", "01269"), ("deplacement", "non")]).unwrap();
        assert_eq!(q.besoin, Some(Need::Demarche));
        assert_eq!(q.commune.unwrap().as_str(), "01269");
        assert!(q.sans_deplacement);
    }

    #[test]
    fn unknown_values_are_refused_with_a_french_message() {
        let err = parse(&[("besoin", "pirate")]).unwrap_err();
        assert_eq!(err.to_string(), "Le besoin « pirate » n’existe pas dans ce parcours.");
        assert!(matches!(parse(&[("commune", "12")]), Err(ParcoursQueryError::BadCommune(_))));
        assert!(matches!(parse(&[("deplacement", "peut-être")]), Err(ParcoursQueryError::UnknownMobility(_))));
    }

    #[test]
    fn oversized_input_is_refused() {
        assert_eq!(ParcoursQuery::parse(5000, []), Err(ParcoursQueryError::TooLong));
        let long = "x".repeat(MAX_VALUE_CHARS + 1);
        assert_eq!(parse(&[("q", &long)]), Err(ParcoursQueryError::TooLong));
    }

    #[test]
    fn empty_and_unknown_parameters_change_nothing() {
        assert_eq!(parse(&[("besoin", ""), ("utm_source", "affiche"), ("q", "  ")]).unwrap(), ParcoursQuery::default());
    }

    #[test]
    fn urls_are_percent_encoded() {
        assert_eq!(parcours_url(&[]), "/parcours");
        assert_eq!(parcours_url(&[("besoin", "demarche".into()), ("q", "Saint-Jean & Co".into())]), "/parcours?besoin=demarche&q=Saint-Jean%20%26%20Co");
        assert_eq!(percent_encode("é"), "%C3%A9");
    }

    #[test]
    fn context_pairs_round_trip() {
        let q = parse(&[("besoin", "parentalite"), ("deplacement", "non")]).unwrap();
        let pairs = q.context_pairs();
        let again = parse(&pairs.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>()).unwrap();
        assert_eq!(again, q);
    }
}
