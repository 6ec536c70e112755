//! The command line: `server [serve|migrate|help]`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Migrate, seed and serve (the default).
    Serve,
    /// Migrate and seed the database, then exit.
    Migrate,
    Help,
}

pub const USAGE: &str = "\
Aiguillage — orientation vers l’aide au numérique dans l’Ain

Usage : server [commande]

Commandes :
  serve     crée ou met à jour la base, puis sert l’application (par défaut)
  migrate   crée ou met à jour la base (migrations et géographie), puis s’arrête
  help      affiche cette aide

Variables d’environnement :
  DATABASE_URL       base SQLite (défaut : sqlite://data/aiguillage.db)
  LEPTOS_SITE_ADDR   adresse d’écoute (défaut : 127.0.0.1:3000)
  LEPTOS_SITE_ROOT   dossier des fichiers du site (défaut : target/site)
  RUST_LOG           niveau des journaux (défaut : info)
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
}
