//! The three kinds of entries the back-office edits, with the words their URLs and revisions use:
//! pure data, so that the repositories, the operations and the pages name a kind the same way.

/// The three kinds of entries that are edited, versioned and archived the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum EntityKind {
    Structure,
    Service,
    Seance,
}

impl EntityKind {
    /// The singular code stored with revisions, and used in the history and archive URLs.
    pub fn code(self) -> &'static str {
        match self {
            Self::Structure => "structure",
            Self::Service => "service",
            Self::Seance => "seance",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Structure, Self::Service, Self::Seance].into_iter().find(|k| k.code() == code)
    }

    /// The segment of the entry's page: `/admin/structures/{id}`.
    pub fn plural(self) -> &'static str {
        match self {
            Self::Structure => "structures",
            Self::Service => "services",
            Self::Seance => "seances",
        }
    }

    /// The id of an entry not yet created, as its page's URL says it (French gender of the word).
    pub fn new_word(self) -> &'static str {
        match self {
            Self::Service => "nouveau",
            Self::Structure | Self::Seance => "nouvelle",
        }
    }
}
