//! The four entry needs of the parcours, with the words people see and the stable slugs URLs carry.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Need {
    Equiper,
    Demarche,
    Competences,
    Parentalite,
}

impl Need {
    pub const ALL: [Need; 4] = [Need::Equiper, Need::Demarche, Need::Competences, Need::Parentalite];

    /// The value in URLs (`besoin=`): stable, since links, QR codes and prints depend on it.
    pub fn slug(self) -> &'static str {
        match self {
            Need::Equiper => "equiper",
            Need::Demarche => "demarche",
            Need::Competences => "competences",
            Need::Parentalite => "parentalite",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Need> {
        Self::ALL.into_iter().find(|n| n.slug() == slug)
    }

    pub fn title(self) -> &'static str {
        match self {
            Need::Equiper => "M’équiper",
            Need::Demarche => "Réaliser une démarche",
            Need::Competences => "Apprendre, progresser",
            Need::Parentalite => "Accompagner mon enfant",
        }
    }

    /// One short sentence of examples, in everyday words.
    pub fn examples(self) -> &'static str {
        match self {
            Need::Equiper => "Avoir un ordinateur, un téléphone ou internet, à petit prix.",
            Need::Demarche => "CAF, impôts, papiers, France Travail, santé, retraite.",
            Need::Competences => "Utiliser un téléphone ou un ordinateur. Éviter les arnaques. Faire son CV.",
            Need::Parentalite => "Écrans, réseaux sociaux, harcèlement, Pronote.",
        }
    }
}
