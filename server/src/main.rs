use server::cli::{self, Command};
use server::config::Config;
use server::startup;
use std::process::ExitCode;

/// See `server/Cargo.toml`: rendering pages is allocation-heavy.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    // Logs go to standard error: standard output carries what a command prints (an import's report).
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn".into()))
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match cli::parse(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}\n\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    if command == Command::Help {
        print!("{}", cli::USAGE);
        return ExitCode::SUCCESS;
    }
    match run(command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Erreur : {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::from_env()?;
    match command {
        Command::Migrate => {
            let (repo, _) = startup::prepare_database(&config).await?;
            // Everything in the main file when the command ends: `-wal` holds nothing left behind.
            repo.close().await;
            return Ok(());
        }
        Command::CreateAccount { email, nom, role } => return create_account(&config, email, nom, role).await,
        Command::Import { fichier, appliquer, sans_les_refus, date } => {
            return cli::import::run_import(&config, &fichier, appliquer, sans_les_refus, date).await
        }
        Command::Imports => return cli::import::list(&config).await,
        Command::UndoImport { id } => return cli::import::undo(&config, id).await,
        Command::Indicators(export) => return cli::indicators::run(&config, export).await,
        Command::Backup { fichier } => {
            println!("{}", cli::backup::save(&config, &fichier).await?);
            return Ok(());
        }
        Command::Restore { fichier, forcer } => {
            println!("{}", cli::backup::restore(&config, &fichier, forcer).await?);
            return Ok(());
        }
        _ => {}
    }
    let (app, state) = startup::build_with_state(&config).await?;
    let addr = config.leptos.site_addr;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("Aiguillage écoute sur http://{addr}");
    startup::serve(listener, app, shutdown_signal()).await?;
    if let Err(e) = state.stop().await {
        tracing::warn!(cause = %e, "clean stop not recorded");
    }
    // The counts of the last seconds, before the process ends; then the log folded into the file.
    if let Err(e) = state.counter.flush(state.repo.as_ref()).await {
        tracing::warn!(cause = %e, "last orientation counts not written");
    }
    state.repo.close().await;
    Ok(())
}

/// `creer-compte`: the password comes from the environment or standard input, never the command line
/// (which other users of the machine can read).
async fn create_account(config: &Config, email: String, nom: String, role: String) -> Result<(), Box<dyn std::error::Error>> {
    use app::ssr::ops::{create_account, OpError};
    let password = match std::env::var("AIGUILLAGE_MOT_DE_PASSE") {
        Ok(p) => p,
        Err(_) => {
            eprintln!("Mot de passe (8 à 64 caractères), puis Entrée :");
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let (repo, _) = startup::prepare_database(config).await?;
    let fields = app::domain::edit::Fields(vec![
        ("email".into(), email.clone()),
        ("nom".into(), nom),
        ("role".into(), role),
        ("mot_de_passe".into(), password),
    ]);
    let created = create_account(repo.as_ref(), &fields, false).await;
    repo.close().await;
    match created {
        Ok(_) => {
            println!("Compte créé : {email}");
            Ok(())
        }
        Err(OpError::Invalid(errors)) => {
            let messages: Vec<String> = errors.0.into_iter().map(|(field, m)| format!("{field} : {m}")).collect();
            Err(messages.join("\n").into())
        }
        Err(_) => Err("le compte n’a pas pu être créé (voir le journal)".into()),
    }
}

/// Finish in-flight requests on Ctrl-C or SIGTERM (what a process manager sends).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
