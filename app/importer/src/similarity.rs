//! Whether two descriptions are of the same place: names and street addresses compared as people
//! write them (« PL » for « place », « 5-9 rue » for « 9 rue », the commune's name repeated or not).

use domain::normalize::fold;
use std::collections::BTreeSet;

/// Words that say nothing about which place it is.
const EMPTY_WORDS: &[&str] = &["de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur", "sous", "ain"];

/// The words of a name that tell places apart, less those of its commune's name.
fn name_words(name: &str, commune: &str) -> BTreeSet<String> {
    let commune: BTreeSet<String> = fold(commune).split(' ').map(str::to_owned).collect();
    fold(name)
        .split(' ')
        .filter(|w| !w.is_empty() && !EMPTY_WORDS.contains(w) && !commune.contains(*w))
        // A commune's offices go by several names (« Commune de Péronnas », « Mairie de Péronnas »).
        .map(|w| if matches!(w, "commune" | "maire" | "hotel") { "mairie" } else { w })
        .map(str::to_owned)
        .collect()
}

/// How alike two names are, from 0 to 1: the share of the shorter name's words found in the other
/// (« France services Veyle » and « France Services multisites de Veyle » → 1).
pub fn name_likeness(a: &str, b: &str, commune: &str) -> f64 {
    let (a, b) = (name_words(a, commune), name_words(b, commune));
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        // Nothing but the commune's name on one side: alike only when nothing on the other either.
        return if a.is_empty() && b.is_empty() { 1.0 } else { 0.0 };
    }
    a.intersection(&b).count() as f64 / shorter as f64
}

/// The share of all the words of both names that they have in common, from 0 to 1: « France services
/// Nantua antenne » and « France services de Nantua » share 2 of 3 words.
pub fn name_jaccard(a: &str, b: &str, commune: &str) -> f64 {
    let (a, b) = (name_words(a, commune), name_words(b, commune));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

fn expand(word: &str) -> &str {
    match word {
        "r" => "rue",
        "pl" => "place",
        "av" | "ave" => "avenue",
        "bd" | "bld" | "boul" => "boulevard",
        "ch" | "chem" => "chemin",
        "rte" => "route",
        "all" => "allee",
        "imp" => "impasse",
        "crs" => "cours",
        "sq" => "square",
        "esp" => "esplanade",
        "fbg" => "faubourg",
        "st" => "saint",
        "ste" => "sainte",
        w => w,
    }
}

/// A street address as (house numbers, street words): « 5-9 Rue des Papetiers » → ({5, 9}, {rue, papetiers}).
pub fn address_key(address: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut numbers = BTreeSet::new();
    let mut words = BTreeSet::new();
    for w in fold(address).split(' ').filter(|w| !w.is_empty()) {
        if w.chars().all(|c| c.is_ascii_digit()) {
            numbers.insert(w.trim_start_matches('0').to_owned());
        } else if !EMPTY_WORDS.contains(&w) && !["bis", "ter", "bp", "cedex"].contains(&w) {
            words.insert(expand(w).to_owned());
        }
    }
    (numbers, words)
}

/// The same street address: the same street words, and a house number in common when both have one.
pub fn same_address(a: &str, b: &str) -> bool {
    let ((na, wa), (nb, wb)) = (address_key(a), address_key(b));
    !wa.is_empty() && wa == wb && (na.is_empty() || nb.is_empty() || na.intersection(&nb).next().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_differ_only_by_words_and_commune_are_alike() {
        assert_eq!(name_likeness("France services Veyle", "France Services multisites de Veyle", "Pont-de-Veyle"), 1.0);
        assert_eq!(name_likeness("FRANCE SERVICES VEYLE", "France services Veyle", "Pont-de-Veyle"), 1.0);
        assert!(name_likeness("Mairie de Belley", "Médiathèque de Belley", "Belley") < 0.5);
        assert_eq!(name_jaccard("FRANCE SERVICES VEYLE", "France services Veyle", "Pont-de-Veyle"), 1.0);
        assert!(name_jaccard("France services Nantua antenne", "France services de Nantua", "Nantua") < 0.7);
    }

    #[test]
    fn addresses_match_across_abbreviations_and_number_ranges() {
        assert!(same_address("5-9 Rue des Papetiers", "9 Rue des Papetiers"));
        assert!(same_address("2 PL MARIE COLLET", "2 place Marie Collet"));
        assert!(!same_address("2 place Marie Collet", "4 place Marie Collet"));
        assert!(!same_address("", ""));
    }
}
