//! One adapter per format, all producing [`Candidate`]s the same way: the format is recognised from its
//! columns (or its JSON shape), each row is read into a [`Draft`], and one builder turns a draft into a
//! candidate — locating its commune, dating every field, keeping the source's key.

pub mod aidants_connect;
pub mod annuaire;
pub mod cnfs_structures;
pub mod data_inclusion;
pub mod france_services;
pub mod schema_lieux;

use crate::locate::{locate, Place};
use crate::read::Table;
use crate::rules::departement_wide;
use crate::{Candidate, Context, FileError, Parsed, Refusal};
use domain::directory::{Address, Coverage, Origin, Service, SourceRef, Structure};
use domain::geo::Commune;
use domain::legacy_labels::is_generic_email;
use domain::taxonomy::Programme;
use std::collections::BTreeMap;

/// Reads `text` in whichever format it is.
pub fn parse(text: &str, ctx: &Context) -> Result<Parsed, FileError> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('[') || trimmed.starts_with('{') {
        let value: serde_json::Value = serde_json::from_str(trimmed).map_err(|e| FileError::Json(e.to_string()))?;
        if data_inclusion::recognises(&value) {
            return data_inclusion::parse(&value, ctx);
        }
        return schema_lieux::parse_json(&value, ctx);
    }
    let table = Table::parse(text)?;
    if france_services::recognises(&table) {
        france_services::parse(&table, ctx)
    } else if aidants_connect::recognises(&table) {
        aidants_connect::parse(&table, ctx)
    } else if cnfs_structures::recognises(&table) {
        cnfs_structures::parse(&table, ctx)
    } else if annuaire::recognises(&table) {
        annuaire::parse(&table, ctx)
    } else if schema_lieux::recognises(&table) {
        schema_lieux::parse_csv(&table, ctx)
    } else {
        Err(FileError::UnknownFormat)
    }
}

/// A row as read, before its commune is found.
#[derive(Default)]
pub struct Draft<'a> {
    pub line: usize,
    /// The source's code (see `domain::sources`) and the row's key in it.
    pub source: String,
    pub cle: String,
    /// The row's own date, when it has one (else the file's).
    pub date: Option<String>,
    pub nom: String,
    pub adresse: String,
    pub place: Place<'a>,
    pub telephone: Option<String>,
    pub courriel: Option<String>,
    pub site_web: Option<String>,
    pub horaires: Option<String>,
    pub prise_rdv: Option<String>,
    pub siret: Option<String>,
    pub dispositifs: Vec<Programme>,
    /// Enriches the place it matches and creates nothing (a list of employers, not of places).
    pub enrich_only: bool,
}

fn refusal(line: usize, column: &str, value: &str, reason: impl Into<String>) -> Refusal {
    Refusal { line, column: column.to_owned(), value: value.to_owned(), reason: reason.into() }
}

/// Turns a draft into a candidate, or says which cell stops it. `services` gives the draft's services
/// for its structure id and coverage zone.
pub fn build(ctx: &Context, draft: Draft, services: impl FnOnce(&str, &Coverage) -> Vec<Service>) -> Result<Candidate, Refusal> {
    if draft.nom.trim().is_empty() {
        return Err(refusal(draft.line, "nom", "", "le nom est vide"));
    }
    if draft.cle.trim().is_empty() {
        return Err(refusal(draft.line, "id", "", "l’identifiant est vide"));
    }
    // An id travels into addresses (/lieu/…), calendar lines and links: a line break there would
    // write a line of its own into an .ics file.
    if draft.cle.chars().any(char::is_control) {
        let shown = draft.cle.replace(|c: char| c.is_control(), " ");
        return Err(refusal(draft.line, "id", &shown, "l’identifiant contient un retour à la ligne ou un caractère invisible"));
    }
    let commune: &Commune = locate(ctx.gazetteer, &draft.place).map_err(|why| {
        let column = if draft.place.insee.is_empty() { "commune" } else { "code_insee" };
        let value = if draft.place.insee.is_empty() { draft.place.commune } else { draft.place.insee };
        refusal(draft.line, column, value, why)
    })?;
    if let Some(h) = draft.horaires.as_deref().filter(|h| !(ctx.hours_valid)(h)) {
        return Err(refusal(
            draft.line,
            "horaires",
            h,
            "horaires illisibles : le format OpenStreetMap est attendu (« Mo-Fr 09:00-12:00 »)",
        ));
    }
    let mut notes = Vec::new();
    let mut dispositifs = draft.dispositifs;
    let refused_labels = crate::authority::keep_believed(&draft.source, &mut dispositifs);
    for p in &refused_labels {
        notes.push(format!("label « {} » non repris : seule la liste de son autorité le donne", p.plain()));
    }
    let telephone = draft.telephone.and_then(|t| {
        let normalized = domain::phone::normalize(&t);
        if normalized.is_none() {
            notes.push(format!("téléphone « {t} » non reconnu, laissé de côté"));
        }
        normalized
    });
    let courriel = draft.courriel.filter(|c| {
        let keep = is_generic_email(c);
        if !keep {
            notes.push("courriel personnel ou invalide laissé de côté".to_owned());
        }
        keep
    });
    let date = draft.date.filter(|d| d.len() == 10).unwrap_or_else(|| ctx.date.clone());
    let id = format!("{}-{}", draft.source, draft.cle.trim());
    let code_postal = Some(draft.place.code_postal.to_owned())
        .filter(|c| commune.codes_postaux.contains(c))
        .or_else(|| commune.codes_postaux.first().cloned())
        .unwrap_or_default();
    let structure = Structure {
        nom: draft.nom.trim().to_owned(),
        adresse: Some(Address {
            adresse: draft.adresse.trim().to_owned(),
            code_postal,
            code_insee: commune.insee.clone(),
            commune: commune.nom.clone(),
            longitude: draft.place.lon,
            latitude: draft.place.lat,
        }),
        telephone,
        courriel,
        site_web: draft.site_web.filter(|s| s.starts_with("http")),
        horaires: draft.horaires,
        prise_rdv: draft.prise_rdv.filter(|s| s.starts_with("https://")),
        siret: draft.siret,
        dispositifs,
        date_maj: Some(date.clone()),
        a_verifier: true,
        source: domain::sources::name(&draft.source),
        sources: vec![SourceRef { source: draft.source.clone(), cle: draft.cle.trim().to_owned(), date: date.clone(), absent: false }],
        ..Structure::blank(id.clone(), "")
    };
    let origines: BTreeMap<String, Origin> = domain::directory::TRACKED_FIELDS
        .iter()
        .filter(|f| structure.field_text(f).is_some())
        .map(|f| ((*f).to_owned(), Origin { source: draft.source.clone(), date: date.clone(), cle: Some(draft.cle.trim().to_owned()) }))
        .collect();
    let zone = if departement_wide(&structure.nom) {
        Coverage::Departement(vec!["01".into()])
    } else {
        Coverage::Epci(vec![commune.epci.clone()])
    };
    let mut services = services(&id, &zone);
    crate::authority::drop_implied(&mut services, &id, &refused_labels);
    // The organisation's own office (« Caisse d'Allocations Familiales de l'Ain - Antenne ») offers
    // its own démarches: the engine puts it first for them, and never for another organisation's.
    if let Some(code) = domain::demarche::organisme_named(&domain::normalize::fold(&structure.nom)) {
        for s in &mut services {
            s.organismes = vec![code.to_owned()];
        }
    }
    if services.is_empty() && !draft.enrich_only {
        return Err(refusal(draft.line, "services", "", "aucun service reconnu : le lieu ne pourrait être proposé à personne"));
    }
    Ok(Candidate {
        line: draft.line,
        structure: Structure { origines, ..structure },
        services,
        notes,
        refused_labels,
        enrich_only: draft.enrich_only,
    })
}

/// Adds each row's candidate or refusal to `parsed`.
pub fn collect(parsed: &mut Parsed, outcome: Result<Candidate, Refusal>) {
    match outcome {
        Ok(c) => parsed.candidates.push(c),
        Err(r) => parsed.refusals.push(r),
    }
}

/// A cell as an optional value: empty cells are absent.
pub(crate) use crate::read::non_empty as cell;

/// Coordinates, when both parse and are plausible for metropolitan France.
pub fn coordinates(lon: &str, lat: &str) -> (Option<f64>, Option<f64>) {
    match (lon.trim().replace(',', ".").parse::<f64>(), lat.trim().replace(',', ".").parse::<f64>()) {
        (Ok(lon), Ok(lat)) if (-6.0..10.0).contains(&lon) && (41.0..52.0).contains(&lat) => (Some(lon), Some(lat)),
        _ => (None, None),
    }
}
