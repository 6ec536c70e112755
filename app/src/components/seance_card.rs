use crate::domain::seance::SeanceCard;
use crate::i18n::{href, t};
use leptos::prelude::*;

/// One séance: what, when, where, for whom, how to register; links to its service and its .ics. Its
/// words are in the page's language; what the organiser wrote (and the date) stays in French.
#[component]
pub fn SeanceCardView(seance: SeanceCard) -> impl IntoView {
    let heading_id = format!("seance-{}", seance.id);
    let labelled_by = heading_id.clone();
    let hidden_title = format!(" : {}", seance.titre);
    view! {
        <article class="card seance" aria-labelledby=labelled_by>
            <h2 id=heading_id class="card-title">{seance.titre}</h2>
            <p class="seance-when">{seance.quand}</p>
            <dl class="card-facts">
                <dt>{t("seance-lieu")}</dt><dd>{format!("{}, {}", seance.lieu, seance.commune_nom)}</dd>
                <dt>{t("seance-public")}</dt><dd>{seance.public}</dd>
                <dt>{t("seance-theme")}</dt><dd>{seance.theme}</dd>
                <dt>{t("seance-inscription")}</dt><dd>{seance.inscription}</dd>
                {seance.capacite.map(|c| view! { <dt>{t("seance-places")}</dt><dd>{c}</dd> })}
                <dt>{t("seance-organisateur")}</dt><dd><a href=href(&format!("/lieu/{}", seance.service_id))>{seance.organisateur}</a></dd>
            </dl>
            {seance.description.map(|d| view! { <p>{d}</p> })}
            <p><a href=href(&format!("/agenda/{}.ics", seance.id))>{t("seance-ajouter")}<span class="visually-hidden">{hidden_title}</span></a></p>
        </article>
    }
}
