use leptos::prelude::*;

/// « Écouter »: reads the page's main content aloud with the browser's speech synthesis, in French.
/// It appears only when the browser has a French voice (never a button that does nothing), inline and
/// small, so that its arrival moves nothing on the page.
#[island]
pub fn ListenButton() -> impl IntoView {
    #[cfg_attr(not(feature = "hydrate"), allow(unused_variables))]
    let (available, set_available) = signal(false);
    let (speaking, set_speaking) = signal(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| speech::when_french_voice(move || set_available.set(true)));
    let toggle = move |_| {
        #[cfg(feature = "hydrate")]
        set_speaking.set(speech::toggle(move || set_speaking.set(false)));
        #[cfg(not(feature = "hydrate"))]
        set_speaking.set(false);
    };
    // One closure renders the whole button with plain values: cheaper in wasm than reactive attributes.
    move || {
        let on = speaking.get();
        available.get().then(|| {
            let (pressed, label) = if on { ("true", "Arrêter la lecture") } else { ("false", "Écouter") };
            view! { <button type="button" class="listen" on:click=toggle aria-pressed=pressed>{label}</button> }
        })
    }
}

#[cfg(feature = "hydrate")]
mod speech {
    use wasm_bindgen::prelude::*;
    use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    fn synth() -> Option<SpeechSynthesis> {
        let window = web_sys::window()?;
        js_sys::Reflect::has(&window, &"speechSynthesis".into()).ok()?.then(|| window.speech_synthesis().ok()).flatten()
    }

    fn french_voice(synth: &SpeechSynthesis) -> Option<SpeechSynthesisVoice> {
        synth
            .get_voices()
            .iter()
            .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
            .find(|v| v.lang().get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fr")))
    }

    /// Calls `found` once a French voice is known (browsers load their voices late).
    pub fn when_french_voice(found: impl Fn() + 'static) {
        let Some(s) = synth() else { return };
        if french_voice(&s).is_some() {
            return found();
        }
        let again = s.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if french_voice(&again).is_some() {
                found();
            }
        });
        s.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }

    /// Starts reading the main content, or stops a reading under way; returns whether it now speaks.
    pub fn toggle(ended: impl Fn() + 'static) -> bool {
        let Some(s) = synth() else { return false };
        if s.speaking() {
            s.cancel();
            return false;
        }
        let Some(text) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("contenu")).and_then(|m| m.text_content())
        else {
            return false;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) else { return false };
        // The language picks the French voice whose presence made the button appear.
        utterance.set_lang("fr-FR");
        let on_end = Closure::<dyn FnMut()>::new(ended);
        utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
        on_end.forget();
        s.speak(&utterance);
        true
    }
}
