//! `server importer`, `server imports`, `server annuler-import`: the import pipeline from a terminal.
//! The report goes to standard output; the exit status is non-zero when nothing could be written.

use crate::config::Config;
use crate::startup;
use app::ssr::import::{import, Request};
use std::error::Error;

/// Who the audit log names for an import from the command line.
fn author() -> String {
    format!("ligne de commande ({})", std::env::var("USER").unwrap_or_else(|_| "serveur".into()))
}

pub async fn run_import(
    config: &Config,
    fichier: &str,
    appliquer: bool,
    sans_les_refus: bool,
    date: Option<String>,
) -> Result<(), Box<dyn Error>> {
    let today = app::ssr::clock::today();
    let (bytes, name) = if fichier == super::PULL {
        let source = super::pull::Source::from_env()?;
        let name = format!("data-inclusion-{}-{}.json", source.departement, today.replace('-', ""));
        (super::pull::pull(&source).await?, name)
    } else {
        let bytes = std::fs::read(fichier).map_err(|e| format!("impossible de lire « {fichier} » : {e}"))?;
        (bytes, std::path::Path::new(fichier).file_name().map_or(fichier.to_owned(), |n| n.to_string_lossy().into_owned()))
    };
    let (repo, gazetteer) = startup::prepare_database(config).await?;
    let author = author();
    // A bar on standard error while a long file is merged (standard output keeps the report alone).
    let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} lieux ({eta} restantes)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message("Rapprochement");
    let progress = |done: usize, all: usize| {
        if all >= 1000 {
            bar.set_length(all as u64);
            bar.set_position(done as u64);
        }
    };
    let request = Request { fichier: &name, bytes: &bytes, date, appliquer, sans_les_refus, author: &author, progress: &progress };
    let outcome = import(repo.as_ref(), &gazetteer, request).await?;
    bar.finish_and_clear();
    print!("{}", outcome.report);
    match outcome.applied {
        Some(id) => {
            println!("\nImport n° {id} enregistré. Pour l’annuler : server annuler-import {id}");
            println!("Un serveur déjà lancé le publie à son prochain démarrage.");
            Ok(())
        }
        None if appliquer && !outcome.plan.parsed.refusals.is_empty() && !sans_les_refus => {
            Err("des lignes sont refusées : rien n’a été écrit (corrigez le fichier, ou ajoutez --sans-les-refus)".into())
        }
        None => Ok(()),
    }
}

pub async fn list(config: &Config) -> Result<(), Box<dyn Error>> {
    let (repo, _) = startup::prepare_database(config).await?;
    let imports = repo.imports().await?;
    if imports.is_empty() {
        println!("Aucun import appliqué.");
    }
    for i in imports {
        let undone = i.undone.map_or(String::new(), |at| format!(" — annulé le {at}"));
        println!("n° {} — {} — {} ({}) par {}{undone}\n    {}", i.id, i.at, i.fichier, i.format, i.author, i.resume);
    }
    Ok(())
}

pub async fn undo(config: &Config, id: i64) -> Result<(), Box<dyn Error>> {
    let (repo, _) = startup::prepare_database(config).await?;
    match repo.undo_import(id, &author(), &app::ssr::clock::stamp()).await? {
        Some(report) => {
            println!("Import n° {id} annulé : {} fiches remises dans leur état d’avant.", report.restored);
            if !report.kept.is_empty() {
                println!("Gardées telles quelles, car modifiées depuis l’import : {}", report.kept.join(", "));
            }
            Ok(())
        }
        None => Err(format!("aucun import n° {id} à annuler (inconnu ou déjà annulé)").into()),
    }
}
