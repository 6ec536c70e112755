//! `/confidentialite`: what Aiguillage counts, what it never keeps, and why no consent banner is
//! needed. The page states facts the code enforces (`domain::pilotage`, the `orientation_count`
//! table), so a change to what is counted must change this page too.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <Title text="Confidentialité et mesure d’audience – Aiguillage"/>
        <h1>"Confidentialité et mesure d’audience"</h1>
        <p>"Aiguillage ne vous demande ni nom, ni adresse, ni compte. Pour savoir où l’aide au numérique manque dans l’Ain, il compte les orientations qu’il donne, sans rien garder de la personne."</p>

        <h2>"Ce qui est compté"</h2>
        <p>"Chaque résultat affiché (sur ce site, au guichet d’une mairie ou par l’interface de programmation) ajoute 1 à un compteur du jour. Ce compteur ne contient que :"</p>
        <ul>
            <li>"le jour (jamais l’heure) ;"</li>
            <li>"le besoin et sa précision, choisis dans les listes du parcours (par exemple « Réaliser une démarche : CAF ») ;"</li>
            <li>"l’intercommunalité de la commune choisie (jamais la commune elle-même) ;"</li>
            <li>"la meilleure aide trouvée : dans la commune, dans l’intercommunalité, à proximité, pour tout le département, à distance, ou aucune ;"</li>
            <li>"le mode : site public ou guichet d’une mairie."</li>
        </ul>
        <p>"La fiche imprimée d’un résultat n’est pas comptée une seconde fois. Les orientations faites hors connexion, calculées par votre téléphone lui-même, ne sont pas comptées : rien ne quitte alors votre appareil."</p>

        <h2>"Ce qui n’est jamais gardé"</h2>
        <ul>
            <li>"Aucun identifiant, aucun cookie ni autre traceur sur les pages publiques : rien n’est déposé ni lu sur votre appareil."</li>
            <li>"Aucune adresse IP, aucun type de navigateur, aucun texte que vous avez écrit (le nom de commune tapé sert à la trouver, puis il est oublié)."</li>
            <li>"La base de données ne peut rien garder d’autre : sa table des compteurs n’a pas d’autre colonne que celles décrites ci-dessus, et un test le vérifie."</li>
        </ul>

        <h2>"Pourquoi aucun bandeau ne vous demande votre accord"</h2>
        <p>"Le consentement est exigé pour lire ou écrire des informations sur votre appareil (cookies, traceurs). Aiguillage n’en utilise aucun pour compter : le compte se fait sur le serveur, au moment où il vous répond."</p>
        <p>"Il respecte en outre les conditions que la CNIL fixe pour exempter de consentement une mesure d’audience : elle sert uniquement à mesurer l’usage du service ; elle ne produit que des statistiques anonymes ; elle ne permet pas de suivre une personne, ni sur ce site, ni d’un site à l’autre ; ses données ne sont ni recoupées avec d’autres, ni transmises à des tiers."</p>

        <h2>"Ce qui est publié"</h2>
        <p>
            "Les totaux sont publiés sur la page "<a href=crate::i18n::href("/indicateurs")>"Indicateurs"</a>", par besoin, par intercommunalité, par mois et par meilleure aide trouvée. "
            "Un nombre de 1 à 4 y est écrit « moins de 5 », pour qu’une petite valeur ne puisse désigner personne. La coordination départementale voit les nombres exacts."
        </p>

        <h2>"Les autres données"</h2>
        <ul>
            <li>"« Signaler une erreur » ne demande aucune donnée personnelle : le message est gardé pour la coordination, sans votre adresse."</li>
            <li>"Pour éviter les envois en masse, l’adresse de connexion d’un formulaire envoyé (signalement, connexion) est comptée quelques minutes, en mémoire seulement, puis oubliée."</li>
            <li>"L’espace de gestion des structures utilise un cookie de session, strictement nécessaire pour s’y connecter ; il n’est déposé que chez les personnes qui s’y connectent, et disparaît à la déconnexion."</li>
        </ul>
    }
}
