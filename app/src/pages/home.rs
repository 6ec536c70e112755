use crate::domain::flow::Flow;
use leptos::prelude::*;
use leptos_meta::Title;

/// The entry: the needs of the flow, and the shortcut for people who cannot travel.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="Trouver de l’aide pour le numérique dans l’Ain – Aiguillage"/>
        <h1>"Trouver de l’aide pour le numérique, près de chez vous"</h1>
        <p class="lead">"Répondez à quelques questions. Nous vous indiquons où aller, dans votre intercommunalité. C’est gratuit et anonyme."</p>
        <h2 id="besoins-titre">{crate::domain::wording::NEED_TITLE}</h2>
        <ul class="needs" aria-labelledby="besoins-titre">
            {Flow::shipped().besoins.iter().map(|need| view! {
                <li>
                    <a class="need-card" href=format!("/parcours?besoin={}", need.id)>
                        <span class="need-title">{need.titre.clone()}</span>
                        <span class="need-examples">{need.exemples.clone()}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
        <p class="no-travel">
            <a class="need-card need-card--wide" href="/parcours?deplacement=non">
                <span class="need-title">"Je ne peux pas me déplacer"</span>
                <span class="need-examples">"Une aide à domicile, par téléphone ou à distance."</span>
            </a>
        </p>
    }
}
