//! `/demande/{jeton}`: the request a structure was sent, opened from the link of its e-mail, without
//! an account (`ssr::callbacks`). It shows who to call and why, and the four answers of the parcours:
//! « Je m’en occupe », « Rendez-vous fixé le … », « Transmis à … », « Injoignable après 3 essais »,
//! then « Demande traitée ». Opening it is written to the request's history; answering is a form
//! ([`post`]). The same view serves the back-office (`/admin/demandes/{id}`).

#[cfg(feature = "ssr")]
pub mod post;

use crate::components::form_fields::Token;
use crate::components::problem::ProblemPage;
use crate::error::AppError;
use crate::pages::{param, query};
use crate::view::request::RequestView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::{Meta, Title};

#[component]
pub fn RequestPage() -> impl IntoView {
    let token = param("jeton");
    let action = format!("/demande/{}", crate::domain::journey::percent_encode(&token));
    let data = get_request(token);
    let notice = answer_notice();
    Suspend::new(async move {
        let body = match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(r) => view! { <RequestDetails r action=action.clone() notice=notice.clone()/> }.into_any(),
        };
        view! {
            <Title text="Demande de rappel – Aiguillage"/>
            // The link is personal: never indexed, never sent on as a referrer.
            <Meta name="robots" content="noindex"/>
            <Meta name="referrer" content="no-referrer"/>
            {body}
        }
    })
}

/// What the redirect after an answer says: `fait=1`, or the code of a refusal.
pub fn answer_notice() -> Option<String> {
    query("fait").map(|_| "Votre réponse est enregistrée.".to_owned()).or_else(|| {
        query("erreur").and_then(|code| crate::domain::callback::AnswerRefusal::from_code(&code)).map(|r| r.message().to_owned())
    })
}

/// The request and its answers; `action` is where the answers are posted.
#[component]
pub fn RequestDetails(r: RequestView, action: String, notice: Option<String>) -> impl IntoView {
    let RequestView {
        reference,
        envoyee,
        commune,
        epci_nom,
        besoin_titre,
        reponses,
        mode,
        prenom,
        contact,
        contact_href,
        message,
        destinataire,
        statut,
        closed,
        taken,
        historique,
        structures,
        today,
        jeton,
    } = r;
    view! {
        <h1>{format!("{prenom} demande à être rappelé·e")}</h1>
        {notice.map(|n| view! { <div role="status"><p class="notice notice--ok">{n}</p></div> })}
        <dl class="confirm-details">
            <dt>"Contact"</dt><dd><a href=contact_href>{contact}</a></dd>
            <dt>"Besoin"</dt><dd>{besoin_titre}</dd>
            <dt>"Commune"</dt><dd>{format!("{commune} ({epci_nom})")}</dd>
            <dt>"Envoyée"</dt><dd>{format!("{envoyee}, {mode}")}</dd>
            <dt>"Référence"</dt><dd>{reference}</dd>
            <dt>"Reçue par"</dt><dd>{destinataire}</dd>
            <dt>"Où en est-elle"</dt><dd>{statut}</dd>
        </dl>
        {(!reponses.is_empty()).then(|| view! {
            <h2>"Ses réponses au parcours"</h2>
            <ul>{reponses.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        })}
        {message.map(|m| view! { <h2>"Son message"</h2><p class="request-message">{m}</p> })}
        {(!closed).then(|| view! { <Answers action jeton taken structures today/> })}
        <h2>"Historique"</h2>
        <ul>
            {historique.into_iter().map(|(at, who, what)| view! { <li>{format!("{at} : {what} ({who})")}</li> }).collect_view()}
        </ul>
    }
}

/// One form per answer: each works alone, without JavaScript.
#[component]
fn Answers(action: String, jeton: String, taken: bool, structures: Vec<(String, String)>, today: String) -> impl IntoView {
    let form = |action: &str, jeton: &str, value: &'static str, label: &'static str| {
        view! {
            <form method="post" action=action.to_owned() class="inline-form">
                <Token jeton=jeton.to_owned()/>
                <input type="hidden" name="action" value=value/>
                <button type="submit" class="button">{label}</button>
            </form>
        }
    };
    view! {
        <h2>"Votre réponse"</h2>
        {(!taken).then(|| form(&action, &jeton, "occupe", "Je m’en occupe"))}
        <form method="post" action=action.clone() class="admin-form">
            <Token jeton=jeton.clone()/>
            <input type="hidden" name="action" value="rendez-vous"/>
            <div class="field">
                <label class="field-label" for="date">"Rendez-vous fixé le"</label>
                <input class="input" type="date" id="date" name="date" min=today required=true/>
            </div>
            <button type="submit" class="button">"Enregistrer le rendez-vous"</button>
        </form>
        <form method="post" action=action.clone() class="admin-form">
            <Token jeton=jeton.clone()/>
            <input type="hidden" name="action" value="transmise"/>
            <div class="field">
                <label class="field-label" for="structure">"Transmettre à une autre structure"</label>
                <select class="input" id="structure" name="structure" required=true>
                    <option value="">"Choisir une structure"</option>
                    {structures.into_iter().map(|(id, nom)| view! { <option value=id>{nom}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button--secondary">"Transmettre"</button>
        </form>
        {form(&action, &jeton, "injoignable", "Injoignable après 3 essais")}
        {taken.then(|| form(&action, &jeton, "traitee", "Demande traitée"))}
    }
}

/// The request a link opens (written to its history), for its page.
#[server(endpoint = "demande", input = GetUrl)]
pub async fn get_request(token: String) -> Result<RequestView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    let now = crate::ssr::clock::timestamp();
    let c = crate::ssr::callbacks::open(&services, &token, now).await?;
    crate::ssr::callback_view::view(&services, &c, None, now).await
}
