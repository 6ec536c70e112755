//! `/accessibilite`: the accessibility statement, in the RGAA 4.1 format (state of compliance, what
//! was tested and how, non-accessible content, contact, recourse). The figures it quotes are those of
//! the automated suite that runs on every change; a full manual RGAA audit has not been done, and the
//! page says so rather than claim compliance.

use crate::components::translation::FrenchOnly;
use crate::i18n::{langue, t, Langue};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    // In another language, the part on languages comes first, in that language; the statement is French.
    let first = (langue() != Langue::Fr).then(|| view! { <Translations/> });
    let last = (langue() == Langue::Fr).then(|| view! { <Translations/> });
    view! {
        <Title text="Déclaration d’accessibilité – Aiguillage"/>
        {first}
        <FrenchOnly><Statement/></FrenchOnly>
        {last}
    }
}

/// The languages of the site, and which translations still wait for a native speaker's review (read
/// from the translation files themselves: the line a reviewer changes).
#[component]
fn Translations() -> impl IntoView {
    let waiting: Vec<Langue> = Langue::ALL.into_iter().filter(|l| l.awaits_review()).collect();
    view! {
        <section aria-labelledby="traductions-titre">
            <h2 id="traductions-titre">{t("traductions-titre")}</h2>
            <p>{t("traductions-texte")}</p>
            {if waiting.is_empty() {
                view! { <p>{t("traductions-relues")}</p> }.into_any()
            } else {
                view! {
                    <p>{t("traductions-a-relire")}</p>
                    <ul class="to-review">
                        {waiting.into_iter().map(|l| view! { <li lang=l.tag() dir=l.dir()>{format!("{} : {}", l.native_name(), l.t("traduction-a-relire"))}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p>{t("traductions-proposer")}</p>
        </section>
    }
}

/// The statement itself, in French.
#[component]
fn Statement() -> impl IntoView {
    view! {
        <h1>"Déclaration d’accessibilité"</h1>
        <p>"Le service Aiguillage s’engage à rendre ses pages accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005."</p>
        <p>"Cette déclaration s’applique au site Aiguillage : pages publiques (accueil, parcours, résultat, guichet, guides, agenda, fiches des lieux, signalement) et espace de gestion."</p>

        <h2>"État de conformité"</h2>
        <p>
            "Aiguillage est "<strong>"partiellement conforme"</strong>" avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : "
            "aucun audit complet du référentiel n’a encore été réalisé par un organisme indépendant. Le taux de conformité ne peut donc pas être annoncé."
        </p>

        <h2>"Ce qui est vérifié, et comment"</h2>
        <ul>
            <li>"À chaque modification du code, un jeu de tests automatiques parcourt toutes les pages publiques, chaque étape de chaque parcours et les pages de l’espace de gestion, avec JavaScript activé et désactivé, à 320 et 1 280 pixels de large, avec l’outil axe-core (critères WCAG 2.2 A et AA). Une seule erreur bloque la mise en ligne."</li>
            <li>"Les parcours sont aussi testés au clavier seul : le focus est visible partout, un lien d’évitement mène au contenu, le titre de chaque nouvelle étape reçoit le focus."</li>
            <li>"Les messages d’erreur des formulaires sont reliés à leur champ et repris en haut du formulaire."</li>
            <li>"Hors ligne, les étapes et le résultat calculés sur l’appareil passent les mêmes vérifications automatiques."</li>
            <li>"Les pages fonctionnent sans JavaScript ; le texte peut être agrandi à 200 % ; les animations sont supprimées si vous l’avez demandé à votre appareil."</li>
        </ul>
        <p>"Environnement de test : Chromium (Debian), axe-core 4.13, Playwright. Technologies utilisées : HTML5, CSS, JavaScript et WebAssembly (facultatifs : autocomplétion de la commune, localisation, passage d’une étape à l’autre sans recharger la page, parcours hors ligne)."</p>

        <h2>"Contenus non accessibles"</h2>
        <ul>
            <li>"Le code QR du résultat est une image : l’adresse qu’il contient est écrite en clair juste en dessous."</li>
            <li>"Les horaires d’ouverture importés des données de 2021-2022 peuvent être incomplets : ils sont signalés « informations à vérifier »."</li>
        </ul>

        <h2>"Établissement de cette déclaration"</h2>
        <p>"Cette déclaration a été établie le 28 novembre 2026, à partir des tests automatiques décrits ci-dessus."</p>

        <h2>"Retour d’information et contact"</h2>
        <p>"Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez le signaler à la coordination départementale de l’inclusion numérique de l’Ain, qui vous orientera vers une alternative accessible. Sur chaque fiche de lieu, le lien « Signaler une erreur » lui transmet votre message, sans donnée personnelle."</p>

        <h2>"Voies de recours"</h2>
        <p>"Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :"</p>
        <ul>
            <li>"écrire un message au Défenseur des droits (formulaire en ligne sur defenseurdesdroits.fr) ;"</li>
            <li>"contacter le délégué du Défenseur des droits de votre région ;"</li>
            <li>"envoyer un courrier, gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."</li>
        </ul>
    }
}
