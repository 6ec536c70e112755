//! Opening hours once evaluated: the open ranges of each day of one week. The server evaluates the OSM
//! `opening_hours` strings (holidays included) for the seven days from today; everything after that —
//! when a place is open for the engine, what a card says today, a week in French — is computed here,
//! so the server and the offline engine (which has only the evaluated week) say exactly the same.

use super::directory::Directory;
use super::engine::Openings;
use super::flow::Availability;
use super::langue::Langue;
use super::passage::Occurrence;
use super::textes::Arg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// After this time (minutes from midnight), an opening counts as « le soir ».
const EVENING: u16 = 18 * 60;
const DAY_START: u16 = 9 * 60;

/// Open ranges (minutes from midnight, start < end) of each day, Monday first.
pub type WeekRanges = [Vec<(u16, u16)>; 7];

/// A moment on the wall clocks of the Ain: what a card needs to say « ouvert maintenant ».
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    /// « 2026-11-28 ».
    pub date: String,
    /// 0 for Monday … 6 for Sunday.
    pub weekday: usize,
    /// Minutes from midnight.
    pub minutes: u16,
}

impl Moment {
    /// « 28/11/2026 ».
    pub fn french_date(&self) -> String {
        super::result::french_date(&self.date)
    }
}

/// The week of every opening-hours string of a directory, by the string itself (many places share one),
/// and the dated passages of every tournée's or permanence's string over the coming weeks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HoursTable {
    pub weeks: BTreeMap<String, WeekRanges>,
    /// By `opening_hours` string of a [`crate::passage::Passage`]: its days over
    /// [`crate::passage::HORIZON_DAYS`] from the table's day.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dated: BTreeMap<String, Vec<Occurrence>>,
}

impl HoursTable {
    /// The table for every string `evaluate` understands (the others are unknown hours, not « closed »),
    /// and every passage's string `evaluate_dated` understands.
    pub fn of_directory(
        directory: &Directory,
        mut evaluate: impl FnMut(&str) -> Option<WeekRanges>,
        mut evaluate_dated: impl FnMut(&str) -> Option<Vec<Occurrence>>,
    ) -> Self {
        let raws = directory.structures().iter().map(|s| &s.horaires).chain(directory.services().iter().map(|s| &s.horaires));
        let mut weeks = BTreeMap::new();
        for raw in raws.flatten() {
            if !weeks.contains_key(raw) {
                if let Some(week) = evaluate(raw) {
                    weeks.insert(raw.clone(), week);
                }
            }
        }
        let mut dated = BTreeMap::new();
        for passage in directory.services().iter().flat_map(|s| &s.passages) {
            if !dated.contains_key(&passage.horaires) {
                if let Some(days) = evaluate_dated(&passage.horaires) {
                    dated.insert(passage.horaires.clone(), days);
                }
            }
        }
        HoursTable { weeks, dated }
    }

    pub fn week(&self, raw: Option<&str>) -> Option<&WeekRanges> {
        self.weeks.get(raw?)
    }

    /// The days of a passage's `opening_hours` over the coming weeks, when it was evaluated.
    pub fn dated(&self, raw: &str) -> Option<Vec<Occurrence>> {
        self.dated.get(raw).cloned()
    }

    /// When each structure and service is open, as the engine wants it.
    pub fn openings(&self, directory: &Directory) -> Openings {
        let structures = directory.structures().iter().map(|s| (&s.id, &s.horaires));
        let services = directory.services().iter().map(|s| (&s.id, &s.horaires));
        structures.chain(services).filter_map(|(id, raw)| Some((id.clone(), availability(self.week(raw.as_deref())?)))).collect()
    }
}

/// When the place is open during the week: weekdays in the day, evenings, week-ends.
pub fn availability(week: &WeekRanges) -> Vec<Availability> {
    let mut out = Vec::new();
    for (day, ranges) in week.iter().enumerate() {
        for &(start, end) in ranges {
            let found =
                if day >= 5 { Some(Availability::Weekend) } else { (start < EVENING && end > DAY_START).then_some(Availability::Semaine) };
            let evening = (end > EVENING + 30).then_some(Availability::Soir);
            for a in [found, evening].into_iter().flatten() {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
    }
    out.sort();
    out
}

fn ranges_text(ranges: &[(u16, u16)], langue: Langue) -> String {
    let range =
        |(s, e): &(u16, u16)| langue.tr("plage-horaire", &[("debut", Arg::Text(&langue.hour(*s))), ("fin", Arg::Text(&langue.hour(*e)))]);
    ranges.iter().map(range).collect::<Vec<_>>().join(", ")
}

/// « Ouvert maintenant. Aujourd’hui : 9h00 à 12h00, 14h00 à 18h00 », or « Fermé aujourd’hui », in the
/// page's language.
pub fn today(week: &WeekRanges, now: &Moment, langue: Langue) -> (bool, String) {
    let ranges = &week[now.weekday % 7];
    if ranges.is_empty() {
        return (false, langue.t("ferme-aujourdhui"));
    }
    let open_now = ranges.iter().any(|&(s, e)| s <= now.minutes && now.minutes < e);
    let key = if open_now { "ouvert-maintenant" } else { "ferme-maintenant" };
    (open_now, langue.tr(key, &[("heures", Arg::Text(&ranges_text(ranges, langue)))]))
}

/// The open days, Monday first: « mardi : 9h00 à 12h00, 14h00 à 18h00 ».
pub fn week_lines(week: &WeekRanges, langue: Langue) -> Vec<String> {
    let line = |(day, r): (usize, &Vec<(u16, u16)>)| {
        let name = langue.t(&format!("jour-{day}"));
        langue.tr("jour-ligne", &[("jour", Arg::Text(&name)), ("heures", Arg::Text(&ranges_text(r, langue)))])
    };
    week.iter().enumerate().filter(|(_, r)| !r.is_empty()).map(line).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(days: &[(usize, u16, u16)]) -> WeekRanges {
        let mut w: WeekRanges = Default::default();
        for &(d, s, e) in days {
            w[d].push((s * 60, e * 60));
        }
        w
    }

    #[test]
    fn weekday_evening_and_weekend_openings_are_told_apart() {
        // LAB01's hours in the seed: Tuesday and Thursday until 19:00.
        let lab = week(&[(1, 9, 19), (2, 14, 19), (3, 9, 19), (4, 14, 19)]);
        assert_eq!(availability(&lab), [Availability::Semaine, Availability::Soir]);
        let saturday_morning = week(&[(0, 9, 12), (5, 9, 12)]);
        assert_eq!(availability(&saturday_morning), [Availability::Semaine, Availability::Weekend]);
        assert_eq!(availability(&week(&[])), []);
    }

    #[test]
    fn today_says_whether_it_is_open_now_and_its_hours() {
        let mut w = week(&[(0, 9, 12)]);
        w[0].push((14 * 60, 18 * 60));
        let monday = |h: u16| Moment { date: "2026-11-30".into(), weekday: 0, minutes: h * 60 };
        assert_eq!(today(&w, &monday(10), Langue::Fr), (true, "Ouvert maintenant. Aujourd’hui : 9h00 à 12h00, 14h00 à 18h00".into()));
        assert!(!today(&w, &monday(13), Langue::Fr).0);
        assert!(!today(&w, &monday(18), Langue::Fr).0, "closing time is closed");
        let tuesday = Moment { date: "2026-12-01".into(), weekday: 1, minutes: 600 };
        assert_eq!(today(&w, &tuesday, Langue::Fr), (false, "Fermé aujourd’hui".into()));
    }

    #[test]
    fn a_week_reads_in_french_from_monday() {
        let w = week(&[(3, 9, 19), (1, 9, 19), (2, 14, 19)]);
        assert_eq!(week_lines(&w, Langue::Fr), ["mardi : 9h00 à 19h00", "mercredi : 14h00 à 19h00", "jeudi : 9h00 à 19h00"]);
    }

    #[test]
    fn hours_read_as_each_language_writes_them() {
        let w = week(&[(0, 9, 12)]);
        let monday = Moment { date: "2026-11-30".into(), weekday: 0, minutes: 600 };
        assert_eq!(today(&w, &monday, Langue::En).1, "Open now. Today: 9:00–12:00");
        assert_eq!(week_lines(&w, Langue::Tr), ["Pazartesi: 9:00–12:00"]);
        assert_eq!(week_lines(&w, Langue::Uk), ["понеділок: 9:00–12:00"]);
    }

    #[test]
    fn a_moment_gives_its_date_the_french_way() {
        assert_eq!(Moment { date: "2026-11-28".into(), weekday: 5, minutes: 0 }.french_date(), "28/11/2026");
    }
}
