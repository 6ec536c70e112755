//! The per-EPCI figures (`domain::indicators::epci`) over what is stored now: published entries and
//! séances, read from the state kept up to date after every write (no decoding of every entry per
//! request), and every error report's dates.

use super::state::AppState;
use crate::domain::indicators::epci::{by_epci, EpciFigures, ReportTimes};
use crate::error::AppError;

pub async fn figures(services: &AppState) -> Result<Vec<EpciFigures>, AppError> {
    let (directory, seances) = (services.directory(), services.stored_seances());
    let reports: Vec<ReportTimes> = services
        .repo
        .report_dates()
        .await?
        .into_iter()
        .map(|r| ReportTimes {
            structure_id: r.structure_id,
            closed: r.closed_at.is_some(),
            days_to_close: r.closed_at.as_deref().and_then(|closed| days_between(&r.created_at, closed)),
        })
        .collect();
    Ok(by_epci(&services.gazetteer, directory.structures(), &seances, &reports, &crate::ssr::clock::today()))
}

/// Days from one stored timestamp (`2026-11-28T19:35:02Z`) to another.
fn days_between(from: &str, to: &str) -> Option<f64> {
    let (from, to) = (chrono::DateTime::parse_from_rfc3339(from).ok()?, chrono::DateTime::parse_from_rfc3339(to).ok()?);
    Some((to - from).num_seconds() as f64 / 86_400.0)
}
