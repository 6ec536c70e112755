//! The Schéma des lieux de médiation numérique, CSV or JSON: v1.0.2 (`|`-separated values of the
//! current standard, `code_insee`, `dispositif_programmes_nationaux`, `prise_rdv`) and the earlier
//! shape the Hinaura export and the conseillers numériques list (2022) still use (`;`-separated old
//! labels, `publics_accueillis`, `labels_nationaux`). One reader serves both: each value is tried
//! against the current labels, then against the old ones.

use super::{build, cell, collect, coordinates, Draft};
use crate::locate::Place;
use crate::read::{code5, siret, street, Table};
use crate::rules::{AIDANTS_CONNECT, CONSEILLER_NUMERIQUE, FRANCE_SERVICES};
use crate::{Context, FileError, Parsed, Refusal};
use domain::directory::{Coverage, Service};
use domain::legacy_labels::{head, map_accompaniment, map_fee, map_public, map_service, PublicLabel};
use domain::sources::code_of;
use domain::taxonomy::{AccessMode, Accompaniment, Fee, Itinerance, Programme, Public, ServiceKind, SpecificSupport};
use std::collections::BTreeMap;

const FORMAT: &str = "Schéma des lieux de médiation numérique";

pub fn recognises(table: &Table) -> bool {
    table.has_all(&["id", "nom", "services"]) && (table.column("code_postal").is_some() || table.column("code_insee").is_some())
}

/// The values of a multi-valued cell, whichever separator it uses.
fn values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(['|', ';']).map(str::trim).filter(|v| !v.is_empty())
}

/// Each value mapped by the current labels or else the old ones, once; the rest reported.
fn list<T: PartialEq + Copy>(
    cell: &str,
    current: impl Fn(&str) -> Option<T>,
    old: impl Fn(&str) -> Option<T>,
    what: &str,
    notes: &mut Vec<String>,
) -> Vec<T> {
    let mut out = Vec::new();
    for v in values(cell) {
        match current(v).or_else(|| old(v)) {
            Some(t) if !out.contains(&t) => out.push(t),
            Some(_) => {}
            None => notes.push(format!("{what} non repris : {}", head(v))),
        }
    }
    out
}

fn programme(label: &str) -> Option<Programme> {
    Programme::from_label(label).or(match label {
        "CNFS" | "Conseiller numérique" | "Conseiller Numérique" => Some(Programme::ConseillersNumeriques),
        "France Service" | "France services" | "MSAP" => Some(Programme::FranceServices),
        _ => None,
    })
}

/// A record's cells by column name, for the passes over a whole file.
type Getter<'a> = Box<dyn Fn(&str) -> String + 'a>;

/// The France services whose conseiller holds each permanence, by the conseillers' `structureId`.
/// The conseillers' 2022 file gives every place where a conseiller works the labels of the
/// conseiller's employer, and groups an employer's places under one `structureId`. In a group that
/// says « France Services », the France services is the place that calls itself one (« France
/// Services Valserhône… », « Maison des services… »): its commune names the group's other places,
/// which are its conseiller's permanences, not France services.
/// Hosts are keyed by group, with the host's own `id` and its commune's name.
fn france_services_hosts(ctx: &Context, rows: &[&dyn Fn(&str) -> String]) -> BTreeMap<String, (String, String)> {
    let mut hosts = BTreeMap::new();
    for get in rows {
        let group = get("structureId");
        if group.trim().is_empty() || !says_france_services(*get) {
            continue;
        }
        let name = domain::normalize::fold(&get("nom"));
        if !(name.contains("france services") || name.contains("maison des services")) || hosts.contains_key(&group) {
            continue;
        }
        let (insee, postcode, commune) = (code5(&get("code_insee")), code5(&get("code_postal")), get("commune"));
        let (lon, lat) = coordinates(&get("longitude"), &get("latitude"));
        let place = Place { insee: &insee, code_postal: &postcode, commune: &commune, lon, lat };
        if let Ok(c) = crate::locate::locate(ctx.gazetteer, &place) {
            hosts.insert(group, (get("id"), c.nom.clone()));
        }
    }
    hosts
}

/// One record, whatever it came from: `get` answers a column name with its text; `host` is the
/// commune of the France services whose conseiller holds a permanence here, if it is one.
fn record(ctx: &Context, line: usize, get: &dyn Fn(&str) -> String, host: Option<&str>) -> Result<crate::Candidate, Refusal> {
    let mut notes = Vec::new();
    let services = list(&get("services"), ServiceKind::from_label, map_service, "service", &mut notes);
    let mut publics = list(&get("publics_specifiquement_adresses"), Public::from_label, |_| None, "public", &mut notes);
    let mut supports = list(&get("prise_en_charge_specifique"), SpecificSupport::from_label, |_| None, "prise en charge", &mut notes);
    for label in list(&get("publics_accueillis"), |_| None, map_public, "public", &mut notes) {
        match label {
            PublicLabel::Public(p) if !publics.contains(&p) => publics.push(p),
            PublicLabel::Support(s) if !supports.contains(&s) => supports.push(s),
            _ => {}
        }
    }
    let fees_cell = [get("frais_a_charge"), get("conditions_acces"), get("conditions_access")].join("|");
    let frais = list(&fees_cell, Fee::from_label, map_fee, "condition d’accès", &mut notes);
    let accompagnement =
        list(&get("modalites_accompagnement"), Accompaniment::from_label, map_accompaniment, "modalité d’accompagnement", &mut notes);
    let acces = list(&get("modalites_acces"), AccessMode::from_label, |_| None, "modalité d’accès", &mut notes);
    let itinerance = list(&get("itinerance"), Itinerance::from_label, |_| None, "itinérance", &mut notes);
    let labels_cell = [get("dispositif_programmes_nationaux"), get("labels_nationaux")].join("|");
    let dispositifs = list(&labels_cell, programme, |_| None, "label", &mut notes);
    let raw_source = get("source");
    let source = if raw_source.trim().is_empty() { "schema-des-lieux".to_owned() } else { code_of(&raw_source) };
    let first = |name: &str| values(&get(name)).next().map(str::to_owned);
    let street = street(&get("adresse"), &get("complement_adresse"));
    let (insee, postcode, commune) = (code5(&get("code_insee")), code5(&get("code_postal")), get("commune"));
    let (lon, lat) = coordinates(&get("longitude"), &get("latitude"));
    let draft = Draft {
        line,
        source,
        cle: get("id"),
        date: cell(&get("date_maj")).map(|d| d.chars().take(10).collect()),
        nom: get("nom"),
        adresse: street,
        place: Place { insee: &insee, code_postal: &postcode, commune: &commune, lon, lat },
        telephone: cell(&get("telephone")),
        courriel: first("courriels").or_else(|| first("courriel")),
        site_web: first("site_web"),
        horaires: cell(&get("horaires")),
        prise_rdv: cell(&get("prise_rdv")),
        siret: siret(&get("pivot")),
        dispositifs: dispositifs.clone(),
        enrich_only: false,
    };
    let outcome = build(ctx, draft, |id, zone| {
        let mut out = Vec::new();
        if !services.is_empty() {
            let nom = match host {
                Some(commune) => format!("Permanence du conseiller numérique de la France services de {commune}"),
                None => "Médiation numérique".into(),
            };
            out.push(Service {
                nom,
                services: services.clone(),
                publics: publics.clone(),
                prise_en_charge: supports.clone(),
                frais: frais.clone(),
                modalites_acces: acces.clone(),
                modalites_accompagnement: accompagnement.clone(),
                itinerance: itinerance.clone(),
                zone: zone.clone(),
                ..Service::blank(format!("{id}-mediation"), id)
            });
        } else if dispositifs.contains(&Programme::ConseillersNumeriques) {
            out.push(CONSEILLER_NUMERIQUE.service(id, zone.clone()));
        }
        let rule_zone: Coverage = zone.clone();
        if dispositifs.contains(&Programme::FranceServices) {
            out.push(FRANCE_SERVICES.service(id, rule_zone.clone()));
        }
        if dispositifs.contains(&Programme::AidantsConnect) {
            out.push(AIDANTS_CONNECT.service(id, rule_zone));
        }
        out
    });
    outcome.map(|mut c| {
        c.notes.extend(notes);
        c
    })
}

/// Whether the record says « France Services » among its labels (its own, or its employer's).
fn says_france_services(get: &dyn Fn(&str) -> String) -> bool {
    let labels = [get("dispositif_programmes_nationaux"), get("labels_nationaux")].join("|");
    let found = values(&labels).any(|l| programme(l) == Some(Programme::FranceServices));
    found
}

/// The France services `get`'s place is a permanence of, unless it is that France services itself.
fn permanence_host<'h>(hosts: &'h BTreeMap<String, (String, String)>, get: &dyn Fn(&str) -> String) -> Option<&'h str> {
    if !says_france_services(get) {
        return None;
    }
    let (host, commune) = hosts.get(&get("structureId"))?;
    (*host != get("id")).then_some(commune.as_str())
}

pub fn parse_csv(table: &Table, ctx: &Context) -> Result<Parsed, FileError> {
    table.require(FORMAT, &["id", "nom", "services"])?;
    let mut parsed = Parsed { format: format!("{FORMAT} (CSV)"), ..Parsed::default() };
    let complete: Vec<_> = table.rows.iter().filter(|row| row.len() >= table.headers.len()).collect();
    let getters: Vec<Getter> = complete.iter().map(|row| Box::new(move |name: &str| row.named(table, name).to_owned()) as Getter).collect();
    let refs: Vec<&dyn Fn(&str) -> String> = getters.iter().map(|g| g.as_ref()).collect();
    let hosts = france_services_hosts(ctx, &refs);
    for row in &table.rows {
        if row.len() < table.headers.len() {
            parsed.refusals.push(Refusal {
                line: row.line,
                column: table.headers.get(row.len()).cloned().unwrap_or_default(),
                value: String::new(),
                reason: format!("ligne incomplète : {} colonnes au lieu de {} (fichier tronqué ?)", row.len(), table.headers.len()),
            });
            continue;
        }
        let get = |name: &str| row.named(table, name).to_owned();
        collect(&mut parsed, record(ctx, row.line, &get, permanence_host(&hosts, &get)));
    }
    Ok(parsed)
}

fn text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join("|"),
        _ => String::new(),
    }
}

pub fn parse_json(value: &serde_json::Value, ctx: &Context) -> Result<Parsed, FileError> {
    let items = match value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(o) => {
            o.get("items").or_else(|| o.get("lieux")).and_then(|v| v.as_array()).ok_or(FileError::UnknownFormat)?
        }
        _ => return Err(FileError::UnknownFormat),
    };
    let mut parsed = Parsed { format: format!("{FORMAT} (JSON)"), ..Parsed::default() };
    let all: Vec<BTreeMap<&str, String>> = items
        .iter()
        .map(|item| item.as_object().map(|o| o.iter().map(|(k, v)| (k.as_str(), text(v))).collect()).unwrap_or_default())
        .collect();
    let getters: Vec<Getter> = all.iter().map(|f| Box::new(move |name: &str| f.get(name).cloned().unwrap_or_default()) as Getter).collect();
    let refs: Vec<&dyn Fn(&str) -> String> = getters.iter().map(|g| g.as_ref()).collect();
    let hosts = france_services_hosts(ctx, &refs);
    for (i, item) in items.iter().enumerate() {
        let Some(object) = item.as_object() else {
            parsed.refusals.push(Refusal {
                line: i + 1,
                column: String::new(),
                value: String::new(),
                reason: "ce n’est pas un lieu (objet JSON attendu)".into(),
            });
            continue;
        };
        if i == 0 && !(object.contains_key("nom") && object.contains_key("id")) {
            return Err(FileError::MissingColumn { format: FORMAT, column: if object.contains_key("id") { "nom" } else { "id" } });
        }
        let get = refs[i];
        // In a JSON file, a « line » is the place's rank in the list.
        collect(&mut parsed, record(ctx, i + 1, get, permanence_host(&hosts, get)));
    }
    Ok(parsed)
}
