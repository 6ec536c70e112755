//! `imprimer=1`: the fiche d'orientation a secrétaire de mairie hands over — the shortlist with how to
//! reach each place, the answers given, the date of the data and the QR code of the full result, on
//! one A4 page.

use super::keep::ShareBox;
use crate::components::print_button::PrintButton;
use crate::domain::result::{display_phone, OrientationResult};
use crate::domain::result_page::{self as words, layout};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Fiche(result: OrientationResult) -> impl IntoView {
    let OrientationResult { besoin_titre, commune_nom, epci_nom, reponses, cartes, url: self_url, donnees_du, .. } = result;
    let page = layout(&cartes);
    let more = page.others_count();
    let shortlist: Vec<_> = page.shortlist.into_iter().cloned().collect();
    view! {
        <Title text=format!("Fiche d’orientation : {besoin_titre} à {commune_nom} – Aiguillage")/>
        <div class="fiche">
            <h1>{format!("Fiche d’orientation : {}", besoin_titre.to_lowercase())}</h1>
            <p class="lead">{format!("{} {}.", words::lead(&commune_nom, &epci_nom), words::data_date(&donnees_du))}</p>
            {(!reponses.is_empty()).then(|| view! { <p class="fiche-answers">{reponses.join(" · ")}</p> })}
            <ol class="fiche-list">
                {shortlist.into_iter().map(|c| view! {
                    <li class="fiche-item">
                        <h2 class="fiche-title">{c.nom.clone()}</h2>
                        // A one-page fiche: the three main reasons (the full page has them all).
                        <p>{c.raisons_texte.iter().take(3).cloned().collect::<Vec<_>>().join(" · ")}</p>
                        {c.adresse.clone().map(|a| view! { <p>{a}</p> })}
                        {c.telephone.clone().map(|t| view! { <p>{format!("Téléphone : {}", display_phone(&t))}</p> })}
                        {c.aujourdhui.clone().map(|h| view! { <p>{h}</p> })}
                        {c.a_verifier.then(|| view! { <p>"Informations à vérifier : appelez avant de vous déplacer."</p> })}
                    </li>
                }).collect_view()}
            </ol>
            {(more > 0).then(|| view! { <p>{format!("Et {more} autre(s) aide(s) sur la page complète.")}</p> })}
            <ShareBox url=self_url.clone()/>
            <p class="print-link no-print">
                <PrintButton/>" "<a href=self_url>"Retour au résultat complet"</a>
            </p>
        </div>
    }
}
