//! The pull from the data·inclusion API v1: `/api/v1/structures` and `/api/v1/services` of one
//! département, page after page (`page`, `size`; answers `{items, total, page, size, pages}`), with
//! the Bearer token the API hands out. Both lists are assembled into one document that goes through
//! the same import pipeline as a file.

use serde_json::{json, Value};

/// Where to pull from, from the environment.
pub struct Source {
    /// `DATA_INCLUSION_URL`, e.g. `https://api.data.inclusion.beta.gouv.fr`.
    pub base: String,
    /// `DATA_INCLUSION_TOKEN`.
    pub token: String,
    /// `AIGUILLAGE_DEPARTEMENT` (default `01`).
    pub departement: String,
}

impl Source {
    pub fn from_env() -> Result<Self, String> {
        let token = std::env::var("DATA_INCLUSION_TOKEN")
            .map_err(|_| "DATA_INCLUSION_TOKEN n’est pas défini : demandez un jeton d’accès à data·inclusion.".to_owned())?;
        let base = std::env::var("DATA_INCLUSION_URL").unwrap_or_else(|_| "https://api.data.inclusion.beta.gouv.fr".into());
        let departement = std::env::var("AIGUILLAGE_DEPARTEMENT").unwrap_or_else(|_| "01".into());
        Ok(Source { base: base.trim_end_matches('/').to_owned(), token, departement })
    }
}

/// Pages at most per list: a département is a few thousand entries, never a million.
const MAX_PAGES: u64 = 200;
const SIZE: u64 = 500;

async fn all(client: &reqwest::Client, source: &Source, what: &str) -> Result<Vec<Value>, String> {
    let mut items = Vec::new();
    let mut page = 1;
    loop {
        let url = format!("{}/api/v1/{what}", source.base);
        let response = client
            .get(&url)
            .bearer_auth(&source.token)
            .query(&[("code_departement", source.departement.as_str()), ("page", &page.to_string()), ("size", &SIZE.to_string())])
            .send()
            .await
            .map_err(|e| format!("data·inclusion ne répond pas ({url}) : {e}"))?;
        match response.status().as_u16() {
            200 => {}
            401 | 403 => return Err("data·inclusion refuse le jeton d’accès (DATA_INCLUSION_TOKEN).".into()),
            status => return Err(format!("data·inclusion répond {status} pour {what}, page {page}.")),
        }
        let body: Value =
            response.json().await.map_err(|e| format!("data·inclusion a envoyé une page illisible ({what}, page {page}) : {e}"))?;
        let Some(list) = body["items"].as_array() else {
            return Err(format!("data·inclusion a envoyé une page sans « items » ({what}, page {page})."));
        };
        items.extend(list.iter().cloned());
        let pages = body["pages"].as_u64().unwrap_or(1);
        if page >= pages || list.is_empty() || page >= MAX_PAGES {
            return Ok(items);
        }
        page += 1;
    }
}

/// The structures and services of the département, as one document.
pub async fn pull(source: &Source) -> Result<Vec<u8>, String> {
    let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(60)).build().map_err(|e| e.to_string())?;
    let structures = all(&client, source, "structures").await?;
    let services = all(&client, source, "services").await?;
    Ok(json!({ "structures": structures, "services": services }).to_string().into_bytes())
}
