//! The sources the directory is loaded from, by the code that [`crate::directory::SourceRef`] and
//! [`crate::directory::Origin`] carry: how a card names them (« Source : liste France Services (ANCT),
//! 01/08/2024 ») and what the open-data page attributes to them.

use crate::result::french_date;

/// A known source: its code, its name for people, its producer and its licence.
pub struct SourceInfo {
    pub code: &'static str,
    pub nom: &'static str,
    pub producteur: &'static str,
    pub licence: &'static str,
}

pub const SOURCES: &[SourceInfo] = &[
    SourceInfo {
        code: "france-services",
        nom: "liste France Services (ANCT)",
        producteur: "Agence nationale de la cohésion des territoires",
        licence: "Licence Ouverte 2.0",
    },
    SourceInfo {
        code: "conseiller-numerique",
        nom: "lieux des conseillers numériques (ANCT)",
        producteur: "Agence nationale de la cohésion des territoires",
        licence: "non précisée par le fichier publié",
    },
    SourceInfo {
        code: "cnfs-structures",
        nom: "structures employeuses de conseillers numériques (ANCT)",
        producteur: "Agence nationale de la cohésion des territoires",
        licence: "non précisée par le fichier publié",
    },
    SourceInfo {
        code: "aidants-connect",
        nom: "structures Aidants Connect",
        producteur: "Aidants Connect (ANCT)",
        licence: "non précisée par le fichier publié",
    },
    SourceInfo {
        code: "annuaire-administration",
        nom: "Annuaire de l’administration (service-public.fr)",
        producteur: "Direction de l’information légale et administrative",
        licence: "Licence Ouverte 2.0",
    },
    SourceInfo {
        code: "hinaura",
        nom: "cartographie Hinaura",
        producteur: "Hinaura, hub de l’inclusion numérique Auvergne-Rhône-Alpes",
        licence: "non précisée par le fichier publié",
    },
    SourceInfo { code: "data-inclusion", nom: "data·inclusion", producteur: "GIP de l’inclusion", licence: "Licence Ouverte 2.0" },
];

/// The source of `code`, if it is a known one.
pub fn info(code: &str) -> Option<&'static SourceInfo> {
    SOURCES.iter().find(|s| s.code == code)
}

/// How a card names a source: its known name, else its code as the file gave it.
pub fn name(code: &str) -> String {
    info(code).map_or_else(|| code.to_owned(), |s| s.nom.to_owned())
}

/// « Source : liste France Services (ANCT), 01/08/2024 ».
pub fn source_line(code: &str, date: &str) -> String {
    format!("Source : {}, {}", name(code), french_date(date))
}

/// A source code from the free text of a file's `source` column: « Conseiller-Numerique » and
/// « conseiller numérique » are the same source.
pub fn code_of(raw: &str) -> String {
    let folded = crate::normalize::fold(raw);
    let code: Vec<&str> = folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    code.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_names_a_known_source_and_its_date_in_french() {
        assert_eq!(source_line("france-services", "2024-08-01"), "Source : liste France Services (ANCT), 01/08/2024");
        assert_eq!(source_line("hubik", "2024-04-02"), "Source : hubik, 02/04/2024");
    }

    #[test]
    fn source_codes_ignore_case_accents_and_separators() {
        assert_eq!(code_of("Conseiller numérique"), "conseiller-numerique");
        assert_eq!(code_of("conseiller-numerique"), "conseiller-numerique");
        assert_eq!(code_of(" Hinaura "), "hinaura");
    }
}
