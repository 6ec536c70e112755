//! Entries read and written as their domain types. The storage keeps one JSON document per entry
//! ([`Doc`]), which lets one table, one audit log and one import path serve the three kinds; callers
//! never see it: they ask for a `Structure`, a `Service` or a `Seance` and get one, with whether it is
//! archived. The row's kind, id, parent and start come from the value, so they cannot disagree with it.

use super::backoffice::Doc;
use super::{RepoError, Repository};
use crate::domain::directory::{Service, Structure};
use crate::domain::edit::EntityKind;
use crate::domain::seance::Seance;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A kind of entry the repository stores.
pub trait Entity: Serialize + DeserializeOwned + Send + Sync {
    const KIND: EntityKind;
    fn id(&self) -> &str;
    /// The structure of a service, the service of a séance.
    fn parent(&self) -> Option<&str>;
    /// A séance's start, for ordering in SQL.
    fn debut(&self) -> Option<&str> {
        None
    }
    /// The séance itself, for what publishes one séance without reading the others again.
    fn as_seance(&self) -> Option<&Seance> {
        None
    }
}

impl Entity for Structure {
    const KIND: EntityKind = EntityKind::Structure;
    fn id(&self) -> &str {
        &self.id
    }
    fn parent(&self) -> Option<&str> {
        None
    }
}

impl Entity for Service {
    const KIND: EntityKind = EntityKind::Service;
    fn id(&self) -> &str {
        &self.id
    }
    fn parent(&self) -> Option<&str> {
        Some(&self.structure)
    }
}

impl Entity for Seance {
    const KIND: EntityKind = EntityKind::Seance;
    fn id(&self) -> &str {
        &self.id
    }
    fn parent(&self) -> Option<&str> {
        Some(&self.service)
    }
    fn debut(&self) -> Option<&str> {
        Some(self.debut.as_str())
    }
    fn as_seance(&self) -> Option<&Seance> {
        Some(self)
    }
}

/// An entry as stored: its value, and whether it is archived (hidden from the public, never erased).
#[derive(Debug, Clone, PartialEq)]
pub struct Stored<T> {
    pub value: T,
    pub archived: bool,
}

impl<T: Entity> Stored<T> {
    /// Reads a row back; a row of another kind, or whose document no longer decodes, is corrupt.
    pub fn from_doc(doc: &Doc) -> Result<Self, RepoError> {
        if doc.kind != T::KIND {
            return Err(RepoError::Corrupt(format!("{} {} lu comme {}", doc.kind.code(), doc.id, T::KIND.code())));
        }
        let value =
            serde_json::from_value(doc.data.clone()).map_err(|e| RepoError::Corrupt(format!("{} {}: {e}", doc.kind.code(), doc.id)))?;
        Ok(Stored { value, archived: doc.archived })
    }

    /// The row that stores this entry.
    pub fn to_doc(&self) -> Result<Doc, RepoError> {
        Ok(Doc {
            kind: T::KIND,
            id: self.value.id().to_owned(),
            parent: self.value.parent().map(str::to_owned),
            debut: self.value.debut().map(str::to_owned),
            data: serde_json::to_value(&self.value).map_err(|e| RepoError::Corrupt(e.to_string()))?,
            archived: self.archived,
        })
    }
}

impl dyn Repository {
    /// The entry `id` of kind `T`, archived or not.
    pub async fn entry<T: Entity>(&self, id: &str) -> Result<Option<Stored<T>>, RepoError> {
        self.doc(T::KIND, id).await?.as_ref().map(Stored::from_doc).transpose()
    }

    /// Every entry of kind `T` with `parent` (all of them when `None`), archived ones included.
    pub async fn entries<T: Entity>(&self, parent: Option<&str>) -> Result<Vec<Stored<T>>, RepoError> {
        self.docs(T::KIND, parent).await?.iter().map(Stored::from_doc).collect()
    }

    /// Writes `entry` and its audit line in one transaction; returns the revision id.
    pub async fn save_entry<T: Entity>(
        &self,
        entry: &Stored<T>,
        account_id: Option<i64>,
        author: &str,
        action: &str,
        now: &str,
    ) -> Result<i64, RepoError> {
        self.save_doc(&entry.to_doc()?, account_id, author, action, now).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_says_what_its_value_says_and_reads_back_only_as_its_own_kind() {
        let service = Service { services: vec![crate::domain::taxonomy::ServiceKind::Demarches], ..Service::blank("v1".into(), "s1") };
        let doc = Stored { value: service.clone(), archived: true }.to_doc().unwrap();
        assert_eq!((doc.kind, doc.id.as_str(), doc.parent.as_deref(), doc.archived), (EntityKind::Service, "v1", Some("s1"), true));
        assert_eq!(Stored::<Service>::from_doc(&doc).unwrap().value, service);
        assert!(matches!(Stored::<Structure>::from_doc(&doc), Err(RepoError::Corrupt(_))));
        let broken = Doc { data: serde_json::json!({"id": 3}), ..doc };
        assert!(matches!(Stored::<Service>::from_doc(&broken), Err(RepoError::Corrupt(m)) if m.starts_with("service v1")));
    }
}
