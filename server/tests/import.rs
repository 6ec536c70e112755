//! `server importer` as a coordinator runs it, on a fresh database seeded like command 1's: the real
//! binary, real files, and the stored directory read back after each step.

#[path = "support/app.rs"]
mod support;

use app::domain::directory::Directory;
use app::ssr::repo::Repository;
use std::process::{Command, Output};

const FS_2024: &str = include_str!("../../app/importer/seed/france-services-ain-20240801.csv");

struct Coordinator {
    data: tempfile::TempDir,
}

impl Coordinator {
    async fn new() -> Self {
        let data = tempfile::tempdir().expect("temp dir");
        support::ensure_database(&data).await;
        Coordinator { data }
    }

    fn url(&self) -> String {
        support::database_url(&self.data)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.data.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_string_lossy().into_owned()
    }

    fn run(&self, args: &[&str]) -> (bool, String, String) {
        let Output { status, stdout, stderr } =
            Command::new(env!("CARGO_BIN_EXE_server")).args(args).env("DATABASE_URL", self.url()).output().expect("the server binary runs");
        (status.success(), String::from_utf8_lossy(&stdout).into_owned(), String::from_utf8_lossy(&stderr).into_owned())
    }

    async fn directory(&self) -> Directory {
        let repo = support::repository(&self.data).await;
        repo.directory().await.unwrap()
    }
}

fn phone_of(d: &Directory, id: &str) -> Option<String> {
    d.structure(id).and_then(|s| s.telephone.clone())
}

/// The France services of Saint-Trivier-de-Courtes: the 2019 MSAP it replaced, one entry since.
const SAINT_TRIVIER: &str = "annuaire-administration-msap-01388-01";

/// The 2024 list with Saint-Trivier-de-Courtes's phone changed.
fn newer_list() -> String {
    FS_2024.replacen("04 74 30 19 63", "04 74 30 19 99", 1)
}

#[tokio::test]
async fn a_dry_run_reports_and_writes_nothing_then_applying_writes_once() {
    let c = Coordinator::new().await;
    let file = c.file("liste-fs-20250301.csv", newer_list().as_bytes());
    let (ok, report, _) = c.run(&["importer", &file]);
    assert!(ok, "{report}");
    assert!(report.contains("Essai seulement"), "{report}");
    assert!(report.contains("ligne 3 : fusionné avec « France services La Poste de Saint-Trivier-de-Courtes » (annuaire-administration-msap-01388-01), même fiche de la source ; téléphone : « +33474301963 » → « +33474301999 »"), "{report}");
    assert_eq!(phone_of(&c.directory().await, SAINT_TRIVIER).as_deref(), Some("+33474301963"), "a dry run writes nothing");

    let (ok, report, _) = c.run(&["importer", &file, "--appliquer"]);
    assert!(ok && report.contains("Import n° 1 enregistré"), "{report}");
    assert_eq!(phone_of(&c.directory().await, SAINT_TRIVIER).as_deref(), Some("+33474301999"));

    let (ok, report, _) = c.run(&["importer", &file, "--appliquer"]);
    assert!(ok && report.contains("Rien à changer") && !report.contains("Import n° 2"), "importing twice changes nothing: {report}");
    let (_, list, _) = c.run(&["imports"]);
    assert!(list.contains("n° 1") && list.contains("liste-fs-20250301.csv") && !list.contains("n° 2"), "{list}");
}

#[tokio::test]
async fn an_import_is_undone_as_a_whole_and_only_once() {
    let c = Coordinator::new().await;
    let file = c.file("liste-fs-20250301.csv", newer_list().as_bytes());
    assert!(c.run(&["importer", &file, "--appliquer"]).0);
    let (ok, out, _) = c.run(&["annuler-import", "1"]);
    assert!(ok, "{out}");
    assert_eq!(phone_of(&c.directory().await, SAINT_TRIVIER).as_deref(), Some("+33474301963"));
    let (ok, _, err) = c.run(&["annuler-import", "1"]);
    assert!(!ok && err.contains("aucun import n° 1 à annuler"), "{err}");
    let (_, list, _) = c.run(&["imports"]);
    assert!(list.contains("annulé le"), "{list}");
}

#[tokio::test]
async fn a_broken_file_gives_its_report_and_writes_nothing() {
    let c = Coordinator::new().await;
    let before = c.directory_after_seed().await;
    // A missing required column.
    let (ok, _, err) = c.run(&["importer", &c.file("a.csv", b"id_fs,lib_fs\n1,France services\n"), "--appliquer"]);
    assert!(!ok && err.contains("Il manque la colonne « adresse »"), "{err}");
    // Not text at all.
    let (ok, _, err) = c.run(&["importer", &c.file("b.csv", b"PK\x03\x04\0\0\0"), "--appliquer"]);
    assert!(!ok && err.contains("Ce n’est pas un fichier texte"), "{err}");
    // A bad INSEE code on one line, with no name or position to recover from: reported with its
    // line, column and value; nothing written.
    let bad = newer_list().replacen(",01388,", ",99999,", 1).replacen("Saint-Trivier-de-Courtes,46.45916,5.083785", "Nulle-Part,,", 1);
    let (ok, report, err) = c.run(&["importer", &c.file("c-20250301.csv", bad.as_bytes()), "--appliquer"]);
    assert!(!ok && err.contains("rien n’a été écrit"), "{err}");
    assert!(report.contains("ligne 3, colonne « code_insee », valeur « 99999 »"), "{report}");
    // Bad opening hours in the Schéma des lieux, and a truncated last line.
    let schema = "id,nom,commune,code_postal,code_insee,adresse,services,horaires,source,date_maj\n\
                  x1,Médiathèque,Nantua,01130,01269,1 rue,Aide aux démarches administratives,n'importe quand,test,2025-01-01\n\
                  x2,Mairie,Nantua,01130";
    let (ok, report, _) = c.run(&["importer", &c.file("d.csv", schema.as_bytes()), "--appliquer"]);
    assert!(!ok, "{report}");
    assert!(report.contains("ligne 2, colonne « horaires », valeur « n'importe quand »"), "{report}");
    assert!(report.contains("ligne 3") && report.contains("ligne incomplète"), "{report}");
    // Windows-1252 is not an error: it is read.
    let latin = "id,nom,commune,code_postal,code_insee,adresse,services,source,date_maj\nx3,M\u{e9}diath\u{e8}que,Nantua,01130,01269,1 rue,Aide aux d\u{e9}marches administratives,test,2025-01-01\n";
    let bytes: Vec<u8> = latin.chars().map(|ch| ch as u32 as u8).collect();
    let (ok, report, _) = c.run(&["importer", &c.file("e.csv", &bytes)]);
    assert!(ok && report.contains("windows-1252") && report.contains("« Médiathèque » (Nantua)"), "{report}");
    assert_eq!(c.directory().await, before, "nothing was written");
}

impl Coordinator {
    async fn directory_after_seed(&self) -> Directory {
        let (ok, _, err) = self.run(&["migrate"]);
        assert!(ok, "{err}");
        self.directory().await
    }
}

/// A stand-in for the data·inclusion API on loopback, answering in its documented shape: two pages of
/// services, one of structures, and 401 without the right Bearer token.
async fn fake_data_inclusion() -> String {
    use axum::extract::Query;
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::get;
    use serde_json::{json, Value};
    use std::collections::HashMap;

    fn authorised(headers: &HeaderMap) -> bool {
        headers.get("authorization").and_then(|v| v.to_str().ok()) == Some("Bearer jeton-de-test")
    }
    async fn structures(headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> (StatusCode, axum::Json<Value>) {
        if !authorised(&headers) {
            return (StatusCode::UNAUTHORIZED, axum::Json(json!({"detail": "Not authenticated"})));
        }
        assert_eq!(q.get("code_departement").map(String::as_str), Some("01"));
        let item = json!({"source": "dora", "id": "st-1", "nom": "Espace numérique de Nantua", "date_maj": "2025-06-01",
            "adresse": "2 rue de la Gare", "code_insee": "01269", "code_postal": "01130", "commune": "Nantua", "reseaux_porteurs": null});
        (StatusCode::OK, axum::Json(json!({"items": [item], "total": 1, "page": 1, "size": 500, "pages": 1})))
    }
    async fn services(headers: HeaderMap, Query(q): Query<HashMap<String, String>>) -> (StatusCode, axum::Json<Value>) {
        if !authorised(&headers) {
            return (StatusCode::UNAUTHORIZED, axum::Json(json!({"detail": "Not authenticated"})));
        }
        let page: u64 = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let (id, thematique) = if page == 1 {
            ("sv-1", "numerique--maitriser-les-fondamentaux-du-numerique")
        } else {
            ("sv-2", "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives")
        };
        let item = json!({"source": "dora", "id": id, "structure_id": "st-1", "nom": "Atelier", "description": "Aide.", "date_maj": "2025-06-01",
            "thematiques": [thematique], "type": "accompagnement", "frais": "gratuit"});
        (StatusCode::OK, axum::Json(json!({"items": [item], "total": 2, "page": page, "size": 1, "pages": 2})))
    }
    let app = axum::Router::new().route("/api/v1/structures", get(structures)).route("/api/v1/services", get(services));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_inclusion_pull_reads_every_page_of_the_api_and_merges_one_place() {
    let api = fake_data_inclusion().await;
    let c = Coordinator::new().await;
    let run = |token: &'static str| {
        let (url, api) = (c.url(), api.clone());
        tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_server"))
                .args(["importer", "--data-inclusion", "--appliquer"])
                .env("DATABASE_URL", url)
                .env("DATA_INCLUSION_URL", api)
                .env("DATA_INCLUSION_TOKEN", token)
                .output()
                .unwrap()
        })
    };
    let refused = run("mauvais").await.unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("data·inclusion refuse le jeton d’accès"));

    let out = run("jeton-de-test").await.unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(report.contains("data·inclusion") && report.contains("1 créés") && report.contains("Import n° 1 enregistré"), "{report}");
    let directory = c.directory().await;
    let place = directory.structure("dora-st-1").expect("one place for the structure and its two services");
    assert_eq!(place.nom, "Espace numérique de Nantua");
    let kinds: Vec<_> = directory.services().iter().filter(|s| s.structure == "dora-st-1").flat_map(|s| s.services.clone()).collect();
    assert!(
        kinds.contains(&app::domain::taxonomy::ServiceKind::Quotidien) && kinds.contains(&app::domain::taxonomy::ServiceKind::Demarches),
        "{kinds:?}"
    );
}
