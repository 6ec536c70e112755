use super::*;
use crate::{parse, Context};
use domain::commune_search::Gazetteer;
use domain::directory::{Structure, CORRECTION};
use std::sync::OnceLock;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::new(domain::test_data::geography()))
}

fn read(text: &str, date: &str) -> crate::Parsed {
    let valid = |h: &str| !h.contains("n'importe");
    parse(text.as_bytes(), &Context { gazetteer: gazetteer(), date: date.into(), hours_valid: &valid }).unwrap()
}

const FS_HEADER: &str = "id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs";

fn fs_row(id: &str, nom: &str, phone: &str) -> String {
    format!("{id},01,{nom},57 Rue René Nicod,,01269,01130,Nantua,46.1536,5.6076,nantua@france-services.gouv.fr,{phone},09:00 - 12:00,09:00 - 12:00,,,,,Non,,Principal,Fixe,,")
}

fn import(existing: &[Structure], text: &str, date: &str) -> Plan {
    plan(existing, &[], read(text, date))
}

fn applied(mut existing: Vec<Structure>, p: &Plan) -> Vec<Structure> {
    crate::seed::apply(&mut existing, &mut Vec::new(), p);
    existing
}

#[test]
fn a_new_place_is_created_to_be_checked_with_its_source_and_date() {
    let p = import(&[], &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 00 00")), "2024-08-01");
    assert_eq!(p.created(), 1);
    let s = &p.structures[0];
    assert_eq!(s.id, "france-services-7");
    assert!(s.a_verifier);
    assert_eq!(s.adresse.as_ref().unwrap().code_insee.as_str(), "01269");
    assert_eq!(s.horaires.as_deref(), Some("Mo-Tu 09:00-12:00"));
    assert_eq!(s.origines["telephone"].date, "2024-08-01");
    assert_eq!(domain::sources::source_line(&s.sources[0].source, &s.sources[0].date), "Source : liste France Services (ANCT), 01/08/2024");
    assert!(p.services[0].services.contains(&domain::taxonomy::ServiceKind::Demarches));
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let file = format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 00 00"));
    let first = import(&[], &file, "2024-08-01");
    let after = applied(vec![], &first);
    let second = plan(&after, &first.services, read(&file, "2024-08-01"));
    assert!(second.changes_nothing(), "{:?}", second.outcomes);
    assert_eq!(second.unchanged(), 1);
}

#[test]
fn a_newer_file_updates_a_field_and_an_older_one_does_not() {
    let old = applied(
        vec![],
        &import(&[], &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 00 00")), "2022-12-01"),
    );
    let newer = import(&old, &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 11 11")), "2024-08-01");
    assert_eq!(newer.structures[0].telephone.as_deref(), Some("+33474751111"));
    let now = applied(old, &newer);
    let older = import(&now, &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 00 00 00 00")), "2020-01-01");
    assert!(older.structures.iter().all(|s| s.telephone.as_deref() == Some("+33474751111")));
}

#[test]
fn a_correction_made_by_a_person_survives_older_and_newer_imports() {
    let mut now = applied(
        vec![],
        &import(&[], &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 00 00")), "2022-12-01"),
    );
    let before = now[0].clone();
    now[0].telephone = Some("+33474750099".into());
    now[0].note_corrections(&before, "2025-03-01");
    assert_eq!(now[0].origines["telephone"].source, CORRECTION);
    for (phone, date) in [("04 11 11 11 11", "2021-01-01"), ("04 22 22 22 22", "2026-01-01")] {
        let p = import(&now, &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", phone)), date);
        let after = applied(now.clone(), &p);
        assert_eq!(after[0].telephone.as_deref(), Some("+33474750099"), "after the file of {date}");
        assert!(crate::report::render("f.csv", &p, false).contains("téléphone gardé : corrigé à la main le 01/03/2025"));
    }
}

#[test]
fn the_same_place_from_another_source_is_merged_by_address_and_gains_its_labels() {
    let fs = applied(
        vec![],
        &import(&[], &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 00 00")), "2024-08-01"),
    );
    let ac = "Name,ID,Is Active,City Insee Code,Address,Zip Code,Siret,France Services Label,City,Nombre d'aidants\n\
              FRANCE SERVICES NANTUA,312,true,01269,57 rue René-Nicod 01130 Nantua,01130,20004293500011.0,true,Nantua,1\n";
    let p = import(&fs, ac, "2024-02-22");
    assert_eq!((p.created(), p.merged()), (0, 1), "{}", crate::report::render("ac.csv", &p, false));
    let merged = &p.structures[0];
    assert_eq!(merged.id, "france-services-7");
    assert!(merged.dispositifs.contains(&domain::taxonomy::Programme::AidantsConnect));
    // The older file fills the SIRET it lacked, but does not rename the place.
    assert_eq!(merged.siret.as_deref(), Some("20004293500011"));
    assert_eq!(merged.nom, "France services de Nantua");
    assert!(p.services.iter().any(|s| s.id == "france-services-7-aidants-connect"));
}

#[test]
fn an_entry_missing_from_a_newer_file_of_its_source_is_flagged_not_erased() {
    let file = format!(
        "{FS_HEADER}\n{}\n{}\n",
        fs_row("7", "France services de Nantua", "04"),
        fs_row("8", "Antenne France services de Nantua-Gare", "05")
            .replace("57 Rue René Nicod", "1 place de la Gare")
            .replace("46.1536", "46.1590")
    );
    let old = applied(vec![], &import(&[], &file, "2022-12-01"));
    assert_eq!(old.len(), 2);
    let p = import(&old, &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04")), "2024-08-01");
    assert_eq!(p.flagged.len(), 1);
    assert_eq!(p.flagged[0].id, "france-services-8");
    let after = applied(old, &p);
    assert_eq!(after.len(), 2, "nothing is erased");
    assert!(after[1].sources[0].absent);
}

#[test]
fn a_look_alike_that_is_not_the_same_place_is_reported_not_merged() {
    let fs = applied(vec![], &import(&[], &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04")), "2024-08-01"));
    let other = format!(
        "{FS_HEADER}\n{}\n",
        fs_row("9", "France services Nantua antenne", "05")
            .replace("57 Rue René Nicod", "3 avenue de la Gare")
            .replace("46.1536", "46.1550")
    );
    let p = import(&fs, &other, "2024-08-01");
    assert_eq!(p.created(), 1);
    assert_eq!(p.near_misses.len(), 1, "{:?}", p.near_misses);
}

#[test]
fn two_rows_of_one_file_for_one_place_do_not_take_turns_and_a_second_import_changes_nothing() {
    let file = format!(
        "{FS_HEADER}\n{}\n{}\n",
        fs_row("7", "France services de Nantua", "04 74 75 00 00"),
        fs_row("70", "France services de Nantua", "04 74 75 99 99")
    );
    let first = import(&[], &file, "2024-08-01");
    assert_eq!((first.created(), first.merged()), (1, 1));
    assert_eq!(first.structures[0].telephone.as_deref(), Some("+33474750000"), "the first row's value stays");
    let after = applied(vec![], &first);
    let second = plan(&after, &first.services, read(&file, "2024-08-01"));
    assert!(second.changes_nothing(), "{}", crate::report::render("f.csv", &second, false));
}

#[test]
fn the_same_row_corrected_in_a_file_of_the_same_day_updates_its_field() {
    let old = applied(
        vec![],
        &import(&[], &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 00 00")), "2024-08-01"),
    );
    let fixed = import(&old, &format!("{FS_HEADER}\n{}\n", fs_row("7", "France services de Nantua", "04 74 75 00 01")), "2024-08-01");
    assert_eq!(fixed.structures[0].telephone.as_deref(), Some("+33474750001"));
}

#[test]
fn an_id_with_a_line_break_is_refused_before_it_reaches_a_link_or_a_calendar() {
    // A quoted CSV cell may hold a line break: « 7\r\nURL:https://evil.example » would write a line
    // of its own into an .ics file.
    let text = format!("{FS_HEADER}\n{}\n", fs_row("\"7\r\nURL:https://evil.example\"", "France services de Nantua", "04 74 75 00 00"));
    let p = import(&[], &text, "2024-08-01");
    assert_eq!(p.created(), 0);
    assert_eq!(p.parsed.refusals.len(), 1, "{:?}", p.parsed.refusals);
    assert_eq!(p.parsed.refusals[0].column, "id");
    assert!(p.parsed.refusals[0].reason.contains("retour à la ligne"));
}
