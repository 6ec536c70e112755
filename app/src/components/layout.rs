use leptos::prelude::*;

/// The frame of every page: skip link, header, main landmark, footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        // Plain anchor: pages are server-rendered (no client router), so the browser moves focus itself.
        <a class="skip-link" href="#contenu">"Aller au contenu"</a>
        <header class="site-header">
            <a class="site-name" href="/">
                <span class="site-title">"Aiguillage"</span>
                <span class="site-tagline">"L’aide au numérique près de chez vous, dans l’Ain"</span>
            </a>
        </header>
        <crate::components::update_notice::UpdateNotice/>
        <main id="contenu" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>
                "Un service public de l’Ain pour l’inclusion numérique. "
                "Aucun cookie sur les pages publiques, aucun suivi."
            </p>
            <ul class="footer-links">
                <li><a href="/agenda">"Agenda des ateliers et séances"</a></li>
                <li><a href="/guide">"Guides à imprimer, par intercommunalité"</a></li>
                <li><a href="/donnees">"Données ouvertes"</a></li>
                <li><a href="/indicateurs">"Indicateurs"</a></li>
                <li><a href="/confidentialite">"Confidentialité"</a></li>
                <li><a href="/accessibilite">"Accessibilité : partiellement conforme"</a></li>
                <li><a href=crate::admin::urls::HOME>"Espace de gestion des structures"</a></li>
            </ul>
            <p>"Communes : INSEE et Etalab (découpage administratif), La Poste (codes postaux)."</p>
        </footer>
    }
}
