//! Browser-only helpers shared by the islands.

use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// GETs `url` and decodes its JSON; `None` when offline or on any failure (the plain forms still work).
pub async fn fetch_json<T: DeserializeOwned>(url: &str) -> Option<T> {
    let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let body = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    serde_json::from_str(&body).ok()
}

pub fn encode(value: &str) -> String {
    String::from(js_sys::encode_uri_component(value))
}

/// The device's position (longitude, latitude), or why not.
pub async fn current_position() -> Result<(f64, f64), ()> {
    let geolocation = web_sys::window().ok_or(())?.navigator().geolocation().map_err(|_| ())?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = geolocation.get_current_position_with_error_callback(&resolve, Some(&reject));
    });
    // Browsers name the class GeolocationPosition; web-sys's stable binding is the older `Position`,
    // so no instanceof check: the fields are the same.
    let position: web_sys::Position = JsFuture::from(promise).await.map_err(|_| ())?.unchecked_into();
    let coords = position.coords();
    Ok((coords.longitude(), coords.latitude()))
}

pub fn go_to(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
}
