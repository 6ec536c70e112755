//! A stored proposal as its pages show it (`pages::proposition::ProposalView`): the proposer's
//! (`session` = None: the coordinators are « la coordination ») and the back-office's (who said
//! what, by address).

use super::callback_view::french_moment;
use super::proposals::name;
use super::repo::proposals::Stored;
use super::state::AppState;
use crate::domain::proposal::{Genre, Status};
use crate::domain::taxonomy::ServiceKind;
use crate::error::AppError;
use crate::view::proposal::ProposalView;

/// The labels of what a proposal holds, in the form's order.
const LABELS: [(&str, &str); 13] = [
    ("fonction", "Fonction dans la structure"),
    ("nom", "Lieu ou structure"),
    ("adresse", "Adresse"),
    ("code_postal", "Code postal"),
    ("commune", "Commune"),
    ("telephone", "Téléphone du lieu"),
    ("courriel", "Courriel du lieu"),
    ("site_web", "Site internet"),
    ("activite", "Activité"),
    ("aides", "Ce qu’elle propose"),
    ("publics", "Pour qui"),
    ("frais", "Prix"),
    ("quand", "Quand"),
];

pub async fn view(services: &AppState, p: &Stored, session: Option<&str>, now: i64) -> Result<ProposalView, AppError> {
    let back_office = session.is_some();
    let champs = p.champs();
    let mut resume: Vec<(String, String)> = vec![("Genre".to_owned(), p.genre().label().to_owned())];
    if p.genre() == Genre::Gestion {
        resume.push(("Fiche".to_owned(), name(services, p)));
    }
    for (field, label) in LABELS {
        let values = champs.all(field);
        if values.is_empty() {
            continue;
        }
        let shown: Vec<String> =
            values.iter().map(|v| ServiceKind::from_label(v).map_or_else(|| (*v).to_owned(), |k| k.plain().to_owned())).collect();
        resume.push((label.to_owned(), shown.join(", ")));
    }
    resume.push(("Proposée par".to_owned(), format!("{} ({})", p.proposal.proposant, p.proposal.courriel)));
    let historique = services
        .repo
        .proposal_history(p.id)
        .await?
        .into_iter()
        .map(|s| {
            let who = match (s.who == p.proposal.proposant, back_office) {
                (true, false) => "vous".to_owned(),
                (false, false) => "la coordination".to_owned(),
                _ => s.who,
            };
            (french_moment(s.at), who, s.action, s.texte)
        })
        .collect();
    Ok(ProposalView {
        id: p.id,
        genre: if p.genre() == Genre::Gestion { "Demande de gestion".to_owned() } else { "Proposition".to_owned() },
        nom: name(services, p),
        statut: p.status.label().to_owned(),
        closed: p.status.closed(),
        question: p.status == Status::Question,
        publie: published_page(services, p),
        resume,
        historique,
        jeton: super::auth::form_token(&services.form_key, session, now),
    })
}

/// The page of the service a proposal became, while it is published.
fn published_page(services: &AppState, p: &Stored) -> Option<String> {
    if p.status != Status::Acceptee || p.genre() == Genre::Gestion {
        return None;
    }
    let structure = p.structure_id.as_deref()?;
    let directory = services.directory();
    let activite = p.champs().get("activite");
    let ours = directory.services().iter().filter(|s| s.structure == structure);
    let service = ours.clone().find(|s| s.nom == activite).or_else(|| ours.clone().next())?;
    Some(format!("/lieu/{}", crate::domain::journey::percent_encode(&service.id)))
}
