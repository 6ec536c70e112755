//! A guide's working group (who meets for an EPCI). Built by `ssr::guide`.

use crate::view::coverage::CoverageView;
use crate::view::epci::EpciRow;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkingGroup {
    pub siren: String,
    /// « 29/11/2026 »: the figures are of that day.
    pub date: String,
    pub coverage: CoverageView,
    pub figures: EpciRow,
    /// The entries to confirm again, by name.
    pub a_verifier: Vec<String>,
}
