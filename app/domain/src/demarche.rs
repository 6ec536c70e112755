//! The organisations behind « Pour quelle démarche ? ». The answer changes what the person is told:
//! a France services says that it is the organisation's partner (« La CAF est partenaire de toutes
//! les France services »), the organisation's own local office comes first where a source lists one,
//! and its own national channel (phone and online space) is the remote answer. An organisation's
//! channel is never offered for a démarche with another one: the CAF does not do the tax return.

/// One answer of the démarche question, by its code in the flow (`criteres.demarche`).
pub struct Organisme {
    pub code: &'static str,
    /// Whether every France services is its partner (the national charter of France services).
    pub partenaire_france_services: bool,
}

pub const ORGANISMES: &[Organisme] = &[
    Organisme { code: "caf", partenaire_france_services: true },
    Organisme { code: "impots", partenaire_france_services: true },
    // Identity papers, driving licence and registration: the ANTS.
    Organisme { code: "papiers", partenaire_france_services: true },
    Organisme { code: "emploi", partenaire_france_services: true },
    Organisme { code: "sante", partenaire_france_services: true },
    Organisme { code: "retraite", partenaire_france_services: true },
    // Housing: the ADIL and the CAF's housing aid, not a partner of France services as such.
    Organisme { code: "logement", partenaire_france_services: false },
];

/// The organisation of a démarche code, if it names one (« autre » does not).
pub fn organisme(code: &str) -> Option<&'static Organisme> {
    ORGANISMES.iter().find(|o| o.code == code)
}

/// The organisation a structure's name says it is, for sources that do not say (« Caisse
/// d'Allocations Familiales de l'Ain - Antenne », « ADIL de l'Ain »): its services are then its
/// own channel. Folded names (`normalize::fold`).
pub fn organisme_named(folded: &str) -> Option<&'static str> {
    let code = if folded.contains("caisse d allocations familiales") {
        "caf"
    } else if folded.starts_with("adil") || folded.contains("information sur le logement") {
        "logement"
    } else if folded.contains("france travail") || folded.contains("pole emploi") {
        "emploi"
    } else if folded.contains("caisse primaire d assurance maladie") || folded.starts_with("cpam") {
        "sante"
    } else if folded.starts_with("carsat") || folded.contains("assurance retraite") {
        "retraite"
    } else if folded.contains("finances publiques") || folded.contains("service des impots") {
        "impots"
    } else {
        return None;
    };
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn an_organisations_own_office_is_known_by_its_name() {
        assert_eq!(organisme_named(&fold("Caisse d'Allocations Familiales de l'Ain - Antenne OYONNAX")), Some("caf"));
        assert_eq!(organisme_named(&fold("Agence départementale d'information sur le logement (Adil) - Ain")), Some("logement"));
        assert_eq!(organisme_named(&fold("Mairie de Nantua")), None);
    }

    #[test]
    fn every_organisation_but_housing_is_a_partner_of_every_france_services() {
        let partners: Vec<&str> = ORGANISMES.iter().filter(|o| o.partenaire_france_services).map(|o| o.code).collect();
        assert_eq!(partners, ["caf", "impots", "papiers", "emploi", "sante", "retraite"]);
        assert!(organisme("autre").is_none());
    }
}
