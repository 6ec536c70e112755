//! `/guide` and `/guide/{epci_siren}`: the « document d'entrée par besoins » a mairie can print on A4
//! and pin up: for each need, where to go in the EPCI, then for the whole département and remotely.

pub mod data;
pub mod working_group;

use self::data::{get_guide, get_working_group, list_epci};
use crate::components::problem::ProblemPage;
use crate::domain::guide::{GuideEntry, GuideView};
use crate::domain::result::{display_phone, tel_href};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use working_group::WorkingGroupPart;

#[component]
pub fn GuideIndexPage() -> impl IntoView {
    let list = list_epci();
    Suspend::new(async move {
        match list.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(epcis) => view! {
                <Title text="Guides par intercommunalité – Aiguillage"/>
                <h1>"Guides de l’aide au numérique, par intercommunalité"</h1>
                <p>"Chaque guide liste, besoin par besoin, les lieux qui aident dans l’intercommunalité. Il s’imprime sur une feuille A4, pour l’afficher en mairie."</p>
                <ul class="epci-list">
                    {epcis.into_iter().map(|e| view! {
                        <li>
                            <a href=crate::i18n::href(&format!("/guide/{}", e.siren))>{e.nom}</a>
                            {format!(" ({} communes de l’Ain)", e.communes_ain)}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any(),
        }
    })
}

#[component]
pub fn GuidePage() -> impl IntoView {
    let siren = use_params_map().get_untracked().get("siren").unwrap_or_default();
    let guide = get_guide(siren.clone());
    let group = get_working_group(siren);
    Suspend::new(async move {
        match (guide.await, group.await) {
            (Err(error), _) | (_, Err(error)) => view! { <ProblemPage error/> }.into_any(),
            (Ok(g), Ok(group)) => view! { <GuideView guide=g/><WorkingGroupPart group/> }.into_any(),
        }
    })
}

#[component]
fn GuideView(guide: GuideView) -> impl IntoView {
    let GuideView { epci_nom, communes_ain, sections } = guide;
    view! {
        <Title text=format!("Guide de l’aide au numérique – {epci_nom} – Aiguillage")/>
        <div class="guide">
            <h1>{format!("Où trouver de l’aide pour le numérique : {epci_nom}")}</h1>
            <p class="lead">{format!("Pour les {communes_ain} communes de l’intercommunalité dans l’Ain. Gratuit, sauf mention contraire sur place.")}</p>
            <p class="guide-note">"Les informations marquées « à vérifier » datent de 2021-2022 : appelez avant de vous déplacer."</p>
            {sections.into_iter().map(|s| view! {
                <section class="guide-section">
                    <h2>{s.titre}</h2>
                    <Entries title="Dans l’intercommunalité" entries=s.local empty="Pas de lieu connu ici pour ce besoin."/>
                    <Entries title="Pour tout le département" entries=s.departement empty=""/>
                    <Entries title="À distance, par téléphone" entries=s.distance empty=""/>
                </section>
            }).collect_view()}
            <p class="step-links"><a href=crate::i18n::href("/guide")>"Tous les guides"</a></p>
        </div>
    }
}

#[component]
fn Entries(title: &'static str, entries: Vec<GuideEntry>, empty: &'static str) -> impl IntoView {
    if entries.is_empty() && empty.is_empty() {
        return ().into_any();
    }
    view! {
        <h3>{title}</h3>
        {if entries.is_empty() {
            view! { <p>{empty}</p> }.into_any()
        } else {
            view! {
                <ul class="guide-entries">
                    {entries.into_iter().map(|e| view! {
                        <li>
                            <strong>{e.nom}</strong>
                            {e.adresse.map(|a| view! { <br/>{a} })}
                            {e.telephone.map(|p| view! { <br/><a href=tel_href(&p)>{display_phone(&p)}</a> })}
                            {(!e.semaine.is_empty()).then(|| view! { <br/>{e.semaine.join(" ; ")} })}
                            {e.a_verifier.then(|| view! { <br/><span class="guide-check">"À vérifier"</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
    .into_any()
}
