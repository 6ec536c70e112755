//! The second part of an EPCI's guide, for its working group (roadmap fiche 14): coverage of its
//! communes by need, the precise needs without local help, its communes prioritaires, and whether
//! its entries are still true. It prints on pages of its own, after the A4 guide a mairie pins up.

use crate::components::coverage::CoverageSections;
use crate::components::epci_figures::EpciFiguresTable;
use crate::view::working_group::WorkingGroup;
use leptos::prelude::*;

#[component]
pub fn WorkingGroupPart(group: WorkingGroup) -> impl IntoView {
    let WorkingGroup { siren, date, coverage, figures, a_verifier } = group;
    let count = a_verifier.len();
    view! {
        <section class="guide-working-group" aria-labelledby="groupe-titre">
            <h2 id="groupe-titre">"Pour le groupe de travail de l’intercommunalité"</h2>
            <p>
                {format!("Chiffres du {date}, pour préparer la réunion : où l’aide manque, et ce qui est à vérifier. ")}
                <a href=crate::i18n::href(&format!("/indicateurs?epci={siren}"))>"Les orientations de l’intercommunalité"</a>" sont sur la page des indicateurs."
            </p>
            <CoverageSections coverage base="/indicateurs" links=vec![("epci".to_owned(), siren)] unfolded=true/>
            <EpciFiguresTable rows=vec![figures]/>
            <h3>{format!("Fiches à confirmer ({count})")}</h3>
            {(count == 0).then(|| view! { <p>"Toutes les fiches ont été confirmées depuis moins de six mois."</p> })}
            <ul class="guide-entries">
                {a_verifier.into_iter().map(|nom| view! { <li>{nom}</li> }).collect_view()}
            </ul>
        </section>
    }
}
