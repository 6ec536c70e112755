//! Counting orientations (issue 13): exact after a scripted set of orientations, small counts hidden
//! on public figures, nothing personal stored, CSV files that read back.

#[path = "support/app.rs"]
mod support;

use support::{spawn_app, TestApp};

const DEMARCHE_CAF: &str = "besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";
const BOURG: &str = "01053";
const NANTUA: &str = "01269";

/// A CSV file of the indicators, read back as rows of cells (header first), BOM removed.
async fn csv_rows(app: &TestApp, path: &str, cookie: Option<&str>) -> Vec<Vec<String>> {
    let res = app.get_with(path, cookie).await;
    assert_eq!(res.status().as_u16(), 200, "{path}");
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"), "{path}");
    let body = res.text().await.unwrap();
    let body = body.strip_prefix('\u{feff}').expect("a byte-order mark, for spreadsheets");
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(body.as_bytes());
    reader.records().map(|r| r.expect("a well-formed CSV row").iter().map(str::to_owned).collect()).collect()
}

/// A result page as the browser `person` asks for it: each simulated person has a browser of its own,
/// as the counting tells people apart by address and browser.
async fn served(app: &TestApp, path: &str, person: &str) -> u16 {
    app.client.get(format!("{}{path}", app.base)).header("user-agent", person).send().await.unwrap().status().as_u16()
}

fn row<'a>(rows: &'a [Vec<String>], label: &str) -> &'a [String] {
    rows.iter().find(|r| r[0] == label).unwrap_or_else(|| panic!("no row « {label} » in {rows:?}"))
}

async fn admin_cookie(app: &TestApp) -> String {
    app.account("coordination@exemple.fr", "admin", "un mot de passe assez long").await;
    app.login("coordination@exemple.fr", "un mot de passe assez long").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn orientations_are_counted_exactly_by_need_epci_and_mode_and_nothing_else_is() {
    let app = spawn_app().await;
    // Six people's result pages in Bourg; in Nantua two, and one at a counter.
    for person in 0..6 {
        assert_eq!(served(&app, &format!("/orientation?{DEMARCHE_CAF}&commune={BOURG}"), &format!("Firefox {person}")).await, 200);
    }
    // Not counted: the JSON API, which programs call (a script of 69 000 calls once made the
    // comité's figures), ...
    for _ in 0..5 {
        assert_eq!(app.json(&format!("/api/v1/orientation?{DEMARCHE_CAF}&commune={BOURG}")).await.0, 200);
    }
    // ... nor the result page's server function, posted to by a script: the page calls it in the
    // server, never over HTTP, ...
    let pairs: Vec<(&str, &str)> = DEMARCHE_CAF.split('&').filter_map(|p| p.split_once('=')).chain([("commune", BOURG)]).collect();
    for person in 0..3 {
        let res = app
            .client
            .post(format!("{}/api/orientation", app.base))
            .header("user-agent", format!("script {person}"))
            .json(&serde_json::json!({ "pairs": pairs, "langue": "fr" }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{}", res.text().await.unwrap());
    }
    for person in 0..2 {
        assert_eq!(served(&app, &format!("/orientation?{DEMARCHE_CAF}&commune={NANTUA}"), &format!("Chrome {person}")).await, 200);
    }
    // ... the same page asked again by the same browser within minutes (a reload, a script), ...
    for _ in 0..4 {
        assert_eq!(served(&app, &format!("/orientation?{DEMARCHE_CAF}&commune={NANTUA}"), "Chrome 0").await, 200);
    }
    // ... a robot that says so, ...
    assert_eq!(served(&app, &format!("/orientation?{DEMARCHE_CAF}&commune={NANTUA}"), "Mozilla/5.0 (compatible; bingbot/2.0)").await, 200);
    assert_eq!(served(&app, &format!("/orientation?{DEMARCHE_CAF}&commune={NANTUA}&guichet=1"), "Edge").await, 200);
    // ... the printable fiche of a result already served, and what has no result.
    let cookie = admin_cookie(&app).await;
    let by_need = csv_rows(&app, "/admin/indicateurs/besoin.csv", Some(&cookie)).await;
    assert_eq!(by_need[0], ["Besoin", "Orientations", "Dont une aide locale", "Dont aucune réponse"]);
    assert_eq!(row(&by_need, "Réaliser une démarche")[1], "9");
    assert_eq!(row(&by_need, "Total")[1], "9");
    let by_mode = csv_rows(&app, "/admin/indicateurs/mode.csv", Some(&cookie)).await;
    assert_eq!((row(&by_mode, "Site public")[1].as_str(), row(&by_mode, "Mode guichet des mairies")[1].as_str()), ("8", "1"));
    let by_epci = csv_rows(&app, "/admin/indicateurs/epci.csv", Some(&cookie)).await;
    assert_eq!(row(&by_epci, "CA Haut-Bugey Agglomération")[1], "3");
    assert_eq!(by_epci.len(), 4, "header, two EPCI, total: {by_epci:?}");
    // France Services in both communes: every one of these found help in the commune or nearby.
    assert_eq!(row(&by_need, "Total")[2], "9", "{by_need:?}");

    // The public file hides the 3 of Nantua's EPCI, not the 6 of Bourg's.
    let public = csv_rows(&app, "/indicateurs/epci.csv", None).await;
    assert_eq!(row(&public, "CA Haut-Bugey Agglomération")[1], "moins de 5");
    assert!(public.iter().any(|r| r[1] == "6"), "{public:?}");
    let (status, html) = app.html("/indicateurs").await;
    assert_eq!(status, 200);
    assert!(html.contains("moins de 5") && html.contains("class=\"bar-chart\""), "charts and hidden small counts on the page: {html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_script_calling_the_api_is_slowed_down_with_429_and_never_moves_the_figures() {
    let app = spawn_app().await;
    let url = format!("/api/v1/orientation?{DEMARCHE_CAF}&commune={BOURG}");
    let mut refused = None;
    for call in 0..1000 {
        let res = app.get(&url).await;
        if res.status().as_u16() == 429 {
            refused = Some((call, res.headers()["retry-after"].to_str().unwrap().to_owned(), res.text().await.unwrap()));
            break;
        }
        assert_eq!(res.status().as_u16(), 200);
    }
    let (call, retry_after, body) = refused.expect("a limit within 1 000 calls");
    assert!((120..200).contains(&call), "the burst is about 120 calls, refused at {call}");
    assert!(retry_after.parse::<u64>().unwrap() >= 1 && body.contains("Trop d’appels"), "{retry_after} {body}");
    let (_, html) = app.html("/indicateurs").await;
    assert!(html.contains("aucune orientation comptée"), "the API counts nothing: {html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_counter_table_has_no_column_that_could_hold_a_person() {
    let app = spawn_app().await;
    let repo = support::repository(&app.data).await;
    let columns = if support::on_postgres() {
        "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'orientation_count' ORDER BY ordinal_position"
    } else {
        "SELECT name FROM pragma_table_info('orientation_count') ORDER BY cid"
    };
    let columns: Vec<(String,)> = sqlx::query_as(columns).fetch_all(repo.pool()).await.unwrap();
    let mut columns: Vec<&str> = columns.iter().map(|c| c.0.as_str()).collect();
    // In any order: PostgreSQL adds a new column at the end, SQLite's copy has it before `nombre`.
    columns.sort_unstable();
    assert_eq!(columns, ["atteint", "besoin", "epci", "integration", "jour", "mode", "nombre", "precision"]);
    // A time of day cannot be written, nor a commune code in place of an EPCI, nor a page's address
    // (which could name a person) in place of a partner site's key; a row as the server writes it can.
    let insert = |jour: &'static str, epci: &'static str, integration: &'static str| {
        sqlx::query(
            "INSERT INTO orientation_count (jour, besoin, precision, epci, atteint, mode, integration, nombre) \
             VALUES ($1, 'demarche', '-', $2, 'aucun', 'public', $3, 1)",
        )
        .bind(jour)
        .bind(epci)
        .bind(integration)
        .execute(repo.pool())
    };
    for (jour, epci, integration) in
        [("2026-11-29T10:31", "200071751", ""), ("2026-11-29", "01053", ""), ("2026-11-29", "200071751", "https://mairie.fr/?qui=marie")]
    {
        assert!(insert(jour, epci, integration).await.is_err(), "{jour} {epci} {integration} was stored");
    }
    insert("2026-11-29", "200071751", "nantua").await.expect("a partner site's key is stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_filter_that_does_not_read_is_explained_in_french_and_coordinator_tables_stay_private() {
    let app = spawn_app().await;
    let res = app.get("/indicateurs/besoin.csv?du=31/02/2026").await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(res.text().await.unwrap().contains("JJ/MM/AAAA"));
    let (status, html) = app.html("/indicateurs?besoin=%3Cb%3Epirate&du=hier").await;
    assert_eq!(status, 200);
    assert!(html.contains("Ces indicateurs n’ont pas pu être affichés") && !html.contains("<b>pirate"), "{html}");
    assert!(!html.contains("bar-chart"), "no figures for a filter that does not read");
    assert_eq!(app.get("/indicateurs/precision.csv").await.status().as_u16(), 404, "precision is for coordinators");
    assert_eq!(app.get("/indicateurs/rien.csv").await.status().as_u16(), 404);
    let res = app.raw.get(format!("{}/admin/indicateurs/besoin.csv", app.base)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 303, "no session: to the login page");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_quarterly_export_writes_one_csv_per_table_from_the_command_line() {
    let app = spawn_app().await;
    for person in ["Firefox", "Chrome"] {
        assert_eq!(served(&app, &format!("/orientation?{DEMARCHE_CAF}&commune={BOURG}"), person).await, 200);
    }
    // Reading the indicators writes the counts kept in memory.
    assert_eq!(app.get("/indicateurs").await.status().as_u16(), 200);
    let today = app::ssr::clock::today();
    let folder = app.data.path().join("comite");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .env("DATABASE_URL", support::database_url(&app.data))
            .output()
            .expect("the server binary runs")
    };
    let out = run(&["indicateurs", "--du", &today, "--au", &today, "--exact", "--dossier", folder.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut files: Vec<String> =
        std::fs::read_dir(&folder).unwrap().map(|f| f.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files.len(), 11, "one file per table, coverage, priorities and per-EPCI figures included: {files:?}");
    assert!(files.contains(&format!("aiguillage-indicateurs-besoin-{today}-{today}.csv")), "{files:?}");
    let by_need = std::fs::read_to_string(folder.join(format!("aiguillage-indicateurs-besoin-{today}-{today}.csv"))).unwrap();
    assert!(by_need.contains("Réaliser une démarche;2;"), "exact figures with --exact: {by_need}");
    let refused = run(&["indicateurs", "--trimestre", "2026-T5"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("2026-T3"), "the error shows how to write a quarter");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coverage_by_need_and_priority_communes_are_shown_and_read_back_for_an_epci() {
    let app = spawn_app().await;
    let (status, html) = app.html("/indicateurs").await;
    assert_eq!(status, 200);
    assert!(html.contains("Couverture par besoin") && html.contains("Communes prioritaires ("), "coverage sections on the page");
    let coverage = csv_rows(&app, "/indicateurs/couverture.csv", None).await;
    assert_eq!(coverage[0][0], "Besoin");
    assert_eq!(coverage.len(), 5, "a header and the four needs: {coverage:?}");
    for row in &coverage[1..] {
        let communes: usize = row[1..].iter().map(|c| c.parse::<usize>().unwrap()).sum();
        assert_eq!(communes, 391, "every commune of the Ain, once per need: {row:?}");
    }
    let forms = csv_rows(&app, "/indicateurs/couverture-precise.csv", None).await;
    assert_eq!(forms.len(), 1 + 28, "a header and the 28 precise forms of the flow: {forms:?}");
    let buying = row(&forms, "M’équiper : Acheter un ordinateur ou un téléphone à petit prix");
    // Nothing in the Ain sells equipment at solidarity prices: Emmaüs Connect, remote, answers everywhere.
    assert_eq!((buying[2].as_str(), buying[3].as_str()), ("391", "0"), "{buying:?}");
    let haut_bugey = "200042935";
    let priorities = csv_rows(&app, &format!("/indicateurs/prioritaires.csv?epci={haut_bugey}"), None).await;
    assert_eq!(priorities[0], ["Commune", "Intercommunalité", "Indice de fragilité numérique", "Besoins sans aide locale"]);
    assert!(priorities[1..].iter().all(|r| r[1] == "CA Haut-Bugey Agglomération" && !r[3].is_empty()), "{priorities:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_epci_guide_ends_with_its_working_groups_figures_and_reports_are_timed_per_epci() {
    use app::domain::directory::Structure;
    use app::ssr::repo::Repository;
    let app = spawn_app().await;
    let repo: std::sync::Arc<dyn Repository> = std::sync::Arc::new(support::repository(&app.data).await);
    let in_nantua = repo
        .entries::<Structure>(None)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.value.adresse.as_ref().is_some_and(|a| a.code_insee.to_string() == NANTUA))
        .expect("a place in Nantua")
        .value;
    // Two reports on it: one closed three days later, one still open.
    let first = repo.add_report("service", &in_nantua.id, "Les horaires", "Fermé le lundi", "2026-11-01T10:00:00Z").await.unwrap();
    repo.add_report("service", &in_nantua.id, "L’adresse", "A déménagé", "2026-11-02T10:00:00Z").await.unwrap();
    assert!(repo.close_report(first, "coordination@exemple.fr", "2026-11-04T10:00:00Z").await.unwrap());

    let haut_bugey = "200042935";
    let figures = csv_rows(&app, &format!("/indicateurs/intercommunalites.csv?epci={haut_bugey}"), None).await;
    assert_eq!(figures.len(), 2, "the header and the one EPCI asked for: {figures:?}");
    let ours = row(&figures, "CA Haut-Bugey Agglomération");
    assert_eq!((ours[5].as_str(), ours[6].as_str(), ours[7].as_str()), ("1", "1", "3,0 jours"), "{ours:?}");
    assert!(ours[2].ends_with(" %"), "a freshness rate: {ours:?}");
    let all = csv_rows(&app, "/indicateurs/intercommunalites.csv", None).await;
    assert_eq!(all.len(), 1 + 17, "every EPCI with communes in the Ain");

    let (status, html) = app.html(&format!("/guide/{haut_bugey}")).await;
    assert_eq!(status, 200);
    for part in
        ["Pour le groupe de travail de l’intercommunalité", "Couverture par besoin", "Communes prioritaires (", "Fiches à confirmer ("]
    {
        assert!(html.contains(part), "{part} missing from the EPCI guide");
    }
    assert!(html.contains(&in_nantua.nom) || html.contains("Toutes les fiches ont été confirmées"), "its entries to confirm are named");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn counts_written_while_sessions_read_and_write_never_meet_a_locked_database() {
    use app::domain::indicators::{Count, CountKey, Mode, Reached};
    let app = spawn_app().await;
    let repo = std::sync::Arc::new(support::repository(&app.data).await);
    let key = CountKey {
        jour: "2026-11-29".into(),
        besoin: "demarche".into(),
        precision: "-".into(),
        epci: "200042935".into(),
        atteint: Reached::Nothing,
        mode: Mode::Public,
        integration: "nantua".into(),
    };
    // Reads that then write (a refused form's flash is read once, then cleared) among counter writes:
    // a transaction that took its snapshot before another's write must wait its turn, not fail.
    let tasks: Vec<_> = (0..6)
        .map(|t| {
            let (repo, key) = (repo.clone(), key.clone());
            tokio::spawn(async move {
                use app::ssr::repo::backoffice::BackOffice;
                use app::ssr::repo::indicators::Indicators;
                for i in 0..40 {
                    if (t + i) % 2 == 0 {
                        repo.take_flash("une-session").await.map(|_| ())?;
                    } else {
                        repo.add_counts(&[Count { key: key.clone(), nombre: 1 }]).await?;
                    }
                }
                Ok::<(), app::ssr::repo::RepoError>(())
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().expect("no « database is locked »");
    }
    use app::ssr::repo::indicators::Indicators;
    let written: u64 = repo.counts("2026-11-29", "2026-11-29").await.unwrap().iter().map(|c| c.nombre).sum();
    assert_eq!(written, 120, "every count written once");
}
