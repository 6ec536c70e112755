//! `/orientation?commune=INSEE&besoin=…`: the result, answer first. A shortlist of the best places
//! (`domain::result_page`), then « Autres lieux (N) » in a `<details>`, then what to keep.
//!
//! Layouts, and why:
//! - on a phone, the first answer's name, why and actions must sit on the first 640 px: above it only
//!   the heading, one line saying for whom, and a one-line « Vos réponses » that opens on demand. The
//!   QR code is for another phone to scan; on a phone the person already holds it, so « Garder ce
//!   résultat » and the fiche come after the answers;
//! - at the counter (`guichet=1`), the next action of the person at the desk is to print or show the
//!   QR code: « Nouvelle personne » and « Imprimer » head the page, and « Garder ce résultat » comes
//!   right after the shortlist — beside it on a desk screen (`.result-layout--guichet`), before the
//!   other places on a phone.

pub mod data;
mod fiche;
pub(crate) mod keep;
mod preparation;

use self::data::get_orientation;
use super::parcours::{journey_from_url, redirect_to, restart_link};
use crate::components::drawn_once::drawn_once;
use crate::components::print_button::PrintButton;
use crate::components::problem::ProblemPage;
use crate::components::result_card::{OtherPlaceView, ResultCardView};
use crate::components::translation::DataInFrench;
use crate::domain::flow::Flow;
use crate::domain::journey::Journey;
use crate::domain::result::{OrientationResult, ResultCard};
use crate::domain::result_page::layout;
use crate::i18n::{href, langue, page_title, t, tr};
use crate::integration::within;
use fiche::Fiche;
use keep::ShareBox;
use leptos::prelude::*;
use leptos_meta::Title;
use preparation::PreparationView;

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
    let mut pairs = journey.pairs(flow);
    if journey.navigation.imprimer {
        // The fiche shows an orientation already served: the server does not count it again.
        pairs.push((crate::domain::journey::keys::IMPRIMER.to_owned(), "1".to_owned()));
    }
    let result = get_orientation(pairs, langue());
    Suspend::new(async move {
        match result.await {
            Ok(r) if journey.navigation.imprimer => view! { <Fiche result=r/> }.into_any(),
            Ok(r) => view! { <ResultView result=r journey/> }.into_any(),
            Err(error) => view! { <ProblemPage error/> }.into_any(),
        }
    })
    .into_any()
}

/// The page's title, then its body: drawn once for the same result, journey flags, language and
/// frame (`components::drawn_once`), for every request after the first is the same markup.
#[component]
fn ResultView(result: OrientationResult, journey: Journey) -> impl IntoView {
    let title = tr(
        "resultat-titre-page",
        &[("besoin", (&result.besoin_titre).into()), ("commune", (&result.commune_nom).into()), ("n", result.cartes.len().into())],
    );
    let body = Body { guichet: journey.navigation.guichet, restart: journey.restart_url(), result };
    view! {
        <Title text=page_title(&title)/>
        {drawn_once(body, |body| view! { <ResultBody body/> })}
    }
}

/// What a result page's body is drawn from, besides its language and frame: nothing else.
#[derive(serde::Serialize)]
struct Body {
    result: OrientationResult,
    /// Counter mode: « Nouvelle personne » and « Imprimer » head the page.
    guichet: bool,
    /// Where « Recommencer » (« Nouvelle personne ») goes (`Journey::restart_url`).
    restart: String,
}

#[component]
fn ResultBody(body: Body) -> impl IntoView {
    let Body { result, guichet, restart } = body;
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
        a_prevoir,
        carte_lieux,
        ..
    } = result;
    let nothing_local = avis.is_some();
    let count = cartes.len();
    // The result's own address is in the page's language already.
    let edit = within(&self_url.replacen("/orientation", "/parcours", 1));
    let edit_bottom = edit.clone();
    let page = layout(&cartes);
    let shortlist: Vec<ResultCard> = page.shortlist.iter().map(|&c| c.clone()).collect();
    let others_count = page.others_count();
    let others: Vec<(String, Vec<ResultCard>)> =
        page.others.iter().map(|g| (t(g.key), g.cards.iter().map(|&c| c.clone()).collect())).collect();
    let counter = guichet.then(|| {
        view! {
            <p class="guichet-actions">
                <a class="button" href=href(&restart)>{t("nouvelle-personne")}</a>
                <PrintButton/>
            </p>
        }
    });
    let keep = {
        let self_url = self_url.clone();
        move || {
            view! {
                <div class="result-keep">
                    <ShareBox url=self_url.clone()/>
                    <p class="print-link"><a href=within(&format!("{self_url}&imprimer=1"))>{t("fiche-lien")}</a></p>
                </div>
            }
        }
    };
    let (keep_beside, keep_after) = if guichet { (Some(keep()), None) } else { (None, Some(keep())) };
    view! {
        {counter}
        <h1 tabindex="-1">{heading(&besoin_titre)}</h1>
        <p class="lead">
            {tr("resultat-pour", &[("commune", (&commune_nom).into()), ("epci", (&epci_nom).into())])}" "
            <span class="data-date">{tr("donnees-du", &[("date", (&donnees_du).into())])}</span>
            <crate::components::listen_button::ListenButton/>
        </p>
        <div class="answers-bar">
            <details class="answers">
                <summary>{t("vos-reponses")}</summary>
                <ul>{reponses.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            </details>
            <a class="answers-edit" href=edit>{t("modifier")}<span class="visually-hidden">" "{t("modifier-cache")}</span></a>
        </div>
        {(count > 0).then(|| view! { <DataInFrench/> })}
        {avis.clone().map(|avis| view! { <NoticeView avis whole=count == 0/> })}
        <div class="result-layout" class:result-layout--guichet=guichet>
            {(count > 0).then(|| view! {
                // Numbered like the points of the map, online and offline alike.
                <ol class="results results--numbered">
                    {shortlist.into_iter().map(|card| view! { <li><ResultCardView card retour=self_url.clone()/></li> }).collect_view()}
                </ol>
            })}
            {avis.and_then(|a| a.suite).filter(|_| count > 0).map(|suite| view! { <NextStepView suite/> })}
            {keep_beside}
            {(others_count > 0).then(|| view! { <OtherPlaces count=others_count groups=others/> })}
        </div>
        // After the answers: on a phone the first one stays on the first screen.
        {nothing_local.then(|| view! { <ProposeLine commune=commune.clone()/> })}
        {carte_lieux.map(|carte| view! { <crate::components::place_map::PlaceMapView carte commune=commune_nom.clone()/> })}
        {a_prevoir.map(|preparation| view! { <PreparationView preparation/> })}
        <CallbackOffer url=within(&self_url.replacen("/orientation", "/rappel", 1))/>
        {(besoin == "parentalite").then(|| view! { <NextSeances seances commune/> })}
        {keep_after}
        <p class="step-links">
            <a href=edit_bottom>{t("modifier-mes-reponses")}</a>
            " · "
            {restart_link(guichet, &restart)}
        </p>
    }
}

/// « Où trouver de l’aide : réaliser une démarche ».
fn heading(besoin_titre: &str) -> String {
    tr("resultat-titre", &[("besoin", (&crate::domain::result_page::need_in_sentence(langue(), besoin_titre)).into())])
}

/// « Autres lieux (N) »: every other matching place, by tier, reachable without JavaScript.
#[component]
fn OtherPlaces(count: usize, groups: Vec<(String, Vec<ResultCard>)>) -> impl IntoView {
    view! {
        <details class="others">
            <summary>{tr("autres-lieux", &[("n", count.into())])}</summary>
            {groups.into_iter().map(|(title, cards)| view! {
                <h2 class="others-title">{format!("{title} ({})", cards.len())}</h2>
                <ol class="results results--others">
                    {cards.into_iter().map(|card| view! { <li><OtherPlaceView card/></li> }).collect_view()}
                </ol>
            }).collect_view()}
        </details>
    }
}

/// For parents: the next ateliers and conférences near them, and the agenda.
/// « Être rappelé »: for whoever cannot go to any of these places (`pages::rappel`). Offline, the
/// same section says it needs a connection (`offline::render`).
#[component]
fn CallbackOffer(url: String) -> impl IntoView {
    view! {
        <section class="callback" aria-labelledby="rappel-titre">
            <h2 id="rappel-titre">{t("rappel-lien-titre")}</h2>
            <p>{t("rappel-lien-texte")}</p>
            <p><a class="button button--secondary" href=url>{t("rappel-lien")}</a></p>
        </section>
    }
}

#[component]
fn NextSeances(seances: Vec<crate::domain::seance::SeanceCard>, commune: String) -> impl IntoView {
    let agenda = href(&format!("/agenda?commune={commune}&public=parents"));
    view! {
        <section class="next-seances" aria-labelledby="seances-titre">
            <h2 id="seances-titre">{t("seances-titre")}</h2>
            {if seances.is_empty() {
                view! { <p>{t("seances-aucune")}</p> }.into_any()
            } else {
                view! {
                    <ul class="seances">
                        {seances.into_iter().map(|s| view! { <li><crate::components::seance_card::SeanceCardView seance=s/></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a href=agenda>{t("seances-agenda")}</a></p>
        </section>
    }
}

/// The one notice shown when nothing local fits. With answers to show, it says only why they are not
/// local, and the place that can help further follows the shortlist ([`NextStepView`]): on a phone
/// the first answer stays on the first screen. With none, it is whole.
#[component]
fn NoticeView(avis: crate::domain::result::Notice, whole: bool) -> impl IntoView {
    view! {
        <div class="notice" role="note">
            <p><strong>{avis.titre}</strong>" "{avis.texte}</p>
            {avis.suite.filter(|_| whole).map(|suite| view! { <NextStepLine suite/> })}
        </div>
    }
}

/// Where nothing local fits, those who know a place can say so (`/proposer`, in French like the
/// back-office that reads it).
#[component]
fn ProposeLine(commune: String) -> impl IntoView {
    let url = format!("/proposer?commune={}", crate::domain::journey::percent_encode(&commune));
    view! {
        <p class="propose-line">
            {t("proposer-question")}" "
            <a href=within(&url) hreflang="fr" target=crate::integration::target(&url)>{t("proposer-lien")}</a>
        </p>
    }
}

#[component]
fn NextStepView(suite: crate::domain::result::NextStep) -> impl IntoView {
    view! { <div class="next-step" role="note"><NextStepLine suite/></div> }
}

#[component]
fn NextStepLine(suite: crate::domain::result::NextStep) -> impl IntoView {
    use crate::domain::result::tel_href;
    let s = suite;
    let l = langue();
    view! {
        <p>
            {s.intro}" "<a href=s.lien>{s.nom}</a>
            {s.adresse.map(|a| format!(", {a}"))}
            {s.telephone.map(|p| view! { ", "<a href=tel_href(&p)>{l.phone(&p)}</a> })}
            "."
        </p>
    }
}
