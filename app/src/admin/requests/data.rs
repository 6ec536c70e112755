//! What `/admin/demandes` shows, read for the session of the request.

use crate::admin::requests::{Comite, ReceiverRow, RequestRow, Requests};
use crate::admin::session::{flash, frame, session};
use crate::domain::callback;
use crate::domain::flow::Flow;
use crate::error::AppError;
use crate::ssr::callback_view::french_moment;
use crate::ssr::repo::backoffice::Role;
use crate::ssr::repo::callbacks::Callback;
use crate::ssr::state::AppState;

/// The refused-form key of the designation form.
pub const RECEIVER_FORM: &str = "destinataire";

fn besoin_titre(besoin: &str) -> String {
    if besoin.is_empty() {
        return "Tous les besoins".to_owned();
    }
    crate::ssr::callbacks::need_title(besoin)
}

fn row(services: &AppState, c: &Callback, now: i64) -> RequestRow {
    let directory = services.directory();
    RequestRow {
        id: c.id,
        reference: c.reference.clone().unwrap_or_default(),
        envoyee: french_moment(c.times.created),
        commune: crate::ssr::callbacks::commune_name(services, c).unwrap_or_default(),
        besoin: besoin_titre(&c.besoin),
        statut: c.status.label().to_owned(),
        destinataire: c
            .structure_id
            .as_deref()
            .map_or_else(|| "la coordination".to_owned(), |id| directory.structure(id).map_or_else(|| id.to_owned(), |s| s.nom.clone())),
        en_retard: callback::late(&c.times, now),
    }
}

/// Unanswered requests past the delay, for the coordinators' « À faire ».
pub async fn late_count(services: &AppState) -> Result<usize, AppError> {
    let now = crate::ssr::clock::now().timestamp();
    Ok(services.repo.callbacks(None).await?.iter().filter(|c| callback::late(&c.times, now)).count())
}

pub async fn requests() -> Result<Requests, AppError> {
    let (services, session) = session().await?;
    let admin = session.account.role == Role::Admin;
    let now = crate::ssr::clock::now().timestamp();
    let mine = (!admin).then(|| session.account.structures.clone());
    let rows = services.repo.callbacks(mine.as_deref()).await?.iter().map(|c| row(&services, c, now)).collect();
    let mut out = Requests {
        frame: frame(&services, &session).await?,
        rows,
        receivers: Vec::new(),
        epcis: Vec::new(),
        besoins: Vec::new(),
        structures: Vec::new(),
        comite: None,
        refused: None,
        relais: services.mailer.is_some(),
    };
    if !admin {
        return Ok(out);
    }
    let directory = services.directory();
    let geography = services.gazetteer.geography();
    let epci_nom = |siren: &str| services.gazetteer.geography().epci(siren).map_or_else(|| siren.to_owned(), |e| e.nom.clone());
    out.receivers = services
        .repo
        .receivers()
        .await?
        .into_iter()
        .map(|r| ReceiverRow {
            epci_nom: epci_nom(&r.epci),
            besoin_titre: besoin_titre(&r.besoin),
            structure: directory.structure(&r.structure_id).map_or_else(|| format!("{} (plus publiée)", r.structure_id), |s| s.nom.clone()),
            epci: r.epci,
            besoin: r.besoin,
            courriel: r.courriel,
            par: r.updated_by,
        })
        .collect();
    let mut epcis: Vec<(String, String)> = geography.epci.iter().map(|e| (e.siren.clone(), e.nom.clone())).collect();
    epcis.sort_by(|a, b| a.1.cmp(&b.1));
    out.epcis = epcis;
    out.besoins = std::iter::once((String::new(), "Tous les besoins".to_owned()))
        .chain(Flow::shipped().besoins.iter().map(|n| (n.id.clone(), n.titre.clone())))
        .collect();
    let mut structures: Vec<(String, String)> = directory.structures().iter().map(|s| (s.id.clone(), s.nom.clone())).collect();
    structures.sort_by(|a, b| a.1.cmp(&b.1));
    out.structures = structures;
    out.refused = flash(&services, &session, RECEIVER_FORM).await?;
    let outcomes: Vec<callback::Outcome> = services
        .repo
        .callbacks_since(now - 365 * 86_400)
        .await?
        .into_iter()
        .map(|c| callback::Outcome {
            epci: c.epci,
            besoin: c.besoin,
            mode: c.mode,
            created: c.times.created,
            first_answer: c.times.first_answer,
            status: c.status,
        })
        .collect();
    let counts = callback::counts(&outcomes);
    out.comite = Some(Comite {
        total: counts.total,
        prises: counts.taken,
        injoignables: counts.unreachable,
        delai_median: counts.median_hours.map_or_else(|| "aucune réponse encore".to_owned(), |h| format!("{h:.1} h").replace('.', ",")),
        lignes: counts
            .lines
            .into_iter()
            .map(|((epci, besoin, mode), n)| {
                let mode = if mode == "guichet" { "guichet d’une mairie" } else { "site public" };
                (epci_nom(&epci), besoin_titre(&besoin), mode.to_owned(), n)
            })
            .collect(),
    });
    Ok(out)
}
