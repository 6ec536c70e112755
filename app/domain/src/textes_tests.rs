//! The translation files are complete and well formed, and the FALC texts follow the easy-to-read
//! rules the team wrote down (`falc`).

use super::*;
use crate::flow::Flow;

// What the tests read of the files' syntax (Fluent's own parser): not needed to show a page.

/// The message ids of a language's files, with the variables each uses, for the tests.
fn keys(langue: Langue) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use fluent_syntax::ast;
    let mut out = std::collections::BTreeMap::new();
    for text in sources(langue) {
        let Ok(resource) = fluent_syntax::parser::parse(text) else { continue };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = std::collections::BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
            }
        }
    }
    out
}

fn variables(pattern: &fluent_syntax::ast::Pattern<&str>, into: &mut std::collections::BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, into: &mut std::collections::BTreeSet<String>) {
        if let InlineExpression::VariableReference { id } = e {
            into.insert(id.name.to_owned());
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(e) => inline(e, into),
                Expression::Select { selector, variants } => {
                    inline(selector, into);
                    for v in variants {
                        variables(&v.value, into);
                    }
                }
            }
        }
    }
}

/// Every message of a language as plain text (variables left as `{ $x }`), for the readability
/// check of FALC.
fn plain_messages(langue: Langue) -> Vec<(String, String)> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let mut out = Vec::new();
    for text in sources(langue) {
        let Ok(resource) = fluent_syntax::parser::parse(text) else { continue };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let Some(value) = m.value else { continue };
            let mut s = String::new();
            for element in value.elements {
                match element {
                    PatternElement::TextElement { value } => s.push_str(value),
                    PatternElement::Placeable { .. } => s.push('X'),
                }
            }
            out.push((m.id.name.to_owned(), s));
        }
    }
    out
}

#[test]
fn every_language_file_parses_without_duplicate_keys() {
    for langue in Langue::ALL {
        assert_eq!(problems(langue), Vec::<String>::new(), "{}", langue.code());
    }
}

#[test]
fn every_language_has_every_french_key_and_no_other() {
    let french = keys(Langue::Fr);
    assert!(french.len() > 150, "the French files hold the reference words ({} keys)", french.len());
    for langue in Langue::ALL {
        let theirs = keys(langue);
        let missing: Vec<&String> = french.keys().filter(|k| !theirs.contains_key(*k)).collect();
        let extra: Vec<&String> = theirs.keys().filter(|k| !french.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, unknown {extra:?}", langue.code());
    }
}

/// A translation may leave out a value the French uses (Turkish needs no plural), but never use one
/// the code does not give: it would print as an error. The date also offers the day without its
/// zero and the month's name.
/// The keys written literally in the Rust sources of `app` and `domain` (test files aside), as
/// `t("…")` or `tr("…"` (free functions or `langue.t`), with the file each is in.
fn keys_in_sources() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.to_string_lossy().ends_with("_tests.rs") {
                // Test files ask for missing keys on purpose (to check what a missing key shows).
                files.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    walk(&root.join("../src"), &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("(\"") {
            let before = &text[..at];
            let name_start = before.rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
            if !matches!(&before[name_start..], "t" | "tr") {
                continue;
            }
            let key: String = text[at + 2..].chars().take_while(|c| *c != '"').collect();
            if !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                found.push((key, file.display().to_string()));
            }
        }
    }
    found
}

#[test]
fn every_key_the_code_asks_for_exists_so_no_page_ever_shows_a_key() {
    let french = keys(Langue::Fr);
    let used = keys_in_sources();
    assert!(used.len() > 150, "the scan finds the code's keys ({} found)", used.len());
    let missing: Vec<_> = used.iter().filter(|(key, _)| !french.contains_key(key)).collect();
    // Every language has every French key (`every_language_has_every_french_key_and_no_other`).
    assert!(missing.is_empty(), "keys the code asks for that no file defines: {missing:?}");
}

#[test]
fn no_translation_uses_a_value_the_code_does_not_give() {
    let french = keys(Langue::Fr);
    for langue in Langue::ALL {
        for (key, vars) in keys(langue) {
            let mut given = french.get(&key).cloned().unwrap_or_default();
            if key == "date" {
                given.extend(["jnum".to_owned(), "moisnom".to_owned()]);
            }
            let unknown: Vec<&String> = vars.iter().filter(|v| !given.contains(*v)).collect();
            assert!(unknown.is_empty(), "{}: « {key} » uses {unknown:?}", langue.code());
        }
    }
}

#[test]
fn translations_say_they_await_review_until_a_reviewer_changes_the_line() {
    assert!(!Langue::Fr.awaits_review());
    for langue in Langue::ALL.into_iter().filter(|l| *l != Langue::Fr) {
        assert!(langue.awaits_review(), "{}", langue.code());
        for (file, text) in FILES.iter().zip(sources(langue)) {
            assert_eq!(text.lines().next(), Some(TO_REVIEW), "{}/{file} starts with its status", langue.code());
        }
    }
}

#[test]
fn messages_take_their_values_and_plurals_per_language() {
    assert_eq!(Langue::Fr.tr("autres-lieux", &[("n", 4.into())]), "Autres lieux (4)");
    assert_eq!(Langue::En.tr("fiche-autres", &[("n", 1.into())]), "And 1 more place on the full page.");
    assert_eq!(Langue::En.tr("fiche-autres", &[("n", 2.into())]), "And 2 more places on the full page.");
    assert_eq!(Langue::Uk.tr("fiche-autres", &[("n", 3.into())]), "І ще 3 місця на повній сторінці.");
    assert_eq!(Langue::Uk.tr("fiche-autres", &[("n", 5.into())]), "І ще 5 місць на повній сторінці.");
    // Arabic isolates a French name inside right-to-left text.
    assert_eq!(Langue::Ar.tr("localiser-trouve", &[("commune", "Nantua".into())]), "أنت في \u{2068}Nantua\u{2069}.");
    assert_eq!(Langue::En.t("no-such-key"), "no-such-key");
}

#[test]
fn dates_hours_and_phones_read_as_each_language_writes_them() {
    assert_eq!(Langue::Fr.date("2026-05-02"), "02/05/2026");
    assert_eq!(Langue::Facile.date("2026-05-02"), "2 mai 2026");
    assert_eq!(Langue::En.date("2026-05-12"), "12 May 2026");
    assert_eq!(Langue::Tr.date("2026-05-12"), "12.05.2026");
    assert_eq!(Langue::Uk.date("not a date"), "not a date");
    assert_eq!(Langue::Fr.hour(9 * 60 + 5), "9h05");
    assert_eq!(Langue::En.hour(18 * 60), "18:00");
    assert_eq!(Langue::Fr.phone("+33474386571"), "04 74 38 65 71");
    assert_eq!(Langue::En.phone("+33474386571"), "+33 4 74 38 65 71");
    assert_eq!(Langue::Ar.phone("3949"), "3949");
}

/// The easy-to-read rules this team checks, after Inclusion Europe's « Information for all » and
/// Unapei's guide « L’information pour tous » (the parts a program can check):
/// - short sentences: at most 15 words (their guides: one idea per sentence, short sentences);
/// - everyday words: none of the words below, which the guides name as hard or which our own users
///   stumbled on (« intercommunalité » is « communauté de communes », « orientation » is « aide »);
/// - no abbreviation, except names people know only by their letters (CAF, RSA, CV, ENT, INSEE, QR),
///   which they also see on their letters and on the places themselves;
/// - no semicolon, no parentheses around words (a number in parentheses is allowed: « (3) »).
mod falc {
    pub const MAX_WORDS: usize = 15;
    pub const AVOID: [&str; 17] = [
        "intercommunalité",
        "epci",
        "modalité",
        "dispositif",
        "usager",
        "prestation",
        "afin",
        "néanmoins",
        "toutefois",
        "ultérieurement",
        "ci-dessous",
        "ci-dessus",
        "via",
        "etc",
        "orientation",
        "éligible",
        "hors ligne",
    ];
    pub const KNOWN_LETTERS: [&str; 6] = ["CAF", "RSA", "CV", "ENT", "INSEE", "QR"];

    /// What breaks the rules in `text`, as sentences.
    pub fn problems(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let lower = text.to_lowercase();
        for word in AVOID {
            let found = lower
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != ' ')
                .any(|part| part.split(' ').collect::<Vec<_>>().windows(word.split(' ').count()).any(|w| w.join(" ") == word));
            if found {
                out.push(format!("mot à éviter « {word} »"));
            }
        }
        for sentence in text.split(['.', '?', '!', '…']) {
            let words = sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
            if words > MAX_WORDS {
                out.push(format!("phrase de {words} mots : « {} »", sentence.trim()));
            }
        }
        for token in text.split(|c: char| !c.is_alphanumeric()) {
            let letters = token.chars().count();
            if letters >= 2 && token.chars().all(|c| c.is_uppercase()) && !KNOWN_LETTERS.contains(&token) {
                out.push(format!("abréviation « {token} »"));
            }
        }
        if text.contains(';') {
            out.push("point-virgule".into());
        }
        let mut rest = text;
        while let Some(open) = rest.find('(') {
            let inside = &rest[open + 1..rest[open..].find(')').map_or(rest.len(), |c| open + c)];
            if !inside.chars().all(|c| c.is_ascii_digit() || c == 'X' || c == ' ') {
                out.push(format!("parenthèse « ({inside}) »"));
            }
            rest = &rest[open + 1..];
        }
        out
    }
}

#[test]
fn the_readability_check_catches_what_it_forbids() {
    assert!(falc::problems("Votre intercommunalité vous aide.").iter().any(|p| p.contains("intercommunalité")));
    assert!(falc::problems("Un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize.")
        .iter()
        .any(|p| p.contains("16 mots")));
    assert!(falc::problems("Allez à la MSAP.").iter().any(|p| p.contains("MSAP")));
    assert!(falc::problems("Venez ; ou appelez.").iter().any(|p| p.contains("point-virgule")));
    assert!(falc::problems("Un lieu (fixe) près de chez vous.").iter().any(|p| p.contains("parenthèse")));
    assert_eq!(falc::problems("Autres lieux (X). Appelez la CAF."), Vec::<String>::new());
}

#[test]
fn every_falc_text_is_easy_to_read() {
    let mut texts: Vec<(String, String)> = plain_messages(Langue::Facile);
    let flow = Flow::shipped();
    for need in &flow.besoins {
        texts.push((format!("parcours {}", need.id), need.titre_in(Langue::Facile).to_owned()));
        texts.push((format!("parcours {} exemples", need.id), need.exemples_in(Langue::Facile).to_owned()));
    }
    for q in &flow.questions {
        texts.push((format!("parcours {}", q.id), q.titre_in(Langue::Facile).to_owned()));
        for a in &q.reponses {
            texts.push((format!("parcours {}={}", q.id, a.id), a.libelle_in(Langue::Facile).to_owned()));
        }
    }
    assert!(texts.len() > 200, "every FALC text is checked ({})", texts.len());
    let failures: Vec<String> =
        texts.iter().flat_map(|(key, text)| falc::problems(text).into_iter().map(move |p| format!("{key} : {p}"))).collect();
    assert!(failures.is_empty(), "{failures:#?}");
}
