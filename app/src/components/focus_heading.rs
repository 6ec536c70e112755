use leptos::prelude::*;

/// Moves the focus to the page's `h1` once hydrated, so that after each step a screen reader starts
/// with the new question rather than the site's header. Renders nothing.
#[island]
pub fn FocusHeading() -> impl IntoView {
    Effect::new(move |_| focus_h1());
}

#[cfg(feature = "hydrate")]
fn focus_h1() {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    // Only when nothing else has the focus yet (an autofocus field keeps it).
    let nothing_focused =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).is_none_or(|a| a.tag_name() == "BODY");
    if let (Some(h), true) = (heading, nothing_focused) {
        let _ = h.focus();
    }
}

#[cfg(not(feature = "hydrate"))]
fn focus_h1() {}
