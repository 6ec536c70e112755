//! Every back-office URL, built in one place. Pages link with these, forms post to them, handlers
//! redirect to them, and the router mounts the post handlers on the same builders given axum's
//! `{placeholders}` (`crate::admin::routes`), so a link and its route cannot drift apart.
//!
//! From a URL to its files: see the table in `app/src/admin.rs`.

use std::fmt::Display;

use crate::domain::edit::EntityKind;

pub const HOME: &str = "/admin";
pub const LOGIN: &str = "/admin/connexion";
/// Where a post lands when its session has ended.
pub const LOGIN_SESSION_ENDED: &str = "/admin/connexion?erreur=session";
pub const LOGIN_WRONG_CREDENTIALS: &str = "/admin/connexion?erreur=identifiants";
pub const LOGGED_OUT: &str = "/admin/connexion?deconnecte=1";
/// The second step of a login, for an account with a second factor: the app's code.
pub const LOGIN_CODE: &str = "/admin/connexion/code";
pub const LOGIN_CODE_WRONG: &str = "/admin/connexion/code?erreur=code";
/// The five minutes between the password and the code are over: the login starts again.
pub const LOGIN_CODE_EXPIRED: &str = "/admin/connexion?erreur=code-expire";
/// Where anyone logged in sets up, renews or removes their second factor.
pub const SECOND_FACTOR: &str = "/admin/double-authentification";
pub const LOGOUT: &str = "/admin/deconnexion";
pub const REPORTS: &str = "/admin/signalements";
pub const ACCOUNTS: &str = "/admin/comptes";
/// Where a coordinator types their password again before managing accounts.
pub const CONFIRM: &str = "/admin/confirmer";
/// Where anyone logged in changes their own password (and must, while it is provisional).
pub const MY_PASSWORD: &str = "/admin/mot-de-passe";
/// Where someone given an account by « C'est ma structure » chooses its password, by a signed link
/// (`/admin/acces/{jeton}`, [`crate::ssr::access`]).
pub const ACCESS: &str = "/admin/acces";
pub const ACCESS_ROUTE: &str = "/admin/acces/{jeton}";
/// The login page once a password was chosen through that link.
pub const LOGIN_ACCESS_READY: &str = "/admin/connexion?acces=1";
pub const ACCOUNT_CREATE: &str = "/admin/comptes/creer";
pub const IMPORTS: &str = "/admin/imports";
pub const IMPORT_TRIAL: &str = "/admin/imports/essai";
pub const INDICATORS: &str = "/admin/indicateurs";
pub const REMINDERS: &str = "/admin/rappels";
/// « Demandes de rappel »: the requests sent from « Être rappelé », and who receives them.
pub const REQUESTS: &str = "/admin/demandes";
pub const REQUEST_RECEIVER_SET: &str = "/admin/demandes/destinataires";
pub const REQUEST_RECEIVER_REMOVE: &str = "/admin/demandes/destinataires/retirer";
/// « Propositions à lire »: what the public proposed (`/proposer`), waiting for a coordinator.
pub const PROPOSALS: &str = "/admin/propositions";
pub const INTEGRATIONS: &str = "/admin/sites-partenaires";
pub const INTEGRATION_ADD: &str = "/admin/sites-partenaires/ajouter";
pub const INTEGRATION_REMOVE: &str = "/admin/sites-partenaires/retirer";
/// The router's pattern for one table of the indicators as CSV (`/admin/indicateurs/besoin.csv`).
pub const INDICATORS_FILE_ROUTE: &str = "/admin/indicateurs/{file}";
/// The router's pattern for [`archive`]: one handler for the three kinds.
pub const ARCHIVE_ROUTE: &str = "/admin/{kind}/{id}/{verb}";

/// An entry's page (`id` = [`EntityKind::new_word`] for the form of a new one).
pub fn entry(kind: EntityKind, id: &str) -> String {
    format!("/admin/{}/{id}", kind.plural())
}

/// Where a service's passage forms post (add, remove, exceptions).
pub fn passages(service: &str) -> String {
    format!("{}/passages", entry(EntityKind::Service, service))
}

pub fn new_entry(kind: EntityKind) -> String {
    entry(kind, kind.new_word())
}

/// The form of a new service of `structure`.
pub fn new_service(structure: &str) -> String {
    format!("{}?structure={}", new_entry(EntityKind::Service), crate::domain::journey::percent_encode(structure))
}

/// The form of a new séance of `service`.
pub fn new_seance(service: &str) -> String {
    format!("{}?service={}", new_entry(EntityKind::Seance), crate::domain::journey::percent_encode(service))
}

pub fn save(kind: EntityKind, id: &str) -> String {
    format!("{}/enregistrer", entry(kind, id))
}

/// « Tout est juste »: a structure confirmed as it is.
pub fn verify(structure: &str) -> String {
    format!("{}/verifier", entry(EntityKind::Structure, structure))
}

pub fn archive(kind: EntityKind, id: &str, archived: bool) -> String {
    format!("/admin/{}/{id}/{}", kind.code(), if archived { "archiver" } else { "restaurer" })
}

pub fn history(kind: EntityKind, id: &str) -> String {
    format!("/admin/historique/{}/{id}", kind.code())
}

pub fn restore_revision(revision: impl Display) -> String {
    format!("/admin/revisions/{revision}/restaurer")
}

pub fn close_report(report: impl Display) -> String {
    format!("{REPORTS}/{report}/traiter")
}

pub fn import_apply(token: &str) -> String {
    format!("{IMPORT_TRIAL}/{token}/appliquer")
}

pub fn import_undo(import: impl Display) -> String {
    format!("{IMPORTS}/{import}/annuler")
}

pub fn account_structures(account: impl Display) -> String {
    format!("{ACCOUNTS}/{account}/structures")
}

pub fn account_password(account: impl Display) -> String {
    format!("{ACCOUNTS}/{account}/mot-de-passe")
}

/// Removes someone's second factor (a lost phone, and its recovery codes with it).
pub fn account_second_factor(account: impl Display) -> String {
    format!("{ACCOUNTS}/{account}/double-authentification")
}

/// The router's pattern for [`account_toggle`].
pub const ACCOUNT_TOGGLE_ROUTE: &str = "/admin/comptes/{id}/{verb}";

/// `enable`: « activer », else « desactiver ».
pub fn account_toggle(account: impl Display, enable: bool) -> String {
    format!("{ACCOUNTS}/{account}/{}", if enable { "activer" } else { "desactiver" })
}

/// One proposal, its decision forms and its messages.
pub fn proposal(id: impl Display) -> String {
    format!("{PROPOSALS}/{id}")
}

/// One request, its answer form and its history.
pub fn request(id: impl Display) -> String {
    format!("{REQUESTS}/{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_urls_name_their_kind_and_a_new_entry_by_its_french_word() {
        assert_eq!(entry(EntityKind::Service, "lab-01"), "/admin/services/lab-01");
        assert_eq!(new_entry(EntityKind::Service), "/admin/services/nouveau");
        assert_eq!(new_seance("lab-01"), "/admin/seances/nouvelle?service=lab-01");
        assert_eq!(save(EntityKind::Structure, "{id}"), "/admin/structures/{id}/enregistrer");
        assert_eq!(archive(EntityKind::Seance, "s1", false), "/admin/seance/s1/restaurer");
        assert_eq!(history(EntityKind::Structure, "a"), "/admin/historique/structure/a");
        assert_eq!(account_toggle(7, false), "/admin/comptes/7/desactiver");
        for kind in [EntityKind::Structure, EntityKind::Service, EntityKind::Seance] {
            assert_eq!(EntityKind::from_code(kind.code()), Some(kind));
        }
    }
}
