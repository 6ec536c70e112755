//! French phone numbers as the directory stores them, whoever typed or exported them: the
//! back-office forms and every import normalise through here.

/// A French phone number as stored (« +33474000000 », or a short number « 3949 »), whatever spaces,
/// dots or dashes it was typed or exported with; `None` when it is not one.
pub fn normalize(raw: &str) -> Option<String> {
    let digits: String = raw.trim().chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}')).collect();
    let national = digits.strip_prefix("+33").map(|r| format!("0{r}")).unwrap_or(digits);
    if national.len() == 10 && national.starts_with('0') && national.bytes().all(|b| b.is_ascii_digit()) {
        Some(format!("+33{}", &national[1..]))
    } else if national.len() == 4 && national.bytes().all(|b| b.is_ascii_digit()) {
        Some(national)
    } else {
        None
    }
}

/// `tel:` links want digits and a leading +, nothing else.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// « +33474386571 » → « 04 74 38 65 71 »: how French people read a number.
pub fn display_phone(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
    let national = match digits.strip_prefix("33") {
        Some(rest) if phone.trim_start().starts_with('+') && rest.len() == 9 => format!("0{rest}"),
        _ => digits.clone(),
    };
    if national.len() == 10 {
        national.as_bytes().chunks(2).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect::<Vec<_>>().join(" ")
    } else {
        phone.trim().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{display_phone, normalize, tel_href};

    #[test]
    fn spaces_dots_and_the_international_prefix_give_one_stored_form() {
        assert_eq!(normalize("04 74 75 00 00").as_deref(), Some("+33474750000"));
        assert_eq!(normalize("+33 4.74.75.00.00").as_deref(), Some("+33474750000"));
        assert_eq!(normalize("3949").as_deref(), Some("3949"));
        assert_eq!(normalize("09 62 66 27 35 09"), None);
    }

    #[test]
    fn phones_read_the_french_way_and_dial_anywhere() {
        assert_eq!(display_phone("+33474386571"), "04 74 38 65 71");
        assert_eq!(display_phone("0474386571"), "04 74 38 65 71");
        assert_eq!(display_phone("3949"), "3949");
        assert_eq!(tel_href("+33 4 74 38 65 71"), "tel:+33474386571");
    }
}
