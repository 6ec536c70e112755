//! The old (v0) labels of the Schéma des lieux, as the Hinaura export (2021-2022) and the conseillers
//! numériques list (2022) still write them, mapped to the current standard: the `importer` reads old
//! files through these. Nothing is invented: what cannot be mapped is reported by the caller.

use super::taxonomy::{Accompaniment, Fee, Public, ServiceKind, SpecificSupport};

/// Old (v0) service labels → current `services` values: the inverse of the official crosswalk
/// (shared/data/derived/crosswalk-…json, `di_v0_anct_lib`).
pub fn map_service(old: &str) -> Option<ServiceKind> {
    Some(match old {
        "Utiliser le numérique au quotidien" | "Prendre en main un ordinateur" | "Prendre en main un smartphone ou une tablette" => {
            ServiceKind::Quotidien
        }
        "Approfondir ma culture numérique" | "Promouvoir la citoyenneté numérique" => ServiceKind::Comprehension,
        "Accéder à une connexion internet" | "Accéder à du matériel" => ServiceKind::AccesMateriel,
        "Accompagner les démarches de santé"
        | "Réaliser des démarches administratives avec un accompagnement"
        | "Devenir autonome dans les démarches administratives" => ServiceKind::Demarches,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PublicLabel {
    Public(Public),
    Support(SpecificSupport),
    Everyone,
}

pub fn map_public(old: &str) -> Option<PublicLabel> {
    Some(match old {
        "Adultes" => PublicLabel::Everyone,
        "Jeunes (16-26 ans)" => PublicLabel::Public(Public::Jeunes),
        "Seniors (+ 65 ans)" => PublicLabel::Public(Public::Seniors),
        "Familles/enfants" => PublicLabel::Public(Public::Familles),
        "Personnes en situation d'illettrisme" => PublicLabel::Support(SpecificSupport::Illettrisme),
        "Déficience visuelle" => PublicLabel::Support(SpecificSupport::DeficienceVisuelle),
        "Surdité" => PublicLabel::Support(SpecificSupport::Surdite),
        // The export does not say which language: « autres » claims the least.
        "Public langues étrangères" => PublicLabel::Support(SpecificSupport::LangueAutres),
        o if o.starts_with("Handicaps mentaux") => PublicLabel::Support(SpecificSupport::HandicapMental),
        _ => return None,
    })
}

/// The v0 cells read « Label : explanation »; the label is what matters.
pub fn head(cell: &str) -> &str {
    cell.split(" : ").next().unwrap_or(cell).trim()
}

pub fn map_fee(old: &str) -> Option<Fee> {
    match head(old) {
        "Gratuit" => Some(Fee::Gratuit),
        "Gratuit sous condition" => Some(Fee::GratuitSousCondition),
        // A membership fee is a cost: the current standard has no separate value for it.
        "Payant" | "Adhésion" => Some(Fee::Payant),
        _ => None,
    }
}

pub fn map_accompaniment(old: &str) -> Option<Accompaniment> {
    match head(old) {
        "Dans un atelier" => Some(Accompaniment::Atelier),
        // « À ma place » (someone authorised does it) is individual help in the current standard.
        "Avec de l'aide" | "A ma place" | "À ma place" => Some(Accompaniment::Individuel),
        "Seul" => Some(Accompaniment::Autonomie),
        _ => None,
    }
}

/// Personal addresses (« j.dupont@… ») stay out of a public directory; role addresses come in.
pub fn is_generic_email(email: &str) -> bool {
    let Some((local, domain)) = email.trim().split_once('@') else { return false };
    if local.is_empty() || !domain.contains('.') {
        return false;
    }
    let initial_and_name = local
        .split_once(['.', '-', '_'])
        .is_some_and(|(first, rest)| first.len() <= 2 && rest.chars().all(|c| c.is_ascii_alphabetic() || c == '-'));
    !initial_and_name
}
