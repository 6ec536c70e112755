//! Tournées and permanences « hors les murs »: the places a service comes to, and when. A bus numérique
//! that stops on the market square of Izernore on the 1st and 3rd Tuesday, a France services that holds
//! a permanence in the mairie of Tenay on Fridays. For someone who cannot travel, a passage in their own
//! commune is the nearest help there is, so the engine places it at the commune tier.
//!
//! When is written in OSM `opening_hours`, the syntax both national standards use for hours: the
//! common cases (« chaque mardi », « le 1er et le 3e mardi du mois ») have a structured form
//! ([`Rule`]) that the back-office fills in and reads back, anything else is typed as it is. Dated
//! exceptions (a cancelled passage, an extra one) are kept apart, so that a person can edit them and a
//! card can say them. The server evaluates the `opening_hours` over the coming weeks
//! (`hours::HoursTable::dated`); what follows (the next passage, in words) is computed here, the same
//! online and offline.

use super::geo::InseeCode;
use super::langue::Langue;
use super::seance::LocalDateTime;
use super::textes::Arg;
use serde::{Deserialize, Serialize};

/// How many days ahead the passages are evaluated: a monthly passage always has one in that window.
pub const HORIZON_DAYS: usize = 42;

/// One place a service comes to, on a recurring time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// Stable within its service (« p1 », « p2 »…): a form removes this passage, not « the third ».
    pub id: String,
    pub code_insee: InseeCode,
    /// The commune's name, as the card says it.
    pub commune: String,
    /// « Salle des fêtes », « Mairie », « Marché, place de l’Église »: what people look for on site.
    pub lieu: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adresse: Option<String>,
    /// OSM `opening_hours`: « Tu[1,3] 09:00-12:00 ».
    pub horaires: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<Exception>,
}

/// A dated change to the rule: no passage that day, or an extra one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exception {
    /// `AAAA-MM-JJ`.
    pub date: String,
    /// An extra passage that day, these hours (minutes from midnight); none: no passage that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heures: Option<(u16, u16)>,
}

/// One passage on one day: `AAAA-MM-JJ`, from, to (minutes from midnight).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Occurrence {
    pub date: String,
    pub debut: u16,
    pub fin: u16,
}

impl Passage {
    /// The passages from `today` on, in order: `evaluated` (the rule's dates, as the server evaluated
    /// them) without the cancelled days, with the extra ones.
    pub fn occurrences(&self, evaluated: &[Occurrence], today: &str) -> Vec<Occurrence> {
        let cancelled = |date: &str| self.exceptions.iter().any(|e| e.date == date && e.heures.is_none());
        let extra = self.exceptions.iter().filter_map(|e| e.heures.map(|(debut, fin)| Occurrence { date: e.date.clone(), debut, fin }));
        let mut out: Vec<Occurrence> =
            evaluated.iter().filter(|o| !cancelled(&o.date)).cloned().chain(extra).filter(|o| o.date.as_str() >= today).collect();
        out.sort();
        out.dedup();
        out
    }

    /// « Passe à Tenay le vendredi 11 décembre 2026, 9h00 à 12h30, Mairie », in the page's language.
    pub fn line(&self, next: &Occurrence, langue: Langue) -> String {
        let date = LocalDateTime::parse(&next.date, "00:00").map(|d| d.date_in(langue)).unwrap_or_else(|| next.date.clone());
        let heures =
            langue.tr("plage-horaire", &[("debut", Arg::Text(&langue.hour(next.debut))), ("fin", Arg::Text(&langue.hour(next.fin)))]);
        let lieu = match &self.adresse {
            Some(a) => format!("{}, {a}", self.lieu),
            None => self.lieu.clone(),
        };
        let args =
            [("commune", Arg::Text(&self.commune)), ("date", Arg::Text(&date)), ("heures", Arg::Text(&heures)), ("lieu", Arg::Text(&lieu))];
        langue.tr("passage-prochain", &args)
    }

    /// « Passe à Tenay : chaque vendredi, de 9h00 à 12h30 (Mairie) », when no date falls in the coming
    /// weeks or the hours were not evaluated.
    pub fn rule_line(&self) -> String {
        let when = Rule::from_osm(&self.horaires).map_or_else(|| self.horaires.clone(), |r| r.french());
        format!("Passe à {} : {when} ({})", self.commune, self.lieu)
    }
}

/// The next passage of each of `passages`, the person's commune (`insee`) first, then by date: what a
/// card says. Passages with no date in the coming weeks say their rule instead.
pub fn next_lines(
    passages: &[Passage],
    dated: impl Fn(&str) -> Option<Vec<Occurrence>>,
    today: &str,
    insee: Option<&InseeCode>,
    langue: Langue,
) -> Vec<String> {
    let mut lines: Vec<(bool, Option<Occurrence>, String)> = passages
        .iter()
        .map(|p| {
            let next = dated(&p.horaires).and_then(|d| p.occurrences(&d, today).into_iter().next());
            let line = next.as_ref().map_or_else(|| p.rule_line(), |n| p.line(n, langue));
            (Some(&p.code_insee) != insee, next, line)
        })
        .collect();
    lines.sort_by(|a, b| (a.0, a.1.is_none(), &a.1).cmp(&(b.0, b.1.is_none(), &b.1)));
    lines.into_iter().map(|(_, _, line)| line).collect()
}

/// The OSM day codes, Monday first.
pub const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// The structured form of the common rules: one day of the week, every week or some weeks of the
/// month, one time range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// 0 = Monday.
    pub jour: usize,
    /// Which occurrences of that day in the month (1 to 5); empty: every week.
    pub rangs: Vec<u8>,
    pub debut: u16,
    pub fin: u16,
}

fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn parse_hhmm(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

impl Rule {
    /// « Tu[1,3] 09:00-12:00 », « Fr 09:00-12:30 ».
    pub fn to_osm(&self) -> String {
        let rangs = if self.rangs.is_empty() {
            String::new()
        } else {
            format!("[{}]", self.rangs.iter().map(u8::to_string).collect::<Vec<_>>().join(","))
        };
        format!("{}{rangs} {}-{}", DAYS[self.jour % 7], hhmm(self.debut), hhmm(self.fin))
    }

    /// The rule an OSM string written by [`Rule::to_osm`] says, if it is one of those.
    pub fn from_osm(raw: &str) -> Option<Rule> {
        let (day, range) = raw.trim().split_once(' ')?;
        let (code, rangs) = match day.split_once('[') {
            Some((code, rest)) => {
                let list = rest.strip_suffix(']')?;
                let rangs: Option<Vec<u8>> = list.split(',').map(|n| n.parse().ok().filter(|n| (1..=5).contains(n))).collect();
                (code, rangs?)
            }
            None => (day, vec![]),
        };
        let jour = DAYS.iter().position(|d| *d == code)?;
        let (debut, fin) = range.split_once('-')?;
        let (debut, fin) = (parse_hhmm(debut)?, parse_hhmm(fin)?);
        (debut < fin).then_some(Rule { jour, rangs, debut, fin })
    }

    /// « le 1er et le 3e mardi du mois, de 9h00 à 12h00 », « chaque vendredi, de 9h00 à 12h30 ».
    pub fn french(&self) -> String {
        let day = super::seance::WEEKDAYS[self.jour % 7];
        let hours = format!("de {} à {}", french_hour(self.debut), french_hour(self.fin));
        if self.rangs.is_empty() {
            return format!("chaque {day}, {hours}");
        }
        let ranks: Vec<String> = self.rangs.iter().map(|r| if *r == 1 { "le 1er".to_owned() } else { format!("le {r}e") }).collect();
        let ranks = match ranks.split_last() {
            Some((last, first)) if !first.is_empty() => format!("{} et {last}", first.join(", ")),
            _ => ranks.concat(),
        };
        format!("{ranks} {day} du mois, {hours}")
    }
}

/// « 9h00 », as the back-office writes hours.
pub fn french_hour(minutes: u16) -> String {
    format!("{}h{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
#[path = "passage_tests.rs"]
mod tests;
