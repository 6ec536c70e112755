//! What the comité départemental is told of « être rappelé »: counts by EPCI, need and mode, how many
//! were taken in charge or unreachable, and the median delay to a first answer. Never a person.

use super::Status;

/// One request as the comité's counts see it: no person in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub epci: String,
    pub besoin: String,
    pub mode: crate::indicators::Mode,
    pub created: i64,
    pub first_answer: Option<i64>,
    pub status: Status,
}

/// Counts for the comité.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Counts {
    /// (EPCI, need, mode) → requests, sorted.
    pub lines: Vec<((String, String, &'static str), u64)>,
    pub total: u64,
    pub taken: u64,
    pub unreachable: u64,
    /// Median hours to the first answer, over the answered ones.
    pub median_hours: Option<f64>,
}

pub fn counts(outcomes: &[Outcome]) -> Counts {
    let mut lines = std::collections::BTreeMap::new();
    for o in outcomes {
        *lines.entry((o.epci.clone(), o.besoin.clone(), o.mode.code())).or_insert(0u64) += 1;
    }
    let mut delays: Vec<i64> = outcomes.iter().filter_map(|o| o.first_answer.map(|a| a - o.created)).collect();
    delays.sort_unstable();
    let median_hours = match delays.len() {
        0 => None,
        n if n % 2 == 1 => Some(delays[n / 2] as f64 / 3600.0),
        n => Some((delays[n / 2 - 1] + delays[n / 2]) as f64 / 7200.0),
    };
    Counts {
        lines: lines.into_iter().collect(),
        total: outcomes.len() as u64,
        taken: outcomes.iter().filter(|o| o.status.taken()).count() as u64,
        unreachable: outcomes.iter().filter(|o| o.status == Status::Injoignable).count() as u64,
        median_hours,
    }
}
