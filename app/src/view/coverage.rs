//! What the indicator pages show of coverage: communes by the best help each need finds there,
//! and the « communes prioritaires ». Built by `ssr::coverage`, drawn by `components::coverage`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoverageView {
    /// How many communes the filter keeps.
    pub communes: usize,
    pub needs: Vec<CoverageRow>,
    /// The same for each precise form of the needs.
    pub forms: Vec<CoverageRow>,
    pub priorities: Vec<PriorityRow>,
    /// How the fragility file met today's communes.
    pub ifn_note: String,
}

/// For one need, the communes by the best help every form of it finds there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoverageRow {
    pub besoin: String,
    pub local: usize,
    pub wider: usize,
    pub nothing: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriorityRow {
    pub commune: String,
    pub epci: String,
    pub ifn: f64,
    /// « M’équiper (aucune réponse) », one per need without local help.
    pub gaps: Vec<String>,
}
