use super::*;

fn demarche(code: &str, aidant: Option<Aidant>) -> Criteria {
    Criteria { demarche: Some(code.into()), aidant, ..Criteria::default() }
}

#[test]
fn a_caf_demarche_asks_for_the_allocataire_number_first_then_what_every_demarche_needs() {
    let (titre, lines) = keys(&demarche("caf", None)).unwrap();
    assert_eq!(titre, "apporter-titre");
    assert_eq!(lines, ["apporter-caf", "apporter-identite", "apporter-identifiants", "apporter-telephone"]);
}

#[test]
fn each_organisation_asks_for_its_own_number_and_another_demarche_for_none() {
    for o in crate::demarche::ORGANISMES {
        let (_, lines) = keys(&demarche(o.code, None)).unwrap();
        assert_eq!(lines[0], format!("apporter-{}", o.code));
    }
    let (_, lines) = keys(&demarche("autre", None)).unwrap();
    assert_eq!(lines, COMMON);
}

#[test]
fn a_relative_and_a_professional_each_read_a_heading_and_a_last_line_of_their_own() {
    let moi = keys(&demarche("impots", None)).unwrap();
    let proche = keys(&demarche("impots", Some(Aidant::Proche))).unwrap();
    let pro = keys(&demarche("impots", Some(Aidant::Pro))).unwrap();
    assert_eq!((proche.0, proche.1.last().unwrap().as_str()), ("apporter-titre-proche", "aidant-proche-demarche"));
    assert_eq!((pro.0, pro.1.last().unwrap().as_str()), ("apporter-titre-pro", "aidant-pro-demarche"));
    // The same things to bring, whoever reads.
    assert_eq!(moi.1[..], proche.1[..moi.1.len()]);
    assert_eq!(moi.1[..], pro.1[..moi.1.len()]);
}

#[test]
fn outside_a_demarche_only_someone_helping_gets_a_word() {
    let equiper = Criteria { services: vec![crate::taxonomy::ServiceKind::ALL[0]], ..Criteria::default() };
    assert_eq!(keys(&equiper), None);
    let proche = Criteria { aidant: Some(Aidant::Proche), ..equiper.clone() };
    assert_eq!(keys(&proche), Some(("aidant-titre-proche", vec!["aidant-proche".to_owned()])));
    let pro = Criteria { aidant: Some(Aidant::Pro), ..equiper };
    assert_eq!(keys(&pro), Some(("aidant-titre-pro", vec!["aidant-pro".to_owned()])));
}

#[test]
fn every_line_is_written_in_every_shipped_language() {
    let mut all = vec![demarche("autre", None)];
    for o in crate::demarche::ORGANISMES {
        for aidant in [None, Some(Aidant::Proche), Some(Aidant::Pro)] {
            all.push(demarche(o.code, aidant));
        }
    }
    all.push(Criteria { aidant: Some(Aidant::Proche), ..Criteria::default() });
    all.push(Criteria { aidant: Some(Aidant::Pro), ..Criteria::default() });
    for langue in Langue::ALL {
        for c in &all {
            let (titre, lines) = keys(c).unwrap();
            for key in std::iter::once(titre).chain(lines.iter().map(String::as_str)) {
                assert_ne!(langue.t(key), key, "{key} in {langue:?}");
            }
        }
    }
}
