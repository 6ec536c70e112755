//! Who may say that a place carries a national label. A label holds only where its authority lists
//! the place: France Services where the ANCT's list of France Services names it (the newest file
//! wins, so a place it no longer lists loses the label), Aidants Connect where the Aidants Connect
//! list names it, Conseillers numériques where a conseillers numériques file does. Other files repeat
//! labels they heard of — the conseillers' 2022 file gives every permanence the labels of the
//! conseiller's employer, so a mairie visited once a month became « France Services »; the 2019
//! directory still says « MSAP », a label that ended in 2022 — and are not believed on them. Each rule
//! is written once, here, and printed in every import report that applies it.

use crate::export::OWN_SOURCE;
use crate::rules::{Rule, AIDANTS_CONNECT, CONSEILLER_NUMERIQUE, FRANCE_SERVICES};
use domain::directory::{Service, Structure};
use domain::taxonomy::Programme;

/// One label and the lists that decide it.
pub struct Authority {
    pub programme: Programme,
    /// The source codes (`domain::sources`) whose files are the authority's list.
    pub sources: &'static [&'static str],
    /// The service the label implies (`rules`): it comes and goes with the label.
    pub rule: &'static Rule,
    /// The rule in words, for the import report.
    pub regle: &'static str,
}

pub const ALL: &[Authority] = &[
    Authority {
        programme: Programme::FranceServices,
        sources: &["france-services"],
        rule: &FRANCE_SERVICES,
        regle: "le label France services vient de la seule liste des France services de l’ANCT ; la plus récente fait foi, et un lieu qu’elle ne liste plus le perd. Un lieu où un conseiller numérique employé par une France services tient une permanence n’est pas une France services.",
    },
    Authority {
        programme: Programme::AidantsConnect,
        sources: &["aidants-connect"],
        rule: &AIDANTS_CONNECT,
        regle: "le label Aidants Connect vient de la seule liste des structures habilitées Aidants Connect.",
    },
    Authority {
        programme: Programme::ConseillersNumeriques,
        sources: &["conseiller-numerique", "cnfs-structures"],
        rule: &CONSEILLER_NUMERIQUE,
        regle: "le label Conseillers numériques vient des seuls fichiers des conseillers numériques (lieux d’activité, structures employeuses).",
    },
];

/// The authority of `programme`, if the label has one (the others are taken as their source says).
pub fn of(programme: Programme) -> Option<&'static Authority> {
    ALL.iter().find(|a| a.programme == programme)
}

/// Whether a file of `source` may give `programme`. Aiguillage's own export repeats labels that were
/// already decided, so it may.
pub fn may_give(source: &str, programme: Programme) -> bool {
    source == OWN_SOURCE || of(programme).is_none_or(|a| a.sources.contains(&source))
}

/// Keeps of `labels` what `source` may give; returns the labels it may not, for the report.
pub fn keep_believed(source: &str, labels: &mut Vec<Programme>) -> Vec<Programme> {
    let (kept, refused): (Vec<Programme>, Vec<Programme>) = labels.iter().partition(|p| may_give(source, **p));
    *labels = kept;
    refused
}

/// Drops from `services` those that a refused label implied (`{structure}-{rule suffix}`).
pub fn drop_implied(services: &mut Vec<Service>, structure: &str, refused: &[Programme]) {
    for p in refused {
        if let Some(a) = of(*p) {
            let id = format!("{structure}-{}", a.rule.suffix);
            services.retain(|s| s.id != id);
        }
    }
}

/// The labels of `structure` that no listing of their authority supports any more (every file of
/// the authority that listed the place now says it is absent): they are taken off, and returned.
pub fn withdraw_unlisted(structure: &mut Structure) -> Vec<Programme> {
    let mut withdrawn = Vec::new();
    structure.dispositifs.retain(|p| {
        let Some(a) = of(*p) else { return true };
        let listed = structure.sources.iter().filter(|r| a.sources.contains(&r.source.as_str()));
        let (mut any, mut current) = (false, false);
        for r in listed {
            any = true;
            current |= !r.absent;
        }
        // Never listed by its authority (set by a coordinator, or from Aiguillage's own export): kept.
        let holds = !any || current;
        if !holds {
            withdrawn.push(*p);
        }
        holds
    });
    withdrawn
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_anct_list_gives_the_france_services_label() {
        let mut labels = vec![Programme::ConseillersNumeriques, Programme::FranceServices, Programme::AidantsConnect];
        let refused = keep_believed("conseiller-numerique", &mut labels);
        assert_eq!(labels, [Programme::ConseillersNumeriques]);
        assert_eq!(refused, [Programme::FranceServices, Programme::AidantsConnect]);
        let mut labels = vec![Programme::FranceServices];
        assert!(keep_believed("france-services", &mut labels).is_empty());
        let mut labels = vec![Programme::FranceServices, Programme::PointCaf];
        assert_eq!(keep_believed("hinaura", &mut labels), [Programme::FranceServices]);
        assert_eq!(labels, [Programme::PointCaf], "a label without an authority here is taken as the source says");
    }

    #[test]
    fn a_label_goes_when_its_authority_no_longer_lists_the_place() {
        use domain::directory::SourceRef;
        let mut s = Structure::blank("x".into(), "test");
        s.dispositifs = vec![Programme::FranceServices, Programme::AidantsConnect];
        let listing = |source: &str, absent| SourceRef { source: source.into(), cle: "1".into(), date: "2024-08-01".into(), absent };
        s.sources = vec![listing("france-services", true), listing("aidants-connect", false)];
        assert_eq!(withdraw_unlisted(&mut s), [Programme::FranceServices]);
        assert_eq!(s.dispositifs, [Programme::AidantsConnect]);
    }

    #[test]
    fn every_authority_says_its_rule_in_words() {
        for a in ALL {
            assert!(a.regle.len() > 40 && !a.sources.is_empty(), "{}", a.programme.label());
        }
    }
}
