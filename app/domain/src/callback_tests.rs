use super::*;
use crate::indicators::Mode;

#[test]
fn a_request_keeps_a_first_name_one_contact_and_an_optional_message() {
    let r = parse("  Marie-Hélène ", "04 74 32 10 00", "", true).expect("valid");
    assert_eq!(r.prenom, "Marie-Hélène");
    assert_eq!(r.contact, Contact::Telephone("+33474321000".into()));
    assert_eq!(r.message, None);
    let r = parse("Ahmed", "Ahmed.B@Exemple.fr", " Je n’ai pas d’ordinateur. ", true).expect("valid");
    assert_eq!(r.contact, Contact::Courriel("ahmed.b@exemple.fr".into()));
    assert_eq!(r.message.as_deref(), Some("Je n’ai pas d’ordinateur."));
}

#[test]
fn every_problem_of_a_request_is_named_at_once() {
    assert_eq!(
        parse("", "pas un numéro", &"x".repeat(MESSAGE_MAX + 1), false),
        Err(vec![Refusal::Prenom, Refusal::Contact, Refusal::Message, Refusal::Consentement])
    );
    assert_eq!(parse("<script>", "0474321000", "", true), Err(vec![Refusal::Prenom]));
    assert_eq!(parse(&"a".repeat(PRENOM_MAX + 1), "0474321000", "", true), Err(vec![Refusal::Prenom]));
    // A service's short number is not a person's.
    assert_eq!(parse("Marie", "3949", "", true), Err(vec![Refusal::Contact]));
    assert_eq!(parse("Marie", "a@b", "", true), Err(vec![Refusal::Contact]));
    assert_eq!(parse("Marie", "a@b.fr, c@d.fr", "", true), Err(vec![Refusal::Contact]));
    assert_eq!(parse("Marie", "0474321000", "", false), Err(vec![Refusal::Consentement]));
}

#[test]
fn a_contact_is_stored_with_its_kind_and_read_back() {
    for c in [Contact::Telephone("+33474321000".into()), Contact::Courriel("a@b.fr".into())] {
        assert_eq!(Contact::from_stored(&c.stored()), Some(c));
    }
    assert_eq!(Contact::from_stored("fax:0474"), None);
}

#[test]
fn a_closed_request_never_moves_and_the_same_answer_twice_is_refused() {
    assert_eq!(apply(Status::Nouvelle, &Answer::JeMenOccupe), Ok(Status::PriseEnCharge));
    assert_eq!(apply(Status::PriseEnCharge, &Answer::JeMenOccupe), Err(AnswerRefusal::Already));
    assert_eq!(apply(Status::PriseEnCharge, &Answer::RendezVous("2026-12-09".into())), Ok(Status::RendezVous));
    assert_eq!(apply(Status::PriseEnCharge, &Answer::Transmise("s2".into())), Ok(Status::Nouvelle));
    assert_eq!(apply(Status::Nouvelle, &Answer::Injoignable), Ok(Status::Injoignable));
    for closed in [Status::RendezVous, Status::Injoignable, Status::Traitee] {
        assert!(closed.closed());
        assert_eq!(apply(closed, &Answer::JeMenOccupe), Err(AnswerRefusal::Closed));
        assert_eq!(apply(closed, &Answer::Transmise("s2".into())), Err(AnswerRefusal::Closed));
    }
    for s in Status::ALL {
        assert_eq!(Status::from_code(s.code()), Some(s));
    }
}

#[test]
fn a_rendez_vous_is_a_real_day_from_today_to_a_year_ahead() {
    let today = "2026-12-02";
    assert_eq!(Answer::parse("rendez-vous", "2026-12-09", "", today), Ok(Answer::RendezVous("2026-12-09".into())));
    assert_eq!(Answer::parse("rendez-vous", "2026-12-02", "", today), Ok(Answer::RendezVous("2026-12-02".into())));
    assert_eq!(Answer::parse("rendez-vous", "2026-12-01", "", today), Err(AnswerRefusal::Invalid));
    assert_eq!(Answer::parse("rendez-vous", "2027-12-03", "", today), Err(AnswerRefusal::Invalid));
    assert_eq!(Answer::parse("rendez-vous", "2026-02-30", "", today), Err(AnswerRefusal::Invalid));
    assert_eq!(Answer::parse("transmise", "", "  ", today), Err(AnswerRefusal::Invalid));
    assert_eq!(Answer::parse("supprimer", "", "", today), Err(AnswerRefusal::Invalid));
    assert_eq!(Answer::parse("occupe", "", "", today), Ok(Answer::JeMenOccupe));
}

#[test]
fn an_unanswered_request_is_reminded_once_after_two_days_then_listed_after_four() {
    let hour = 3600;
    let t = Times { since: 0, first_answer: None, reminded: None, closed: None, created: 0 };
    assert!(!reminder_due(&t, 47 * hour));
    assert!(reminder_due(&t, 48 * hour));
    assert!(!reminder_due(&Times { reminded: Some(48 * hour), ..t }, 90 * hour));
    assert!(!reminder_due(&Times { first_answer: Some(hour), ..t }, 90 * hour));
    assert!(!late(&t, 95 * hour));
    assert!(late(&t, 96 * hour));
    assert!(!late(&Times { closed: Some(hour), ..t }, 200 * hour));
    // Passed on: the new structure has its own two days.
    assert!(!reminder_due(&Times { since: 100 * hour, ..t }, 120 * hour));
}

#[test]
fn personal_data_goes_ninety_days_after_closing_and_at_most_six_months_after_sending() {
    let day = 86_400;
    let closed = Times { since: 0, first_answer: Some(day), reminded: None, closed: Some(2 * day), created: 0 };
    assert!(!purge_due(&closed, 91 * day));
    assert!(purge_due(&closed, 92 * day));
    let open = Times { closed: None, ..closed };
    assert!(!purge_due(&open, 179 * day));
    assert!(purge_due(&open, 180 * day));
}

#[test]
fn a_reference_reads_back_however_it_is_typed() {
    let r = reference([0xde, 0xad, 0xbe, 0xef, 0x01]);
    assert_eq!(r.len(), 9);
    assert_eq!(normalize_reference(&r), Some(r.clone()));
    assert_eq!(normalize_reference(&r.to_lowercase().replace('-', " ")), Some(r.clone()));
    assert_eq!(normalize_reference("ABCD-EFGO"), Some("ABCD-EFG0".into()));
    assert_eq!(normalize_reference("ABCD-EFG"), None);
    assert_ne!(reference([0, 0, 0, 0, 1]), reference([0, 0, 0, 0, 2]));
}

#[test]
fn the_mail_to_a_structure_names_no_one() {
    let (subject, body) = mail_to_structure("Nantua", "réaliser une démarche", "https://x/demande/t", "2027-01-01", false);
    assert!(subject.contains("Nantua") && body.contains("https://x/demande/t") && body.contains("01/01/2027"));
    let (subject, body) = mail_to_structure("Nantua", "réaliser une démarche", "https://x/demande/t", "2027-01-01", true);
    assert!(subject.starts_with("Rappel") && body.contains("deux jours"));
}

#[test]
fn the_comite_gets_counts_taken_unreachable_and_the_median_delay() {
    let o = |epci: &str, mode, first: Option<i64>, status| Outcome {
        epci: epci.into(),
        besoin: "demarche".into(),
        mode,
        created: 0,
        first_answer: first,
        status,
    };
    let c = counts(&[
        o("200042497", Mode::Public, Some(3600), Status::PriseEnCharge),
        o("200042497", Mode::Guichet, Some(3 * 3600), Status::Injoignable),
        o("200042497", Mode::Public, None, Status::Nouvelle),
        o("240100883", Mode::Public, Some(10 * 3600), Status::RendezVous),
    ]);
    assert_eq!(c.total, 4);
    assert_eq!(c.taken, 2);
    assert_eq!(c.unreachable, 1);
    assert_eq!(c.median_hours, Some(3.0));
    assert_eq!(c.lines[0], (("200042497".into(), "demarche".into(), "guichet"), 1));
    assert_eq!(c.lines[1], (("200042497".into(), "demarche".into(), "public"), 2));
    assert_eq!(counts(&[]).median_hours, None);
}
