//! `/orientation?commune=INSEE&besoin=…`: the result. Ranked services with the reasons they fit, what
//! to do to get there, and a plain notice when nothing local fits.

use super::parcours::{journey_from_url, redirect_to, RestartLink};
use crate::components::print_button::PrintButton;
use crate::components::problem::ProblemPage;
use crate::components::result_card::ResultCardView;
use crate::domain::flow::Flow;
use crate::domain::journey::Journey;
use crate::domain::result::OrientationResult;
use crate::server_fns::orientation::get_orientation;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OrientationPage() -> impl IntoView {
    let flow = Flow::shipped();
    let journey = match journey_from_url() {
        Ok(j) => j,
        Err(error) => return view! { <ProblemPage error/> }.into_any(),
    };
    if let Some(detour) = journey.result_detour(flow) {
        return redirect_to(detour);
    }
    let pairs = journey.pairs(flow);
    let result = get_orientation(pairs);
    Suspend::new(async move {
        match result.await {
            Ok(r) if journey.imprimer => view! { <Fiche result=r/> }.into_any(),
            Ok(r) => view! { <ResultView result=r journey/> }.into_any(),
            Err(error) => view! { <ProblemPage error/> }.into_any(),
        }
    })
    .into_any()
}

#[component]
fn ResultView(result: OrientationResult, journey: Journey) -> impl IntoView {
    let OrientationResult {
        besoin,
        besoin_titre,
        commune,
        commune_nom,
        epci_nom,
        reponses,
        cartes,
        url: self_url,
        seances,
        donnees_du,
        avis,
        ..
    } = result;
    let count = cartes.len();
    let title = format!("{besoin_titre} à {commune_nom} : {count} aide{}", if count > 1 { "s" } else { "" });
    let edit = self_url.replacen("/orientation", "/parcours", 1);
    let edit_bottom = edit.clone();
    let counter = journey.guichet.then(|| {
        view! {
            <p class="guichet-actions">
                <a class="button" href=journey.restart_url()>"Nouvelle personne"</a>
                <PrintButton/>
            </p>
        }
    });
    view! {
        <Title text=format!("{title} – Aiguillage")/>
        {counter}
        <h1 tabindex="-1">{format!("Où trouver de l’aide : {}", besoin_titre.to_lowercase())}</h1>
        <crate::components::focus_heading::FocusHeading/>
        <p class="lead">{format!("Pour {commune_nom} ({epci_nom}).")}</p>
        <p class="data-date">{format!("Données du {donnees_du}")}<crate::components::listen_button::ListenButton/></p>
        <details class="answers">
            <summary>"Vos réponses"</summary>
            <ul>{reponses.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            <p><a href=edit>"Modifier mes réponses"</a></p>
        </details>
        {avis.clone().map(|avis| view! { <NoticeView avis/> })}
        <ShareBox url=self_url.clone()/>
        <p class="print-link"><a href=format!("{self_url}&imprimer=1")>"Fiche d’orientation à imprimer (une page)"</a></p>
        {(count > 0).then(|| view! {
            <ol class="results">
                {cartes.into_iter().map(|card| view! { <li><ResultCardView card retour=self_url.clone()/></li> }).collect_view()}
            </ol>
        })}
        {(besoin == "parentalite").then(|| view! { <NextSeances seances commune/> })}
        <p class="step-links">
            <a href=edit_bottom>"Modifier mes réponses"</a>
            " · "
            <RestartLink journey=journey.clone()/>
        </p>
    }
}

/// `imprimer=1`: the fiche d'orientation a secrétaire de mairie hands over — the three best answers
/// with how to reach them, the answers given, the date of the data and the QR code of the full result,
/// on one A4 page.
#[component]
fn Fiche(result: OrientationResult) -> impl IntoView {
    let OrientationResult { besoin_titre, commune_nom, epci_nom, reponses, cartes, url: self_url, donnees_du, .. } = result;
    let more = cartes.len().saturating_sub(3);
    view! {
        <Title text=format!("Fiche d’orientation : {besoin_titre} à {commune_nom} – Aiguillage")/>
        <div class="fiche">
            <h1>{format!("Fiche d’orientation : {}", besoin_titre.to_lowercase())}</h1>
            <p class="lead">{format!("Pour {commune_nom} ({epci_nom}). Données du {donnees_du}.")}</p>
            {(!reponses.is_empty()).then(|| view! { <p class="fiche-answers">{reponses.join(" · ")}</p> })}
            <ol class="fiche-list">
                {cartes.into_iter().take(3).map(|c| view! {
                    <li class="fiche-item">
                        <h2 class="fiche-title">{c.nom.clone()}</h2>
                        // A one-page fiche: the three main reasons (the full page has them all).
                        <p>{c.raisons_texte.iter().take(3).cloned().collect::<Vec<_>>().join(" · ")}</p>
                        {c.adresse.clone().map(|a| view! { <p>{a}</p> })}
                        {c.telephone.clone().map(|t| view! { <p>{format!("Téléphone : {}", crate::domain::result::display_phone(&t))}</p> })}
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

/// For parents: the next ateliers and conférences near them, and the agenda.
#[component]
fn NextSeances(seances: Vec<crate::domain::seance::SeanceCard>, commune: String) -> impl IntoView {
    let agenda = format!("/agenda?commune={commune}&public=parents");
    view! {
        <section class="next-seances" aria-labelledby="seances-titre">
            <h2 id="seances-titre">"Prochaines séances pour les parents"</h2>
            {if seances.is_empty() {
                view! { <p>"Aucune séance n’est annoncée pour l’instant."</p> }.into_any()
            } else {
                view! {
                    <ul class="seances">
                        {seances.into_iter().map(|s| view! { <li><crate::components::seance_card::SeanceCardView seance=s/></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a href=agenda>"Voir l’agenda des séances pour les parents"</a></p>
        </section>
    }
}

/// The result's address to keep: a link, and a QR code a phone can scan at the counter.
#[component]
fn ShareBox(url: String) -> impl IntoView {
    let absolute = format!("{}{url}", public_origin());
    let svg = qr_svg(&absolute);
    view! {
        <section class="share" aria-labelledby="garder-titre">
            <h2 id="garder-titre">"Garder ce résultat"</h2>
            {svg.map(|svg| view! {
                <div class="qr" role="img" aria-label="Code QR de l’adresse de ce résultat" inner_html=svg></div>
            })}
            <p>"Scannez le code avec votre téléphone, ou gardez cette adresse :"</p>
            <p class="share-url"><a href=url.clone()>{absolute}</a></p>
        </section>
    }
}

/// `https://host` as the person reached us (behind a proxy, as it forwarded), for absolute links.
#[cfg(feature = "ssr")]
fn public_origin() -> String {
    use_context::<axum::http::request::Parts>().map(|parts| crate::ssr::public_origin(&parts.headers)).unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn public_origin() -> String {
    String::new()
}

#[cfg(feature = "ssr")]
fn qr_svg(text: &str) -> Option<String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(code.render::<svg::Color>().min_dimensions(160, 160).quiet_zone(true).build())
}

#[cfg(not(feature = "ssr"))]
fn qr_svg(_text: &str) -> Option<String> {
    None
}

/// The one notice shown when nothing local fits, with the place that can help further.
#[component]
fn NoticeView(avis: crate::domain::result::Notice) -> impl IntoView {
    use crate::domain::result::{display_phone, tel_href};
    view! {
        <div class="notice" role="note">
            <p><strong>{avis.titre}</strong></p>
            <p>{avis.texte}</p>
            {avis.suite.map(|s| view! {
                <p>
                    {s.intro}" "<a href=s.lien>{s.nom}</a>
                    {s.adresse.map(|a| format!(", {a}"))}
                    {s.telephone.map(|t| view! { ", "<a href=tel_href(&t)>{display_phone(&t)}</a> })}
                    "."
                </p>
            })}
        </div>
    }
}
