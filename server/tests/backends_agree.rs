//! SQLite and PostgreSQL give the same answers: the same orientations, result pages and open-data
//! exports from the same seed, and again after the same edits. Runs on the PostgreSQL pass of
//! `.ci/test`, where both databases are at hand.

#[path = "support/accounts.rs"]
mod accounts;
#[path = "support/app.rs"]
mod support;

use accounts::{admin, rename_ours};
use support::{spawn_app, spawn_app_on_sqlite, TestApp};

const ORIENTATIONS: [&str; 5] = [
    "besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui",
    "besoin=competences&competences_sujet=emploi&commune=01354&deplacement=oui&disponibilite=soir&demandeur=jeune",
    "besoin=parentalite&parentalite_sujet=ecrans&commune=01407&deplacement=oui",
    "besoin=equiper&equiper_quoi=acces&commune=01053&deplacement=non",
    "besoin=demarche&commune=01039",
];

const EXPORTS: [&str; 6] = [
    "/api/v1/structures",
    "/api/v1/services",
    "/donnees/lieux-mediation-numerique.csv",
    "/donnees/lieux-mediation-numerique.json",
    "/donnees/data-inclusion-structures.json",
    "/donnees/data-inclusion-services.json",
];

/// `body` with the values of `attribute` (a per-response nonce) blanked.
fn blank(body: &str, attribute: &str) -> String {
    let marker = format!("{attribute}=\"");
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find(&marker) {
        out.push_str(&rest[..i + marker.len()]);
        rest = &rest[i + marker.len()..];
        rest = &rest[rest.find('"').unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// Everything both servers answer, with each one's own address written the same way and the
/// per-response nonces blanked.
async fn answers(app: &TestApp) -> Vec<(String, u16, String)> {
    let mut paths: Vec<String> = Vec::new();
    for q in ORIENTATIONS {
        paths.push(format!("/api/v1/orientation?{q}"));
        paths.push(format!("/orientation?{q}&etape=resultat"));
        paths.push(format!("/orientation?{q}&guichet=1"));
    }
    paths.extend(EXPORTS.iter().map(|p| p.to_string()));
    paths.push("/agenda".into());
    paths.push("/indicateurs".into());
    let mut out = Vec::new();
    for path in paths {
        let (status, body) = app.html(&path).await;
        // The QR code draws each server's own address: its modules are blanked too.
        let body = blank(&blank(&blank(&body.replace(&app.base, "ADRESSE"), "nonce"), "crossorigin"), "fill=\"#000\" d");
        out.push((path, status, body));
    }
    out
}

fn assert_same(sqlite: &[(String, u16, String)], postgres: &[(String, u16, String)]) {
    assert_eq!(sqlite.len(), postgres.len());
    for ((path, s_status, s_body), (_, p_status, p_body)) in sqlite.iter().zip(postgres) {
        assert_eq!(s_status, p_status, "{path}");
        let at = s_body.bytes().zip(p_body.bytes()).position(|(a, b)| a != b).unwrap_or(s_body.len().min(p_body.len()));
        let around = |b: &str| b.get(at.saturating_sub(80)..(at + 80).min(b.len())).unwrap_or_default().to_owned();
        assert!(s_body == p_body, "{path}: SQLite and PostgreSQL differ at byte {at}:\n{}\n{}", around(s_body), around(p_body));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_give_the_same_orientations_pages_and_exports_before_and_after_an_edit() {
    if !support::on_postgres() {
        return; // Compared on the PostgreSQL pass, where both databases exist.
    }
    let (sqlite, postgres) = (spawn_app_on_sqlite().await, spawn_app().await);
    let before = answers(&sqlite).await;
    for (path, status, body) in before.iter().filter(|(p, ..)| p.starts_with("/api/v1/orientation")) {
        assert!(*status == 200 && body.contains("\"cartes\""), "{path}: {status} {body}");
    }
    assert_same(&before, &answers(&postgres).await);

    for app in [&sqlite, &postgres] {
        let cookie = admin(app).await;
        rename_ours(app, &cookie, "Médiathèque renommée pour la comparaison").await;
    }
    let after = answers(&sqlite).await;
    assert_ne!(before, after, "the edit shows");
    assert!(after.iter().any(|(_, _, b)| b.contains("Médiathèque renommée pour la comparaison")));
    assert_same(&after, &answers(&postgres).await);
}
