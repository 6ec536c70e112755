//! The comité's indicators page: its filters and tables. Built by `ssr::indicators`, drawn by
//! `components::indicators`.

use crate::domain::edit::{FieldErrors, Fields};
use crate::view::coverage::CoverageView;
use crate::view::epci::EpciRow;
use serde::{Deserialize, Serialize};

/// What an indicator page shows; built by `ssr::indicators::view`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorsView {
    /// The filter: as typed when refused, else as applied (also the CSV links' query).
    pub fields: Fields,
    pub errors: FieldErrors,
    /// (SIREN, name) of the EPCI, by name.
    pub epcis: Vec<(String, String)>,
    /// (id, title) of the needs.
    pub besoins: Vec<(String, String)>,
    pub resume: Option<String>,
    pub tables: Vec<TableView>,
    /// Coverage and priorities, for the filter's communes and needs.
    pub coverage: Option<CoverageView>,
    /// Entries, séances and reports per EPCI (the filter's EPCI only, when it has one).
    pub epci: Vec<EpciRow>,
    /// Counts under 5 hidden.
    pub public: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableView {
    /// Its name in the CSV file's URL.
    pub code: String,
    pub title: String,
    pub column: String,
    pub rows: Vec<RowView>,
    pub total: RowView,
}

/// One line, its figures as shown (« moins de 5 » included); `bar` is what a chart may draw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowView {
    pub label: String,
    pub total: String,
    pub local: String,
    pub aucun: String,
    pub bar: u64,
}
