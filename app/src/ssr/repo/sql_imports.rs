//! The import log: an import's docs written in one transaction with its log entry, and
//! undone as a whole.

use super::backoffice::Doc;
use super::imports::{ImportRun, Imports, UndoReport, Upload};
use super::sql::{corrupt, SqlRepository};
use super::sql_backoffice::{write_doc, Audit};
use super::RepoError;
use crate::domain::edit::EntityKind;
use async_trait::async_trait;
use serde_json::{json, Value};

#[async_trait]
impl Imports for SqlRepository {
    async fn save_upload(&self, token: &str, account_id: i64, upload: &Upload, now: &str) -> Result<(), RepoError> {
        sqlx::query("INSERT INTO import_upload (token, account_id, fichier, date, bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(token)
            .bind(account_id)
            .bind(&upload.fichier)
            .bind(&upload.date)
            .bind(&upload.bytes)
            .bind(now)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    async fn upload(&self, token: &str, account_id: i64) -> Result<Option<Upload>, RepoError> {
        let row: Option<(String, Option<String>, Vec<u8>)> =
            sqlx::query_as("SELECT fichier, date, bytes FROM import_upload WHERE token = $1 AND account_id = $2")
                .bind(token)
                .bind(account_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|(fichier, date, bytes)| Upload { fichier, date, bytes }))
    }

    async fn delete_upload(&self, token: &str) -> Result<(), RepoError> {
        sqlx::query("DELETE FROM import_upload WHERE token = $1").bind(token).execute(self.pool()).await?;
        Ok(())
    }

    async fn apply_import(
        &self,
        docs: &[Doc],
        fichier: &str,
        format: &str,
        resume: &str,
        author: &str,
        now: &str,
    ) -> Result<i64, RepoError> {
        let mut tx = self.write_tx().await?;
        let (import_id,): (i64,) =
            sqlx::query_as("INSERT INTO import_run (at, author, fichier, format, resume) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(now)
                .bind(author)
                .bind(fichier)
                .bind(format)
                .bind(resume)
                .fetch_one(&mut *tx)
                .await?;
        let audit = Audit { account_id: None, author, action: "import", now, import_id: Some(import_id) };
        for d in docs {
            write_doc(&mut tx, d, &audit).await?;
        }
        tx.commit().await?;
        Ok(import_id)
    }

    async fn imports(&self) -> Result<Vec<ImportRun>, RepoError> {
        let rows: Vec<(i64, String, String, String, String, String, Option<String>)> =
            sqlx::query_as("SELECT id, at, author, fichier, format, resume, undone_at FROM import_run ORDER BY id DESC")
                .fetch_all(self.pool())
                .await?;
        Ok(rows
            .into_iter()
            .map(|(id, at, author, fichier, format, resume, undone_at)| ImportRun {
                id,
                at,
                author,
                fichier,
                format,
                resume,
                undone: undone_at,
            })
            .collect())
    }

    async fn undo_import(&self, id: i64, author: &str, now: &str) -> Result<Option<UndoReport>, RepoError> {
        let mut tx = self.write_tx().await?;
        let open: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM import_run WHERE id = $1 AND undone_at IS NULL").bind(id).fetch_optional(&mut *tx).await?;
        if open.is_none() {
            return Ok(None);
        }
        let written: Vec<(i64, String, String, Option<String>, String)> =
            sqlx::query_as("SELECT id, entity_kind, entity_id, before, after FROM revision WHERE import_id = $1 ORDER BY id DESC")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
        let audit = Audit { account_id: None, author, action: "annulation d’import", now, import_id: None };
        let mut report = UndoReport::default();
        for (revision, kind, entity, before, after) in written {
            let kind = EntityKind::from_code(&kind).ok_or_else(|| corrupt(format!("revision {revision}: kind {kind}")))?;
            let (latest,): (i64,) = sqlx::query_as("SELECT max(id) FROM revision WHERE entity_kind = $1 AND entity_id = $2")
                .bind(kind.code())
                .bind(&entity)
                .fetch_one(&mut *tx)
                .await?;
            if latest != revision {
                report.kept.push(entity);
                continue;
            }
            // Put back the state before the import; an entry the import created is archived, not erased.
            let state: Value = match before {
                Some(b) => serde_json::from_str(&b).map_err(corrupt)?,
                None => {
                    let mut a: Value = serde_json::from_str(&after).map_err(corrupt)?;
                    a["archived"] = json!(true);
                    a
                }
            };
            let data = state["data"].clone();
            let parent = match kind {
                EntityKind::Service => data["structure"].as_str().map(str::to_owned),
                _ => None,
            };
            let d = Doc { kind, id: entity, parent, debut: None, data, archived: state["archived"].as_bool().unwrap_or(false) };
            write_doc(&mut tx, &d, &audit).await?;
            report.restored += 1;
        }
        sqlx::query("UPDATE import_run SET undone_at = $1, undone_by = $2 WHERE id = $3")
            .bind(now)
            .bind(author)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(report))
    }
}
