//! The indicators of orientations (`/indicateurs` for everyone, `/admin/indicateurs` for the
//! coordinators): the counters of a filtered period, broken down into tables (`domain::indicators`),
//! for a page or as CSV files. Public figures hide counts under 5; the coordinators' do not, and
//! also break down by precision and mode.

use super::state::AppState;
use crate::domain::edit::{FieldErrors, Fields};
use crate::domain::flow::Flow;
use crate::domain::indicators::filter::Filter;
use crate::domain::indicators::{table, Count, Dimension, Names, Row, Shown, Table};
use crate::domain::result::french_date;
use crate::error::AppError;
use crate::view::coverage::CoverageView;
use crate::view::epci::EpciRow;
use crate::view::indicators::{IndicatorsView, RowView, TableView};

/// The filter's fields, as the form sends them.
const FILTER_FIELDS: [&str; 4] = ["du", "au", "epci", "besoin"];

/// The page: the filter form (with its messages when refused) and, when it reads, the tables.
pub async fn view(services: &AppState, pairs: &[(String, String)], public: bool) -> Result<IndicatorsView, AppError> {
    let flow = Flow::shipped();
    let geography = services.gazetteer.geography();
    let mut epcis: Vec<(String, String)> = geography.epci.iter().map(|e| (e.siren.clone(), e.nom.clone())).collect();
    epcis.sort_by(|a, b| a.1.cmp(&b.1));
    let besoins = flow.besoins.iter().map(|n| (n.id.clone(), n.titre.clone())).collect();
    let mut view = IndicatorsView {
        fields: Fields(pairs.iter().filter(|(k, _)| FILTER_FIELDS.contains(&k.as_str())).cloned().collect()),
        errors: FieldErrors::default(),
        epcis,
        besoins,
        resume: None,
        tables: Vec::new(),
        coverage: None,
        epci: Vec::new(),
        public,
    };
    let filter = match parse_filter(services, pairs) {
        Ok(filter) => filter,
        Err(errors) => {
            view.errors = errors;
            return Ok(view);
        }
    };
    let counts = counts(services, &filter).await?;
    let names = Names { flow, geography };
    let dimensions: &[Dimension] = if public { &Dimension::PUBLIC } else { &Dimension::ALL };
    let tables: Vec<Table> = dimensions.iter().map(|d| table(&counts, *d, &names)).collect();
    view.resume = Some(summary(&filter, tables.first().map(|t| &t.total), public));
    view.tables = tables.into_iter().map(|t| table_view(t, public)).collect();
    view.coverage = Some(super::coverage::view(services, &filter).await?);
    view.epci = epci_rows(services, &filter).await?;
    view.fields = Fields(filter.pairs());
    Ok(view)
}

/// The filter read from `pairs`, or the messages of a filter that does not read.
fn parse_filter(services: &AppState, pairs: &[(String, String)]) -> Result<Filter, FieldErrors> {
    Filter::parse(pairs, &crate::ssr::clock::today(), Flow::shipped(), services.gazetteer.geography())
}

/// The counters a filter keeps: those written and those still in memory.
async fn counts(services: &AppState, filter: &Filter) -> Result<Vec<Count>, AppError> {
    services.counter.flush(services.repo.as_ref()).await?;
    Ok(services.repo.counts(&filter.du, &filter.au).await?.into_iter().filter(|c| filter.keeps(&c.key)).collect())
}

/// « Du 01/12/2025 au 29/11/2026 : 1234 orientations, dont 52 % avec une aide locale… ».
fn summary(filter: &Filter, total: Option<&Row>, public: bool) -> String {
    let period = format!("Du {} au {}", french_date(&filter.du), french_date(&filter.au));
    let Some(total) = total.filter(|t| t.total > 0) else {
        return format!("{period} : aucune orientation comptée.");
    };
    let shown = Shown::of(total.total, public);
    if matches!(shown, Shown::Small) {
        return format!("{period} : moins de 5 orientations.");
    }
    let percent = |n: u64| (n * 100 + total.total / 2) / total.total;
    format!(
        "{period} : {shown} orientations. {} % ont trouvé une aide dans leur commune, leur intercommunalité ou à proximité ; {} % n’ont trouvé aucune réponse.",
        percent(total.local),
        percent(total.aucun)
    )
}

fn row_view(row: Row, public: bool) -> RowView {
    let shown = |n| Shown::of(n, public);
    RowView {
        bar: shown(row.total).value(),
        label: row.label,
        total: shown(row.total).to_string(),
        local: shown(row.local).to_string(),
        aucun: shown(row.aucun).to_string(),
    }
}

fn table_view(t: Table, public: bool) -> TableView {
    TableView {
        code: t.dimension.code().to_owned(),
        title: t.dimension.title().to_owned(),
        column: t.dimension.column().to_owned(),
        rows: t.rows.into_iter().map(|r| row_view(r, public)).collect(),
        total: row_view(t.total, public),
    }
}

/// Why a CSV file cannot be given.
#[derive(Debug)]
pub enum CsvError {
    /// No such table (or not a public one).
    NotFound,
    /// The filter does not read: its messages.
    Filter(FieldErrors),
    Internal(AppError),
}

impl From<AppError> for CsvError {
    fn from(e: AppError) -> Self {
        CsvError::Internal(e)
    }
}

/// One table as CSV for a spreadsheet: `;`-separated with a byte-order mark (what French spreadsheet
/// software opens as it is), a French header row, then the rows. Returns its file name too.
pub async fn csv(services: &AppState, file: &str, pairs: &[(String, String)], public: bool) -> Result<(String, Vec<u8>), CsvError> {
    let code = file.strip_suffix(".csv").ok_or(CsvError::NotFound)?;
    let dimension = Dimension::from_code(code);
    let coverage = matches!(code, "couverture" | "couverture-precise" | "prioritaires" | "intercommunalites");
    if !coverage && dimension.is_none_or(|d| public && !Dimension::PUBLIC.contains(&d)) {
        return Err(CsvError::NotFound);
    }
    let filter = parse_filter(services, pairs).map_err(CsvError::Filter)?;
    let records = match dimension {
        Some(dimension) => {
            // Only the orientation tables read the counters; the coverage files do not.
            let counts = counts(services, &filter).await?;
            let names = Names { flow: Flow::shipped(), geography: services.gazetteer.geography() };
            table_records(table_view(table(&counts, dimension, &names), public))
        }
        None if code == "intercommunalites" => {
            let header = EpciRow::HEADINGS.iter().map(|h| (*h).to_owned()).collect();
            std::iter::once(header).chain(epci_rows(services, &filter).await?.iter().map(|r| r.cells().to_vec())).collect()
        }
        None => coverage_records(code, super::coverage::view(services, &filter).await?),
    };
    let mut out = csv::WriterBuilder::new().delimiter(b';').from_writer("\u{feff}".as_bytes().to_vec());
    let internal = |e: csv::Error| CsvError::Internal(AppError::internal(e));
    for record in records {
        out.write_record(record.iter().map(|cell| importer::export::spreadsheet_safe(cell).into_owned())).map_err(internal)?;
    }
    let bytes = out.into_inner().map_err(|e| internal(e.into_error().into()))?;
    Ok((format!("aiguillage-indicateurs-{code}-{}-{}.csv", filter.du, filter.au), bytes))
}

/// The per-EPCI figures of the filter's EPCI, or of all.
async fn epci_rows(services: &AppState, filter: &Filter) -> Result<Vec<EpciRow>, AppError> {
    let all = super::epci::figures(services).await?;
    Ok(all.iter().filter(|f| filter.epci.as_ref().is_none_or(|e| *e == f.siren)).map(EpciRow::from).collect())
}

/// A breakdown's header, rows and total.
fn table_records(t: TableView) -> Vec<Vec<String>> {
    let header = vec![t.column, "Orientations".into(), "Dont une aide locale".into(), "Dont aucune réponse".into()];
    let rows = t.rows.into_iter().chain([t.total]).map(|r| vec![r.label, r.total, r.local, r.aucun]);
    std::iter::once(header).chain(rows).collect()
}

/// The coverage by need (`couverture`) or by precise form (`couverture-precise`), or the priority
/// communes (`prioritaires`).
fn coverage_records(code: &str, view: CoverageView) -> Vec<Vec<String>> {
    let owned = |cells: &[&str]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    if code == "couverture" || code == "couverture-precise" {
        let (first, rows) = if code == "couverture" { ("Besoin", view.needs) } else { ("Besoin précis", view.forms) };
        let header = owned(&[
            first,
            "Communes avec une aide locale",
            "Communes avec une aide du département ou à distance seulement",
            "Communes sans aucune aide",
        ]);
        let rows = rows.into_iter().map(|n| vec![n.besoin, n.local.to_string(), n.wider.to_string(), n.nothing.to_string()]);
        std::iter::once(header).chain(rows).collect()
    } else {
        let header = owned(&["Commune", "Intercommunalité", "Indice de fragilité numérique", "Besoins sans aide locale"]);
        let rows =
            view.priorities.into_iter().map(|p| vec![p.commune, p.epci, format!("{:.1}", p.ifn).replace('.', ","), p.gaps.join(" ; ")]);
        std::iter::once(header).chain(rows).collect()
    }
}
