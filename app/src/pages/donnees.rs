//! `/donnees`: the directory as open data — the downloads in both national standards, the API, the
//! licence, and the attribution of every source the directory was built from.

use crate::domain::sources::SOURCES;
use leptos::prelude::*;
use leptos_meta::Title;

/// (file, what it is)
const DOWNLOADS: &[(&str, &str)] = &[
    ("lieux-mediation-numerique.csv", "Lieux, au format du Schéma des lieux de médiation numérique v1.0.2 (CSV)"),
    ("lieux-mediation-numerique.json", "Lieux, au format du Schéma des lieux de médiation numérique v1.0.2 (JSON)"),
    ("data-inclusion-structures.json", "Structures, au format data·inclusion v1 (JSON)"),
    ("data-inclusion-services.json", "Services, au format data·inclusion v1 (JSON)"),
    ("tournees-permanences.json", "Passages des tournées et permanences : communes, lieux, horaires et exceptions (JSON propre à Aiguillage, relié aux services data·inclusion par leurs identifiants)"),
];

#[component]
pub fn DonneesPage() -> impl IntoView {
    view! {
        <Title text="Données ouvertes – Aiguillage"/>
        <h1>"Données ouvertes"</h1>
        <p>"Les lieux et services de l’inclusion numérique de l’Ain que connaît Aiguillage, dans les deux formats nationaux. Seules les informations publiées sont données : aucune donnée personnelle."</p>

        <h2>"Fichiers à télécharger"</h2>
        <ul>
            {DOWNLOADS.iter().map(|(file, what)| view! {
                <li><a href=format!("/donnees/{file}") download=*file>{*what}</a></li>
            }).collect_view()}
        </ul>

        <h2>"Interface de programmation"</h2>
        <p>
            "Au format de l’API data·inclusion v1, par pages : "<code>"/api/v1/structures"</code>" et "<code>"/api/v1/services"</code>
            ", avec les paramètres "<code>"page"</code>", "<code>"size"</code>" (1 000 au plus), "<code>"commune"</code>" (code INSEE), "
            <code>"epci"</code>" (SIREN), "<code>"thematique"</code>" et "<code>"public"</code>" (valeurs de data·inclusion). "
            "Les réponses portent un ETag et une date de dernière modification : un moissonneur ne télécharge que ce qui a changé."
        </p>

        <h2>"Licence"</h2>
        <p>"Ces données sont publiées sous la Licence Ouverte 2.0 (Etalab). Mentionnez « Aiguillage, inclusion numérique de l’Ain » et les sources ci-dessous."</p>

        <h2>"Sources"</h2>
        <p>"Chaque lieu vient d’une ou plusieurs de ces sources, rapprochées en une seule fiche par lieu réel. Une fiche importée reste « à vérifier » jusqu’à ce qu’une personne la confirme ; une correction faite par une personne n’est jamais remplacée par un import."</p>
        <table>
            <caption>"Sources du répertoire"</caption>
            <thead><tr><th scope="col">"Source"</th><th scope="col">"Producteur"</th><th scope="col">"Licence"</th></tr></thead>
            <tbody>
                {SOURCES.iter().map(|s| view! {
                    <tr><th scope="row">{s.nom}</th><td>{s.producteur}</td><td>{s.licence}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
