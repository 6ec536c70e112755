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

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn spaces_dots_and_the_international_prefix_give_one_stored_form() {
        assert_eq!(normalize("04 74 75 00 00").as_deref(), Some("+33474750000"));
        assert_eq!(normalize("+33 4.74.75.00.00").as_deref(), Some("+33474750000"));
        assert_eq!(normalize("3949").as_deref(), Some("3949"));
        assert_eq!(normalize("09 62 66 27 35 09"), None);
    }
}
