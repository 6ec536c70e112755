//! iCalendar (RFC 5545) output for the agenda: what a parent subscribes to in a phone's calendar.
//! Times are local to the Ain with the Europe/Paris time zone spelled out, UIDs are stable (the same
//! séance keeps its UID across downloads, so calendars update it instead of duplicating it).

use super::seance::LocalDateTime;

pub struct IcsEvent {
    /// Stable across downloads: derived from the séance id.
    pub uid: String,
    /// When the event was last changed, UTC, `AAAAMMJJTHHMMSSZ`.
    pub stamp: String,
    pub start: LocalDateTime,
    pub end: LocalDateTime,
    pub summary: String,
    pub location: String,
    pub description: String,
    pub url: String,
}

/// The rules of Europe/Paris since 1996 (EU summer time), for calendars that do not know the zone.
const PARIS: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\nEND:VTIMEZONE\r\n";

/// A whole calendar; `name` is what the calendar application shows for the subscription.
pub fn calendar(name: &str, events: &[IcsEvent]) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Aiguillage//Agenda de l'inclusion numérique//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    push_line(&mut out, "X-WR-TIMEZONE:Europe/Paris");
    out.push_str(PARIS);
    for e in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", escape(&e.uid)));
        push_line(&mut out, &format!("DTSTAMP:{}", e.stamp));
        push_line(&mut out, &format!("DTSTART;TZID=Europe/Paris:{}", e.start.compact()));
        push_line(&mut out, &format!("DTEND;TZID=Europe/Paris:{}", e.end.compact()));
        push_line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        push_line(&mut out, &format!("LOCATION:{}", escape(&e.location)));
        push_line(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        push_line(&mut out, &format!("URL:{}", e.url));
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines are folded at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1).
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(summary: &str) -> IcsEvent {
        IcsEvent {
            uid: "seance-1@aiguillage".into(),
            stamp: "20261128T120000Z".into(),
            start: LocalDateTime::parse("2026-12-05", "14:00").unwrap(),
            end: LocalDateTime::parse("2026-12-05", "16:00").unwrap(),
            summary: summary.into(),
            location: "Salle des fêtes, 01400 Châtillon-sur-Chalaronne".into(),
            description: "Sur inscription; gratuit\nApportez votre téléphone".into(),
            url: "https://example.org/agenda".into(),
        }
    }

    #[test]
    fn lines_end_with_crlf_and_none_is_longer_than_75_octets() {
        let ics = calendar("Agenda", &[event(&"Écrans et enfants : ".repeat(10))]);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert!(!ics.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn text_values_are_escaped_and_times_carry_the_paris_zone() {
        let ics = calendar("Agenda", &[event("Atelier")]);
        assert!(ics.contains("DESCRIPTION:Sur inscription\\; gratuit\\nApportez votre téléphone"));
        assert!(ics.contains("LOCATION:Salle des fêtes\\, 01400 Châtillon-sur-Chalaronne"));
        assert!(ics.contains("DTSTART;TZID=Europe/Paris:20261205T140000"));
        assert!(ics.contains("TZID:Europe/Paris\r\nBEGIN:DAYLIGHT"));
    }
}
