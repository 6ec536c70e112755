//! What `/admin/historique/{kind}/{id}` shows: an entry's audit log, field by field.

use crate::admin::session::{admin_session, frame};
use crate::domain::edit::EntityKind;
use crate::error::AppError;
use crate::view::admin::{Change, History, RevisionRow};

/// The audit log of one entry, newest first (admins).
pub async fn history(kind: String, id: String) -> Result<History, AppError> {
    let (services, session) = admin_session().await?;
    let kind = EntityKind::from_code(&kind).ok_or(AppError::NotFound)?;
    let doc = services.repo.doc(kind, &id).await?.ok_or(AppError::NotFound)?;
    let nom = ["nom", "titre"].iter().find_map(|k| doc.data.get(*k)?.as_str()).unwrap_or(&id).to_owned();
    let revisions = services.repo.revisions(kind, &id).await?;
    let edit_url = crate::routes::admin::entry(kind, &id);
    Ok(History {
        frame: frame(&services, &session).await?,
        kind: kind.code().into(),
        nom,
        edit_url,
        id,
        revisions: revisions
            .into_iter()
            .map(|r| RevisionRow { id: r.id, changes: changes(r.before.as_ref(), &r.after), at: r.at, author: r.author, action: r.action })
            .collect(),
    })
}

/// Field by field, what a revision changed (« archivé » included).
fn changes(before: Option<&serde_json::Value>, after: &serde_json::Value) -> Vec<Change> {
    let show = |v: Option<&serde_json::Value>| match v {
        None | Some(serde_json::Value::Null) => "—".to_owned(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Bool(b)) => if *b { "oui" } else { "non" }.to_owned(),
        Some(other) => other.to_string(),
    };
    let mut out = Vec::new();
    let (b_arch, a_arch) = (before.and_then(|b| b.get("archived")), after.get("archived"));
    if b_arch != a_arch {
        out.push(Change { champ: "archivé".into(), avant: show(b_arch), apres: show(a_arch) });
    }
    let empty = serde_json::Map::new();
    let b_data = before.and_then(|b| b.get("data")).and_then(|d| d.as_object()).unwrap_or(&empty);
    let a_data = after.get("data").and_then(|d| d.as_object()).unwrap_or(&empty);
    for (key, value) in a_data {
        if b_data.get(key) != Some(value) {
            out.push(Change { champ: key.clone(), avant: show(b_data.get(key)), apres: show(Some(value)) });
        }
    }
    out
}
