//! The local directory of public offices (service-public.fr « Annuaire de l’administration », 2019
//! extract): missions locales, Information Jeunesse, CLIC and MSAP become places with the services
//! their kind implies (`rules`); the other kinds (CIO, préfectures, PMI…) are left out, and the
//! report says so.

use super::{build, cell, collect, Draft};
use crate::locate::Place;
use crate::read::{code5, Table};
use crate::rules::{Rule, ADIL, CLIC, INFORMATION_JEUNESSE, MISSION_LOCALE, MSAP};
use crate::{Context, FileError, Parsed, Skipped};

const FORMAT: &str = "Annuaire de l’administration (service-public.fr)";

pub fn recognises(table: &Table) -> bool {
    table.has_all(&["id_annuaire", "type", "nom"])
}

/// What a kind of office implies, if Aiguillage orients to it.
fn rule(kind: &str) -> Option<&'static Rule> {
    Some(match kind {
        "mission_locale" => &MISSION_LOCALE,
        "cij" => &INFORMATION_JEUNESSE,
        "clic" => &CLIC,
        // The maisons de services au public: a label that ended in 2022, never shown as current.
        "msap" => &MSAP,
        "adil" => &ADIL,
        _ => return None,
    })
}

pub fn parse(table: &Table, ctx: &Context) -> Result<Parsed, FileError> {
    let cols = table.require(FORMAT, &["id_annuaire", "type", "nom", "code_insee", "adresse", "code_postal", "commune"])?;
    let [id, kind, nom, insee, adresse, cp, commune] = cols[..] else { return Err(FileError::UnknownFormat) };
    let mut parsed = Parsed { format: FORMAT.into(), ..Parsed::default() };
    for row in &table.rows {
        let Some(rule) = rule(row.get(kind)) else {
            parsed.skipped.push(Skipped {
                line: row.line,
                nom: row.get(nom).into(),
                reason: format!("type « {} » : pas d’aide numérique ni aux démarches connue", row.get(kind)),
            });
            continue;
        };
        let (insee_code, postcode) = (code5(row.get(insee)), code5(row.get(cp)));
        let draft = Draft {
            line: row.line,
            source: "annuaire-administration".into(),
            cle: row.get(id).into(),
            nom: row.get(nom).into(),
            adresse: row.get(adresse).into(),
            place: Place { insee: &insee_code, code_postal: &postcode, commune: row.get(commune), lon: None, lat: None },
            telephone: cell(row.named(table, "telephone")),
            courriel: cell(row.named(table, "courriel")),
            site_web: cell(row.named(table, "site")),
            ..Draft::default()
        };
        collect(&mut parsed, build(ctx, draft, |id, zone| vec![rule.service(id, zone.clone())]));
    }
    Ok(parsed)
}
