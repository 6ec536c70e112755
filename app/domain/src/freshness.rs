//! « Vérifié le »: an entry nobody has confirmed for six months is shown as « informations à
//! vérifier » to the public and listed for the coordinators.

use super::seance::parse_date;

/// The date six months before `today` (`AAAA-MM-JJ`), the day clamped to the month's length.
pub fn six_months_before(today: &str) -> Option<String> {
    let (y, m, d) = parse_date(today)?;
    let (y, m) = if m > 6 { (y, m - 6) } else { (y - 1, m + 6) };
    let d = (1..=d).rev().find(|d| parse_date(&format!("{y:04}-{m:02}-{d:02}")).is_some())?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Whether an entry should be confirmed again: imported and never confirmed, without a date, or
/// confirmed more than six months ago.
pub fn needs_check(a_verifier: bool, date_maj: Option<&str>, today: &str) -> bool {
    if a_verifier {
        return true;
    }
    match (date_maj, six_months_before(today)) {
        (Some(d), Some(limit)) => d < limit.as_str(),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_months_back_crosses_years_and_clamps_the_day() {
        assert_eq!(six_months_before("2026-11-28").as_deref(), Some("2026-05-28"));
        assert_eq!(six_months_before("2026-03-15").as_deref(), Some("2025-09-15"));
        assert_eq!(six_months_before("2026-08-31").as_deref(), Some("2026-02-28"));
    }

    #[test]
    fn an_entry_is_stale_when_unconfirmed_undated_or_older_than_six_months() {
        assert!(!needs_check(false, Some("2026-06-01"), "2026-11-28"));
        assert!(needs_check(false, Some("2026-05-27"), "2026-11-28"));
        assert!(needs_check(true, Some("2026-11-27"), "2026-11-28"));
        assert!(needs_check(false, None, "2026-11-28"));
    }
}
