//! The proposals' tables (`proposals::Proposals`).

use super::proposals::{Move, Proposals, Said, Stored};
use super::sql::{corrupt, SqlRepository};
use super::RepoError;
use crate::domain::edit::Fields;
use crate::domain::proposal::{Genre, Proposal, Status};
use async_trait::async_trait;

const COLUMNS: &str = "id, created_at, updated_at, genre, status, champs, structure_id, proposant, courriel, mail_pending, coord_pending";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    created_at: i64,
    updated_at: i64,
    genre: String,
    status: String,
    champs: String,
    structure_id: Option<String>,
    proposant: String,
    courriel: String,
    mail_pending: Option<String>,
    coord_pending: Option<String>,
}

impl TryFrom<Row> for Stored {
    type Error = RepoError;

    fn try_from(r: Row) -> Result<Self, RepoError> {
        let bad = |what: &str| corrupt(format!("proposition {} : {what} illisible", r.id));
        let genre = Genre::from_code(&r.genre).ok_or_else(|| bad("genre"))?;
        let champs: Vec<(String, String)> = serde_json::from_str(&r.champs).map_err(|_| bad("champs"))?;
        let structure = if genre == Genre::Gestion { r.structure_id.clone() } else { None };
        Ok(Stored {
            id: r.id,
            created_at: r.created_at,
            updated_at: r.updated_at,
            status: Status::from_code(&r.status).ok_or_else(|| bad("statut"))?,
            structure_id: r.structure_id,
            proposal: Proposal { genre, structure, champs: Fields(champs), proposant: r.proposant, courriel: r.courriel },
            mail_pending: r.mail_pending,
            coord_pending: r.coord_pending,
        })
    }
}

#[async_trait]
impl Proposals for SqlRepository {
    async fn create_proposal(&self, p: &Proposal, now: i64) -> Result<i64, RepoError> {
        let champs = serde_json::to_string(&p.champs.0).map_err(|e| corrupt(e.to_string()))?;
        let mut tx = self.write_tx().await?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO proposal (created_at, updated_at, genre, status, champs, structure_id, proposant, courriel, mail_pending, coord_pending) \
             VALUES ($1, $1, $2, 'attente', $3, $4, $5, $6, 'recue', 'nouvelle') RETURNING id",
        )
        .bind(now)
        .bind(p.genre.code())
        .bind(champs)
        .bind(&p.structure)
        .bind(&p.proposant)
        .bind(&p.courriel)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO proposal_message (proposal_id, at, who, action, texte) VALUES ($1, $2, $3, 'proposée', $4)")
            .bind(id)
            .bind(now)
            .bind(&p.proposant)
            .bind(p.champs.get("message"))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn proposal(&self, id: i64) -> Result<Option<Stored>, RepoError> {
        let row: Option<Row> =
            sqlx::query_as(&format!("SELECT {COLUMNS} FROM proposal WHERE id = $1")).bind(id).fetch_optional(self.pool()).await?;
        row.map(Stored::try_from).transpose()
    }

    async fn proposals(&self) -> Result<Vec<Stored>, RepoError> {
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM proposal ORDER BY CASE WHEN status IN ('attente', 'question') THEN 0 ELSE 1 END, created_at DESC, id DESC"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.into_iter().map(Stored::try_from).collect()
    }

    async fn proposals_waiting(&self) -> Result<u64, RepoError> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM proposal WHERE status = 'attente'").fetch_one(self.pool()).await?;
        Ok(u64::try_from(n).unwrap_or_default())
    }

    async fn proposal_history(&self, id: i64) -> Result<Vec<Said>, RepoError> {
        let rows: Vec<(i64, String, String, Option<String>)> =
            sqlx::query_as("SELECT at, who, action, texte FROM proposal_message WHERE proposal_id = $1 ORDER BY at, id")
                .bind(id)
                .fetch_all(self.pool())
                .await?;
        Ok(rows.into_iter().map(|(at, who, action, texte)| Said { at, who, action, texte: texte.filter(|t| !t.is_empty()) }).collect())
    }

    async fn move_proposal(&self, m: &Move<'_>) -> Result<bool, RepoError> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE proposal SET status = $1, structure_id = COALESCE($2, structure_id), updated_at = $3, \
             mail_pending = COALESCE($4, mail_pending), coord_pending = COALESCE($5, coord_pending) \
             WHERE id = $6 AND status = $7",
        )
        .bind(m.to.code())
        .bind(m.structure_id)
        .bind(m.now)
        .bind(m.mail)
        .bind(m.coord)
        .bind(m.id)
        .bind(m.from.code())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !done {
            return Ok(false);
        }
        sqlx::query("INSERT INTO proposal_message (proposal_id, at, who, action, texte) VALUES ($1, $2, $3, $4, $5)")
            .bind(m.id)
            .bind(m.said.at)
            .bind(&m.said.who)
            .bind(&m.said.action)
            .bind(&m.said.texte)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn claim_proposal_mail(&self, id: i64, pending: &str, coordination: bool) -> Result<bool, RepoError> {
        let column = if coordination { "coord_pending" } else { "mail_pending" };
        Ok(sqlx::query(&format!("UPDATE proposal SET {column} = NULL WHERE id = $1 AND {column} = $2"))
            .bind(id)
            .bind(pending)
            .execute(self.pool())
            .await?
            .rows_affected()
            == 1)
    }

    async fn set_proposal_mail(&self, id: i64, pending: &str, coordination: bool) -> Result<(), RepoError> {
        let column = if coordination { "coord_pending" } else { "mail_pending" };
        sqlx::query(&format!("UPDATE proposal SET {column} = $1 WHERE id = $2")).bind(pending).bind(id).execute(self.pool()).await?;
        Ok(())
    }

    async fn purge_proposals(&self, closed_before: i64) -> Result<u64, RepoError> {
        let due = "status IN ('acceptee', 'refusee') AND updated_at < $1 AND courriel <> ''";
        let mut tx = self.write_tx().await?;
        sqlx::query(&format!(
            "UPDATE proposal_message SET who = 'effacé' WHERE who = \
             (SELECT proposant FROM proposal WHERE proposal.id = proposal_message.proposal_id AND {due})"
        ))
        .bind(closed_before)
        .execute(&mut *tx)
        .await?;
        let done = sqlx::query(&format!("UPDATE proposal SET proposant = 'effacé', courriel = '', mail_pending = NULL WHERE {due}"))
            .bind(closed_before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(done)
    }

    async fn keep_proposal_draft(&self, cle: &str, contenu: &str, now: i64, older_than: i64) -> Result<(), RepoError> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM proposal_draft WHERE created_at < $1").bind(older_than).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO proposal_draft (cle, created_at, contenu) VALUES ($1, $2, $3)")
            .bind(cle)
            .bind(now)
            .bind(contenu)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn proposal_draft(&self, cle: &str, since: i64) -> Result<Option<String>, RepoError> {
        let row: Option<(String,)> = sqlx::query_as("SELECT contenu FROM proposal_draft WHERE cle = $1 AND created_at >= $2")
            .bind(cle)
            .bind(since)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|(c,)| c))
    }
}
