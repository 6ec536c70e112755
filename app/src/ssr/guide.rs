//! The printable per-EPCI guide's content.

use super::state::AppState;
use crate::domain::flow::Flow;
use crate::domain::guide::{guide, EpciLink, GuideEntry, GuideSectionView, GuideView};
use crate::domain::hours::week_lines;
use crate::domain::indicators::filter::Filter;
use crate::domain::result::one_line_address;
use crate::error::AppError;
use crate::view::epci::EpciRow;
use crate::view::working_group::WorkingGroup;

pub fn epci_list(services: &AppState) -> Vec<EpciLink> {
    let mut list: Vec<EpciLink> = services
        .gazetteer
        .geography()
        .epci
        .iter()
        .map(|e| EpciLink { siren: e.siren.clone(), nom: e.nom.clone(), communes_ain: e.communes_ain })
        .collect();
    list.sort_by_key(|a| crate::domain::normalize::fold(&a.nom));
    list
}

/// The working group's part of an EPCI's guide (the EPCI checked as for the guide itself).
pub async fn working_group(services: &AppState, siren: &str) -> Result<WorkingGroup, AppError> {
    let geo = services.gazetteer.geography();
    geo.epci(siren).ok_or_else(|| unknown_epci(siren))?;
    let today = crate::ssr::clock::today();
    let filter = Filter { epci: Some(siren.to_owned()), ..Filter::last_year(&today) };
    let coverage = super::coverage::view(services, &filter).await?;
    let all = super::epci::figures(services).await?;
    let ours = all.iter().find(|f| f.siren == siren).ok_or_else(|| unknown_epci(siren))?;
    Ok(WorkingGroup {
        siren: siren.to_owned(),
        date: crate::domain::result::french_date(&today),
        coverage,
        figures: EpciRow::from(ours),
        a_verifier: ours.a_verifier.clone(),
    })
}

fn unknown_epci(siren: &str) -> AppError {
    let shown: String = siren.chars().take(20).collect();
    AppError::BadRequest(format!("« {shown} » n’est le SIREN d’aucune intercommunalité de l’Ain."))
}

pub fn epci_guide(services: &AppState, siren: &str) -> Result<GuideView, AppError> {
    let geo = services.gazetteer.geography();
    let epci = geo.epci(siren).ok_or_else(|| unknown_epci(siren))?;
    let (_, week) = services.this_week();
    let directory = &week.directory;
    let entry = |id: &String| -> Option<GuideEntry> {
        let service = directory.service(id)?;
        let structure = directory.structure(&service.structure)?;
        let raw = service.horaires.as_deref().or(structure.horaires.as_deref());
        Some(GuideEntry {
            nom: structure.nom.clone(),
            service_nom: service.nom.clone(),
            adresse: structure.adresse.as_ref().map(|a| one_line_address(&a.adresse, &a.code_postal, &a.commune)),
            telephone: service.telephone.clone().or_else(|| structure.telephone.clone()),
            semaine: week.hours.week(raw).map(|w| week_lines(w, crate::domain::langue::Langue::Fr)).unwrap_or_default(),
            a_verifier: structure.a_verifier,
        })
    };
    let sections = guide(Flow::shipped(), directory, geo, siren)
        .into_iter()
        .map(|s| GuideSectionView {
            titre: s.titre,
            local: s.local.iter().filter_map(entry).collect(),
            departement: s.departement.iter().filter_map(entry).collect(),
            distance: s.distance.iter().filter_map(entry).collect(),
        })
        .collect();
    Ok(GuideView { epci_nom: epci.nom.clone(), communes_ain: epci.communes_ain, sections })
}
