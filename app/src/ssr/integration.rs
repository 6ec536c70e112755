//! `/integrer`: the partner's choices checked (key, commune, need, language, counter mode), and the
//! address and snippet they give (`domain::integration`). Each faulty choice gets its message; a
//! snippet is only ever given for a key the coordination allowed, so that a webmaster never pastes a
//! frame that the browser will refuse.

use super::state::AppState;
use crate::domain::commune_search::CommuneLookup;
use crate::domain::flow::Flow;
use crate::domain::integration::{snippet, EmbedView, Preset};
use crate::domain::langue::Langue;

/// The frame's accessible name in the partner's page (a webmaster may change it).
const FRAME_TITLE: &str = "Aiguillage : trouver une aide au numérique près de chez vous";

/// The page's answer to its query (`cle`, `commune`, `besoin`, `langue`, `guichet`).
pub async fn view(services: &AppState, pairs: &[(String, String)]) -> Result<EmbedView, crate::ssr::repo::RepoError> {
    let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_owned()).filter(|v| !v.is_empty());
    let flow = Flow::shipped();
    let mut erreurs: Vec<(String, String)> = Vec::new();
    let mut error = |field: &str, message: &str| erreurs.push((field.to_owned(), message.to_owned()));
    let cle = get("cle");
    let partners = services.all_integrations().await?;
    if let Some(c) = &cle {
        if !partners.iter().any(|i| &i.cle == c) {
            error("cle", "Cette clé n’est pas autorisée : demandez-en une à la coordination départementale, avec l’adresse de votre site.");
        }
    }
    let mut preset = Preset {
        langue: get("langue").and_then(|l| Langue::from_code(&l)).unwrap_or_default(),
        guichet: get("guichet").is_some(),
        ..Preset::default()
    };
    if let Some(b) = get("besoin") {
        match flow.need(&b) {
            Some(_) => preset.besoin = Some(b),
            None => error("besoin", "Ce besoin n’est pas l’un de ceux du parcours : choisissez-le dans la liste."),
        }
    }
    let texte = get("commune").unwrap_or_default();
    let mut commune_nom = None;
    match services.gazetteer.lookup(Some(&texte).filter(|t| !t.is_empty()).map(String::as_str), Langue::Fr) {
        CommuneLookup::Found(hit) => {
            preset.commune = Some(hit.code_insee.clone());
            commune_nom = Some(hit.nom.clone());
        }
        CommuneLookup::Choose { options, .. } => {
            let names: Vec<String> = options.iter().take(5).map(|o| format!("{} ({})", o.nom, o.code_insee)).collect();
            error("commune", &format!("Plusieurs communes correspondent ({}…) : donnez le code INSEE de la vôtre.", names.join(", ")));
        }
        CommuneLookup::Problem { message, .. } => error("commune", &message),
        CommuneLookup::Empty => {
            if preset.guichet {
                error("commune", "Le mode guichet a besoin de la commune de la mairie : donnez son nom ou son code INSEE.");
            }
        }
    }
    let (chemin, extrait) = match (&cle, erreurs.is_empty()) {
        (Some(c), true) => {
            let path = preset.path(c);
            (Some(path.clone()), Some(snippet(&format!("{}{path}", services.public_address), FRAME_TITLE)))
        }
        _ => (None, None),
    };
    Ok(EmbedView {
        integrations: partners.into_iter().map(|i| (i.cle, i.origines)).collect(),
        besoins: flow.besoins.iter().map(|b| (b.id.clone(), b.titre.clone())).collect(),
        cle,
        commune_texte: texte,
        commune_nom,
        preset,
        erreurs,
        chemin,
        extrait,
    })
}
