//! Opening hours (OSM `opening_hours` syntax, as both national standards use), evaluated in
//! Europe/Paris time: when a place is open for the engine, and what the result card says today.

use crate::domain::flow::Availability;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};
use opening_hours::{OpeningHours, RuleKind};

/// After this time (minutes from midnight), an opening counts as « le soir ».
const EVENING: u16 = 18 * 60;
const DAY_START: u16 = 9 * 60;

pub fn parse(raw: &str) -> Option<OpeningHours> {
    raw.parse().ok()
}

/// Now, on the wall clocks of the Ain.
pub fn paris_now() -> NaiveDateTime {
    chrono::Utc::now().with_timezone(&chrono_tz::Europe::Paris).naive_local()
}

/// Open ranges of a day, in minutes from midnight.
fn open_ranges(oh: &OpeningHours, date: NaiveDate) -> Vec<(u16, u16)> {
    oh.schedule_at(date)
        .into_iter()
        .filter(|tr| tr.kind == RuleKind::Open)
        .map(|tr| (tr.range.start.mins_from_midnight(), tr.range.end.mins_from_midnight()))
        .collect()
}

/// When the place is open during the 7 days from `from`: weekdays in the day, evenings, week-ends.
pub fn availability(oh: &OpeningHours, from: NaiveDate) -> Vec<Availability> {
    let mut out = Vec::new();
    let mut add = |a| {
        if !out.contains(&a) {
            out.push(a);
        }
    };
    for date in from.iter_days().take(7) {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        for (start, end) in open_ranges(oh, date) {
            if weekend {
                add(Availability::Weekend);
            } else if start < EVENING && end > DAY_START {
                add(Availability::Semaine);
            }
            if end > EVENING + 30 {
                add(Availability::Soir);
            }
        }
    }
    out.sort();
    out
}

fn hhmm(mins: u16) -> String {
    format!("{}h{:02}", mins / 60 % 24, mins % 60)
}

/// « Ouvert maintenant. Aujourd’hui : 9h00 à 12h00, 14h00 à 18h00 », or « Fermé aujourd’hui ».
pub fn today(oh: &OpeningHours, now: NaiveDateTime) -> (bool, String) {
    let ranges = open_ranges(oh, now.date());
    let open_now = oh.is_open(now);
    if ranges.is_empty() {
        return (false, "Fermé aujourd’hui".into());
    }
    let list: Vec<String> = ranges.iter().map(|(s, e)| format!("{} à {}", hhmm(*s), hhmm(*e))).collect();
    let state = if open_now { "Ouvert maintenant" } else { "Fermé maintenant" };
    (open_now, format!("{state}. Aujourd’hui : {}", list.join(", ")))
}

/// The open days of the 7 days from `from`, in week order: « mardi : 9h00 à 12h00, 14h00 à 18h00 ».
pub fn week(oh: &OpeningHours, from: NaiveDate) -> Vec<String> {
    const DAYS: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
    let mut days: Vec<(usize, String)> = from
        .iter_days()
        .take(7)
        .filter_map(|date| {
            let ranges = open_ranges(oh, date);
            let day = date.weekday().num_days_from_monday() as usize;
            (!ranges.is_empty()).then(|| {
                let list: Vec<String> = ranges.iter().map(|(s, e)| format!("{} à {}", hhmm(*s), hhmm(*e))).collect();
                (day, format!("{} : {}", DAYS[day], list.join(", ")))
            })
        })
        .collect();
    days.sort();
    days.into_iter().map(|(_, line)| line).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    #[test]
    fn weekday_evening_and_weekend_openings_are_told_apart() {
        // LAB01's hours in the seed: Tuesday and Thursday until 19:00.
        let lab = parse("Tu,Th 09:00-19:00; We,Fr 14:00-19:00").unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(availability(&lab, monday), [Availability::Semaine, Availability::Soir]);
        let saturday_morning = parse("Mo-Fr 09:00-12:00; Sa 09:00-12:00").unwrap();
        assert_eq!(availability(&saturday_morning, monday), [Availability::Semaine, Availability::Weekend]);
    }

    #[test]
    fn today_says_whether_it_is_open_now_and_its_hours() {
        let oh = parse("Mo 09:00-12:00,14:00-18:00").unwrap();
        assert_eq!(today(&oh, at(2026, 11, 30, 10, 0)), (true, "Ouvert maintenant. Aujourd’hui : 9h00 à 12h00, 14h00 à 18h00".into()));
        assert!(!today(&oh, at(2026, 11, 30, 13, 0)).0);
        assert_eq!(today(&oh, at(2026, 12, 1, 10, 0)), (false, "Fermé aujourd’hui".into()));
    }

    #[test]
    fn a_week_reads_in_french_from_monday() {
        let oh = parse("Tu,Th 09:00-19:00; We 14:00-19:00").unwrap();
        let saturday = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(week(&oh, saturday), ["mardi : 9h00 à 19h00", "mercredi : 14h00 à 19h00", "jeudi : 9h00 à 19h00"]);
    }

    #[test]
    fn invalid_hours_are_refused() {
        assert!(parse("n'importe quand").is_none());
    }
}
