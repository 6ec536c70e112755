use super::*;

fn structure(id: &str, nom: &str, date_maj: Option<&str>, a_verifier: bool, courriel: Option<&str>) -> Structure {
    Structure {
        nom: nom.to_owned(),
        date_maj: date_maj.map(str::to_owned),
        a_verifier,
        courriel: courriel.map(str::to_owned),
        ..Structure::blank(id.to_owned(), "test")
    }
}

fn service(id: &str, structure: &str, nom: &str) -> Service {
    Service { nom: nom.to_owned(), ..Service::blank(id.to_owned(), structure) }
}

#[test]
fn a_structure_is_reminded_when_stale_unconfirmed_or_reported_and_only_then() {
    let structures = [
        structure("a", "Zèbre numérique", Some("2026-10-01"), false, Some("zebre@exemple.fr")),
        structure("b", "Atelier de Belley", Some("2026-03-01"), false, Some("belley@exemple.fr")),
        structure("c", "Centre social", Some("2026-11-01"), true, None),
        structure("d", "Médiathèque", Some("2026-11-20"), false, Some("pas une adresse")),
    ];
    let reports = vec!["d".to_owned(), "d".to_owned()];
    let due = due(&structures, &[service("s1", "b", "Atelier smartphone")], &reports, "2026-11-29");
    let names: Vec<&str> = due.iter().map(|d| d.nom.as_str()).collect();
    assert_eq!(names, ["Atelier de Belley", "Centre social", "Médiathèque"], "by name; the fresh, unreported one is left alone");
    assert_eq!(due[0].raisons, ["vérifiée le 01/03/2026, il y a plus de six mois"]);
    assert_eq!(due[0].services, ["Atelier smartphone"]);
    assert_eq!(due[1].raisons, ["jamais vérifiée depuis son arrivée dans l’annuaire"]);
    assert_eq!(due[1].courriel, None);
    assert_eq!(due[2].raisons, ["2 signalements d’erreur en attente"]);
    assert_eq!(due[2].courriel, None, "an address without @ is no address");
}

#[test]
fn the_message_lists_the_entries_and_carries_the_link_with_its_end_date() {
    let d = Due {
        structure_id: "b".to_owned(),
        nom: "Atelier de Belley".to_owned(),
        courriel: Some("belley@exemple.fr".to_owned()),
        telephone: None,
        raisons: vec!["jamais vérifiée".to_owned()],
        services: vec!["Atelier smartphone".to_owned(), "Aide aux démarches".to_owned()],
    };
    let (subject, body) = message(&d, "https://aiguillage.exemple.fr/confirmer/x.y.z", "2026-12-29", "coordination@exemple.fr");
    assert!(subject.contains("« Atelier de Belley »"), "{subject}");
    assert!(body.contains("- Atelier smartphone\n- Aide aux démarches\n"), "{body}");
    assert!(body.contains("jusqu’au 29/12/2026) :\nhttps://aiguillage.exemple.fr/confirmer/x.y.z\n"), "{body}");
    assert!(body.contains("coordination@exemple.fr"));
}

#[test]
fn a_mailto_link_keeps_the_address_and_encodes_subject_and_body() {
    let link = mailto("belley@exemple.fr", "Tout est juste ?", "Ligne 1\nhttps://x/confirmer/a.b&c");
    assert_eq!(link, "mailto:belley@exemple.fr?subject=Tout%20est%20juste%20%3F&body=Ligne%201%0Ahttps%3A%2F%2Fx%2Fconfirmer%2Fa.b%26c");
}
