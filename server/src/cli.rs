//! The command line: `server [serve|migrate|help]`.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Migrate, seed and serve (the default).
    Serve,
    /// Migrate and seed the database, then exit.
    Migrate,
    /// Create an account (the first admin, for a start): the only way in that needs no account.
    CreateAccount { email: String, nom: String, role: String },
    Help,
}

pub const USAGE: &str = "\
Aiguillage — orientation vers l’aide au numérique dans l’Ain

Usage : server [commande]

Commandes :
  serve     crée ou met à jour la base, puis sert l’application (par défaut)
  migrate   crée ou met à jour la base (migrations et géographie), puis s’arrête
  creer-compte --email ADRESSE --nom « NOM » [--role admin|editeur]
            crée un compte de l’espace de gestion (rôle admin par défaut) ; le mot de passe
            (8 à 64 caractères) est lu sur l’entrée standard, ou dans AIGUILLAGE_MOT_DE_PASSE
  help      affiche cette aide

Variables d’environnement :
  DATABASE_URL       base SQLite (défaut : sqlite://data/aiguillage.db)
  LEPTOS_SITE_ADDR   adresse d’écoute (défaut : 127.0.0.1:3000)
  LEPTOS_SITE_ROOT   dossier des fichiers du site (défaut : target/site)
  RUST_LOG           niveau des journaux (défaut : info)
  AIGUILLAGE_PROXY   1 derrière un proxy inverse : l’adresse du client est lue dans X-Forwarded-For
";

pub fn parse(args: &[String]) -> Result<Command, String> {
    match args {
        [] => Ok(Command::Serve),
        [one] => match one.as_str() {
            "serve" => Ok(Command::Serve),
            "migrate" => Ok(Command::Migrate),
            "help" | "--help" | "-h" => Ok(Command::Help),
            other => Err(format!("commande inconnue : « {other} »")),
        },
        [first, rest @ ..] if first == "creer-compte" => {
            let mut email = None;
            let mut nom = None;
            let mut role = "admin".to_owned();
            let mut options = rest.iter();
            while let Some(option) = options.next() {
                let value = options.next().ok_or_else(|| format!("il manque la valeur de {option}"))?.clone();
                match option.as_str() {
                    "--email" => email = Some(value),
                    "--nom" => nom = Some(value),
                    "--role" => role = value,
                    other => return Err(format!("option inconnue : « {other} »")),
                }
            }
            Ok(Command::CreateAccount {
                email: email.ok_or("creer-compte demande --email")?,
                nom: nom.ok_or("creer-compte demande --nom")?,
                role,
            })
        }
        _ => Err("une seule commande à la fois".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_argument_means_serve_and_unknown_commands_are_refused() {
        assert_eq!(parse(&[]), Ok(Command::Serve));
        assert_eq!(parse(&["migrate".into()]), Ok(Command::Migrate));
        assert!(parse(&["drop-everything".into()]).is_err());
        assert!(parse(&["serve".into(), "migrate".into()]).is_err());
    }

    #[test]
    fn creer_compte_needs_an_email_and_a_name_and_defaults_to_admin() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse(&args(&["creer-compte", "--email", "a@b.fr", "--nom", "Coordination"])),
            Ok(Command::CreateAccount { email: "a@b.fr".into(), nom: "Coordination".into(), role: "admin".into() })
        );
        assert!(parse(&args(&["creer-compte", "--email", "a@b.fr"])).is_err());
        assert!(parse(&args(&["creer-compte", "--email"])).is_err());
        assert!(parse(&args(&["creer-compte", "--password", "x"])).is_err());
    }
}
