//! `imprimer=1`: the fiche d'orientation a secrétaire de mairie hands over — the shortlist with how to
//! reach each place, the answers given, the date of the data and the QR code of the full result, on
//! one A4 page.

use super::keep::ShareBox;
use crate::components::print_button::PrintButton;
use crate::domain::result::OrientationResult;
use crate::domain::result_page::layout;
use crate::i18n::{langue, page_title, t, tr};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Fiche(result: OrientationResult) -> impl IntoView {
    // The map stays on the result page: the fiche is one A4 page, and it has no room left.
    let OrientationResult { besoin_titre, commune_nom, epci_nom, reponses, cartes, url: self_url, donnees_du, a_prevoir, .. } = result;
    let page = layout(&cartes);
    let more = page.others_count();
    let shortlist: Vec<_> = page.shortlist.into_iter().cloned().collect();
    let l = langue();
    let heading = tr("fiche-titre", &[("besoin", (&crate::domain::result_page::need_in_sentence(l, &besoin_titre)).into())]);
    let lead = format!(
        "{} {}.",
        tr("resultat-pour", &[("commune", (&commune_nom).into()), ("epci", (&epci_nom).into())]),
        tr("donnees-du", &[("date", (&donnees_du).into())])
    );
    view! {
        <Title text=page_title(&format!("{heading} – {commune_nom}"))/>
        <div class="fiche">
            <h1>{heading}</h1>
            <p class="lead">{lead}</p>
            {(!reponses.is_empty()).then(|| view! { <p class="fiche-answers">{reponses.join(" · ")}</p> })}
            <ol class="fiche-list">
                {shortlist.into_iter().map(|c| view! {
                    <li class="fiche-item">
                        <h2 class="fiche-title">{c.nom.clone()}</h2>
                        // A one-page fiche: the three main reasons (the full page has them all).
                        <p>{c.raisons_texte.iter().take(3).cloned().collect::<Vec<_>>().join(" · ")}</p>
                        {c.adresse.clone().map(|a| view! { <p>{a}</p> })}
                        {c.telephone.clone().map(|p| view! { <p>{format!("{} : {}", t("carte-telephone"), l.phone(&p))}</p> })}
                        {c.aujourdhui.clone().map(|h| view! { <p>{h}</p> })}
                        {c.passages.first().cloned().map(|p| view! { <p>{p}</p> })}
                        {c.a_verifier.then(|| view! { <p>{t("fiche-a-verifier")}</p> })}
                    </li>
                }).collect_view()}
            </ol>
            {(more > 0).then(|| view! { <p>{tr("fiche-autres", &[("n", more.into())])}</p> })}
            {a_prevoir.map(|preparation| view! { <super::preparation::PreparationView preparation/> })}
            <ShareBox url=self_url.clone()/>
            <p class="print-link no-print">
                <PrintButton/>" "<a href=crate::integration::within(&self_url)>{t("fiche-retour")}</a>
            </p>
        </div>
    }
}
