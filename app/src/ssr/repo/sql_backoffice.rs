//! The back-office tables: accounts, sessions, the audited documents, reports.

use super::backoffice::{Account, BackOffice, Doc, Report, ReportDates, Revision, Role};
use super::sql::{corrupt, SqlRepository};
use super::RepoError;
use crate::domain::edit::EntityKind;
use async_trait::async_trait;
use serde_json::{json, Value};

/// Table and parent column of each kind.
fn table(kind: EntityKind) -> (&'static str, Option<&'static str>) {
    match kind {
        EntityKind::Structure => ("structure", None),
        EntityKind::Service => ("service", Some("structure_id")),
        EntityKind::Seance => ("seance", Some("service_id")),
    }
}

type AccountRow = (i64, String, String, String, i64, i64, i64);

/// The columns of an [`AccountRow`], in its order.
const ACCOUNT_COLUMNS: &str =
    "id, email, nom, role, disabled, must_change_password, CAST(CASE WHEN totp_secret IS NULL THEN 0 ELSE 1 END AS BIGINT)";

async fn structures_of(repo: &SqlRepository, account_id: i64) -> Result<Vec<String>, RepoError> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT structure_id FROM account_structure WHERE account_id = $1 ORDER BY structure_id")
        .bind(account_id)
        .fetch_all(repo.pool())
        .await?;
    Ok(rows.into_iter().map(|(s,)| s).collect())
}

async fn account(repo: &SqlRepository, (id, email, nom, role, disabled, provisional, totp): AccountRow) -> Result<Account, RepoError> {
    let role = Role::from_code(&role).ok_or_else(|| corrupt(format!("account {id} has role {role}")))?;
    let structures = structures_of(repo, id).await?;
    let (disabled, must_change_password, has_second_factor) = (disabled != 0, provisional != 0, totp != 0);
    Ok(Account { id, email, nom, role, disabled, must_change_password, structures, has_second_factor })
}

fn revision(
    (id, kind, entity_id, author, at, action, before, after): (i64, String, String, String, String, String, Option<String>, String),
) -> Result<Revision, RepoError> {
    Ok(Revision {
        id,
        kind: EntityKind::from_code(&kind).ok_or_else(|| corrupt(format!("revision {id} of kind {kind}")))?,
        entity_id,
        author,
        at,
        action,
        before: before.map(|b| serde_json::from_str(&b)).transpose().map_err(corrupt)?,
        after: serde_json::from_str(&after).map_err(corrupt)?,
    })
}

fn doc(
    kind: EntityKind,
    (id, parent, debut, data, archived): (String, Option<String>, Option<String>, String, i64),
) -> Result<Doc, RepoError> {
    Ok(Doc { kind, id, parent, debut, data: serde_json::from_str(&data).map_err(corrupt)?, archived: archived != 0 })
}

/// Who writes a doc, why, and within which import.
pub(super) struct Audit<'a> {
    pub account_id: Option<i64>,
    pub author: &'a str,
    pub action: &'a str,
    pub now: &'a str,
    pub import_id: Option<i64>,
}

/// Writes `d` and its audit line (the state before and after) inside `tx`. Returns the revision's id.
pub(super) async fn write_doc(tx: &mut sqlx::Transaction<'_, sqlx::Any>, d: &Doc, audit: &Audit<'_>) -> Result<i64, RepoError> {
    let (table, parent) = table(d.kind);
    let before: Option<(String, i64)> =
        sqlx::query_as(&format!("SELECT data, archived FROM {table} WHERE id = $1")).bind(&d.id).fetch_optional(&mut **tx).await?;
    let before = before
        .map(|(data, archived)| {
            Ok::<_, RepoError>(json!({"archived": archived != 0, "data": serde_json::from_str::<Value>(&data).map_err(corrupt)?}))
        })
        .transpose()?;
    let data = d.data.to_string();
    let mut columns = vec!["id", "data", "archived", "updated_at"];
    if let Some(p) = parent {
        columns.push(p);
    }
    if d.kind == EntityKind::Seance {
        columns.push("debut");
    }
    let updates: Vec<String> = columns[1..].iter().map(|c| format!("{c} = excluded.{c}")).collect();
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        columns.join(", "),
        (1..=columns.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", "),
        updates.join(", ")
    );
    let mut query = sqlx::query(&sql).bind(&d.id).bind(&data).bind(i64::from(d.archived)).bind(audit.now);
    if parent.is_some() {
        query = query.bind(d.parent.as_deref().ok_or_else(|| corrupt(format!("{} {} without parent", table, d.id)))?);
    }
    if d.kind == EntityKind::Seance {
        query = query.bind(d.debut.as_deref().unwrap_or_default());
    }
    query.execute(&mut **tx).await?;
    // Every server follows this version (`Shared::data_version`): a write here shows on all of them.
    sqlx::query("UPDATE publication SET version = version + 1 WHERE id = 1").execute(&mut **tx).await?;
    let after = json!({"archived": d.archived, "data": d.data});
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO revision (entity_kind, entity_id, account_id, author, at, action, before, after, import_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(d.kind.code())
    .bind(&d.id)
    .bind(audit.account_id)
    .bind(audit.author)
    .bind(audit.now)
    .bind(audit.action)
    .bind(before.map(|b| b.to_string()))
    .bind(after.to_string())
    .bind(audit.import_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

fn select_docs(kind: EntityKind) -> String {
    let (table, parent) = table(kind);
    let parent = parent.unwrap_or("NULL");
    let debut = if kind == EntityKind::Seance { "debut" } else { "NULL" };
    format!("SELECT id, {parent}, {debut}, data, archived FROM {table}")
}

const REVISION_COLUMNS: &str = "SELECT id, entity_kind, entity_id, author, at, action, before, after FROM revision";

#[async_trait]
impl BackOffice for SqlRepository {
    async fn create_account(&self, email: &str, nom: &str, role: Role, password_hash: &str, provisional: bool) -> Result<i64, RepoError> {
        let result: Result<(i64,), _> = sqlx::query_as(
            "INSERT INTO account (email, nom, role, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(email)
        .bind(nom)
        .bind(role.code())
        .bind(password_hash)
        .bind(i64::from(provisional))
        .fetch_one(self.pool())
        .await;
        match result {
            Ok((id,)) => Ok(id),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(RepoError::Conflict),
            Err(e) => Err(e.into()),
        }
    }

    async fn account_by_email(&self, email: &str) -> Result<Option<(Account, String)>, RepoError> {
        let row: Option<(i64, String, String, String, i64, i64, i64, String)> =
            sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS}, password_hash FROM account WHERE lower(email) = lower($1)"))
                .bind(email)
                .fetch_optional(self.pool())
                .await?;
        match row {
            None => Ok(None),
            Some((id, email, nom, role, disabled, provisional, totp, hash)) => {
                Ok(Some((account(self, (id, email, nom, role, disabled, provisional, totp)).await?, hash)))
            }
        }
    }

    async fn accounts(&self) -> Result<Vec<Account>, RepoError> {
        let rows: Vec<AccountRow> =
            sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM account ORDER BY nom, email")).fetch_all(self.pool()).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            out.push(account(self, row).await?);
        }
        Ok(out)
    }

    async fn set_account_structures(&self, account_id: i64, structures: &[String]) -> Result<(), RepoError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM account_structure WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        for s in structures {
            sqlx::query("INSERT INTO account_structure (account_id, structure_id) VALUES ($1, $2)")
                .bind(account_id)
                .bind(s)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn set_account_disabled(&self, account_id: i64, disabled: bool) -> Result<(), RepoError> {
        sqlx::query("UPDATE account SET disabled = $1 WHERE id = $2")
            .bind(i64::from(disabled))
            .bind(account_id)
            .execute(self.pool())
            .await?;
        if disabled {
            self.delete_sessions_of(account_id).await?;
        }
        Ok(())
    }

    async fn set_password(&self, account_id: i64, password_hash: &str, provisional: bool) -> Result<(), RepoError> {
        sqlx::query("UPDATE account SET password_hash = $1, must_change_password = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(i64::from(provisional))
            .bind(account_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    async fn create_session(&self, id_hash: &str, account_id: i64, now: &str, expires: &str) -> Result<(), RepoError> {
        // Expired sessions are swept here rather than by a timer: logins are rare, the table stays small.
        sqlx::query("DELETE FROM session WHERE expires_at <= $1").bind(now).execute(self.pool()).await?;
        sqlx::query("INSERT INTO session (id_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(id_hash)
            .bind(account_id)
            .bind(now)
            .bind(expires)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    async fn session_account(&self, id_hash: &str, now: &str, idle_since: &str) -> Result<Option<(Account, String)>, RepoError> {
        // Seen now, if still alive: not past its end, and used since `idle_since`.
        let alive: Option<(i64, String)> = sqlx::query_as(
            "UPDATE session SET last_seen_at = $2
             WHERE id_hash = $1 AND expires_at > $2 AND COALESCE(last_seen_at, created_at) > $3
             RETURNING account_id, COALESCE(confirmed_at, created_at)",
        )
        .bind(id_hash)
        .bind(now)
        .bind(idle_since)
        .fetch_optional(self.pool())
        .await?;
        let Some((account_id, confirmed)) = alive else { return Ok(None) };
        let row: Option<AccountRow> = sqlx::query_as(&format!("SELECT {ACCOUNT_COLUMNS} FROM account WHERE id = $1 AND disabled = 0"))
            .bind(account_id)
            .fetch_optional(self.pool())
            .await?;
        match row {
            None => Ok(None),
            Some(row) => Ok(Some((account(self, row).await?, confirmed))),
        }
    }

    async fn confirm_session(&self, id_hash: &str, now: &str) -> Result<(), RepoError> {
        sqlx::query("UPDATE session SET confirmed_at = $2 WHERE id_hash = $1").bind(id_hash).bind(now).execute(self.pool()).await?;
        Ok(())
    }

    async fn delete_session(&self, id_hash: &str) -> Result<(), RepoError> {
        sqlx::query("DELETE FROM session WHERE id_hash = $1").bind(id_hash).execute(self.pool()).await?;
        Ok(())
    }

    async fn delete_sessions_of(&self, account_id: i64) -> Result<(), RepoError> {
        sqlx::query("DELETE FROM session WHERE account_id = $1").bind(account_id).execute(self.pool()).await?;
        Ok(())
    }

    async fn set_flash(&self, id_hash: &str, flash: Option<&str>) -> Result<(), RepoError> {
        sqlx::query("UPDATE session SET flash = $1 WHERE id_hash = $2").bind(flash).bind(id_hash).execute(self.pool()).await?;
        Ok(())
    }

    async fn take_flash(&self, id_hash: &str) -> Result<Option<String>, RepoError> {
        let mut tx = self.write_tx().await?;
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT flash FROM session WHERE id_hash = $1").bind(id_hash).fetch_optional(&mut *tx).await?;
        sqlx::query("UPDATE session SET flash = NULL WHERE id_hash = $1").bind(id_hash).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(row.and_then(|(f,)| f))
    }

    async fn count_login_attempt(&self, email: &str, now: &str) -> Result<u32, RepoError> {
        let (counted,): (i64,) = sqlx::query_as(
            "INSERT INTO login_failure (email, failures, last_at) VALUES (lower($1), 1, $2)
             ON CONFLICT (email) DO UPDATE SET failures = login_failure.failures + 1, last_at = excluded.last_at
             RETURNING failures",
        )
        .bind(email)
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(u32::try_from(counted.saturating_sub(1)).unwrap_or(u32::MAX))
    }

    async fn clear_login_failures(&self, email: &str) -> Result<(), RepoError> {
        sqlx::query("DELETE FROM login_failure WHERE email = lower($1)").bind(email).execute(self.pool()).await?;
        Ok(())
    }

    async fn secret(&self, name: &str, fresh: &str) -> Result<String, RepoError> {
        sqlx::query("INSERT INTO secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .bind(fresh)
            .execute(self.pool())
            .await?;
        let (value,): (String,) = sqlx::query_as("SELECT value FROM secret WHERE name = $1").bind(name).fetch_one(self.pool()).await?;
        Ok(value)
    }

    async fn doc(&self, kind: EntityKind, id: &str) -> Result<Option<Doc>, RepoError> {
        let row = sqlx::query_as(&format!("{} WHERE id = $1", select_docs(kind))).bind(id).fetch_optional(self.pool()).await?;
        row.map(|r| doc(kind, r)).transpose()
    }

    async fn docs(&self, kind: EntityKind, parent: Option<&str>) -> Result<Vec<Doc>, RepoError> {
        let order = if kind == EntityKind::Seance { "debut, id" } else { "id" };
        let rows: Vec<(String, Option<String>, Option<String>, String, i64)> = match (parent, table(kind).1) {
            (Some(p), Some(column)) => {
                sqlx::query_as(&format!("{} WHERE {column} = $1 ORDER BY {order}", select_docs(kind)))
                    .bind(p)
                    .fetch_all(self.pool())
                    .await?
            }
            _ => sqlx::query_as(&format!("{} ORDER BY {order}", select_docs(kind))).fetch_all(self.pool()).await?,
        };
        rows.into_iter().map(|r| doc(kind, r)).collect()
    }

    async fn save_doc(&self, d: &Doc, account_id: Option<i64>, author: &str, action: &str, now: &str) -> Result<i64, RepoError> {
        let mut tx = self.write_tx().await?;
        let id = write_doc(&mut tx, d, &Audit { account_id, author, action, now, import_id: None }).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn revisions(&self, kind: EntityKind, id: &str) -> Result<Vec<Revision>, RepoError> {
        let rows = sqlx::query_as(&format!("{REVISION_COLUMNS} WHERE entity_kind = $1 AND entity_id = $2 ORDER BY id DESC"))
            .bind(kind.code())
            .bind(id)
            .fetch_all(self.pool())
            .await?;
        rows.into_iter().map(revision).collect()
    }

    async fn revision(&self, id: i64) -> Result<Option<Revision>, RepoError> {
        let row = sqlx::query_as(&format!("{REVISION_COLUMNS} WHERE id = $1")).bind(id).fetch_optional(self.pool()).await?;
        row.map(revision).transpose()
    }

    async fn add_report(&self, service_id: &str, structure_id: &str, sujet: &str, message: &str, now: &str) -> Result<i64, RepoError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO report (service_id, structure_id, sujet, message, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(service_id)
        .bind(structure_id)
        .bind(sujet)
        .bind(message)
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(id)
    }

    async fn open_reports(&self) -> Result<Vec<Report>, RepoError> {
        let rows: Vec<(i64, String, String, String, String, String)> = sqlx::query_as(
            "SELECT id, service_id, structure_id, sujet, message, created_at FROM report WHERE closed_at IS NULL ORDER BY id DESC",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, service_id, structure_id, sujet, message, created_at)| Report {
                id,
                service_id,
                structure_id,
                sujet,
                message,
                created_at,
            })
            .collect())
    }

    async fn close_report(&self, id: i64, by: &str, now: &str) -> Result<bool, RepoError> {
        let r = sqlx::query("UPDATE report SET closed_at = $1, closed_by = $2 WHERE id = $3 AND closed_at IS NULL")
            .bind(now)
            .bind(by)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(r.rows_affected() == 1)
    }

    async fn report_dates(&self) -> Result<Vec<ReportDates>, RepoError> {
        let rows: Vec<(String, String, Option<String>)> =
            sqlx::query_as("SELECT structure_id, created_at, closed_at FROM report ORDER BY id").fetch_all(self.pool()).await?;
        Ok(rows.into_iter().map(|(structure_id, created_at, closed_at)| ReportDates { structure_id, created_at, closed_at }).collect())
    }
}
