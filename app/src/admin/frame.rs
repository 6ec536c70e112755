//! The back-office's navigation and account bar, above every back-office page.

use crate::components::form_fields::Token;
use crate::routes::admin as urls;
use crate::view::admin::Frame;
use leptos::prelude::*;

#[component]
pub fn AdminNav(frame: Frame) -> impl IntoView {
    let Frame { nom, email, admin, jeton, signalements, propositions } = frame;
    view! {
        <nav class="admin-nav" aria-label="Espace de gestion">
            <ul>
                <li><a href=urls::HOME>"Mes fiches"</a></li>
                <li><a href=crate::routes::admin::REQUESTS>"Demandes de rappel"</a></li>
                {admin.then(|| view! {
                    <li><a href=urls::REPORTS>{format!("Signalements et fiches à vérifier ({signalements})")}</a></li>
                    <li><a href=urls::PROPOSALS>{format!("Propositions à lire ({propositions})")}</a></li>
                    <li><a href=urls::ACCOUNTS>"Comptes"</a></li>
                    <li><a href=urls::IMPORTS>"Importer des lieux"</a></li>
                    <li><a href=urls::INDICATORS>"Indicateurs"</a></li>
                    <li><a href=urls::REMINDERS>"Rappels"</a></li>
                    <li><a href=urls::INTEGRATIONS>"Sites partenaires"</a></li>
                })}
                <li><a href="/agenda">"Agenda public"</a></li>
                <li><a href=urls::MY_PASSWORD>"Mon mot de passe"</a></li>
                <li><a href=urls::SECOND_FACTOR>"Double authentification"</a></li>
            </ul>
            <form method="post" action=urls::LOGOUT class="admin-account">
                <span>{format!("{nom} ({email})")}</span>
                <Token jeton/>
                <button type="submit" class="button button--secondary">"Se déconnecter"</button>
            </form>
        </nav>
    }
}

/// « Modifications enregistrées », announced politely after a save.
#[component]
pub fn SavedNotice(saved: bool) -> impl IntoView {
    view! {
        <div role="status" class="notice-slot">
            {saved.then(|| view! { <p class="notice notice--ok">"Modifications enregistrées."</p> })}
        </div>
    }
}
