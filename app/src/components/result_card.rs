use crate::domain::result::{display_phone, tel_href, ResultCard};
use leptos::prelude::*;

/// One service of the result: why it fits, where it is, when it is open, how to get it.
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
            {(!card.labels.is_empty()).then(|| view! {
                <p class="card-labels">
                    <span class="visually-hidden">"Labels : "</span>
                    {card.labels.iter().map(|l| view! { <span class="badge">{l.clone()}</span>" " }).collect_view()}
                </p>
            })}
            <h3 class="visually-hidden">"Pourquoi cette aide"</h3>
            <ul class="reasons">
                {card.raisons_texte.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}
            </ul>
            <dl class="card-facts">
                {card.adresse.clone().map(|a| view! {
                    <dt>"Adresse"</dt>
                    <dd>
                        {a}
                        {card.carte.clone().map(|href| view! { " " <a href=href rel="noopener">"Voir sur une carte"</a> })}
                    </dd>
                })}
                {card.aujourdhui.clone().map(|t| view! { <dt>"Horaires"</dt><dd>{t}</dd> })}
                {card.telephone.clone().map(|p| view! {
                    <dt>"Téléphone"</dt>
                    <dd><a href=tel_href(&p)>{display_phone(&p)}</a></dd>
                })}
                {card.courriel.clone().map(|m| view! {
                    <dt>"Courriel"</dt>
                    <dd><a href=format!("mailto:{m}")>{m.clone()}</a></dd>
                })}
                {card.prise_rdv.clone().map(|link| view! {
                    <dt>"Rendez-vous"</dt>
                    <dd><a href=link rel="noopener">"Prendre rendez-vous en ligne"</a></dd>
                })}
                {(!card.acces.is_empty()).then(|| view! { <dt>"Comment y aller"</dt><dd>{card.acces.join(", ")}</dd> })}
                {(!card.accessibilite.is_empty()).then(|| view! { <dt>"Accessibilité"</dt><dd>{card.accessibilite.join(", ")}</dd> })}
            </dl>
            {(!verified.is_empty()).then(|| view! { <p class="card-freshness" class:card-freshness--old=card.a_verifier>{verified}</p> })}
            <p class="card-report"><a href=report rel="nofollow">"Signaler une erreur"<span class="visually-hidden">{report_hidden}</span></a></p>
        </article>
    }
}
