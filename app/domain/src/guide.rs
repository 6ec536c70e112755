//! The « document d'entrée par besoins » of one EPCI (fiche action 14): for each need of the flow, the
//! services of the EPCI that answer it, then the department-wide and remote ones.

use super::directory::{Coverage, Directory, Service};
use super::flow::Flow;
use super::geo::Geography;
use super::taxonomy::ServiceKind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuideSection {
    pub besoin: String,
    pub titre: String,
    /// Service ids, in the EPCI, by structure name.
    pub local: Vec<String>,
    pub departement: Vec<String>,
    pub distance: Vec<String>,
}

/// Every service kind a need can look for, whatever the answers.
fn kinds_of(flow: &Flow, need_id: &str) -> Vec<ServiceKind> {
    let Some(need) = flow.need(need_id) else { return Vec::new() };
    let mut kinds = Vec::new();
    for path in flow.precision_paths(need) {
        if let Ok(c) = flow.criteria(need, &path) {
            for k in c.services {
                if !kinds.contains(&k) {
                    kinds.push(k);
                }
            }
        }
    }
    kinds
}

fn covers_epci(service: &Service, geo: &Geography, siren: &str) -> bool {
    match &service.zone {
        Coverage::Epci(sirens) => sirens.iter().any(|s| s == siren),
        Coverage::Communes(codes) => codes.iter().any(|c| geo.commune(c).is_some_and(|c| c.epci == siren)),
        _ => false,
    }
}

pub fn guide(flow: &Flow, directory: &Directory, geo: &Geography, siren: &str) -> Vec<GuideSection> {
    let name_of = |s: &Service| directory.structure(&s.structure).map(|st| st.nom.to_lowercase()).unwrap_or_default();
    flow.besoins
        .iter()
        .map(|need| {
            let kinds = kinds_of(flow, &need.id);
            let mut answering: Vec<&Service> =
                directory.services().iter().filter(|s| s.services.iter().any(|k| kinds.contains(k))).collect();
            answering.sort_by(|a, b| name_of(a).cmp(&name_of(b)).then_with(|| a.id.cmp(&b.id)));
            let ids = |keep: &dyn Fn(&Service) -> bool| answering.iter().filter(|s| keep(s)).map(|s| s.id.clone()).collect::<Vec<_>>();
            GuideSection {
                besoin: need.id.clone(),
                titre: need.titre.clone(),
                local: ids(&|s| covers_epci(s, geo, siren)),
                departement: ids(&|s| matches!(&s.zone, Coverage::Departement(d) if d.iter().any(|d| d == "01"))),
                distance: ids(&|s| s.zone == Coverage::National),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commune_search::tests::gazetteer;

    #[test]
    fn a_guide_lists_each_need_with_the_epcis_own_services_first() {
        let dir = crate::test_data::demo_directory();
        let geo = gazetteer().geography();
        // CC de Miribel et du Plateau: seven places in the demo data.
        let sections = guide(Flow::shipped(), dir, geo, "240100800");
        assert_eq!(sections.len(), 4);
        let demarche = sections.iter().find(|s| s.besoin == "demarche").unwrap();
        assert!(!demarche.local.is_empty());
        assert!(demarche.local.iter().all(|id| covers_epci(dir.services().iter().find(|s| &s.id == id).unwrap(), geo, "240100800")));
        assert!(demarche.departement.contains(&"hinaura-418-mediation".to_owned()), "CAF de l'Ain covers the whole département");
        assert!(demarche.distance.contains(&"national-solidarite-numerique-telephone".to_owned()));
        let parents = sections.iter().find(|s| s.besoin == "parentalite").unwrap();
        // No parentalité place in the demo data; for the ENT and Pronote, the places teaching
        // everyday digital skills.
        assert!(parents.local.iter().all(|id| dir.service(id).is_some_and(|s| s.services.contains(&ServiceKind::Quotidien))));
        assert!(!parents.local.is_empty());
        assert_eq!(
            parents.distance,
            ["national-3018-telephone", "national-jeprotegemonenfant-en-ligne", "national-solidarite-numerique-telephone"]
        );
    }
}

/// One service as the printed guide shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuideEntry {
    pub nom: String,
    pub service_nom: String,
    pub adresse: Option<String>,
    pub telephone: Option<String>,
    /// « mardi : 9h00 à 19h00 », one line per open day of the coming week.
    pub semaine: Vec<String>,
    pub a_verifier: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuideSectionView {
    pub titre: String,
    pub local: Vec<GuideEntry>,
    pub departement: Vec<GuideEntry>,
    pub distance: Vec<GuideEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuideView {
    pub epci_nom: String,
    pub communes_ain: u32,
    pub sections: Vec<GuideSectionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EpciLink {
    pub siren: String,
    pub nom: String,
    pub communes_ain: u32,
}
