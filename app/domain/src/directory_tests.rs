//! Tests of `directory`: ids, references and indexes checked at the one way in.

use super::*;
use crate::taxonomy::ServiceKind;

fn service(id: &str, structure: &str) -> Service {
    Service { services: vec![ServiceKind::Demarches], ..Service::blank(id.into(), structure) }
}

#[test]
fn a_directory_cannot_be_made_or_read_with_a_broken_reference_a_twice_used_id_or_an_empty_service() {
    let a = || Structure::blank("a".into(), "test");
    assert!(Directory::new(vec![a()], vec![service("s", "a")]).is_ok());
    assert_eq!(
        Directory::new(vec![a()], vec![service("s", "b")]),
        Err(DirectoryError::UnknownStructure { service: "s".into(), structure: "b".into() })
    );
    assert_eq!(Directory::new(vec![a(), a()], vec![]), Err(DirectoryError::DuplicateId("a".into())));
    assert_eq!(Directory::new(vec![a()], vec![Service::blank("s".into(), "a")]), Err(DirectoryError::NoCategory("s".into())));
    // Reading goes through the same door.
    let ok = serde_json::to_string(&Directory::new(vec![a()], vec![service("s", "a")]).unwrap()).unwrap();
    assert!(serde_json::from_str::<Directory>(&ok).is_ok());
    let broken = ok.replace(r#""structure":"a""#, r#""structure":"zz""#);
    assert!(serde_json::from_str::<Directory>(&broken).is_err(), "{broken}");
}

#[test]
fn lookups_answer_from_indexes_built_with_the_entries_and_kept_when_structures_are_rewritten() {
    let d = Directory::new(
        vec![Structure::blank("a".into(), "test"), Structure::blank("b".into(), "test")],
        vec![service("s1", "b"), service("s2", "a")],
    )
    .unwrap();
    assert_eq!(d.structure_of(0).map(|s| s.id.as_str()), Some("b"));
    assert_eq!(d.structure("a").map(|s| s.id.as_str()), Some("a"));
    assert_eq!(d.kind_masks(), &[kind_bit(ServiceKind::Demarches); 2]);
    let renamed = d.with_structures(|s| Structure { id: "pirate".into(), nom: format!("Lieu {}", s.id), ..s.clone() });
    assert_eq!(renamed.structure("b").map(|s| s.nom.as_str()), Some("Lieu b"), "the id is kept, the rest rewritten");
    assert!(renamed.structure("pirate").is_none());
    assert_eq!(d.structure_of(9), None);
}
