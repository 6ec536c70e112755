//! The words of the islands, in the page's language, without carrying them as island props.
//!
//! Why: each island prop type costs its own JSON decoder in the browser's wasm (three small islands
//! given their words as props grew the bundle by 7 KB brotli, past the 100 KB budget); with no island
//! taking props, the browser needs no JSON decoder at all. So the server
//! writes an island's words once into the page, in a hidden element ([`Holder`]), and the island reads
//! them back from the DOM when it wakes up ([`read`]); on the server it reads the translations
//! directly. The wasm carries no translation and no decoder, whatever the number of languages.

use leptos::prelude::*;
use std::sync::Arc;

/// Separates the words in the holder's attribute: a line break, which no word contains (tested).
const SEP: char = '\n';

/// An island's words, shared by its handlers (one type for every island: one copy of its code).
pub type Words = Arc<[String]>;

/// The `i`-th word, or nothing.
pub fn word(words: &Words, i: usize) -> &str {
    words.get(i).map_or("", String::as_str)
}

/// A hidden element holding `words`, for the islands to read.
#[component]
pub fn Holder(id: &'static str, words: Vec<String>) -> impl IntoView {
    // A word never holds the separator: a typed commune with a line break would shift every word after it.
    let joined = words.iter().map(|w| w.replace(['\r', SEP], " ")).collect::<Vec<_>>().join(&SEP.to_string());
    view! { <div id=id hidden data-mots=joined></div> }
}

/// The words of holder `id`: from the page in the browser, from `on_server` on the server.
pub fn read(id: &str, on_server: fn() -> Vec<String>) -> Words {
    #[cfg(feature = "hydrate")]
    {
        let _ = on_server;
        let text =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)).and_then(|e| e.get_attribute("data-mots"));
        text.map(|s| s.split(SEP).map(str::to_owned).collect()).unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = id;
        on_server().into()
    }
}

/// What the commune step gives its island beyond words (provided as context on the server, written
/// in the holder for the browser): the text typed and the field's error.
#[derive(Debug, Clone, Default)]
pub struct CommuneStep {
    pub texte: String,
    pub erreur: Option<String>,
}

/// The commune step's holder.
pub const COMMUNE: &str = "mots-commune";
/// Where each word is in [`commune_words`].
pub mod commune {
    pub const TEXTE: usize = 0;
    pub const ERREUR: usize = 1;
    pub const LABEL: usize = 2;
    pub const HINT: usize = 3;
    pub const ERROR_PREFIX: usize = 4;
    pub const CHOSEN: [usize; 2] = [5, 6];
    pub const LIST: usize = 7;
    /// Then one per count of suggestions, from none.
    pub const COUNTS: usize = 8;
}

/// A message with one value, split around it (the browser puts the value between): « Vous êtes à »,
/// « . ». Joining is all the browser does, with no search-and-replace code.
pub fn around(key: &str, name: &str) -> [String; 2] {
    const SLOT: &str = "\u{1e}";
    let whole = crate::i18n::tr(key, &[(name, SLOT.into())]);
    let (before, after) = whole.split_once(SLOT).unwrap_or((&whole, ""));
    [before.to_owned(), after.to_owned()]
}

/// The commune step's values ([`CommuneStep`], from the context) and words: the field's label, hint
/// and error prefix, « {commune} choisie » split around the name, the list's name, then what a
/// screen reader hears for 0, 1, …
/// `MAX_RESULTS` suggestions, written out per count so that every language's plural rules apply
/// without the rules in the browser.
pub fn commune_words() -> Vec<String> {
    use crate::i18n::{t, tr};
    let step = use_context::<CommuneStep>().unwrap_or_default();
    let [chosen_before, chosen_after] = around("commune-choisie", "commune");
    let mut words = vec![
        step.texte,
        step.erreur.unwrap_or_default(),
        t("commune-label"),
        t("commune-aide"),
        t("erreur-prefixe"),
        chosen_before,
        chosen_after,
        t("communes-liste"),
        t("communes-aucune"),
    ];
    words.extend((1..=crate::domain::commune_search::MAX_RESULTS).map(|n| tr("communes-proposees", &[("n", n.into())])));
    words
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Langue;

    #[test]
    fn no_word_of_any_language_contains_the_separator_and_values_sit_where_the_islands_look() {
        for langue in Langue::ALL {
            Owner::new().with(|| {
                provide_context(langue);
                provide_context(CommuneStep { texte: "Nant".into(), erreur: Some("Oups".into()) });
                let communes = commune_words();
                assert_eq!(communes.len(), commune::COUNTS + crate::domain::commune_search::MAX_RESULTS + 1);
                assert!(communes.iter().all(|w| !w.contains(SEP)), "{}", langue.code());
                assert_eq!((communes[commune::TEXTE].as_str(), communes[commune::ERREUR].as_str()), ("Nant", "Oups"));
                assert_eq!(communes[commune::LIST], langue.t("communes-liste"));
                assert_eq!(communes[commune::COUNTS + 3], langue.tr("communes-proposees", &[("n", 3.into())]));
                let chosen = format!("{}Nantua{}", communes[commune::CHOSEN[0]], communes[commune::CHOSEN[1]]);
                assert_eq!(chosen, langue.tr("commune-choisie", &[("commune", "Nantua".into())]));
            });
        }
    }
}
