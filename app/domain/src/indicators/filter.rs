//! The filters of the indicator pages, read from their URL: a period, an EPCI, a need. A wrong value
//! is refused with a French message for its field, and the page then shows no figures rather than
//! figures for something else than what was asked.

use super::CountKey;
use crate::edit::FieldErrors;
use crate::flow::Flow;
use crate::geo::Geography;
use crate::seance::parse_date;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// First and last day, `AAAA-MM-JJ`, both included.
    pub du: String,
    pub au: String,
    /// An EPCI's SIREN.
    pub epci: Option<String>,
    pub besoin: Option<String>,
}

impl Filter {
    /// The last twelve months, this one included, up to `today`.
    pub fn last_year(today: &str) -> Filter {
        let (y, m, _) = parse_date(today).unwrap_or((2026, 1, 1));
        let months = y * 12 + (m - 1) - 11;
        Filter { du: format!("{}-{:02}-01", months / 12, months % 12 + 1), au: today.to_owned(), epci: None, besoin: None }
    }

    /// Reads `du`, `au`, `epci` and `besoin`; an empty or absent period bound takes the default's.
    pub fn parse(pairs: &[(String, String)], today: &str, flow: &Flow, geography: &Geography) -> Result<Filter, FieldErrors> {
        let get = |name: &str| pairs.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty());
        let default = Filter::last_year(today);
        let mut errors = Vec::new();
        let mut date = |name: &str, fallback: String, what: &str| match get(name) {
            None => fallback,
            Some(v) => day(v).unwrap_or_else(|| {
                errors.push((name.to_owned(), format!("La date {what} doit s’écrire JJ/MM/AAAA, par exemple 31/01/2026.")));
                fallback
            }),
        };
        let du = date("du", default.du, "de début");
        let au = date("au", default.au, "de fin");
        if errors.is_empty() && du > au {
            errors.push(("au".to_owned(), "La date de fin doit venir après la date de début.".to_owned()));
        }
        let epci = get("epci").map(str::to_owned);
        if epci.as_deref().is_some_and(|e| geography.epci(e).is_none()) {
            errors.push(("epci".to_owned(), "Cette intercommunalité n’est pas dans la liste : choisissez-en une.".to_owned()));
        }
        let besoin = get("besoin").map(str::to_owned);
        if besoin.as_deref().is_some_and(|b| flow.need(b).is_none()) {
            errors.push(("besoin".to_owned(), "Ce besoin n’est pas dans la liste : choisissez-en un.".to_owned()));
        }
        if errors.is_empty() {
            Ok(Filter { du, au, epci, besoin })
        } else {
            Err(FieldErrors(errors))
        }
    }

    /// Whether a counter falls within this filter.
    pub fn keeps(&self, key: &CountKey) -> bool {
        self.du.as_str() <= key.jour.as_str()
            && key.jour.as_str() <= self.au.as_str()
            && self.epci.as_ref().is_none_or(|e| *e == key.epci)
            && self.besoin.as_ref().is_none_or(|b| *b == key.besoin)
    }

    /// The filter as URL pairs, for the links to its CSV files.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut pairs = vec![("du".to_owned(), self.du.clone()), ("au".to_owned(), self.au.clone())];
        pairs.extend(self.epci.iter().map(|e| ("epci".to_owned(), e.clone())));
        pairs.extend(self.besoin.iter().map(|b| ("besoin".to_owned(), b.clone())));
        pairs
    }
}

/// The first and last day of a quarter written `2026-T3` (July to September 2026).
pub fn quarter(code: &str) -> Option<(String, String)> {
    let (year, q) = code.trim().split_once(['-', ' '])?;
    let year: u32 = year.parse().ok().filter(|y| (2000..=2100).contains(y))?;
    let q: u32 = q.strip_prefix(['T', 't'])?.parse().ok().filter(|q| (1..=4).contains(q))?;
    let last_month = q * 3;
    let last_day = if last_month == 6 || last_month == 9 { 30 } else { 31 };
    Some((format!("{year}-{:02}-01", last_month - 2), format!("{year}-{last_month:02}-{last_day}")))
}

/// A day as a date field sends it (`2026-01-31`) or as a person types it (`31/01/2026`).
fn day(value: &str) -> Option<String> {
    let iso = match value.split('/').collect::<Vec<_>>()[..] {
        [d, m, y] if d.len() <= 2 && m.len() <= 2 => format!("{y}-{m:0>2}-{d:0>2}"),
        _ => value.to_owned(),
    };
    parse_date(&iso).map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}
