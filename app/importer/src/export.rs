//! The directory given back as open data, in the same standards it came in: the Schéma des lieux de
//! médiation numérique v1.0.2 (CSV and JSON, one row per place, its services merged) and data·inclusion
//! v1 (structures and services), and the passages of tournées in Aiguillage's own JSON, which the
//! standards have no field for. Only what is published, and no personal data: the directory holds
//! none (personal e-mails are left out at import).

pub mod data_inclusion;
pub mod passages;
pub mod schema_lieux;

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;

/// The source name the exports carry: an import of Aiguillage's own export recognises its entries.
pub const OWN_SOURCE: &str = "aiguillage";

/// A CSV cell a spreadsheet will not run. Names and addresses come from imports (the data·inclusion
/// API, which third parties write) and from structures' own edits; a cell starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return is a formula to Excel and LibreOffice (`=HYPERLINK(…)` sends
/// the sheet's data elsewhere when clicked). Such a cell is written after a `'`, which spreadsheets
/// show as text, unless it is only a number (« +33474386571 », « -0.5 »), which no spreadsheet runs.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = |s: &str| {
        let digits = s.trim_start_matches(['+', '-']);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ' ')
    };
    if risky && !number(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}
