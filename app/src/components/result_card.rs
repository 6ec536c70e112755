//! A place of the result, as a card. The shortlist shows it whole; « Autres lieux » shows it compact
//! (name, why, how to reach it) with a link to the place's own page, so that a result of fifty places
//! stays light on a weak signal. On both, the actions come right after the name: on a phone, what a
//! person does next is call, go, or book. The offline engine prints the same markup
//! (`app/offline/src/html.rs`), with the same words (`domain::result_page`).

use crate::domain::result::{tel_href, ResultCard};
use crate::i18n::{href, langue, t, tr};
use leptos::prelude::*;

/// One service of the result, whole: why it fits, how to reach it, where it is, when it is open.
#[component]
pub fn ResultCardView(
    card: ResultCard,
    /// The page to come back to after « Signaler une erreur », in the page's language.
    #[prop(optional)]
    retour: Option<String>,
) -> impl IntoView {
    let l = langue();
    let report = href(&format!(
        "/signaler?service={}&retour={}",
        crate::domain::journey::percent_encode(&card.service),
        crate::domain::journey::percent_encode(retour.as_deref().unwrap_or("/"))
    ));
    let report_hidden = format!(" {}", tr("carte-signaler-cache", &[("nom", (&card.nom).into())]));
    let heading_id = format!("carte-{}", card.service);
    let labelled_by = heading_id.clone();
    let verified = card.freshness(l);
    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h2 id=heading_id class="card-title">{card.nom.clone()}</h2>
            <p class="card-service">{card.service_nom.clone()}</p>
            {card_actions(&card)}
            {card.aujourdhui.clone().map(|t| view! { <p class="card-status">{t}</p> })}
            {reasons(&card)}
            {(!card.labels.is_empty()).then(|| view! {
                <p class="card-labels">
                    <span class="visually-hidden">{t("carte-labels")}" "</span>
                    {card.labels.iter().map(|l| view! { <span class="badge">{l.clone()}</span>" " }).collect_view()}
                </p>
            })}
            <dl class="card-facts">
                {(!card.passages.is_empty()).then(|| view! {
                    <dt>{t("carte-passages")}</dt>
                    <dd><ul class="card-passages">{card.passages.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}</ul></dd>
                })}
                {card.adresse.clone().map(|a| view! { <dt>{t("carte-adresse")}</dt><dd>{a}</dd> })}
                {card.telephone.clone().map(|p| view! {
                    <dt>{t("carte-telephone")}</dt>
                    <dd><a href=tel_href(&p)>{l.phone(&p)}</a></dd>
                })}
                {card.courriel.clone().map(|m| view! {
                    <dt>{t("carte-courriel")}</dt>
                    <dd><a href=format!("mailto:{m}")>{m.clone()}</a></dd>
                })}
                {(!card.acces.is_empty()).then(|| view! { <dt>{t("carte-acces")}</dt><dd>{card.acces.join(", ")}</dd> })}
                {(!card.accessibilite.is_empty()).then(|| view! { <dt>{t("carte-accessibilite")}</dt><dd>{card.accessibilite.join(", ")}</dd> })}
            </dl>
            {(!verified.is_empty()).then(|| view! { <p class="card-freshness" class:card-freshness--old=card.a_verifier>{verified}</p> })}
            <p class="card-report"><a href=report rel="nofollow">{t("carte-signaler")}<span class="visually-hidden">{report_hidden}</span></a></p>
        </article>
    }
}

/// One of the other places: its name, why, how to reach it, and its page for everything else.
#[component]
pub fn OtherPlaceView(card: ResultCard) -> impl IntoView {
    let heading_id = format!("carte-{}", card.service);
    let labelled_by = heading_id.clone();
    let page = href(&format!("/lieu/{}", crate::domain::journey::percent_encode(&card.service)));
    view! {
        <article class="card card--compact" aria-labelledby=labelled_by>
            <h3 id=heading_id class="card-title">{card.nom.clone()}</h3>
            <p class="card-service">{card.service_nom.clone()}{card.adresse.clone().map(|a| format!(" · {a}"))}</p>
            {card_actions(&card)}
            {card.aujourdhui.clone().map(|t| view! { <p class="card-status">{t}</p> })}
            {card.passages.first().cloned().map(|p| view! { <p class="card-status">{p}</p> })}
            {reasons(&card)}
            <p class="card-more"><a href=page>{t("tout-savoir")}</a></p>
        </article>
    }
}

/// Why this place: the engine's reasons, in words (announced as such to a screen reader). Plain
/// functions over the card, not components: a component would own a whole copy of it, per card.
fn reasons(card: &ResultCard) -> impl IntoView {
    view! {
        <p class="visually-hidden">{t("pourquoi")}</p>
        <ul class="reasons">{card.raisons_texte.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
    }
}

/// Call, go, book: the targets a thumb reaches first, each described by the place's name.
fn card_actions(card: &ResultCard) -> impl IntoView {
    let name = format!("carte-{}", card.service);
    let actions: Vec<(String, String, bool)> = [
        card.telephone.as_deref().map(|p| (t("appeler"), tel_href(p), false)),
        card.itineraire.clone().map(|link| (t("itineraire"), link, true)),
        card.prise_rdv.clone().map(|link| (t("prendre-rdv"), link, true)),
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
