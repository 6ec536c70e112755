//! `server sauvegarder` and `server restaurer`: a round trip keeps accounts, the audit log and the
//! directory; a file that is not a backup, or a database still in use, changes nothing. The SQLite
//! tests check files (`VACUUM INTO`, `-wal`, `-shm`) and run on the SQLite pass; the PostgreSQL
//! round trip (`pg_dump`, `pg_restore`) runs on the PostgreSQL pass.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, rename_ours, OURS};
use app::ssr::repo::maintenance::Maintenance;
use app::ssr::repo::Repository;
use server::cli::backup::{restore, save, BackupError};
use server::config::Config;
use support::spawn_app;

/// A database of its own, in a new directory.
fn elsewhere(dir: &tempfile::TempDir) -> Config {
    Config { database_url: format!("sqlite://{}/restauree/aiguillage.db", dir.path().display()), ..support::config(dir) }
}

async fn stored(config: &Config) -> (Vec<(String, i64)>, String) {
    let (repo, _) = server::startup::prepare_database(config).await.unwrap();
    let nom = repo.doc(app::domain::edit::EntityKind::Structure, OURS).await.unwrap().unwrap().data["nom"].as_str().unwrap().to_owned();
    let counts = repo.table_counts().await.unwrap();
    repo.close().await;
    (counts, nom)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_the_server_runs_restores_accounts_audit_log_and_entries_as_they_were() {
    if support::on_postgres() {
        return; // SQLite files: see the PostgreSQL round trip below.
    }
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    rename_ours(&app, &cookie, "Avant la sauvegarde").await;
    let live = support::config(&app.data);
    let file = app.data.path().join("sauvegarde.db").display().to_string();
    let report = save(&live, &file).await.expect("backup");
    assert!(report.contains("vérifiée") && report.contains("account 1"), "{report}");
    assert_only_its_owner_reads(&file);
    rename_ours(&app, &cookie, "Après la sauvegarde").await;
    let (at_backup_counts, _) = {
        let copy = Config { database_url: format!("sqlite://{file}"), ..support::config(&app.data) };
        stored(&copy).await
    };
    assert!(matches!(save(&live, &file).await, Err(BackupError::Exists(_))), "a backup never overwrites a file");

    // Restored elsewhere (a new machine): what the backup held, nothing after it.
    let dir = tempfile::tempdir().unwrap();
    let target = elsewhere(&dir);
    let report = restore(&target, &file, false).await.expect("restore");
    assert!(report.starts_with("Base restaurée"), "{report}");
    let (counts, nom) = stored(&target).await;
    assert_eq!(nom, "Avant la sauvegarde");
    assert_eq!(counts, at_backup_counts);
    let count = |name: &str| counts.iter().find(|(t, _)| t == name).unwrap().1;
    assert_eq!(count("account"), 1, "the coordinator's account came back");
    assert!(count("revision") >= 1, "the audit log came back");
    assert!(count("structure") > 200);

    // Restored over an existing database: the replaced one is kept aside, not deleted.
    rename_structure_offline(&target, "Modifiée après restauration").await;
    // Forced: pools this test process closed may keep SQLite's -shm file while the process lives;
    // a real `restaurer` runs in a process of its own once the server has stopped and closed.
    let again = restore(&target, &file, true).await.expect("second restore");
    assert!(again.contains("gardée dans"), "{again}");
    assert_eq!(stored(&target).await.1, "Avant la sauvegarde");
    let aside: Vec<_> = std::fs::read_dir(dir.path().join("restauree"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.starts_with("aiguillage.db.avant-restauration-") && !n.ends_with("-wal") && !n.ends_with("-shm"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let kept = Config { database_url: format!("sqlite://{}/restauree/{}", dir.path().display(), aside[0]), ..support::config(&dir) };
    assert_eq!(stored(&kept).await.1, "Modifiée après restauration", "the replaced database is intact");
}

/// A backup holds password hashes and sessions: 0600 whatever the umask.
fn assert_only_its_owner_reads(file: &str) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{file} is {mode:o}");
}

/// A change written straight through the repository, as a server would.
async fn rename_structure_offline(config: &Config, nom: &str) {
    use app::domain::directory::Structure;
    let (repo, _) = server::startup::prepare_database(config).await.unwrap();
    let mut entry = repo.entry::<Structure>(OURS).await.unwrap().unwrap();
    entry.value.nom = nom.to_owned();
    repo.save_entry(&entry, None, "test", "modification", "2026-11-29T12:00:00Z").await.unwrap();
    repo.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_that_is_not_a_backup_or_a_database_in_use_is_refused_and_nothing_changes() {
    if support::on_postgres() {
        return; // SQLite files: see the PostgreSQL round trip below.
    }
    let dir = tempfile::tempdir().unwrap();
    let target = elsewhere(&dir);
    let (before, nom) = stored(&target).await;
    let not_sqlite = dir.path().join("notes.txt");
    std::fs::write(&not_sqlite, "ceci n’est pas une base").unwrap();
    // Forced for the same reason as above: what is checked here is the file, not the lock.
    let refused = restore(&target, &not_sqlite.display().to_string(), true).await.unwrap_err();
    assert!(refused.to_string().contains("n’est pas une sauvegarde d’Aiguillage"), "{refused}");

    // A SQLite file from a newer Aiguillage: our migrations, and one this version does not know.
    let newer = dir.path().join("plus-recente.db");
    {
        let repo = app::ssr::repo::sql::SqlRepository::connect(&format!("sqlite://{}", newer.display())).await.unwrap();
        repo.migrate().await.unwrap();
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99991231000000, 'future', 1, x'00', 0)")
            .execute(repo.pool())
            .await
            .unwrap();
        repo.close().await;
    }
    let refused = restore(&target, &newer.display().to_string(), true).await.unwrap_err();
    assert!(refused.to_string().contains("version plus récente"), "{refused}");
    // A SQLite file of something else entirely.
    let other = dir.path().join("autre.db");
    {
        let repo = app::ssr::repo::sql::SqlRepository::connect(&format!("sqlite://{}", other.display())).await.unwrap();
        sqlx::query("CREATE TABLE notes (texte TEXT)").execute(repo.pool()).await.unwrap();
        repo.close().await;
    }
    let refused = restore(&target, &other.display().to_string(), true).await.unwrap_err();
    assert!(refused.to_string().contains("ce n’est pas une base d’Aiguillage"), "{refused}");

    // The server of `target` is running: its -shm file is there.
    let (repo, _) = server::startup::prepare_database(&target).await.unwrap();
    let backup = dir.path().join("b.db").display().to_string();
    save(&target, &backup).await.unwrap();
    let refused = restore(&target, &backup, false).await.unwrap_err();
    assert!(matches!(refused, BackupError::InUse(_)), "{refused}");
    repo.close().await;
    assert_eq!(stored(&target).await, (before, nom), "nothing changed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn once_a_command_has_closed_the_database_the_main_file_alone_holds_everything() {
    if support::on_postgres() {
        return; // SQLite files: see the PostgreSQL round trip below.
    }
    let dir = tempfile::tempdir().unwrap();
    let config = elsewhere(&dir);
    let (repo, _) = server::startup::prepare_database(&config).await.unwrap();
    repo.close().await;
    let db = dir.path().join("restauree/aiguillage.db");
    let wal = dir.path().join("restauree/aiguillage.db-wal");
    assert!(std::fs::metadata(&wal).map_or(0, |m| m.len()) == 0, "nothing left in the write-ahead log");
    // The file copied alone (what a naive backup does) has the seeded directory.
    let copy = dir.path().join("copie.db");
    std::fs::copy(&db, &copy).unwrap();
    let alone = Config { database_url: format!("sqlite://{}", copy.display()), ..support::config(&dir) };
    let (counts, _) = stored(&alone).await;
    assert!(counts.iter().any(|(t, n)| t == "structure" && *n > 200), "{counts:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_dump_restores_accounts_audit_log_and_entries_and_keeps_what_it_replaced() {
    if !support::on_postgres() {
        return; // pg_dump and pg_restore: the SQLite round trip is above.
    }
    let app = spawn_app().await;
    let cookie = admin(&app).await;
    rename_ours(&app, &cookie, "Avant la sauvegarde").await;
    let live = support::config(&app.data);
    let file = app.data.path().join("sauvegarde.dump").display().to_string();
    let report = save(&live, &file).await.expect("backup");
    assert!(report.contains("vérifiée") && report.contains("account 1"), "{report}");
    assert_only_its_owner_reads(&file);
    let (at_backup, _) = stored(&live).await;
    assert!(matches!(save(&live, &file).await, Err(BackupError::Exists(_))), "a backup never overwrites a file");
    rename_ours(&app, &cookie, "Après la sauvegarde").await;

    // A file that is not a dump changes nothing.
    let notes = app.data.path().join("notes.txt");
    std::fs::write(&notes, "ceci n’est pas une sauvegarde").unwrap();
    let refused = restore(&live, &notes.display().to_string(), false).await.unwrap_err();
    assert!(matches!(refused, BackupError::NotABackup(..)), "{refused}");
    assert_eq!(stored(&live).await.1, "Après la sauvegarde");

    let report = restore(&live, &file, false).await.expect("restore");
    assert!(report.starts_with("Base restaurée") && report.contains("gardée dans"), "{report}");
    let (counts, nom) = stored(&live).await;
    assert_eq!(nom, "Avant la sauvegarde");
    assert_eq!(counts, at_backup, "accounts, audit log, entries as they were");
    // What the restore replaced was dumped first, and restores in turn.
    let aside = report.split("gardée dans ").nth(1).unwrap().trim_end_matches('.').to_owned();
    restore(&live, &aside, false).await.expect("the replaced state restores");
    assert_eq!(stored(&live).await.1, "Après la sauvegarde", "the replaced database was kept");
}
