//! The new-account form (and the `creer-compte` command line).

use super::{email, text, FieldErrors, Fields};

/// A new account as the coordinators' form (or the command line) gives it: e-mail, name, role code,
/// password. Passwords: 8 to 64 characters, any characters, nothing else required.
pub fn parse_account(fields: &Fields) -> Result<(String, String, String, String), FieldErrors> {
    let mut e = FieldErrors::default();
    let email = email(fields, &mut e, "email").map(|m| m.to_lowercase());
    if email.is_none() && e.get("email").is_none() {
        e.add("email", "Indiquez l’adresse de courriel.");
    }
    let nom = text(fields, &mut e, "nom", "le nom affiché", 100, true);
    let role = fields.get("role");
    if !matches!(role, "admin" | "editeur") {
        e.add("role", "Choisissez le rôle.");
    }
    let password = fields.raw("mot_de_passe");
    if let Err(message) = password_length(password) {
        e.add("mot_de_passe", message);
    }
    e.into_result(|| (email.unwrap_or_default(), nom.unwrap_or_default(), role.to_owned(), password.to_owned()))
}

/// 8 to 64 characters, nothing else required: length is what makes a password strong, and rules
/// push people to predictable patterns (NIST SP 800-63B). The server also refuses guessable ones.
pub fn password_length(password: &str) -> Result<(), &'static str> {
    match password.chars().count() {
        0..=7 => Err("Le mot de passe doit compter au moins 8 caractères."),
        8..=64 => Ok(()),
        _ => Err("Le mot de passe doit compter au plus 64 caractères."),
    }
}
