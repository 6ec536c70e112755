//! The structures employing conseillers numériques (ANCT, 2023): employers, not places where people
//! go. Useful for matching: a row enriches the place already known under the same SIRET in the same
//! commune (its SIRET, the Conseillers numériques label), and creates nothing; a row that matches no
//! place is reported as left out.

use super::{build, collect, Draft};
use crate::locate::Place;
use crate::read::{code5, siret, Table};
use crate::{Context, FileError, Parsed};
use domain::taxonomy::Programme;

const FORMAT: &str = "structures employeuses de conseillers numériques (ANCT)";

pub fn recognises(table: &Table) -> bool {
    table.has_all(&["Raison sociale", "SIRET", "Code commune INSEE"])
}

pub fn parse(table: &Table, ctx: &Context) -> Result<Parsed, FileError> {
    let cols = table.require(FORMAT, &["Raison sociale", "SIRET", "Adresse", "Code commune INSEE", "Code postal"])?;
    let [nom, siret_col, adresse, insee, cp] = cols[..] else { return Err(FileError::UnknownFormat) };
    let mut parsed = Parsed { format: FORMAT.into(), ..Parsed::default() };
    for row in &table.rows {
        let (insee_code, postcode) = (code5(row.get(insee)), code5(row.get(cp)));
        // « 32 CRS DE VERDUN 01000 BOURG-EN-BRESSE »: the street alone.
        let street = row.get(adresse).split(&format!(" {postcode}")).next().unwrap_or_default().trim().to_owned();
        let mut dispositifs = vec![Programme::ConseillersNumeriques];
        if row.named(table, "France services").eq_ignore_ascii_case("oui") {
            dispositifs.push(Programme::FranceServices);
        }
        let siret = siret(row.get(siret_col));
        let draft = Draft {
            line: row.line,
            source: "cnfs-structures".into(),
            cle: siret.clone().unwrap_or_default(),
            nom: row.get(nom).into(),
            adresse: street,
            place: Place { insee: &insee_code, code_postal: &postcode, commune: row.named(table, "Commune INSEE"), lon: None, lat: None },
            siret,
            dispositifs,
            enrich_only: true,
            ..Draft::default()
        };
        collect(&mut parsed, build(ctx, draft, |_, _| Vec::new()));
    }
    Ok(parsed)
}
