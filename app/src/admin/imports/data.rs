//! What `/admin/imports` shows (admins): the dry run of the file this account uploaded, computed
//! again over the current directory each time it is shown, and the imports applied.

use crate::admin::session::{admin_session, frame};
use crate::error::AppError;
use crate::ssr::import::{import, Request};
use crate::view::admin::{ImportsView, Trial};

/// The message of an error code a post handler redirected with (codes, not text: a link must not be
/// able to put words on this page).
fn message(code: &str) -> Option<String> {
    Some(
        match code {
            "fichier" => "Choisissez un fichier CSV ou JSON à envoyer.",
            "taille" => "Ce fichier dépasse 10 Mo : découpez-le, ou importez-le avec la commande server importer.",
            "refus" => "Des lignes sont refusées : rien n’a été écrit. Corrigez le fichier et envoyez-le de nouveau, ou cochez « Appliquer sans les lignes refusées ».",
            "annule" => "Cet import est déjà annulé, ou n’existe pas. Rien n’a été modifié.",
            _ => return None,
        }
        .to_owned(),
    )
}

pub async fn imports(essai: Option<String>, erreur: Option<String>) -> Result<ImportsView, AppError> {
    let (services, session) = admin_session().await?;
    let mut error = erreur.as_deref().and_then(message);
    let mut trial = None;
    if let Some(token) = essai {
        match services.repo.upload(&token, session.account.id).await? {
            None => error = Some("Ce fichier n’est plus là : il a déjà été appliqué, ou il faut l’envoyer de nouveau.".into()),
            Some(upload) => {
                let request = Request {
                    fichier: &upload.fichier,
                    bytes: &upload.bytes,
                    date: upload.date.clone(),
                    appliquer: false,
                    sans_les_refus: false,
                    author: &session.account.email,
                    progress: &|_, _| {},
                };
                match import(services.repo.as_ref(), &services.gazetteer, request).await {
                    Ok(outcome) => {
                        trial = Some(Trial {
                            token,
                            fichier: upload.fichier,
                            report: outcome.report,
                            refused: !outcome.plan.parsed.refusals.is_empty(),
                            changes_nothing: outcome.plan.changes_nothing(),
                        })
                    }
                    Err(crate::ssr::import::ImportError::Repo(e)) => return Err(AppError::internal(e)),
                    Err(e) => error = Some(format!("« {} » : {e} Rien n’a été écrit.", upload.fichier)),
                }
            }
        }
    }
    let imports = services.repo.imports().await?;
    Ok(ImportsView { frame: frame(&services, &session).await?, trial, error, imports })
}
