//! Pages compressed once (`server::compress_once`): what a browser receives decodes to the very page
//! it would get uncompressed, with its own nonce, the first time as when the page was kept.

#[path = "support/app.rs"]
mod support;

use std::io::Read;
use support::{spawn_app, TestApp};

const NANTUA_CAF: &str = "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi";

/// The nonce the response's policy allows, its `Content-Encoding`, and its body as sent.
async fn fetched(app: &TestApp, path: &str, accept: &str) -> (String, Option<String>, Vec<u8>) {
    let res = app.raw.get(format!("{}{path}", app.base)).header("accept-encoding", accept).send().await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    let policy = res.headers()["content-security-policy"].to_str().unwrap().to_owned();
    let start = policy.find("'nonce-").expect("a page's policy has a nonce") + 7;
    let nonce = policy[start..start + policy[start..].find('\'').unwrap()].to_owned();
    let encoding = res.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_owned());
    (nonce, encoding, res.bytes().await.unwrap().to_vec())
}

fn decoded(encoding: &str, body: &[u8]) -> String {
    let bytes = match encoding {
        "zstd" => zstd::stream::decode_all(body).unwrap(),
        "gzip" => {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(body).read_to_end(&mut out).unwrap();
            out
        }
        other => panic!("unexpected encoding {other}"),
    };
    String::from_utf8(bytes).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_result_asked_again_as_browsers_ask_decodes_to_the_same_page_with_its_own_nonce() {
    let app = spawn_app().await;
    let (plain_nonce, plain_encoding, plain) = fetched(&app, NANTUA_CAF, "identity").await;
    assert_eq!(plain_encoding, None);
    let plain = String::from_utf8(plain).unwrap().replace(&plain_nonce, "NONCE");
    for (accept, encoding) in [("gzip, deflate, br, zstd", "zstd"), ("gzip, deflate, br", "gzip")] {
        // The first response compresses the page and keeps it; the second is joined from what was kept.
        for time in ["first", "second"] {
            let (nonce, sent_as, body) = fetched(&app, NANTUA_CAF, accept).await;
            assert_eq!(sent_as.as_deref(), Some(encoding), "{accept}, {time} time");
            assert_ne!(nonce, plain_nonce, "each response has a nonce of its own");
            let page = decoded(encoding, &body);
            assert!(page.contains(&format!(r#"nonce="{nonce}""#)), "the page carries the nonce its header allows");
            assert_eq!(page.replace(&nonce, "NONCE"), plain, "{accept}, {time} time: the same page");
            assert!(body.len() * 3 < plain.len(), "{encoding}: {} bytes for {}", body.len(), plain.len());
        }
    }
}
