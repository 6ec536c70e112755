//! The command line: `server [serve|migrate|creer-compte|importer|imports|annuler-import|indicateurs|help]`.

pub mod backup;
pub mod import;
pub mod indicators;
pub mod pull;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Migrate, seed and serve (the default).
    Serve,
    /// Migrate and seed the database, then exit.
    Migrate,
    /// Create an account (the first admin, for a start): the only way in that needs no account.
    CreateAccount {
        email: String,
        nom: String,
        role: String,
    },
    /// Import a file of places: a dry run, or written with `--appliquer`.
    Import {
        fichier: String,
        appliquer: bool,
        sans_les_refus: bool,
        date: Option<String>,
    },
    /// List the applied imports.
    Imports,
    /// Undo an applied import.
    UndoImport {
        id: i64,
    },
    /// Write the indicators of a period as CSV files.
    Indicators(indicators::Export),
    /// Write a consistent copy of the database to a new file.
    Backup {
        fichier: String,
    },
    /// Put a backup in place of the database (the server stopped).
    Restore {
        fichier: String,
        forcer: bool,
    },
    Help,
}

/// What `importer --data-inclusion` stands for in place of a file.
pub const PULL: &str = "--data-inclusion";

pub const USAGE: &str = "\
Aiguillage — orientation vers l’aide au numérique dans l’Ain

Usage : server [commande]

Commandes :
  serve     crée ou met à jour la base, puis sert l’application (par défaut)
  migrate   crée ou met à jour la base (migrations et géographie), puis s’arrête
  creer-compte --email ADRESSE --nom « NOM » [--role admin|editeur]
            crée un compte de l’espace de gestion (rôle admin par défaut) ; le mot de passe
            (8 à 64 caractères) est lu sur l’entrée standard, ou dans AIGUILLAGE_MOT_DE_PASSE
  importer FICHIER [--appliquer] [--sans-les-refus] [--date AAAA-MM-JJ]
            lit un fichier de lieux (Schéma des lieux CSV ou JSON, liste France Services,
            structures Aidants Connect, annuaire local) et affiche le rapport : lieux créés,
            fusionnés, refusés (ligne, colonne, valeur) ; rien n’est écrit sans --appliquer,
            ni tant qu’une ligne est refusée (sauf --sans-les-refus) ; la date des données
            vient du nom du fichier (…-20240801.csv) ou de --date
  importer --data-inclusion [--appliquer] [--sans-les-refus]
            la même chose avec les structures et services du département pris à l’API
            data·inclusion v1 (DATA_INCLUSION_TOKEN, DATA_INCLUSION_URL, AIGUILLAGE_DEPARTEMENT)
  imports   liste les imports appliqués
  annuler-import ID
            remet chaque fiche changée par l’import ID dans son état d’avant (les fiches
            créées sont archivées, celles modifiées depuis par quelqu’un sont gardées)
  indicateurs [--trimestre AAAA-Tn | --du AAAA-MM-JJ --au AAAA-MM-JJ] [--exact] [--dossier DOSSIER]
            écrit les indicateurs de la période (par défaut les 12 derniers mois) : un fichier
            CSV par tableau, dans DOSSIER (par défaut indicateurs-DEBUT-FIN) ; les nombres de
            1 à 4 s’écrivent « moins de 5 », sauf avec --exact (tableaux de la coordination)
  sauvegarder FICHIER
            écrit une copie cohérente et vérifiée de toute la base (comptes, journal des
            modifications, fiches, séances, signalements, compteurs) dans FICHIER, qui ne doit
            pas exister ; le serveur peut tourner pendant ce temps
  restaurer FICHIER [--forcer]
            vérifie la sauvegarde FICHIER puis la met à la place de la base ; la base remplacée
            est gardée à côté (….avant-restauration-DATE) ; arrêtez le serveur avant ; --forcer
            après un arrêt brutal (fichier -shm resté)
  help      affiche cette aide

Variables d’environnement :
  DATABASE_URL       base SQLite (défaut : sqlite://data/aiguillage.db)
  DATA_INCLUSION_TOKEN, DATA_INCLUSION_URL, AIGUILLAGE_DEPARTEMENT
                     l’accès à l’API data·inclusion (importer --data-inclusion)
  LEPTOS_SITE_ADDR   adresse d’écoute (défaut : 127.0.0.1:3000)
  LEPTOS_SITE_ROOT   dossier des fichiers du site (défaut : target/site)
  RUST_LOG           niveau des journaux (défaut : info)
  AIGUILLAGE_PROXY   1 derrière un proxy inverse sur cette machine, ou les adresses des proxys
                     séparées par des virgules : l’adresse du client est lue dans X-Forwarded-For,
                     seulement quand la requête vient de l’un d’eux
  AIGUILLAGE_ADRESSE_PUBLIQUE
                     adresse publique du site (https://… en production : cookie Secure et HSTS)
";

pub fn parse(args: &[String]) -> Result<Command, String> {
    match args {
        [] => Ok(Command::Serve),
        [one] => match one.as_str() {
            "serve" => Ok(Command::Serve),
            "migrate" => Ok(Command::Migrate),
            "imports" => Ok(Command::Imports),
            "indicateurs" => Ok(Command::Indicators(indicators::Export::default())),
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
        [first, rest @ ..] if first == "importer" => {
            let (mut fichier, mut appliquer, mut sans_les_refus, mut date) = (None, false, false, None);
            let mut options = rest.iter();
            while let Some(option) = options.next() {
                match option.as_str() {
                    "--appliquer" => appliquer = true,
                    "--sans-les-refus" => sans_les_refus = true,
                    "--date" => date = Some(options.next().ok_or("il manque la date après --date")?.clone()),
                    "--data-inclusion" if fichier.is_none() => fichier = Some(PULL.to_owned()),
                    other if other.starts_with("--") => return Err(format!("option inconnue : « {other} »")),
                    path if fichier.is_none() => fichier = Some(path.to_owned()),
                    _ => return Err("un seul fichier à la fois".to_owned()),
                }
            }
            Ok(Command::Import { fichier: fichier.ok_or("importer demande un fichier")?, appliquer, sans_les_refus, date })
        }
        [first, rest @ ..] if first == "indicateurs" => {
            let mut export = indicators::Export::default();
            let mut options = rest.iter();
            while let Some(option) = options.next() {
                let mut value = || options.next().cloned().ok_or_else(|| format!("il manque la valeur de {option}"));
                match option.as_str() {
                    "--exact" => export.exact = true,
                    "--trimestre" => export.trimestre = Some(value()?),
                    "--du" => export.du = Some(value()?),
                    "--au" => export.au = Some(value()?),
                    "--dossier" => export.dossier = Some(value()?),
                    other => return Err(format!("option inconnue : « {other} »")),
                }
            }
            Ok(Command::Indicators(export))
        }
        [first, fichier] if first == "sauvegarder" => Ok(Command::Backup { fichier: fichier.clone() }),
        [first, fichier] if first == "restaurer" => Ok(Command::Restore { fichier: fichier.clone(), forcer: false }),
        [first, fichier, option] if first == "restaurer" && option == "--forcer" => {
            Ok(Command::Restore { fichier: fichier.clone(), forcer: true })
        }
        [first, id] if first == "annuler-import" => {
            Ok(Command::UndoImport { id: id.parse().map_err(|_| format!("« {id} » n’est pas un numéro d’import"))? })
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
    fn sauvegarder_and_restaurer_take_one_file_and_restaurer_may_be_forced() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(parse(&args(&["sauvegarder", "b.db"])), Ok(Command::Backup { fichier: "b.db".into() }));
        assert_eq!(parse(&args(&["restaurer", "b.db"])), Ok(Command::Restore { fichier: "b.db".into(), forcer: false }));
        assert_eq!(parse(&args(&["restaurer", "b.db", "--forcer"])), Ok(Command::Restore { fichier: "b.db".into(), forcer: true }));
        assert!(parse(&args(&["sauvegarder"])).is_err());
        assert!(parse(&args(&["restaurer", "b.db", "--tout"])).is_err());
    }

    #[test]
    fn indicateurs_takes_a_quarter_or_days_and_refuses_what_it_does_not_know() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(parse(&args(&["indicateurs"])), Ok(Command::Indicators(indicators::Export::default())));
        let quarter = parse(&args(&["indicateurs", "--trimestre", "2026-T3", "--exact"]));
        assert_eq!(
            quarter,
            Ok(Command::Indicators(indicators::Export { trimestre: Some("2026-T3".into()), exact: true, ..Default::default() }))
        );
        assert!(parse(&args(&["indicateurs", "--du"])).is_err());
        assert!(parse(&args(&["indicateurs", "--tout"])).is_err());
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

    #[test]
    fn importer_is_a_dry_run_unless_told_to_apply() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse(&args(&["importer", "fs.csv"])),
            Ok(Command::Import { fichier: "fs.csv".into(), appliquer: false, sans_les_refus: false, date: None })
        );
        assert_eq!(
            parse(&args(&["importer", "--appliquer", "fs.csv", "--date", "2024-08-01"])),
            Ok(Command::Import { fichier: "fs.csv".into(), appliquer: true, sans_les_refus: false, date: Some("2024-08-01".into()) })
        );
        assert!(parse(&args(&["importer"])).is_err());
        assert!(parse(&args(&["importer", "a.csv", "b.csv"])).is_err());
        assert!(parse(&args(&["importer", "a.csv", "--forcer"])).is_err());
        assert_eq!(parse(&args(&["annuler-import", "3"])), Ok(Command::UndoImport { id: 3 }));
        assert!(parse(&args(&["annuler-import", "trois"])).is_err());
        assert_eq!(parse(&args(&["imports"])), Ok(Command::Imports));
        assert_eq!(
            parse(&args(&["importer", "--data-inclusion"])),
            Ok(Command::Import { fichier: PULL.into(), appliquer: false, sans_les_refus: false, date: None })
        );
    }
}
