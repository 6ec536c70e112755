//! A place of the result, as a card. The shortlist shows it whole; « Autres lieux » shows it compact
//! (name, why, how to reach it) with a link to the place's own page, so that a result of fifty places
//! stays light on a weak signal. On both, the actions come right after the name: on a phone, what a
//! person does next is call, go, or book. The offline engine prints the same markup
//! (`app/offline/src/html.rs`), with the same words (`domain::result_page`).

use crate::domain::result::{display_phone, tel_href, ResultCard};
use crate::domain::result_page as words;
use leptos::prelude::*;

/// One service of the result, whole: why it fits, how to reach it, where it is, when it is open.
#[component]
pub fn ResultCardView(
    card: ResultCard,
    /// The page to come back to after « Signaler une erreur ».
    #[prop(optional)]
    retour: Option<String>,
) -> impl IntoView {
    let report = format!(
        "/signaler?service={}&retour={}",
        crate::domain::journey::percent_encode(&card.service),
        crate::domain::journey::percent_encode(retour.as_deref().unwrap_or("/"))
    );
    let report_hidden = format!(" sur la fiche {}", card.nom);
    let heading_id = format!("carte-{}", card.service);
    let labelled_by = heading_id.clone();
    let verified = card.freshness();
    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h2 id=heading_id class="card-title">{card.nom.clone()}</h2>
            <p class="card-service">{card.service_nom.clone()}</p>
            {card_actions(&card)}
            {card.aujourdhui.clone().map(|t| view! { <p class="card-status">{t}</p> })}
            {reasons(&card)}
            {(!card.labels.is_empty()).then(|| view! {
                <p class="card-labels">
                    <span class="visually-hidden">"Labels : "</span>
                    {card.labels.iter().map(|l| view! { <span class="badge">{l.clone()}</span>" " }).collect_view()}
                </p>
            })}
            <dl class="card-facts">
                {card.adresse.clone().map(|a| view! { <dt>"Adresse"</dt><dd>{a}</dd> })}
                {card.telephone.clone().map(|p| view! {
                    <dt>"Téléphone"</dt>
                    <dd><a href=tel_href(&p)>{display_phone(&p)}</a></dd>
                })}
                {card.courriel.clone().map(|m| view! {
                    <dt>"Courriel"</dt>
                    <dd><a href=format!("mailto:{m}")>{m.clone()}</a></dd>
                })}
                {(!card.acces.is_empty()).then(|| view! { <dt>"Comment y aller"</dt><dd>{card.acces.join(", ")}</dd> })}
                {(!card.accessibilite.is_empty()).then(|| view! { <dt>"Accessibilité"</dt><dd>{card.accessibilite.join(", ")}</dd> })}
            </dl>
            {(!verified.is_empty()).then(|| view! { <p class="card-freshness" class:card-freshness--old=card.a_verifier>{verified}</p> })}
            <p class="card-report"><a href=report rel="nofollow">"Signaler une erreur"<span class="visually-hidden">{report_hidden}</span></a></p>
        </article>
    }
}

/// One of the other places: its name, why, how to reach it, and its page for everything else.
#[component]
pub fn OtherPlaceView(card: ResultCard) -> impl IntoView {
    let heading_id = format!("carte-{}", card.service);
    let labelled_by = heading_id.clone();
    let page = format!("/lieu/{}", crate::domain::journey::percent_encode(&card.service));
    view! {
        <article class="card card--compact" aria-labelledby=labelled_by>
            <h3 id=heading_id class="card-title">{card.nom.clone()}</h3>
            <p class="card-service">{card.service_nom.clone()}{card.adresse.clone().map(|a| format!(" · {a}"))}</p>
            {card_actions(&card)}
            {card.aujourdhui.clone().map(|t| view! { <p class="card-status">{t}</p> })}
            {reasons(&card)}
            <p class="card-more"><a href=page>{words::PLACE_PAGE}</a></p>
        </article>
    }
}

/// Why this place: the engine's reasons, in words (announced as such to a screen reader). Plain
/// functions over the card, not components: a component would own a whole copy of it, per card.
fn reasons(card: &ResultCard) -> impl IntoView {
    view! {
        <p class="visually-hidden">{words::WHY}</p>
        <ul class="reasons">{card.raisons_texte.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
    }
}

/// Call, go, book: the targets a thumb reaches first, each described by the place's name.
fn card_actions(card: &ResultCard) -> impl IntoView {
    let name = format!("carte-{}", card.service);
    let actions: Vec<(&str, String, bool)> = [
        card.telephone.as_deref().map(|p| (words::CALL, tel_href(p), false)),
        card.itineraire.clone().map(|href| (words::DIRECTIONS, href, true)),
        card.prise_rdv.clone().map(|href| (words::BOOK, href, true)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!actions.is_empty()).then(|| {
        view! {
            <ul class="card-actions">
                {actions.into_iter().map(|(label, href, external)| view! {
                    <li><a class="action" href=href rel=external.then_some("noopener") aria-describedby=name.clone()>{label}</a></li>
                }).collect_view()}
            </ul>
        }
    })
}
