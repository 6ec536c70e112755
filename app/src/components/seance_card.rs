use crate::domain::seance::SeanceCard;
use leptos::prelude::*;

/// One séance: what, when, where, for whom, how to register; links to its service and its .ics.
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
                <dt>"Lieu"</dt><dd>{format!("{}, {}", seance.lieu, seance.commune_nom)}</dd>
                <dt>"Pour qui"</dt><dd>{seance.public}</dd>
                <dt>"Thème"</dt><dd>{seance.theme}</dd>
                <dt>"Inscription"</dt><dd>{seance.inscription}</dd>
                {seance.capacite.map(|c| view! { <dt>"Places"</dt><dd>{c}</dd> })}
                <dt>"Organisé par"</dt><dd><a href=format!("/lieu/{}", seance.service_id)>{seance.organisateur}</a></dd>
            </dl>
            {seance.description.map(|d| view! { <p>{d}</p> })}
            <p><a href=format!("/agenda/{}.ics", seance.id)>"Ajouter à mon agenda"<span class="visually-hidden">{hidden_title}</span></a></p>
        </article>
    }
}
