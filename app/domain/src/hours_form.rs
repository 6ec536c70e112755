//! Opening hours as people fill them in (each day: a morning and an afternoon range) and as the
//! standards store them (an OSM `opening_hours` string). Writing the string by hand is error-prone;
//! the form writes it, and reads back the strings it can show as a grid.

use super::seance::parse_time;

pub const DAYS: [(&str, &str); 7] =
    [("Mo", "Lundi"), ("Tu", "Mardi"), ("We", "Mercredi"), ("Th", "Jeudi"), ("Fr", "Vendredi"), ("Sa", "Samedi"), ("Su", "Dimanche")];

/// Up to two ranges per day, `HH:MM` each; empty strings for none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Week(pub [[(String, String); 2]; 7]);

impl Week {
    /// The OSM string, days with the same ranges grouped (`Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00`).
    /// `None` when no day has a range. Errors name the day, in French.
    pub fn to_osm(&self) -> Result<Option<String>, String> {
        let mut days: Vec<String> = Vec::with_capacity(7);
        for (i, slots) in self.0.iter().enumerate() {
            let mut ranges = Vec::new();
            let mut previous_end = None;
            for (start, end) in slots {
                let (start, end) = (start.trim(), end.trim());
                if start.is_empty() && end.is_empty() {
                    continue;
                }
                let day = DAYS[i].1;
                let (Some(s), Some(e)) = (parse_time(start), parse_time(end)) else {
                    return Err(format!("{day} : indiquez l’heure d’ouverture et l’heure de fermeture, au format 09:00."));
                };
                if s >= e {
                    return Err(format!("{day} : l’heure de fermeture doit être après l’heure d’ouverture."));
                }
                if previous_end.is_some_and(|p| s < p) {
                    return Err(format!("{day} : les deux plages horaires se chevauchent."));
                }
                previous_end = Some(e);
                ranges.push(format!("{start}-{end}"));
            }
            days.push(ranges.join(","));
        }
        let mut rules = Vec::new();
        let mut i = 0;
        while i < 7 {
            let mut j = i;
            while j + 1 < 7 && days[j + 1] == days[i] {
                j += 1;
            }
            if !days[i].is_empty() {
                let span = if j == i { DAYS[i].0.to_owned() } else { format!("{}-{}", DAYS[i].0, DAYS[j].0) };
                rules.push(format!("{span} {}", days[i]));
            }
            i = j + 1;
        }
        Ok((!rules.is_empty()).then(|| rules.join("; ")))
    }

    /// The grid for strings of the simple shape the form writes; `None` for anything richer
    /// (public holidays, weeks, months…), which then stays editable as text.
    pub fn from_osm(osm: &str) -> Option<Week> {
        let mut week = Week::default();
        let mut seen = [false; 7];
        for rule in osm.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            let (span, ranges) = rule.split_once(' ')?;
            let days: Vec<usize> = span
                .split(',')
                .map(|part| match part.split_once('-') {
                    Some((a, b)) => Some((day_index(a)?..=day_index(b)?).collect::<Vec<_>>()),
                    None => Some(vec![day_index(part)?]),
                })
                .collect::<Option<Vec<_>>>()?
                .concat();
            let ranges: Vec<(String, String)> = ranges
                .trim()
                .split(',')
                .map(|r| {
                    let (s, e) = r.trim().split_once('-')?;
                    parse_time(s)?;
                    parse_time(e)?;
                    Some((s.to_owned(), e.to_owned()))
                })
                .collect::<Option<_>>()?;
            if ranges.is_empty() || ranges.len() > 2 {
                return None;
            }
            for d in days {
                if std::mem::replace(&mut seen[d], true) {
                    return None;
                }
                for (k, r) in ranges.iter().enumerate() {
                    week.0[d][k] = r.clone();
                }
            }
        }
        Some(week)
    }
}

fn day_index(code: &str) -> Option<usize> {
    DAYS.iter().position(|(c, _)| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(rows: &[(usize, &str, &str, &str, &str)]) -> Week {
        let mut w = Week::default();
        for (d, a, b, c, e) in rows {
            w.0[*d] = [(a.to_string(), b.to_string()), (c.to_string(), e.to_string())];
        }
        w
    }

    #[test]
    fn days_with_the_same_hours_are_grouped() {
        let w = week(&[
            (0, "09:00", "12:00", "14:00", "17:00"),
            (1, "09:00", "12:00", "14:00", "17:00"),
            (2, "09:00", "12:00", "", ""),
            (5, "09:00", "12:00", "", ""),
        ]);
        assert_eq!(w.to_osm().unwrap().unwrap(), "Mo-Tu 09:00-12:00,14:00-17:00; We 09:00-12:00; Sa 09:00-12:00");
    }

    #[test]
    fn an_empty_week_has_no_hours_and_a_half_filled_range_is_refused() {
        assert_eq!(Week::default().to_osm(), Ok(None));
        assert!(week(&[(0, "09:00", "", "", "")]).to_osm().unwrap_err().starts_with("Lundi"));
        assert!(week(&[(4, "12:00", "09:00", "", "")]).to_osm().unwrap_err().contains("après"));
        assert!(week(&[(4, "09:00", "13:00", "12:00", "17:00")]).to_osm().unwrap_err().contains("chevauchent"));
    }

    #[test]
    fn what_the_form_writes_it_reads_back_and_richer_strings_stay_text() {
        let w = week(&[(0, "09:00", "12:00", "14:00", "17:00"), (1, "09:00", "12:00", "14:00", "17:00"), (6, "10:00", "11:30", "", "")]);
        let osm = w.to_osm().unwrap().unwrap();
        assert_eq!(Week::from_osm(&osm), Some(w));
        assert!(Week::from_osm("Mo-Fr 09:00-12:00; PH off").is_none());
        assert!(Week::from_osm("Mo 09:00-12:00; Mo 14:00-15:00").is_none());
        assert!(Week::from_osm("24/7").is_none());
    }
}
