//! The back-office's imports (admins): a file sent for a dry run, applied after reading its report,
//! and an applied import undone. Each post answers with a redirect to `/admin/imports`.

use crate::admin::form::{AdminForm, Coordinator};
use crate::admin::session::{editor_refusal, guard_before_body, provisional_refusal, second_factor_refusal, token_refusal};
use crate::domain::edit::Fields;
use crate::form::{op_failure, see_other};
use crate::ssr::auth::random_token;
use crate::ssr::import::{import, ImportError, Request};
use crate::ssr::ops::OpError;
use crate::ssr::repo::imports::Upload;
use crate::ssr::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::Response;

const BACK: &str = crate::routes::admin::IMPORTS;

/// The largest file the page takes (the CLI takes any).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// The parts of the upload form, read whole: the token, the date, the file's name and bytes.
async fn read_form(multipart: &mut Multipart) -> Result<(Fields, Option<Upload>), &'static str> {
    let mut fields = Vec::new();
    let mut upload = None;
    while let Some(field) = multipart.next_field().await.map_err(|_| "taille")? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "fichier" {
            let fichier = field.file_name().map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).to_owned()).unwrap_or_default();
            let bytes = field.bytes().await.map_err(|_| "taille")?.to_vec();
            if !fichier.is_empty() && !bytes.is_empty() {
                upload = Some(Upload { fichier, date: None, bytes });
            }
        } else {
            fields.push((name, field.text().await.map_err(|_| "taille")?));
        }
    }
    let fields = Fields(fields);
    let date = Some(fields.get("date").trim().to_owned()).filter(|d| !d.is_empty());
    Ok((fields, upload.map(|u| Upload { date, ..u })))
}

/// `POST /admin/imports/essai` (multipart): keeps the file for this account, then shows its dry run.
/// The session is checked before the file is read: up to 10 MB are read only for a coordinator.
pub async fn trial(State(services): State<AppState>, headers: HeaderMap, mut multipart: Multipart) -> Response {
    let session = match guard_before_body(&services, &headers, BACK).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let second_factor = second_factor_refusal(&services, &session);
    if let Some(res) = provisional_refusal(&session).or(second_factor).or_else(|| editor_refusal(&session, BACK)) {
        return res;
    }
    let (fields, upload) = match read_form(&mut multipart).await {
        Ok(read) => read,
        Err(code) => return see_other(&format!("{BACK}?erreur={code}")),
    };
    if let Some(res) = token_refusal(&services, &session, &fields, BACK) {
        return res;
    }
    let Some(upload) = upload else { return see_other(&format!("{BACK}?erreur=fichier")) };
    let token = random_token();
    match services.repo.save_upload(&token, session.account.id, &upload, &crate::ssr::clock::stamp()).await {
        Ok(()) => see_other(&format!("{BACK}?essai={token}")),
        Err(e) => op_failure(OpError::from(e), BACK),
    }
}

/// `POST /admin/imports/essai/{token}/appliquer`: writes the tried file in one transaction.
pub async fn apply(Path(token): Path<String>, AdminForm { services, session, fields, .. }: AdminForm<Coordinator>) -> Response {
    let upload = match services.repo.upload(&token, session.account.id).await {
        Ok(Some(u)) => u,
        Ok(None) => return see_other(&format!("{BACK}?essai={token}")),
        Err(e) => return op_failure(OpError::from(e), BACK),
    };
    let request = Request {
        fichier: &upload.fichier,
        bytes: &upload.bytes,
        date: upload.date.clone(),
        appliquer: true,
        sans_les_refus: fields.get("sans_les_refus") == "oui",
        author: &session.account.email,
        progress: &|_, _| {},
    };
    let outcome = match import(services.repo.as_ref(), &services.gazetteer, request).await {
        Ok(o) => o,
        Err(ImportError::Repo(e)) => return op_failure(OpError::from(e), BACK),
        // An unreadable file: its dry run says why.
        Err(_) => return see_other(&format!("{BACK}?essai={token}")),
    };
    match outcome.applied {
        Some(id) => {
            if services.repo.delete_upload(&token).await.is_err() || services.refresh().await.is_err() {
                return op_failure(OpError::Internal, BACK);
            }
            see_other(&format!("{BACK}?applique={id}"))
        }
        None => see_other(&format!("{BACK}?essai={token}&erreur=refus")),
    }
}

/// `POST /admin/imports/{id}/annuler`: puts back what import `id` changed.
pub async fn undo(Path(id): Path<i64>, AdminForm { services, session, .. }: AdminForm<Coordinator>) -> Response {
    match services.repo.undo_import(id, &session.account.email, &crate::ssr::clock::stamp()).await {
        Ok(Some(_)) => match services.refresh().await {
            Ok(()) => see_other(&format!("{BACK}?annule={id}")),
            Err(e) => op_failure(OpError::from(e), BACK),
        },
        Ok(None) => see_other(&format!("{BACK}?erreur=annule")),
        Err(e) => op_failure(OpError::from(e), BACK),
    }
}
