//! `/metrics` for operators: absent unless configured, refused without its token, and then the
//! requests by route pattern, their latency, the pool, imports and interrupted runs.

#[path = "support/app.rs"]
mod support;

use support::{spawn_app, spawn_with};

const TOKEN: &str = "jeton-des-metriques-assez-long-0123";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_configured_token_there_is_no_metrics_page() {
    let app = spawn_app().await;
    assert_eq!(app.get("/metrics").await.status().as_u16(), 404);
    let res = app.raw.get(format!("{}/metrics", app.base)).bearer_auth("n’importe quoi").send().await.unwrap();
    assert_eq!(res.status().as_u16(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_need_the_token_and_count_requests_by_route_pattern_with_latency_pool_and_events() {
    let app = spawn_with(tempfile::tempdir().unwrap(), |c| c.metrics_token = Some(TOKEN.into())).await;
    let url = format!("{}/metrics", app.base);
    assert_eq!(app.raw.get(&url).send().await.unwrap().status().as_u16(), 401, "no token");
    let wrong = app.raw.get(&url).bearer_auth(format!("{TOKEN}x")).send().await.unwrap();
    assert_eq!(wrong.status().as_u16(), 401, "a wrong token");
    assert!(!wrong.text().await.unwrap().contains("aiguillage_"), "nothing said to a wrong token");

    for _ in 0..3 {
        assert_eq!(app.get("/api/v1/communes?q=Nantua").await.status().as_u16(), 200);
    }
    assert_eq!(app.get("/agenda/seance-qui-n-existe-pas.ics").await.status().as_u16(), 404);
    assert_eq!(app.get("/un/chemin/%3Cscript%3E").await.status().as_u16(), 404);

    let res = app.raw.get(&url).bearer_auth(TOKEN).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let body = res.text().await.unwrap();
    assert!(body.contains(r#"aiguillage_http_requests_total{route="/api/v1/communes",method="GET",status="200"} 3"#), "{body}");
    assert!(body.contains(r#"route="/agenda/{file}",method="GET",status="404"} 1"#), "a pattern, not the path: {body}");
    assert!(body.contains(r#"route="autre",method="GET",status="404"} 1"#), "{body}");
    assert!(!body.contains("script") && !body.contains("seance-qui"), "no path a client typed: {body}");
    assert!(body.contains(r#"aiguillage_http_request_duration_seconds_bucket{le="0.1",route="/api/v1/communes"}"#), "{body}");
    assert!(body.contains(r#"aiguillage_db_pool_connections{state="maximum"}"#), "{body}");
    assert!(body.contains(r#"aiguillage_events{state="imports_appliques"} 0"#), "{body}");
    assert!(body.contains(r#"aiguillage_events{state="executions_en_cours"} 1"#), "this server's run: {body}");
    assert!(body.contains(r#"aiguillage_events{state="executions_interrompues"} 0"#), "{body}");
}
