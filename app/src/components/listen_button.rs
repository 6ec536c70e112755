use leptos::prelude::*;

/// « Écouter »: reads the page's main content aloud with the browser's speech synthesis, in the page's
/// language. It appears only when the browser has a voice of that language (never a button that does
/// nothing, nor an Arabic page read by a French voice), inline and small, so that its arrival moves
/// nothing on the page. Its words and the page's language come from the page itself (`island_words`).
#[island]
pub fn ListenButton() -> impl IntoView {
    use super::island_words::{page, page_words, read, word, PAGE};
    let words = read(PAGE, page_words);
    #[cfg_attr(not(feature = "hydrate"), allow(unused_variables))]
    let (available, set_available) = signal(false);
    let (speaking, set_speaking) = signal(false);
    #[cfg(feature = "hydrate")]
    {
        let words = words.clone();
        Effect::new(move |_| speech::when_voice(word(&words, page::LANG), move || set_available.set(true)));
    }
    let toggle = {
        let words = words.clone();
        move |_| {
            #[cfg(feature = "hydrate")]
            set_speaking.set(speech::toggle(word(&words, page::LANG), move || set_speaking.set(false)));
            // Event handlers never run on the server: the same closure, without the speech.
            #[cfg(not(feature = "hydrate"))]
            {
                let _ = &words;
                set_speaking.set(false);
            }
        }
    };
    // One closure renders the whole button with plain values: cheaper in wasm than reactive attributes.
    move || {
        let on = speaking.get();
        available.get().then(|| {
            let (pressed, label) = if on { ("true", page::STOP) } else { ("false", page::LISTEN) };
            let label = word(&words, label).to_owned();
            view! { <button type="button" class="listen" on:click=toggle.clone() aria-pressed=pressed>{label}</button> }
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

    /// A voice whose language is `lang` (« fr » takes « fr-FR », « fr-CA »…).
    fn voice(synth: &SpeechSynthesis, lang: &str) -> Option<SpeechSynthesisVoice> {
        synth.get_voices().iter().map(|v| v.unchecked_into::<SpeechSynthesisVoice>()).find(|v| {
            let tag = v.lang();
            let primary = tag.get(..lang.len()).is_some_and(|p| p.eq_ignore_ascii_case(lang));
            primary && matches!(tag.as_bytes().get(lang.len()), None | Some(b'-' | b'_'))
        })
    }

    /// Calls `found` once a voice of `lang` is known (browsers load their voices late).
    pub fn when_voice(lang: &str, found: impl Fn() + 'static) {
        let Some(s) = synth() else { return };
        if voice(&s, lang).is_some() {
            return found();
        }
        let again = s.clone();
        let lang = lang.to_owned();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if voice(&again, &lang).is_some() {
                found();
            }
        });
        s.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }

    /// Starts reading the main content, or stops a reading under way; returns whether it now speaks.
    pub fn toggle(lang: &str, ended: impl Fn() + 'static) -> bool {
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
        // The language of the voice whose presence made the button appear (« fr-FR », « ar-SA »): the
        // browser picks that voice.
        let Some(voice) = voice(&s, lang) else { return false };
        utterance.set_lang(&voice.lang());
        let on_end = Closure::<dyn FnMut()>::new(ended);
        utterance.set_onend(Some(on_end.as_ref().unchecked_ref()));
        on_end.forget();
        s.speak(&utterance);
        true
    }
}
