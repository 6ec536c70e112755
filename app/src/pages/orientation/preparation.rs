//! « À apporter »: what the démarche needs on the day, written for whoever reads (the person, a
//! relative, a professional). The words come from `domain::preparation`; the offline page writes the
//! same section (`offline::html::preparation`), and the fiche prints it.

use crate::domain::preparation::Preparation;
use leptos::prelude::*;

#[component]
pub fn PreparationView(preparation: Preparation) -> impl IntoView {
    view! {
        <section class="preparation" aria-labelledby="apporter-titre">
            <h2 id="apporter-titre">{preparation.titre}</h2>
            <ul>{preparation.lignes.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </section>
    }
}
