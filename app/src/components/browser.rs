//! Browser-only helpers of the commune field's island.

use crate::domain::commune_search::{CommuneHit, MatchKind};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// GETs the commune API at `url` and reads its `communes`; `None` when offline or on any failure (the
/// plain forms still work). The browser's own JSON parser reads it: a Rust JSON decoder would be the
/// largest part of the wasm bundle.
pub async fn fetch_communes(url: &str) -> Option<Vec<CommuneHit>> {
    let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let body = JsFuture::from(response.json().ok()?).await.ok()?;
    let communes: js_sys::Array = get(&body, "communes")?.dyn_into().ok()?;
    communes.iter().map(|c| hit(&c)).collect()
}

fn get(object: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

fn text(object: &JsValue, key: &str) -> Option<String> {
    get(object, key)?.as_string()
}

fn hit(c: &JsValue) -> Option<CommuneHit> {
    let codes: js_sys::Array = get(c, "codes_postaux")?.dyn_into().ok()?;
    Some(CommuneHit {
        code_insee: text(c, "code_insee")?,
        nom: text(c, "nom")?,
        codes_postaux: codes.iter().filter_map(|v| v.as_string()).collect(),
        epci_siren: text(c, "epci_siren")?,
        epci_nom: text(c, "epci_nom")?,
        nom_recherche: text(c, "nom_recherche"),
        // The suggestions do not show how a name matched; the order of the list already says it.
        correspondance: MatchKind::Exact,
    })
}

pub fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}
