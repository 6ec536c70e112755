//! The Aidants Connect structures list (CSV): one row per habilitated structure, with its SIRET
//! (often as a spreadsheet float, « 20007055500087.0 ») and whether it is also a France Services.

use super::{build, cell, collect, Draft};
use crate::locate::Place;
use crate::read::{code5, siret, Table};
use crate::rules::{AIDANTS_CONNECT, FRANCE_SERVICES};
use crate::{Context, FileError, Parsed, Skipped};
use domain::taxonomy::Programme;

const FORMAT: &str = "structures Aidants Connect";

pub fn recognises(table: &Table) -> bool {
    table.has_all(&["Name", "City Insee Code", "Siret"])
}

pub fn parse(table: &Table, ctx: &Context) -> Result<Parsed, FileError> {
    let cols = table.require(FORMAT, &["ID", "Name", "City Insee Code", "Address", "Zip Code", "City"])?;
    let [id, nom, insee, adresse, cp, city] = cols[..] else { return Err(FileError::UnknownFormat) };
    let mut parsed = Parsed { format: FORMAT.into(), ..Parsed::default() };
    for row in &table.rows {
        if row.named(table, "Is Active").eq_ignore_ascii_case("false") {
            parsed.skipped.push(Skipped { line: row.line, nom: row.get(nom).into(), reason: "structure Aidants Connect inactive".into() });
            continue;
        }
        let france_services = row.named(table, "France Services Label").eq_ignore_ascii_case("true");
        let (insee_code, postcode) = (code5(row.get(insee)), code5(row.get(cp)));
        // « 10 Rue de la Poste 01290 Pont-de-Veyle »: the street alone, when the postcode is repeated.
        let street = row.get(adresse).split(&format!(" {postcode}")).next().unwrap_or_default().to_owned();
        let mut dispositifs = vec![Programme::AidantsConnect];
        if france_services {
            dispositifs.push(Programme::FranceServices);
        }
        let draft = Draft {
            line: row.line,
            source: "aidants-connect".into(),
            cle: row.get(id).into(),
            nom: row.get(nom).into(),
            adresse: street,
            // The City column is the aidants' city, not always the structure's: the address's postcode
            // and the INSEE code say where it is, the name only confirms.
            place: Place { insee: &insee_code, code_postal: &postcode, commune: row.get(city), lon: None, lat: None },
            siret: siret(row.named(table, "Siret")),
            telephone: cell(row.named(table, "Phone")),
            dispositifs,
            ..Draft::default()
        };
        collect(
            &mut parsed,
            build(ctx, draft, |id, zone| {
                let mut out = vec![AIDANTS_CONNECT.service(id, zone.clone())];
                if france_services {
                    out.push(FRANCE_SERVICES.service(id, zone.clone()));
                }
                out
            }),
        );
    }
    Ok(parsed)
}
