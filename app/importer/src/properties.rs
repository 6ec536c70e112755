//! Whatever a file holds, reading it ends with a report or a file error, never a panic: arbitrary
//! bytes, and arbitrary cells under each format's real header.

use crate::{parse, Context};
use domain::commune_search::Gazetteer;
use proptest::prelude::*;
use std::sync::OnceLock;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::new(domain::test_data::geography()))
}

fn read(bytes: &[u8]) {
    let valid = |h: &str| h.len() < 40;
    let ctx = Context { gazetteer: gazetteer(), date: "2026-01-01".into(), hours_valid: &valid };
    if let Ok(parsed) = parse(bytes, &ctx) {
        // Whatever was read can be planned and reported too.
        let plan = crate::merge::plan(&[], &[], parsed);
        let _ = crate::report::render("f", &plan, false);
    }
}

const HEADERS: &[&str] = &[
    "id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi",
    "id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,horaires,source,date_maj,pivot,prise_rdv",
    "Name,ID,Is Active,City Insee Code,Address,Zip Code,Siret,France Services Label,City",
    "id_annuaire,type,nom,code_insee,adresse,code_postal,commune,telephone,courriel,site",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        read(&bytes);
    }

    #[test]
    fn arbitrary_rows_under_a_real_header_never_panic(
        header in 0..HEADERS.len(),
        rows in proptest::collection::vec(proptest::collection::vec("[0-9A-Za-zéè ;,|\"\\-:.]{0,12}", 0..16), 0..6),
    ) {
        let mut text = HEADERS[header].to_owned();
        for row in rows {
            text.push('\n');
            text.push_str(&row.join(","));
        }
        read(text.as_bytes());
    }

    #[test]
    fn arbitrary_json_records_never_panic(values in proptest::collection::vec(("[a-z_]{1,10}", "[0-9A-Za-z .|;]{0,12}"), 0..12)) {
        let fields: Vec<String> = values.iter().map(|(k, v)| format!("{k:?}: {v:?}")).collect();
        let text = format!("[{{\"id\": \"1\", \"nom\": \"x\", {}}}]", fields.join(", "));
        read(text.as_bytes());
    }
}
