//! The languages the public pages speak, and where a page says which: the first segment of its path.
//!
//! Why the path (`/en/parcours?…`) and not `?langue=en` or a cookie: a path prefix travels by itself
//! through every GET form (its `action`), every shared link, QR code and `.ics` file, and a page's
//! address alone says its language (no cookie to set, nothing that changes the page behind a shared
//! link). French keeps the addresses it always had (`/parcours`), so no printed QR code breaks.

use serde::{Deserialize, Serialize};

/// A language of the public pages. French is the reference; « Facile à lire et à comprendre » (FALC)
/// is French too, written to the easy-to-read rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Langue {
    #[default]
    Fr,
    Facile,
    En,
    Ar,
    Tr,
    Uk,
}

impl Langue {
    /// Every language shipped, in the order of the language switcher.
    pub const ALL: [Langue; 6] = [Langue::Fr, Langue::Facile, Langue::En, Langue::Ar, Langue::Tr, Langue::Uk];

    /// The code of its translation files (`locales/{code}/`) and of the flow's `traductions`.
    pub fn code(self) -> &'static str {
        match self {
            Langue::Fr => "fr",
            Langue::Facile => "facile",
            Langue::En => "en",
            Langue::Ar => "ar",
            Langue::Tr => "tr",
            Langue::Uk => "uk",
        }
    }

    /// The first segment of its pages' paths: « /en », or nothing for French.
    pub fn prefix(self) -> &'static str {
        match self {
            Langue::Fr => "",
            Langue::Facile => "/facile",
            Langue::En => "/en",
            Langue::Ar => "/ar",
            Langue::Tr => "/tr",
            Langue::Uk => "/uk",
        }
    }

    /// The page's `lang` attribute (BCP 47): FALC is French.
    pub fn tag(self) -> &'static str {
        match self {
            Langue::Fr | Langue::Facile => "fr",
            other => other.code(),
        }
    }

    /// The page's `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self == Langue::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Its name written in itself, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Langue::Fr => "Français",
            Langue::Facile => "Facile à lire",
            Langue::En => "English",
            Langue::Ar => "العربية",
            Langue::Tr => "Türkçe",
            Langue::Uk => "Українська",
        }
    }

    pub fn from_code(code: &str) -> Option<Langue> {
        Langue::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a path and the path without its prefix: « /en/parcours » → (En, « /parcours »),
    /// « /en » → (En, « / »), « /parcours » → (Fr, « /parcours »). « /fr/… » is not a prefix: French
    /// pages have none.
    pub fn split_path(path: &str) -> (Langue, &str) {
        for langue in Langue::ALL.into_iter().filter(|l| *l != Langue::Fr) {
            if let Some(rest) = path.strip_prefix(langue.prefix()) {
                if rest.is_empty() {
                    return (langue, "/");
                }
                if rest.starts_with('/') {
                    return (langue, rest);
                }
            }
        }
        (Langue::Fr, path)
    }

    /// A site path in this language: « /parcours?besoin=x » → « /en/parcours?besoin=x ». Anything that
    /// is not a site path (an external or `tel:` link, a fragment) is returned as it is.
    pub fn href(self, path: &str) -> String {
        if !path.starts_with('/') || path.starts_with("//") || self == Langue::Fr {
            return path.to_owned();
        }
        if path == "/" {
            return self.prefix().to_owned();
        }
        format!("{}{path}", self.prefix())
    }

    /// The first shipped language other than `current` that an `Accept-Language` header asks for, to
    /// propose (never to redirect). Quality values order the header; `q=0` refuses.
    pub fn proposed(accept_language: &str, current: Langue) -> Option<Langue> {
        let mut asked: Vec<(f32, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (!tag.is_empty() && q > 0.0).then_some((q, i, tag))
            })
            .collect();
        asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let first = asked.into_iter().find_map(|(_, _, tag)| {
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            Langue::ALL.into_iter().find(|l| *l != Langue::Facile && l.tag() == primary)
        })?;
        (first != current && !(first == Langue::Fr && current == Langue::Facile)).then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::Langue;

    #[test]
    fn a_path_says_its_language_and_french_pages_keep_their_addresses() {
        assert_eq!(Langue::split_path("/en/parcours"), (Langue::En, "/parcours"));
        assert_eq!(Langue::split_path("/ar"), (Langue::Ar, "/"));
        assert_eq!(Langue::split_path("/facile/"), (Langue::Facile, "/"));
        assert_eq!(Langue::split_path("/parcours"), (Langue::Fr, "/parcours"));
        assert_eq!(Langue::split_path("/entreprise"), (Langue::Fr, "/entreprise"), "a prefix is a whole segment");
        assert_eq!(Langue::split_path("/fr/parcours"), (Langue::Fr, "/fr/parcours"));
        for l in Langue::ALL {
            assert_eq!(Langue::split_path(&l.href("/orientation?x=1")), (l, "/orientation?x=1"));
            assert_eq!(Langue::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn only_site_paths_take_the_prefix() {
        assert_eq!(Langue::Uk.href("/"), "/uk");
        assert_eq!(Langue::Uk.href("/agenda"), "/uk/agenda");
        assert_eq!(Langue::Uk.href("tel:+33474"), "tel:+33474");
        assert_eq!(Langue::Uk.href("https://exemple.fr/"), "https://exemple.fr/");
        assert_eq!(Langue::Uk.href("//exemple.fr/"), "//exemple.fr/");
        assert_eq!(Langue::Uk.href("#contenu"), "#contenu");
        assert_eq!(Langue::Fr.href("/agenda"), "/agenda");
    }

    #[test]
    fn the_browser_language_is_proposed_by_preference_never_the_current_one() {
        assert_eq!(Langue::proposed("uk-UA,uk;q=0.9,en;q=0.5", Langue::Fr), Some(Langue::Uk));
        assert_eq!(Langue::proposed("fr-FR;q=0.3, tr;q=0.8", Langue::Fr), Some(Langue::Tr));
        assert_eq!(Langue::proposed("de-DE, en;q=0.7", Langue::Fr), Some(Langue::En), "an unknown language is skipped");
        assert_eq!(Langue::proposed("fr-FR,fr;q=0.9", Langue::Fr), None);
        assert_eq!(Langue::proposed("fr-FR", Langue::Facile), None, "FALC is French already");
        assert_eq!(Langue::proposed("fr-FR", Langue::En), Some(Langue::Fr));
        assert_eq!(Langue::proposed("ar;q=0, en", Langue::En), None, "q=0 refuses");
        assert_eq!(Langue::proposed("", Langue::Fr), None);
        assert_eq!(Langue::proposed(";;,q=", Langue::Fr), None);
    }

    #[test]
    fn arabic_alone_reads_right_to_left() {
        assert!(Langue::ALL.iter().all(|l| (l.dir() == "rtl") == (*l == Langue::Ar)));
        assert_eq!(Langue::Facile.tag(), "fr");
    }
}
