//! Opening hours (OSM `opening_hours` syntax, as both national standards use), evaluated in
//! Europe/Paris time for the seven days from today. What follows from the evaluated week (open now,
//! the engine's availability, a week in French) is pure and lives in `domain::hours`, shared with the
//! offline engine.

use crate::domain::hours::{Moment, WeekRanges};
use crate::domain::passage::{Occurrence, HORIZON_DAYS};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use opening_hours::{OpeningHours, RuleKind};

pub fn parse(raw: &str) -> Option<OpeningHours> {
    raw.parse().ok()
}

/// Whether `raw` is a valid OSM `opening_hours` string: what forms and imports check.
pub fn is_valid(raw: &str) -> bool {
    parse(raw).is_some()
}

pub fn moment(now: NaiveDateTime) -> Moment {
    Moment {
        date: now.date().format("%Y-%m-%d").to_string(),
        weekday: now.weekday().num_days_from_monday() as usize,
        minutes: (now.hour() * 60 + now.minute()) as u16,
    }
}

/// The open ranges of one day (a public holiday closed shows closed).
fn open_ranges(oh: &OpeningHours, date: NaiveDate) -> Vec<(u16, u16)> {
    oh.schedule_at(date)
        .into_iter()
        .filter(|tr| tr.kind == RuleKind::Open)
        .map(|tr| (tr.range.start.mins_from_midnight(), tr.range.end.mins_from_midnight()))
        .collect()
}

/// The open ranges of the 7 days from `from`, by weekday (a public holiday closed this week shows closed).
pub fn week_ranges(oh: &OpeningHours, from: NaiveDate) -> WeekRanges {
    let mut week: WeekRanges = Default::default();
    for date in from.iter_days().take(7) {
        week[date.weekday().num_days_from_monday() as usize] = open_ranges(oh, date);
    }
    week
}

/// The days of a passage's `opening_hours` over [`HORIZON_DAYS`] from `from`, when it parses: « Tu[1,3] »
/// needs the month, which a week does not show.
pub fn evaluate_dated(raw: &str, from: NaiveDate) -> Option<Vec<Occurrence>> {
    let oh = parse(raw)?;
    let day = |date: NaiveDate| {
        let text = date.format("%Y-%m-%d").to_string();
        open_ranges(&oh, date).into_iter().map(move |(debut, fin)| Occurrence { date: text.clone(), debut, fin })
    };
    Some(from.iter_days().take(HORIZON_DAYS).flat_map(day).collect())
}

/// `week_ranges` of a raw string, when it parses.
pub fn evaluate(raw: &str, from: NaiveDate) -> Option<WeekRanges> {
    Some(week_ranges(&parse(raw)?, from))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::flow::Availability;
    use crate::domain::hours::{availability, today, week_lines};

    #[test]
    fn the_week_from_a_saturday_is_laid_out_monday_first() {
        let saturday = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let week = evaluate("Tu,Th 09:00-19:00; We 14:00-19:00", saturday).unwrap();
        assert_eq!(
            week_lines(&week, crate::domain::langue::Langue::Fr),
            ["mardi : 9h00 à 19h00", "mercredi : 14h00 à 19h00", "jeudi : 9h00 à 19h00"]
        );
        assert_eq!(availability(&week), [Availability::Semaine, Availability::Soir]);
    }

    #[test]
    fn now_in_paris_time_says_open_or_closed() {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let week = evaluate("Mo 09:00-12:00,14:00-18:00", monday).unwrap();
        let at = |h, m| moment(monday.and_hms_opt(h, m, 0).unwrap());
        assert_eq!(
            today(&week, &at(10, 0), crate::domain::langue::Langue::Fr),
            (true, "Ouvert maintenant. Aujourd’hui : 9h00 à 12h00, 14h00 à 18h00".into())
        );
        assert!(!today(&week, &at(13, 0), crate::domain::langue::Langue::Fr).0);
    }

    #[test]
    fn a_monthly_passage_falls_on_the_first_and_third_tuesday_only() {
        let from = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let days = evaluate_dated("Tu[1,3] 09:00-12:00", from).unwrap();
        let dates: Vec<&str> = days.iter().map(|o| o.date.as_str()).collect();
        assert_eq!(
            dates,
            ["2026-12-15", "2027-01-05"],
            "1 December is before the day, 5 January is the next first Tuesday, 19 January beyond 6 weeks"
        );
        assert!(days.iter().all(|o| (o.debut, o.fin) == (540, 720)));
        assert_eq!(evaluate_dated("Fr 09:00-12:30", from).unwrap().len(), 6);
    }

    #[test]
    fn invalid_hours_are_refused() {
        assert!(parse("n'importe quand").is_none());
    }
}
