//! `server indicateurs`: the indicators of a period written as CSV files, one per table — what the
//! coordination brings to the comité départemental each quarter.

use crate::config::Config;
use crate::startup;
use app::domain::flow::Flow;
use app::domain::indicators::filter::{quarter, Filter};
use app::domain::indicators::Dimension;
use app::ssr::indicators::{csv, CsvError};
use app::ssr::state::AppState;
use std::error::Error;
use std::path::PathBuf;
use std::sync::Arc;

/// What to export: a period (a quarter, or days), exact figures or public ones, and where.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Export {
    pub du: Option<String>,
    pub au: Option<String>,
    pub trimestre: Option<String>,
    pub exact: bool,
    pub dossier: Option<String>,
}

pub async fn run(config: &Config, export: Export) -> Result<(), Box<dyn Error>> {
    let (du, au) = match &export.trimestre {
        Some(t) => quarter(t).ok_or_else(|| format!("trimestre « {t} » illisible : écrivez par exemple 2026-T3"))?,
        None => (export.du.clone().unwrap_or_default(), export.au.clone().unwrap_or_default()),
    };
    let (repo, gazetteer) = startup::prepare_database(config).await?;
    let state = AppState::load(repo, Arc::new(gazetteer), &config.public_address).await?;
    let asked = [("du".to_owned(), du), ("au".to_owned(), au)];
    let today = app::ssr::clock::today();
    let filter = Filter::parse(&asked, &today, Flow::shipped(), state.gazetteer.geography()).map_err(|e| e.summary())?;
    let folder = PathBuf::from(export.dossier.unwrap_or_else(|| format!("indicateurs-{}-{}", filter.du, filter.au)));
    std::fs::create_dir_all(&folder).map_err(|e| format!("impossible de créer « {} » : {e}", folder.display()))?;
    let dimensions: &[Dimension] = if export.exact { &Dimension::ALL } else { &Dimension::PUBLIC };
    let tables = dimensions.iter().map(|d| d.code()).chain(["couverture", "couverture-precise", "prioritaires", "intercommunalites"]);
    for table in tables {
        let (name, bytes) = match csv(&state, &format!("{table}.csv"), &filter.pairs(), !export.exact).await {
            Ok(file) => file,
            Err(CsvError::Filter(errors)) => return Err(errors.summary().into()),
            Err(CsvError::NotFound) => continue,
            Err(CsvError::Internal(e)) => return Err(e.to_string().into()),
        };
        let path = folder.join(&name);
        std::fs::write(&path, bytes).map_err(|e| format!("impossible d’écrire « {} » : {e}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(())
}
