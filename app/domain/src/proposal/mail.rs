//! The messages of a proposal's life: what its proposer is told at each step, and what the
//! coordination is told when one arrives or is answered.

use super::Genre;

/// How someone whose « C'est ma structure » was accepted gets into the back-office.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access<'a> {
    /// A new account: the page where they choose its password, and its last valid day.
    Choose { link: &'a str, expires: &'a str },
    /// The place was added to the account they had: the login page.
    Existing { login: &'a str },
}

impl Access<'_> {
    fn paragraph(self) -> String {
        match self {
            Access::Choose { link, expires } => format!(
                "\n\nVotre compte de l’espace de gestion est ouvert pour cette fiche. Choisissez son mot de passe sur cette page (lien personnel, valable jusqu’au {expires}, il ne sert qu’une fois) :\n{link}\n\nVous vous connecterez ensuite avec cette adresse électronique et ce mot de passe."
            ),
            Access::Existing { login } => format!(
                "\n\nLa fiche est ajoutée au compte que vous aviez déjà dans l’espace de gestion : connectez-vous comme d’habitude.\n{login}"
            ),
        }
    }
}

/// What the proposer is sent, by the message's kind (`recue`, `question`, `acceptee`, `refusee`):
/// (subject, body). `texte` is the coordinator's words (a question, a reason), `link` their page,
/// `access` how an accepted « C'est ma structure » opens the back-office.
pub fn mail_to_proposer(
    kind: &str,
    genre: Genre,
    nom: &str,
    texte: Option<&str>,
    link: &str,
    expires: &str,
    access: Option<Access>,
) -> (String, String) {
    let what = match genre {
        Genre::Gestion => format!("votre demande de gestion de la fiche « {nom} »"),
        _ => format!("votre proposition « {nom} »"),
    };
    let (subject, first) = match kind {
        "question" => ("Une question sur votre proposition", format!("La coordination numérique de l’Ain a une question sur {what} :")),
        "acceptee" if genre == Genre::Gestion => (
            "Votre demande de gestion est acceptée",
            format!("La coordination numérique de l’Ain a accepté {what}."),
        ),
        "acceptee" => (
            "Votre proposition est publiée",
            format!("La coordination numérique de l’Ain a accepté {what} : elle est publiée dans Aiguillage. Merci."),
        ),
        "refusee" => ("Votre proposition n’est pas retenue", format!("La coordination numérique de l’Ain n’a pas retenu {what}, pour cette raison :")),
        _ => ("Votre proposition est reçue", format!("Nous avons bien reçu {what}. Une personne de la coordination numérique de l’Ain la lit avant toute publication : rien n’est publié sans elle.")),
    };
    let words = texte.map(|t| format!("\n\n« {t} »")).unwrap_or_default() + &access.map(Access::paragraph).unwrap_or_default();
    let follow = if kind == "question" { "Répondez sur cette page" } else { "Suivez-la sur cette page" };
    let body = format!("Bonjour,\n\n{first}{words}\n\n{follow} (lien personnel, valable jusqu’au {expires}) :\n{link}\n\nAiguillage, coordination numérique de l’Ain\n");
    (subject.to_owned(), body)
}

/// What the coordination is sent when a proposal arrives or its proposer answers.
pub fn mail_to_coordination(kind: &str, genre: Genre, nom: &str, commune: &str, link: &str) -> (String, String) {
    let (subject, first) = match kind {
        "reponse" => ("Réponse à votre question sur une proposition", "Le proposant a répondu à votre question."),
        _ => ("Nouvelle proposition à lire", "Une proposition attend votre décision."),
    };
    let body = format!("Bonjour,\n\n{first}\n\n{} : « {nom} », {commune}.\n\nLa lire et décider : {link}\n", genre.label());
    (subject.to_owned(), body)
}
