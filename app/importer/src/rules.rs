//! What a national programme's label, or a kind of public office, implies when the source says nothing
//! more. Each rule is written in words for coordinators (the import report and `/donnees` print them)
//! and applied as data: the services the place is then known to offer.

use domain::directory::{Coverage, Service};
use domain::taxonomy::{AccessMode, Accompaniment, Fee, Public, ServiceKind};

/// One rule: a service a place is known to offer because of what it is.
pub struct Rule {
    /// The service id's suffix (`{structure}-{suffix}`), stable so a second import finds it again.
    pub suffix: &'static str,
    pub nom: &'static str,
    /// The rule in words, with where it comes from.
    pub regle: &'static str,
    pub services: &'static [ServiceKind],
    pub publics: &'static [Public],
    pub accompagnement: &'static [Accompaniment],
    pub acces: &'static [AccessMode],
    pub gratuit: bool,
}

pub const FRANCE_SERVICES: Rule = Rule {
    suffix: "france-services",
    nom: "Accueil France Services",
    regle: "Une France Services aide gratuitement aux démarches de ses organismes partenaires (CAF, impôts, ANTS, France Travail, Assurance maladie, retraite, MSA, justice, La Poste) et met des ordinateurs en libre accès : c’est le cahier des charges national des France Services, rappelé par la feuille de route de l’Ain.",
    services: &[ServiceKind::Demarches, ServiceKind::AccesMateriel],
    publics: &[],
    accompagnement: &[Accompaniment::Individuel, Accompaniment::Autonomie],
    acces: &[AccessMode::SePresenter, AccessMode::Telephoner],
    gratuit: true,
};

/// A maison de services au public of the 2019 directory: the label ended in 2022 (most became France
/// services), so the place keeps the help it gave, « à vérifier », and no label.
pub const MSAP: Rule = Rule {
    suffix: "msap",
    nom: "Aide aux démarches (ancienne maison de services au public)",
    regle: "Une maison de services au public (MSAP) de l’annuaire de 2019 aidait aux démarches administratives. Le label MSAP a pris fin en 2022 : il n’est plus affiché. Le lieu garde l’aide aux démarches, à vérifier, et devient une seule entrée avec la France services qui l’a remplacé quand c’est le même lieu.",
    services: &[ServiceKind::Demarches],
    publics: &[],
    accompagnement: &[Accompaniment::Individuel],
    acces: &[AccessMode::SePresenter],
    gratuit: true,
};

pub const CONSEILLER_NUMERIQUE: Rule = Rule {
    suffix: "conseiller-numerique",
    nom: "Conseiller numérique",
    regle: "Un lieu où travaille un conseiller numérique apprend gratuitement à utiliser le numérique au quotidien, seul ou en atelier (dispositif Conseillers numériques).",
    services: &[ServiceKind::Quotidien, ServiceKind::Comprehension],
    publics: &[],
    accompagnement: &[Accompaniment::Individuel, Accompaniment::Atelier],
    acces: &[],
    gratuit: true,
};

pub const AIDANTS_CONNECT: Rule = Rule {
    suffix: "aidants-connect",
    nom: "Démarches en ligne à votre place (Aidants Connect)",
    regle: "Une structure habilitée Aidants Connect peut réaliser une démarche en ligne à la place de la personne, avec son accord et en sécurité.",
    services: &[ServiceKind::Demarches],
    publics: &[],
    accompagnement: &[Accompaniment::Individuel],
    acces: &[],
    gratuit: true,
};

pub const MISSION_LOCALE: Rule = Rule {
    suffix: "mission-locale",
    nom: "Accompagnement des jeunes (mission locale)",
    regle: "Une mission locale accompagne les jeunes de 16 à 25 ans vers l’emploi et la formation, et dans leurs démarches.",
    services: &[ServiceKind::Insertion, ServiceKind::Demarches],
    publics: &[Public::Jeunes],
    accompagnement: &[Accompaniment::Individuel],
    acces: &[],
    gratuit: true,
};

pub const INFORMATION_JEUNESSE: Rule = Rule {
    suffix: "information-jeunesse",
    nom: "Information jeunesse",
    regle: "Un point ou bureau Information Jeunesse accueille les jeunes gratuitement, sans rendez-vous, pour l’emploi, la formation et les droits, avec un accès libre à internet (label Information Jeunesse).",
    services: &[ServiceKind::Insertion, ServiceKind::AccesMateriel],
    publics: &[Public::Jeunes],
    accompagnement: &[Accompaniment::Individuel, Accompaniment::Autonomie],
    acces: &[AccessMode::SePresenter],
    gratuit: true,
};

pub const CLIC: Rule = Rule {
    suffix: "clic",
    nom: "Aide aux démarches des personnes âgées (CLIC)",
    regle: "Un CLIC (centre local d’information et de coordination) aide les personnes âgées et leurs proches dans leurs démarches.",
    services: &[ServiceKind::Demarches],
    publics: &[Public::Seniors],
    accompagnement: &[Accompaniment::Individuel],
    acces: &[],
    gratuit: true,
};

pub const ADIL: Rule = Rule {
    suffix: "adil",
    nom: "Conseil gratuit sur le logement (ADIL)",
    regle: "Une agence départementale d’information sur le logement (ADIL) conseille gratuitement sur le logement et ses démarches (location, aides, achat) : c’est l’organisme à qui s’adresser pour une démarche de logement.",
    services: &[ServiceKind::Demarches],
    publics: &[],
    accompagnement: &[Accompaniment::Individuel],
    acces: &[AccessMode::SePresenter, AccessMode::Telephoner],
    gratuit: true,
};

/// Every rule, for the report and `/donnees`.
pub const ALL: &[&Rule] =
    &[&FRANCE_SERVICES, &MSAP, &CONSEILLER_NUMERIQUE, &AIDANTS_CONNECT, &MISSION_LOCALE, &INFORMATION_JEUNESSE, &CLIC, &ADIL];

impl Rule {
    /// The service this rule gives the structure `structure`, over `zone`.
    pub fn service(&self, structure: &str, zone: Coverage) -> Service {
        Service {
            nom: self.nom.to_owned(),
            services: self.services.to_vec(),
            publics: self.publics.to_vec(),
            frais: if self.gratuit { vec![Fee::Gratuit] } else { vec![] },
            modalites_acces: self.acces.to_vec(),
            modalites_accompagnement: self.accompagnement.to_vec(),
            zone,
            ..Service::blank(format!("{structure}-{}", self.suffix), structure)
        }
    }
}

/// Organisations named for the whole département serve all of it, wherever their counter is (the CAF
/// de l’Ain, the CIDFF de l’Ain, the ADIL de l’Ain).
pub fn departement_wide(name: &str) -> bool {
    let folded = domain::normalize::fold(name);
    folded.contains("caisse d allocations familiales de l ain")
        || folded.starts_with("cidff")
        || (folded.starts_with("adil") && folded.contains("de l ain"))
        || (folded.contains("information sur le logement") && folded.ends_with(" ain"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_offers_something_and_says_why() {
        for rule in ALL {
            assert!(!rule.services.is_empty() && rule.regle.len() > 40, "{}", rule.suffix);
            let s = rule.service("x", Coverage::National);
            assert_eq!(s.id, format!("x-{}", rule.suffix));
        }
    }

    #[test]
    fn departmental_organisations_serve_the_whole_departement() {
        assert!(departement_wide("Caisse d'Allocations Familiales de l'Ain - Antenne OYONNAX"));
        assert!(departement_wide("CIDFF -Maison Digitale Bourg-en-Bresse"));
        assert!(!departement_wide("Mairie de Neuville sur Ain"));
    }
}
