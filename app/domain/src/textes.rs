//! The words of the public pages in every language, from the Fluent files of `app/domain/locales/`
//! (one folder per language, the same files and keys in each). A translator edits those files
//! without touching Rust; they are read into the binary at build time, so that the server and the
//! offline engine speak the same words, and `textes_tests.rs` fails when a key is missing or extra.
//!
//! Why Fluent (`fluent-bundle`, Mozilla's maintained implementation): plurals and grammatical cases
//! are the translator's business in the file (« 1 aide », « 2 aides »; Ukrainian and Arabic have
//! more forms), not a branch in our code.
//!
//! The islands never call this module: their words come from the server as props, so the browser's
//! wasm does not grow with the number of languages.

use super::langue::Langue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The files of each language, in `locales/{code}/`.
pub const FILES: [&str; 4] = ["commun.ftl", "parcours.ftl", "resultat.ftl", "pages.ftl"];

/// The line a file carries while its translation waits for a native speaker's review.
pub const TO_REVIEW: &str = "### Statut : traduction à relire";

macro_rules! locale {
    ($code:literal) => {
        [
            include_str!(concat!("../locales/", $code, "/commun.ftl")),
            include_str!(concat!("../locales/", $code, "/parcours.ftl")),
            include_str!(concat!("../locales/", $code, "/resultat.ftl")),
            include_str!(concat!("../locales/", $code, "/pages.ftl")),
        ]
    };
}

/// The text of every file, per language, in [`Langue::ALL`]'s order.
pub fn sources(langue: Langue) -> [&'static str; 4] {
    match langue {
        Langue::Fr => locale!("fr"),
        Langue::Facile => locale!("facile"),
        Langue::En => locale!("en"),
        Langue::Ar => locale!("ar"),
        Langue::Tr => locale!("tr"),
        Langue::Uk => locale!("uk"),
    }
}

/// A value given to a message: a text, or a number (which chooses the plural form).
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(langue: Langue) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Langue::ALL.into_iter().map(build).collect());
    let index = Langue::ALL.iter().position(|l| *l == langue).unwrap_or(0);
    &all[index]
}

/// A language's bundle, and what went wrong reading its files (parse errors, duplicate keys) as
/// sentences. A file that does not parse keeps the messages it could read (the tests refuse such a
/// file, so a release never has one).
fn load(langue: Langue) -> (Bundle, Vec<String>) {
    let id = langue.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks keep a French name inside Arabic text in its own direction; in the
    // left-to-right languages they would only be noise in copied text.
    bundle.set_use_isolating(langue == Langue::Ar);
    let mut problems = Vec::new();
    for (file, text) in FILES.iter().zip(sources(langue)) {
        let say = |e: &dyn std::fmt::Debug| format!("{}/{file} : {e:?}", langue.code());
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, errors)| {
            problems.extend(errors.iter().map(|e| say(e)));
            partial
        });
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| say(e)));
        }
    }
    (bundle, problems)
}

fn build(langue: Langue) -> Bundle {
    load(langue).0
}

/// Parse errors and duplicate keys of a language's files, as sentences (for the tests).
pub fn problems(langue: Langue) -> Vec<String> {
    load(langue).1
}

impl Langue {
    /// The message `key` in this language (in French if this language lacks it, which the tests
    /// forbid; the key itself if French lacks it too).
    pub fn t(self, key: &str) -> String {
        self.tr(key, &[])
    }

    /// The message `key` with its values: `langue.tr("resultat-titre", &[("n", 3.into())])`.
    pub fn tr(self, key: &str, args: &[(&str, Arg)]) -> String {
        format(self, key, args).or_else(|| format(Langue::Fr, key, args)).unwrap_or_else(|| key.to_owned())
    }

    /// Whether this language's files still carry [`TO_REVIEW`].
    pub fn awaits_review(self) -> bool {
        sources(self).iter().any(|text| text.lines().any(|l| l.trim() == TO_REVIEW))
    }
}

fn format(langue: Langue, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(langue);
    let pattern = bundle.get_message(key)?.value()?;
    let mut values = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(s) => values.set(*name, FluentValue::from(*s)),
            Arg::Number(n) => values.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&values), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Dates, hours and phone numbers as each language reads them.
impl Langue {
    /// « 2026-05-12 » → « 12/05/2026 » in French, « 12 May 2026 » in English (the file's `date`);
    /// anything else as it is.
    pub fn date(self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let [y, m, d] = parts.as_slice() else { return iso.to_owned() };
        let month_name = m.parse::<u8>().map(|n| self.t(&format!("mois-{n}"))).unwrap_or_default();
        let day_number = d.trim_start_matches('0');
        let args = [("jour", Arg::Text(d)), ("jnum", Arg::Text(day_number)), ("mois", Arg::Text(m)), ("moisnom", Arg::Text(&month_name))];
        self.tr("date", &[args[0], args[1], args[2], args[3], ("annee", Arg::Text(y))])
    }

    /// Minutes from midnight → « 9h00 » in French, « 9:00 » elsewhere (the file's `heure`).
    pub fn hour(self, minutes: u16) -> String {
        let (h, mm) = ((minutes / 60 % 24).to_string(), format!("{:02}", minutes % 60));
        self.tr("heure", &[("h", Arg::Text(&h)), ("mm", Arg::Text(&mm))])
    }

    /// A phone number to read: « 04 74 38 65 71 » in French; « +33 4 74 38 65 71 » in the other
    /// languages, which a phone from abroad dials as it is. Short numbers (3949) stay as they are.
    pub fn phone(self, raw: &str) -> String {
        let national = crate::phone::display_phone(raw);
        if matches!(self, Langue::Fr | Langue::Facile) {
            return national;
        }
        match national.strip_prefix('0') {
            Some(rest) if national.len() == 14 && !rest.starts_with(' ') => format!("+33 {rest}"),
            _ => national,
        }
    }
}

#[cfg(test)]
#[path = "textes_tests.rs"]
mod tests;
