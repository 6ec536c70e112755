//! What the back-office pages show, as plain data: each page's `data` module builds it on the
//! server, its server function carries it, the page renders it. Nothing here reaches the browser's
//! wasm (pages are server-rendered).

use crate::domain::edit::{FieldErrors, Fields};
use serde::{Deserialize, Serialize};

/// The account bar of every back-office page, with the token its forms carry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub nom: String,
    pub email: String,
    pub admin: bool,
    pub jeton: String,
    /// Open « Signaler une erreur » reports (admins).
    pub signalements: usize,
    /// Proposals waiting for a coordinator's decision (admins).
    pub propositions: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryRow {
    pub id: String,
    pub nom: String,
    pub detail: String,
    pub archived: bool,
    pub a_verifier: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub frame: Frame,
    pub structures: Vec<EntryRow>,
    /// What waits for a coordinator (admins only).
    pub a_faire: Option<Todo>,
}

/// The coordinators' list of what needs action, each a count with the page that deals with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Todo {
    /// Open « Signaler une erreur » reports.
    pub signalements: usize,
    /// Published entries not confirmed for six months.
    pub a_verifier: usize,
    /// Published entries a newer file of their source no longer lists.
    pub absentes: usize,
    /// Fragile communes with a need nothing local answers.
    pub prioritaires: usize,
    /// « Être rappelé » requests nobody answered within the delay.
    pub demandes_en_retard: usize,
}

/// An edit form: the fields as last typed (or as stored), the messages, and the entry's children.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EditForm {
    pub frame: Frame,
    /// None for a new entry.
    pub id: Option<String>,
    pub titre: String,
    /// The parent (structure of a service, service of a séance), id and name.
    pub parent: Option<(String, String)>,
    pub fields: Fields,
    pub errors: FieldErrors,
    pub archived: bool,
    pub a_verifier: bool,
    pub date_maj: Option<String>,
    pub children: Vec<EntryRow>,
    /// « Modifications enregistrées » after a successful save.
    pub saved: bool,
    /// A service's passages (tournées, permanences) and their forms; none for other entries.
    #[serde(default)]
    pub passages: Option<PassagesForm>,
}

/// The passages of a service as its page lists them, with the forms' last refusal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PassagesForm {
    pub rows: Vec<PassageRow>,
    pub fields: Fields,
    pub errors: FieldErrors,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PassageRow {
    pub id: String,
    /// « Nantua, Salle des fêtes (2 place de la Mairie) ».
    pub lieu: String,
    /// « le 1er et le 3e mardi du mois, de 9h00 à 12h00 », or the OSM string as typed.
    pub regle: String,
    /// Each exception: its date (`AAAA-MM-JJ`) and what it says.
    pub exceptions: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub champ: String,
    pub avant: String,
    pub apres: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RevisionRow {
    pub id: i64,
    pub at: String,
    pub author: String,
    pub action: String,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct History {
    pub frame: Frame,
    pub kind: String,
    pub id: String,
    pub nom: String,
    pub edit_url: String,
    pub revisions: Vec<RevisionRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportRow {
    pub id: i64,
    pub at: String,
    pub sujet: String,
    pub message: String,
    pub structure_id: String,
    pub lieu: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reports {
    pub frame: Frame,
    pub reports: Vec<ReportRow>,
    pub stale: Vec<EntryRow>,
    /// Entries a newer file of one of their sources no longer lists.
    pub absent: Vec<EntryRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub nom: String,
    pub admin: bool,
    pub disabled: bool,
    pub structures: Vec<String>,
    /// It has an authenticator app (`/admin/double-authentification`).
    pub second_factor: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Accounts {
    pub frame: Frame,
    pub accounts: Vec<AccountRow>,
    /// Every structure, id and name, for attaching editors.
    pub structures: Vec<(String, String)>,
    pub fields: Fields,
    pub errors: FieldErrors,
    pub saved: bool,
    /// The password was last typed too long ago: the page asks for it before showing its forms.
    pub confirm: bool,
}

/// One applied import in the back-office's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportRow {
    pub id: i64,
    pub at: String,
    pub author: String,
    pub fichier: String,
    pub format: String,
    pub resume: String,
    pub undone: Option<String>,
}

/// A file uploaded and tried, not yet applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trial {
    pub token: String,
    pub fichier: String,
    /// The French report, line by line.
    pub report: String,
    pub refused: bool,
    pub changes_nothing: bool,
}

/// `/admin/imports`: upload a file, read its dry run, apply it; the imports applied, to undo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportsView {
    pub frame: Frame,
    pub trial: Option<Trial>,
    /// The message of a file that could not be read at all, or of an apply refused.
    pub error: Option<String>,
    pub imports: Vec<ImportRow>,
}

/// `/admin/mot-de-passe`: whether the password is provisional (the page then says why it is shown),
/// the errors of a refused change, and whether a change was just saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyPassword {
    pub frame: Frame,
    pub provisional: bool,
    pub errors: FieldErrors,
    pub saved: bool,
}

/// `/admin/double-authentification`: whether the account has a second factor, what setting one up
/// One partner site of `/admin/sites-partenaires`; `ajoute_par` is `None` for the configuration's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IntegrationRow {
    pub cle: String,
    pub origines: Vec<String>,
    pub ajoute_par: Option<String>,
    pub ajoute_le: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IntegrationsView {
    pub frame: Frame,
    pub rows: Vec<IntegrationRow>,
    pub fields: Fields,
    pub errors: FieldErrors,
    pub saved: bool,
}

/// needs, and the recovery codes just created (shown this once).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecondFactorView {
    pub frame: Frame,
    pub codes_left: u32,
    /// Without a second factor: the secret to scan (the same after a refused activation). `None`:
    /// the account has one.
    pub setup: Option<SecondFactorSetup>,
    pub fresh_codes: Vec<String>,
    pub errors: FieldErrors,
    pub saved: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecondFactorSetup {
    /// Base32, as the app asks for it when typed by hand.
    pub secret: String,
    /// The `otpauth://` link the QR code holds (a phone opens the app with it).
    pub uri: String,
    pub qr_svg: String,
}
