//! `/confirmer/{jeton}`: the page a reminder's link opens (`ssr::reminders`). It shows what the
//! directory says of the structure and one button, « Tout est juste » ([`post`]). Opening the link
//! changes nothing: mail filters and link previews open links, only the person presses the button.
//! No account, no cookie; an altered link is not found, an expired one says so.

#[cfg(feature = "ssr")]
pub mod post;

use crate::components::form_fields::Token;
use crate::components::problem::ProblemPage;
use crate::error::AppError;
use crate::pages::{param, query};
use crate::view::forms::Confirmation;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::{Meta, Title};

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let token = param("jeton");
    let done = query("fait").is_some();
    let data = get_confirmation(token.clone());
    Suspend::new(async move {
        let body = match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(c) if done => view! {
                <h1>"Merci, c’est noté"</h1>
                <div role="status"><p class="notice notice--ok">{format!("La fiche de « {} » est confirmée : elle est à jour pour six mois.", c.nom)}</p></div>
                <p>"Si quelque chose change d’ici là, répondez simplement au message de rappel."</p>
            }
            .into_any(),
            Ok(c) => view! { <Details c token=token.clone()/> }.into_any(),
        };
        view! {
            <Title text="Confirmer une fiche – Aiguillage"/>
            // The link is personal: never indexed, never sent on as a referrer.
            <Meta name="robots" content="noindex"/>
            <Meta name="referrer" content="no-referrer"/>
            {body}
        }
    })
}

#[component]
fn Details(c: Confirmation, token: String) -> impl IntoView {
    let Confirmation { nom, adresse, telephone, courriel, services, verifiee, jeton } = c;
    let action = format!("/confirmer/{}", crate::domain::journey::percent_encode(&token));
    view! {
        <h1>{format!("Les informations de « {nom} » sont-elles justes ?")}</h1>
        <p>{verifiee}</p>
        <dl class="confirm-details">
            <dt>"Adresse"</dt><dd>{adresse.unwrap_or_else(|| "Non renseignée".to_owned())}</dd>
            <dt>"Téléphone"</dt><dd>{telephone.unwrap_or_else(|| "Non renseigné".to_owned())}</dd>
            <dt>"Courriel"</dt><dd>{courriel.unwrap_or_else(|| "Non renseigné".to_owned())}</dd>
        </dl>
        <h2>"Ce que nous présentons de vous"</h2>
        {if services.is_empty() {
            view! { <p>"Aucun service pour l’instant."</p> }.into_any()
        } else {
            view! { <ul>{services.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
        }}
        <form method="post" action=action>
            <Token jeton/>
            <button type="submit" class="button">"Tout est juste : confirmer aujourd’hui"</button>
        </form>
        <p>"Si quelque chose a changé, ne confirmez pas : répondez au message de rappel en disant quoi, la coordination corrigera la fiche."</p>
    }
}

/// What the link's structure looks like in the directory, and the form's token.
#[server(endpoint = "confirmer", input = GetUrl)]
pub async fn get_confirmation(token: String) -> Result<Confirmation, AppError> {
    use crate::domain::directory::Service;
    use crate::domain::result::french_date;
    let services = crate::ssr::state::AppState::from_context()?;
    let entry = crate::ssr::reminders::structure_of(&services, &token).await?;
    let s = entry.value;
    let kept = services.repo.entries::<Service>(Some(&s.id)).await?;
    Ok(Confirmation {
        adresse: s.adresse.as_ref().map(|a| format!("{}, {} {}", a.adresse, a.code_postal, a.commune)),
        telephone: s.telephone.clone(),
        courriel: s.courriel.clone(),
        services: kept.into_iter().filter(|x| !x.archived).map(|x| x.value.nom).collect(),
        verifiee: match (&s.date_maj, s.a_verifier) {
            (Some(d), false) => format!("Dernière confirmation : le {}.", french_date(d)),
            _ => "Cette fiche n’a encore jamais été confirmée par vous.".to_owned(),
        },
        jeton: crate::ssr::auth::form_token(&services.form_key, None, crate::ssr::clock::timestamp()),
        nom: s.nom,
    })
}
