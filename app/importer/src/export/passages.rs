//! The passages of tournées and permanences, in Aiguillage's own JSON. Neither national standard has
//! a field for where and when a service stops (the Schéma des lieux says « Itinérant », data·inclusion
//! lists the communes in `zone_eligibilite`): this file keeps the rest, whole, keyed by the same ids as
//! the data·inclusion export (`id` of a service, `structure_id`), so that a reuser joins the two.

use domain::directory::Directory;
use serde_json::{json, Value};

/// Every published service that has passages, with them exactly as stored (`domain::passage::Passage`).
pub fn json(directory: &Directory) -> Value {
    let items: Vec<Value> = directory
        .services()
        .iter()
        .filter(|v| !v.passages.is_empty())
        .map(|v| {
            let structure = directory.structure(&v.structure);
            json!({
                "service_id": v.id,
                "structure_id": v.structure,
                "structure_nom": structure.map(|s| s.nom.as_str()),
                "service_nom": v.nom,
                "passages": v.passages,
            })
        })
        .collect();
    Value::Array(items)
}
