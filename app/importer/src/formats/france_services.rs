//! The ANCT list of France Services (`liste-fs-AAAAMMJJ.csv`, Licence Ouverte 2.0), in its 2022 and
//! 2024 shapes: one row per site, its opening hours in one column per day (« 09:00 - 12:00 / 13:30 -
//! 17:00 »), its `id_fs` stable from one list to the next.

use super::{build, cell, collect, coordinates, Draft};
use crate::locate::Place;
use crate::read::{code5, street, Table};
use crate::rules::FRANCE_SERVICES;
use crate::{Context, FileError, Parsed, Skipped};
use domain::taxonomy::Programme;

const FORMAT: &str = "liste France Services (ANCT)";
const DAYS: [(&str, &str); 7] = [
    ("h_lundi", "Mo"),
    ("h_mardi", "Tu"),
    ("h_mercredi", "We"),
    ("h_jeudi", "Th"),
    ("h_vendredi", "Fr"),
    ("h_samedi", "Sa"),
    ("h_dimanche", "Su"),
];

pub fn recognises(table: &Table) -> bool {
    table.has_all(&["id_fs", "lib_fs"])
}

/// « 09:00 - 12:00 / 13:30 - 17:00 » → « 09:00-12:00,13:30-17:00 »; `None` when a range is not two times.
fn day_ranges(cell: &str) -> Option<String> {
    let mut ranges = Vec::new();
    for range in cell.split('/').map(str::trim).filter(|r| !r.is_empty()) {
        let (from, to) = range.split_once('-')?;
        let time = |t: &str| {
            let t = t.trim().replace('h', ":");
            let (h, m) = t.split_once(':')?;
            let (h, m) = (h.trim().parse::<u32>().ok()?, if m.trim().is_empty() { 0 } else { m.trim().parse::<u32>().ok()? });
            (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
        };
        ranges.push(format!("{}-{}", time(from)?, time(to)?));
    }
    Some(ranges.join(","))
}

/// The week as one OSM `opening_hours` string, consecutive days with the same hours grouped
/// (« Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00 »). `Err` names the day that could not be read.
pub fn week_hours(days: &[(&'static str, &str)]) -> Result<Option<String>, &'static str> {
    let mut parsed: Vec<(&str, String)> = Vec::new();
    for (osm, cell) in days {
        if cell.trim().is_empty() {
            continue;
        }
        parsed.push((osm, day_ranges(cell).ok_or(*osm)?));
    }
    let order = |d: &str| DAYS.iter().position(|(_, o)| *o == d).unwrap_or_default();
    let mut groups: Vec<(usize, usize, String)> = Vec::new();
    for (day, hours) in parsed {
        let i = order(day);
        match groups.last_mut() {
            Some((_, last, h)) if *h == hours && *last + 1 == i => *last = i,
            _ => groups.push((i, i, hours)),
        }
    }
    let rules: Vec<String> = groups
        .iter()
        .map(|(a, b, h)| if a == b { format!("{} {h}", DAYS[*a].1) } else { format!("{}-{} {h}", DAYS[*a].1, DAYS[*b].1) })
        .collect();
    Ok((!rules.is_empty()).then(|| rules.join("; ")))
}

pub fn parse(table: &Table, ctx: &Context) -> Result<Parsed, FileError> {
    let cols = table.require(FORMAT, &["id_fs", "lib_fs", "adresse", "insee_com", "code_postal", "lib_com"])?;
    let [id, nom, adresse, insee, cp, commune] = cols[..] else { return Err(FileError::UnknownFormat) };
    let mut parsed = Parsed { format: FORMAT.into(), ..Parsed::default() };
    for row in &table.rows {
        // The 2022 list has antennes and sites principaux; both are places people go to.
        if row.named(table, "itinerance").eq_ignore_ascii_case("oui") && row.get(adresse).is_empty() {
            parsed.skipped.push(Skipped {
                line: row.line,
                nom: row.get(nom).into(),
                reason: "France Services itinérante sans adresse".into(),
            });
            continue;
        }
        let days: Vec<(&'static str, &str)> = DAYS.iter().map(|(col, osm)| (*osm, row.named(table, col))).collect();
        let mut note = None;
        let horaires = week_hours(&days).unwrap_or_else(|day| {
            note = Some(format!("horaires du jour « {day} » illisibles : horaires laissés de côté"));
            None
        });
        let street = street(row.get(adresse), row.named(table, "complement_adresse"));
        let (insee_code, postcode) = (code5(row.get(insee)), code5(row.get(cp)));
        let (lon, lat) = coordinates(row.named(table, "longitude"), row.named(table, "latitude"));
        let draft = Draft {
            line: row.line,
            source: "france-services".into(),
            cle: row.get(id).into(),
            nom: row.get(nom).into(),
            adresse: street,
            place: Place { insee: &insee_code, code_postal: &postcode, commune: row.get(commune), lon, lat },
            telephone: cell(row.named(table, "telephone")),
            courriel: cell(row.named(table, "mail")),
            // « Non », « Oui » in 2024: `build` keeps only a link.
            prise_rdv: cell(row.named(table, "prise_rdv")),
            horaires,
            dispositifs: vec![Programme::FranceServices],
            ..Draft::default()
        };
        let mut outcome = build(ctx, draft, |id, zone| vec![FRANCE_SERVICES.service(id, zone.clone())]);
        if let (Ok(c), Some(n)) = (outcome.as_mut(), note) {
            c.notes.push(n);
        }
        collect(&mut parsed, outcome);
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn daily_columns_become_one_grouped_osm_string() {
        let days = [
            ("Mo", "09:00 - 12:00 / 13:30 - 17:00"),
            ("Tu", "09:00 - 12:00 / 13:30 - 17:00"),
            ("We", ""),
            ("Th", "09:00 - 12:00"),
            ("Fr", "09:00 - 12:00"),
            ("Sa", ""),
        ];
        assert_eq!(week_hours(&days).unwrap().as_deref(), Some("Mo-Tu 09:00-12:00,13:30-17:00; Th-Fr 09:00-12:00"));
        assert_eq!(week_hours(&[("Mo", "")]).unwrap(), None);
        assert_eq!(week_hours(&[("Mo", "le matin")]), Err("Mo"));
    }
}
