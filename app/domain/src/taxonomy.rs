//! The enumerations of the Schéma des lieux de médiation numérique (v1.0.2), spelled exactly as the
//! standard spells them, so that import and export are lossless. Each value also has the plain words
//! people see. One macro builds every list: they differ only in their data.

use serde::{Deserialize, Serialize};

/// An enumeration whose values serialize as the standard's own labels.
macro_rules! standard_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $label:literal, $plain:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $label)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as the national standard writes it.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// Short everyday words for the public pages.
            pub fn plain(self) -> &'static str {
                match self { $($name::$variant => $plain,)+ }
            }

            /// The key of its plain words in the translation files (`public-jeunes`); only the
            /// lists a result card shows have one there.
            pub fn key(self) -> String {
                let variant = match self { $($name::$variant => stringify!($variant),)+ };
                format!("{}-{}", $crate::taxonomy::key_prefix(stringify!($name)), variant.to_lowercase())
            }

            pub fn from_label(label: &str) -> Option<Self> {
                let label = label.trim();
                Self::ALL.iter().copied().find(|v| v.label() == label)
            }
        }
    };
}

standard_enum! {
    /// `services`: what a place helps with.
    ServiceKind {
        Demarches => "Aide aux démarches administratives", "Aide aux démarches en ligne";
        Quotidien => "Maîtrise des outils numériques du quotidien", "Utiliser un ordinateur, un téléphone";
        Insertion => "Insertion professionnelle via le numérique", "Emploi, CV, formation";
        Securite => "Utilisation sécurisée du numérique", "Se protéger des arnaques";
        Parentalite => "Parentalité et éducation avec le numérique", "Parentalité et numérique";
        Loisirs => "Loisirs et créations numériques", "Loisirs et création";
        Comprehension => "Compréhension du monde numérique", "Comprendre le numérique";
        AccesMateriel => "Accès internet et matériel informatique", "Ordinateur et internet sur place";
        MaterielSolidaire => "Acquisition de matériel informatique à prix solidaire", "Matériel à prix solidaire";
    }
}

standard_enum! {
    /// `publics_specifiquement_adresses`
    Public {
        Jeunes => "Jeunes", "Accueille les jeunes";
        Etudiants => "Étudiants", "Accueille les étudiants";
        Familles => "Familles et/ou enfants", "Accueille les familles";
        Seniors => "Seniors", "Accueille les seniors";
        Femmes => "Femmes", "Accueille les femmes";
    }
}

standard_enum! {
    /// `prise_en_charge_specifique`
    SpecificSupport {
        Surdite => "Surdité", "Adapté à la surdité";
        HandicapMoteur => "Handicaps moteurs", "Adapté au handicap moteur";
        HandicapMental => "Handicaps mentaux", "Adapté au handicap mental";
        Illettrisme => "Illettrisme", "Aide aux personnes qui lisent difficilement";
        LangueAnglais => "Langues étrangères (anglais)", "Accueil en anglais";
        LangueAutres => "Langues étrangères (autres)", "Accueil en d’autres langues";
        DeficienceVisuelle => "Déficience visuelle", "Adapté à la déficience visuelle";
    }
}

standard_enum! {
    /// `frais_a_charge`
    Fee {
        Gratuit => "Gratuit", "Gratuit";
        GratuitSousCondition => "Gratuit sous condition", "Gratuit sous conditions";
        Payant => "Payant", "Payant";
    }
}

standard_enum! {
    /// `modalites_acces`: how to get the service.
    AccessMode {
        SePresenter => "Se présenter", "Venir sans rendez-vous";
        Telephoner => "Téléphoner", "Téléphoner";
        Courriel => "Contacter par mail", "Écrire un courriel";
        RdvEnLigne => "Prendre un RDV en ligne", "Prendre rendez-vous en ligne";
        PasDePublic => "Ce lieu n'accueille pas de public", "N’accueille pas de public";
        Prescription => "Envoyer un mail avec une fiche de prescription", "Sur orientation d’un professionnel";
    }
}

standard_enum! {
    /// `modalites_accompagnement`
    Accompaniment {
        Autonomie => "En autonomie", "Matériel en libre accès";
        Individuel => "Accompagnement individuel", "Aide individuelle";
        Atelier => "Dans un atelier collectif", "Ateliers en groupe";
        ADistance => "À distance", "À distance, par téléphone ou en ligne";
    }
}

standard_enum! {
    /// `itinerance`
    Itinerance {
        Itinerant => "Itinérant", "Se déplace (bus, permanences)";
        Fixe => "Fixe", "Lieu fixe";
    }
}

standard_enum! {
    /// `dispositif_programmes_nationaux`
    Programme {
        AidantsConnect => "Aidants Connect", "Aidants Connect";
        BibliothequeNumerique => "Bibliothèques numérique de référence", "Bibliothèque numérique de référence";
        Pix => "Certification PIX", "Certification Pix";
        ConseillersNumeriques => "Conseillers numériques", "Conseillers numériques";
        EmmausConnect => "Emmaüs Connect", "Emmaüs Connect";
        FranceServices => "France Services", "France services";
        GrandeEcole => "Grande école du numérique", "Grande école du numérique";
        CroixRouge => "La Croix Rouge", "La Croix-Rouge";
        PointCaf => "Point d'accès numérique CAF", "Point numérique CAF";
        PromeneursDuNet => "Promeneurs du net", "Promeneurs du Net";
        RelaisEmmaus => "Relais numérique (Emmaüs Connect)", "Relais numérique Emmaüs Connect";
    }
}

/// Parses the standard's `a|b|c` multi-valued cells; unknown values are returned apart, never dropped
/// silently, so an import can report them.
/// The translation files' prefix for a list's plain words.
pub fn key_prefix(list: &str) -> &'static str {
    match list {
        "Public" => "public",
        "SpecificSupport" => "prise-en-charge",
        "AccessMode" => "acces",
        "ServiceKind" => "service",
        _ => "taxonomie",
    }
}

pub fn parse_list<T: Copy>(cell: &str, from_label: impl Fn(&str) -> Option<T>) -> (Vec<T>, Vec<String>) {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for part in cell.split('|').map(str::trim).filter(|p| !p.is_empty()) {
        match from_label(part) {
            Some(v) => known.push(v),
            None => unknown.push(part.to_owned()),
        }
    }
    (known, unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_serialize_as_the_standard_writes_them() {
        for kind in ServiceKind::ALL {
            assert_eq!(ServiceKind::from_label(kind.label()), Some(*kind));
        }
        assert_eq!(serde_json::to_string(&Fee::GratuitSousCondition).unwrap(), "\"Gratuit sous condition\"");
        let p: Public = serde_json::from_str("\"Familles et/ou enfants\"").unwrap();
        assert_eq!(p, Public::Familles);
    }

    #[test]
    fn every_value_of_the_standard_schema_is_known() {
        // The patterns of shared/data/standard-mediation-num/schema.json, copied as data.
        let services = "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien|Insertion professionnelle via le numérique|Utilisation sécurisée du numérique|Parentalité et éducation avec le numérique|Loisirs et créations numériques|Compréhension du monde numérique|Accès internet et matériel informatique|Acquisition de matériel informatique à prix solidaire";
        let (known, unknown) = parse_list(services, ServiceKind::from_label);
        assert_eq!((known.len(), unknown.len()), (9, 0));
        let support = "Surdité|Handicaps moteurs|Handicaps mentaux|Illettrisme|Langues étrangères (anglais)|Langues étrangères (autres)|Déficience visuelle";
        assert_eq!(parse_list(support, SpecificSupport::from_label).0.len(), 7);
    }

    #[test]
    fn the_plain_words_cards_show_are_the_french_of_the_translation_files() {
        use crate::langue::Langue;
        let shown = Public::ALL.iter().map(|v| (v.key(), v.plain()));
        let shown = shown.chain(SpecificSupport::ALL.iter().map(|v| (v.key(), v.plain())));
        let shown = shown.chain(ServiceKind::ALL.iter().map(|v| (v.key(), v.plain())));
        for (key, plain) in shown.chain(AccessMode::ALL.iter().map(|v| (v.key(), v.plain()))) {
            assert_eq!(Langue::Fr.t(&key), plain, "{key}");
        }
        assert_eq!(SpecificSupport::HandicapMoteur.key(), "prise-en-charge-handicapmoteur");
    }

    #[test]
    fn unknown_values_are_reported_not_dropped() {
        let (known, unknown) = parse_list("Gratuit| Payant |Troc", Fee::from_label);
        assert_eq!(known, vec![Fee::Gratuit, Fee::Payant]);
        assert_eq!(unknown, vec!["Troc".to_owned()]);
    }
}
