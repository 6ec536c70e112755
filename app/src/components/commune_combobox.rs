//! The commune field. Server-rendered it is a plain text input (the form resolves the text on the
//! server); hydrated it becomes an ARIA 1.2 combobox with a list of suggestions from the commune API.

use crate::domain::commune_search::CommuneHit;
use leptos::prelude::*;
use std::time::Duration;

const LISTBOX_ID: &str = "commune-suggestions";
/// Wait for a pause in typing before asking the server: one request per word, not per key.
const DEBOUNCE: Duration = Duration::from_millis(180);

///
/// What it shows comes from the page (`island_words`): the text typed so far (kept when the form comes
/// back with an error), the field's error, and its words in the page's language.
#[island]
pub fn CommuneCombobox() -> impl IntoView {
    use super::island_words::{commune as at, commune_words, read, word, COMMUNE};
    let words = read(COMMUNE, commune_words);
    // What the person typed before the code arrived wins over what the server wrote: hydration would
    // otherwise set the field back and lose it. The code is only fetched once the field is used
    // (`step_navigator.js`), so the first letters are often typed before it runs.
    let written = word(&words, at::TEXTE).to_owned();
    let typed = typed_before_hydration().filter(|t| *t != written);
    let texte = typed.clone().unwrap_or(written);
    let erreur = Some(word(&words, at::ERREUR).to_owned()).filter(|e| !e.is_empty());
    let (text, set_text) = signal(texte.clone());
    let (code, set_code) = signal(String::new());
    let (options, set_options) = signal(Vec::<CommuneHit>::new());
    let (active, set_active) = signal(None::<usize>);
    let (open, set_open) = signal(false);
    let (status, set_status) = signal(String::new());
    // ARIA combobox semantics only once the script can honour them.
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));

    let pending = StoredValue::new(None::<TimeoutHandle>);
    let generation = StoredValue::new(0u32);

    // Forgets any answer still on its way: it would describe an older text.
    let cancel_pending = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        generation.update_value(|g| *g += 1);
    };
    // Closing cancels too: a list must not pop up after Escape or Tab.
    let close = move || {
        cancel_pending();
        set_open.set(false);
        set_active.set(None);
    };
    let pick = {
        let words = words.clone();
        move |i: usize| {
            if let Some(hit) = options.with_untracked(|o| o.get(i).cloned()) {
                set_text.set(hit.nom.clone());
                set_code.set(hit.code_insee.clone());
                set_status.set(format!("{}{}{}", word(&words, at::CHOSEN[0]), hit.nom, word(&words, at::CHOSEN[1])));
                close();
            }
        }
    };

    // Asks for the suggestions of `value`, after a pause in typing.
    let search = {
        let words = words.clone();
        move |value: String| {
            cancel_pending();
            let asked = generation.get_value();
            if value.trim().chars().count() < 2 {
                set_options.set(Vec::new());
                close();
                return;
            }
            let words = words.clone();
            let handle = set_timeout_with_handle(
                move || {
                    leptos::task::spawn_local(async move {
                        let Some(hits) = fetch_suggestions(&value).await else { return };
                        // An older, slower answer must not replace a newer one.
                        if generation.get_value() != asked {
                            return;
                        }
                        let count = hits.len().min(crate::domain::commune_search::MAX_RESULTS);
                        set_status.set(word(&words, at::COUNTS + count).to_owned());
                        set_open.set(!hits.is_empty());
                        set_active.set(None);
                        set_options.set(hits);
                    });
                },
                DEBOUNCE,
            );
            pending.set_value(handle.ok());
        }
    };
    let on_input = {
        let search = search.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            set_text.set(value.clone());
            // The text changed: a previously picked commune no longer applies.
            set_code.set(String::new());
            search(value);
        }
    };
    // Letters typed while the code was on its way get their suggestions now, as if just typed.
    if let Some(typed) = typed {
        Effect::new(move |_| search(typed.clone()));
    }

    let on_keydown = {
        let pick = pick.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let count = options.with_untracked(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" | "ArrowUp" if count > 0 => {
                    ev.prevent_default();
                    let down = ev.key() == "ArrowDown";
                    set_open.set(true);
                    set_active.update(|a| {
                        *a = Some(match (*a, down) {
                            (None, true) => 0,
                            (None, false) => count - 1,
                            (Some(i), true) => (i + 1) % count,
                            (Some(i), false) => (i + count - 1) % count,
                        })
                    });
                }
                "Enter" => {
                    if let (true, Some(i)) = (open.get_untracked(), active.get_untracked()) {
                        // Enter picks the highlighted commune; the next Enter submits the form.
                        ev.prevent_default();
                        pick(i);
                    }
                }
                "Escape" => {
                    // Also cancels suggestions still on their way: Escape pressed while typing means « no list ».
                    if open.get_untracked() {
                        ev.prevent_default();
                    }
                    close();
                }
                _ => {}
            }
        }
    };

    let (label, hint, error_prefix) =
        (word(&words, at::LABEL).to_owned(), word(&words, at::HINT).to_owned(), word(&words, at::ERROR_PREFIX).to_owned());
    let list_name = word(&words, at::LIST).to_owned();
    let described_by = if erreur.is_some() { "commune-aide commune-erreur" } else { "commune-aide" };
    let has_error = erreur.is_some();
    view! {
        <div class="field" class:field--error=has_error>
            <label for="commune-texte" class="field-label">{label}</label>
            <p class="field-hint" id="commune-aide">{hint}</p>
            {erreur.map(|e| view! {
                <p class="field-message" id="commune-erreur">
                    <span class="visually-hidden">{error_prefix}" "</span>
                    {e}
                </p>
            })}
            <div class="combobox">
                <input
                    id="commune-texte"
                    name="q"
                    type="text"
                    class="input"
                    value=texte
                    prop:value=text
                    spellcheck="false"
                    autocomplete=move || if hydrated.get() { "off" } else { "address-level2" }
                    role=move || hydrated.get().then_some("combobox")
                    aria-autocomplete=move || hydrated.get().then_some("list")
                    aria-expanded=move || hydrated.get().then(|| open.get().to_string())
                    aria-controls=move || hydrated.get().then_some(LISTBOX_ID)
                    aria-activedescendant=move || {
                        active.get().filter(|_| open.get()).map(|i| format!("commune-option-{i}"))
                    }
                    aria-describedby=described_by
                    aria-invalid=has_error.then_some("true")
                    on:input=on_input
                    on:keydown=on_keydown
                    on:blur=move |_| close()
                />
                <input type="hidden" name="commune" prop:value=code value=""/>
                {move || {
                    let (pick, list_name) = (pick.clone(), list_name.clone());
                    hydrated.get().then(move || view! {
                    <ul id=LISTBOX_ID role="listbox" aria-label=list_name class="suggestions" hidden=move || !open.get()>
                        {move || options.get().into_iter().enumerate().map(|(i, hit)| {
                            let pick = pick.clone();
                            view! {
                                <li
                                    id=format!("commune-option-{i}")
                                    role="option"
                                    class="suggestion"
                                    aria-selected=move || (active.get() == Some(i)).to_string()
                                    // pointerdown, not click: the input keeps focus, so blur does not close the list first.
                                    on:pointerdown=move |ev| {
                                        ev.prevent_default();
                                        pick(i);
                                    }
                                >
                                    {hit.label()}
                                    <span class="suggestion-epci">{hit.epci_nom.clone()}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    })
                }}
            </div>
            <p role="status" class="visually-hidden">{status}</p>
        </div>
    }
}

/// Asks the commune API; `None` when offline or on any failure (the plain form still works then).
#[cfg(feature = "hydrate")]
async fn fetch_suggestions(q: &str) -> Option<Vec<CommuneHit>> {
    let url = format!("/api/v1/communes?q={}", super::browser::encode(q));
    super::browser::fetch_communes(&url).await
}

/// Event handlers only ever run in the browser; the server build needs the name, not the behaviour.
#[cfg(not(feature = "hydrate"))]
async fn fetch_suggestions(_q: &str) -> Option<Vec<CommuneHit>> {
    None
}

/// The field's text as the page holds it now, when it holds any (the browser only).
fn typed_before_hydration() -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let field = web_sys::window()?.document()?.get_element_by_id("commune-texte")?;
        Some(field.dyn_into::<web_sys::HtmlInputElement>().ok()?.value()).filter(|v| !v.is_empty())
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}
