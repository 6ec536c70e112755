//! The « être rappelé » tables.

use super::callbacks::{Callback, Callbacks, Move, NewCallback, Receiver};
use super::sql::{corrupt, SqlRepository};
use super::RepoError;
use crate::domain::callback::{Contact, Status, Times};
use crate::domain::indicators::Mode;
use async_trait::async_trait;

const COLUMNS: &str = "id, reference, created_at, since_at, first_answer_at, reminded_at, closed_at, purged_at, epci, besoin, mode, \
                       structure_id, status, rendez_vous, mail_pending, commune, reponses, prenom, contact, message";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    reference: Option<String>,
    created_at: i64,
    since_at: i64,
    first_answer_at: Option<i64>,
    reminded_at: Option<i64>,
    closed_at: Option<i64>,
    purged_at: Option<i64>,
    epci: String,
    besoin: String,
    mode: String,
    structure_id: Option<String>,
    status: String,
    rendez_vous: Option<String>,
    mail_pending: Option<String>,
    commune: Option<String>,
    reponses: Option<String>,
    prenom: Option<String>,
    contact: Option<String>,
    message: Option<String>,
}

impl TryFrom<Row> for Callback {
    type Error = RepoError;

    fn try_from(r: Row) -> Result<Self, RepoError> {
        let bad = |what: &str| corrupt(format!("demande {} : {what} illisible", r.id));
        Ok(Callback {
            id: r.id,
            times: Times {
                since: r.since_at,
                first_answer: r.first_answer_at,
                reminded: r.reminded_at,
                closed: r.closed_at,
                created: r.created_at,
            },
            purged: r.purged_at.is_some(),
            mode: Mode::from_code(&r.mode).ok_or_else(|| bad("mode"))?,
            status: Status::from_code(&r.status).ok_or_else(|| bad("statut"))?,
            contact: r.contact.as_deref().map(|c| Contact::from_stored(c).ok_or_else(|| bad("contact"))).transpose()?,
            reference: r.reference,
            epci: r.epci,
            besoin: r.besoin,
            structure_id: r.structure_id,
            rendez_vous: r.rendez_vous,
            mail_pending: r.mail_pending,
            commune: r.commune,
            reponses: r.reponses,
            prenom: r.prenom,
            message: r.message,
        })
    }
}

/// The history line of a request, to run inside the transaction of what it records (or alone).
fn access_line<'q>(id: i64, at: i64, who: &'q str, action: &'q str) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    sqlx::query("INSERT INTO callback_access (request_id, at, who, action) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(at)
        .bind(who)
        .bind(action)
}

fn read(rows: Vec<Row>) -> Result<Vec<Callback>, RepoError> {
    rows.into_iter().map(Callback::try_from).collect()
}

#[async_trait]
impl Callbacks for SqlRepository {
    async fn create_callback(&self, n: &NewCallback) -> Result<i64, RepoError> {
        let mut tx = self.write_tx().await?;
        let result: Result<(i64,), sqlx::Error> = sqlx::query_as(
            "INSERT INTO callback_request (reference, created_at, since_at, epci, besoin, mode, structure_id, status, mail_pending, \
             commune, reponses, prenom, contact, message, same_person) \
             VALUES ($1, $2, $2, $3, $4, $5, $6, 'nouvelle', 'demande', $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(&n.reference)
        .bind(n.created_at)
        .bind(&n.epci)
        .bind(&n.besoin)
        .bind(n.mode.code())
        .bind(&n.structure_id)
        .bind(&n.commune)
        .bind(&n.reponses)
        .bind(&n.prenom)
        .bind(n.contact.stored())
        .bind(&n.message)
        .bind(&n.same_person)
        .fetch_one(&mut *tx)
        .await;
        let id = match result {
            Ok((id,)) => id,
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(RepoError::Conflict),
            Err(e) => return Err(e.into()),
        };
        access_line(id, n.created_at, "la personne", "demande envoyée").execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn callback(&self, id: i64) -> Result<Option<Callback>, RepoError> {
        let row: Option<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM callback_request WHERE id = $1")).bind(id).fetch_optional(self.pool()).await?;
        row.map(Callback::try_from).transpose()
    }

    async fn callback_by_reference(&self, reference: &str) -> Result<Option<Callback>, RepoError> {
        let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM callback_request WHERE reference = $1"))
            .bind(reference)
            .fetch_optional(self.pool())
            .await?;
        row.map(Callback::try_from).transpose()
    }

    async fn callbacks(&self, structures: Option<&[String]>) -> Result<Vec<Callback>, RepoError> {
        let rows: Vec<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM callback_request WHERE purged_at IS NULL ORDER BY created_at DESC, id DESC"))
                .fetch_all(self.pool())
                .await?;
        let mut all = read(rows)?;
        if let Some(mine) = structures {
            all.retain(|c| c.structure_id.as_ref().is_some_and(|s| mine.contains(s)));
        }
        Ok(all)
    }

    async fn move_callback(&self, m: &Move<'_>) -> Result<bool, RepoError> {
        let mut tx = self.write_tx().await?;
        let passed_on = m.to_structure != m.from_structure;
        let done = sqlx::query(
            "UPDATE callback_request SET status = $1, structure_id = $2, rendez_vous = COALESCE($3, rendez_vous), \
             first_answer_at = CASE WHEN $4 = 1 THEN first_answer_at ELSE COALESCE(first_answer_at, $5) END, \
             closed_at = CASE WHEN $6 = 1 THEN $5 ELSE NULL END, \
             since_at = CASE WHEN $4 = 1 THEN $5 ELSE since_at END, \
             reminded_at = CASE WHEN $4 = 1 THEN NULL ELSE reminded_at END, \
             mail_pending = CASE WHEN $4 = 1 THEN 'demande' ELSE mail_pending END \
             WHERE id = $7 AND purged_at IS NULL AND status = $8 AND COALESCE(structure_id, '') = $9",
        )
        .bind(m.to.code())
        .bind(m.to_structure)
        .bind(m.rendez_vous)
        .bind(i64::from(passed_on))
        .bind(m.now)
        .bind(i64::from(m.to.closed()))
        .bind(m.id)
        .bind(m.from.code())
        .bind(m.from_structure.unwrap_or(""))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if done {
            access_line(m.id, m.now, m.who, m.action).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(done)
    }

    async fn log_callback_access(&self, id: i64, at: i64, who: &str, action: &str) -> Result<(), RepoError> {
        access_line(id, at, who, action).execute(self.pool()).await?;
        Ok(())
    }

    async fn callback_accesses(&self, id: i64) -> Result<Vec<(i64, String, String)>, RepoError> {
        Ok(sqlx::query_as("SELECT at, who, action FROM callback_access WHERE request_id = $1 ORDER BY at, id")
            .bind(id)
            .fetch_all(self.pool())
            .await?)
    }

    async fn claim_callback_mail(&self, id: i64, pending: &str) -> Result<bool, RepoError> {
        Ok(sqlx::query("UPDATE callback_request SET mail_pending = NULL WHERE id = $1 AND mail_pending = $2 AND purged_at IS NULL")
            .bind(id)
            .bind(pending)
            .execute(self.pool())
            .await?
            .rows_affected()
            == 1)
    }

    async fn set_callback_mail(&self, id: i64, pending: Option<&str>, reminded_at: Option<i64>) -> Result<(), RepoError> {
        sqlx::query("UPDATE callback_request SET mail_pending = $1, reminded_at = COALESCE($2, reminded_at) WHERE id = $3")
            .bind(pending)
            .bind(reminded_at)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    async fn purge_callback(&self, id: i64, now: i64, who: &str) -> Result<bool, RepoError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE callback_request SET purged_at = $1, closed_at = COALESCE(closed_at, $1), mail_pending = NULL, reference = NULL, \
             commune = NULL, reponses = NULL, prenom = NULL, contact = NULL, message = NULL, same_person = NULL, rendez_vous = NULL \
             WHERE id = $2 AND purged_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if done {
            access_line(id, now, who, "données personnelles supprimées").execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(done)
    }

    async fn callbacks_since(&self, from: i64) -> Result<Vec<Callback>, RepoError> {
        let rows: Vec<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM callback_request WHERE created_at >= $1 ORDER BY created_at"))
            .bind(from)
            .fetch_all(self.pool())
            .await?;
        read(rows)
    }

    async fn receivers(&self) -> Result<Vec<Receiver>, RepoError> {
        let rows: Vec<(String, String, String, String, String)> =
            sqlx::query_as("SELECT epci, besoin, structure_id, courriel, updated_by FROM callback_receiver ORDER BY epci, besoin")
                .fetch_all(self.pool())
                .await?;
        Ok(rows
            .into_iter()
            .map(|(epci, besoin, structure_id, courriel, updated_by)| Receiver { epci, besoin, structure_id, courriel, updated_by })
            .collect())
    }

    async fn set_receiver(&self, r: &Receiver) -> Result<(), RepoError> {
        sqlx::query(
            "INSERT INTO callback_receiver (epci, besoin, structure_id, courriel, updated_by) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (epci, besoin) DO UPDATE SET structure_id = excluded.structure_id, courriel = excluded.courriel, \
             updated_by = excluded.updated_by",
        )
        .bind(&r.epci)
        .bind(&r.besoin)
        .bind(&r.structure_id)
        .bind(&r.courriel)
        .bind(&r.updated_by)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn remove_receiver(&self, epci: &str, besoin: &str) -> Result<bool, RepoError> {
        Ok(sqlx::query("DELETE FROM callback_receiver WHERE epci = $1 AND besoin = $2")
            .bind(epci)
            .bind(besoin)
            .execute(self.pool())
            .await?
            .rows_affected()
            == 1)
    }
}
