//! What `/admin/comptes` shows: the accounts, the structures they may edit, the creation form.

use crate::admin::session::{admin_session, flash, frame};
use crate::domain::directory::Structure;
use crate::error::AppError;
use crate::ssr::repo::backoffice::Role;
use crate::ssr::repo::entries::Stored;
use crate::view::admin::{AccountRow, Accounts};

pub async fn accounts(saved: bool) -> Result<Accounts, AppError> {
    let (services, session) = admin_session().await?;
    let (fields, errors) = flash(&services, &session, "comptes").await?.unwrap_or_default();
    let mut structures = Vec::new();
    for Stored { value: s, .. } in services.repo.entries::<Structure>(None).await? {
        structures.push((s.id, s.nom));
    }
    structures.sort_by_key(|a| a.1.to_lowercase());
    let accounts = services.repo.accounts().await?;
    Ok(Accounts {
        frame: frame(&services, &session).await?,
        accounts: accounts
            .into_iter()
            .map(|a| AccountRow {
                second_factor: a.has_second_factor,
                id: a.id,
                admin: a.role == Role::Admin,
                email: a.email,
                nom: a.nom,
                disabled: a.disabled,
                structures: a.structures,
            })
            .collect(),
        structures,
        fields,
        errors,
        saved,
        confirm: !session.recently_confirmed(),
    })
}
