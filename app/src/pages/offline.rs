//! `/hors-ligne`: what the service worker shows for a page never visited while the network is down.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text="Hors ligne – Aiguillage"/>
        <h1>"Vous êtes hors ligne"</h1>
        <p>"Cette page n’a pas encore été ouverte sur cet appareil, et la connexion ne répond pas."</p>
        <p>"Les pages que vous avez déjà consultées restent disponibles, avec la date de leurs informations. Réessayez quand vous aurez du réseau."</p>
        <p>"En attendant, la ligne nationale Solidarité Numérique aide par téléphone : "<a href="tel:+33170772372">"01 70 77 23 72"</a>"."</p>
        <p><a class="button" href="/">"Retour à l’accueil"</a></p>
    }
}
