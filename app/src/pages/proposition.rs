//! `/proposition/{jeton}`: the proposer's own page, opened from the link of every message they get
//! (`ssr::proposals::link`). It says where the proposal is, what was proposed, what the coordination
//! said, and lets the proposer answer a question ([`post`]). The link is personal: the page is never
//! indexed, and sends no referrer. French, like `/proposer`.

#[cfg(feature = "ssr")]
pub mod post;

use crate::components::form_fields::{TextArea, Token};
use crate::components::problem::ProblemPage;
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::pages::{param, query};
use crate::view::proposal::ProposalView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::{Meta, Title};

#[component]
pub fn ProposalPage() -> impl IntoView {
    let token = param("jeton");
    let action = crate::i18n::href(&format!("/proposition/{}", crate::domain::journey::percent_encode(&token)));
    let data = get_proposal(token);
    let notice = if query("envoyee").is_some() {
        Some("Votre proposition est envoyée. L’adresse de cette page est votre lien personnel, aussi envoyé par courriel : gardez-la pour suivre votre proposition.".to_owned())
    } else {
        notice()
    };
    Suspend::new(async move {
        let body = match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(p) => view! { <ProposerView p action=action.clone() notice=notice.clone()/> }.into_any(),
        };
        view! {
            <Title text="Votre proposition – Aiguillage"/>
            <Meta name="robots" content="noindex"/>
            <Meta name="referrer" content="no-referrer"/>
            {body}
        }
    })
}

/// What the redirect after an answer or a decision says: `fait=1`, or a refusal's code.
pub fn notice() -> Option<String> {
    query("fait")
        .map(|_| "C’est enregistré.".to_owned())
        .or_else(|| query("erreur").and_then(|c| crate::domain::proposal::Refusal::from_code(&c)).map(|r| r.message().to_owned()))
}

#[component]
fn ProposerView(p: ProposalView, action: String, notice: Option<String>) -> impl IntoView {
    let question = p.question;
    let jeton = p.jeton.clone();
    view! {
        <div lang="fr">
            <h1>{format!("{} : « {} »", p.genre, p.nom)}</h1>
            {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <ProposalDetails p=p.clone()/>
            {question.then(|| view! {
                <section aria-labelledby="repondre-titre">
                    <h2 id="repondre-titre">"Répondre à la coordination"</h2>
                    <form method="post" action=action class="admin-form">
                        <Token jeton/>
                        <TextArea name="reponse" label="Votre réponse" maxlength=1000 fields=Fields::default() errors=FieldErrors::default() required=true/>
                        <button type="submit" class="button">"Envoyer ma réponse"</button>
                    </form>
                </section>
            })}
        </div>
    }
}

/// Where it is, what was proposed, and what was said: the proposer's page and the back-office's.
#[component]
pub fn ProposalDetails(p: ProposalView) -> impl IntoView {
    let ProposalView { statut, publie, resume, historique, .. } = p;
    view! {
        <p class="lead">"Où en est-elle : "<strong>{statut}</strong></p>
        {publie.map(|href| view! { <p><a href=href>"Voir la fiche publiée"</a></p> })}
        <section aria-labelledby="proposition-resume">
            <h2 id="proposition-resume">"Ce qui est proposé"</h2>
            <dl class="summary">
                {resume.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        </section>
        <section aria-labelledby="proposition-historique">
            <h2 id="proposition-historique">"Échanges"</h2>
            <ol class="history">
                {historique.into_iter().map(|(quand, qui, quoi, texte)| view! {
                    <li class="history-entry">
                        <p>{format!("{quand}, {qui} : {quoi}")}</p>
                        {texte.map(|t| view! { <blockquote><p>{t}</p></blockquote> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// The proposal a link opens, as its proposer reads it.
#[server(endpoint = "proposition", input = GetUrl)]
pub async fn get_proposal(token: String) -> Result<ProposalView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    let now = crate::ssr::clock::now().timestamp();
    let p = crate::ssr::proposals::by_link(&services, &token, now).await?;
    crate::ssr::proposal_view::view(&services, &p, None, now).await
}
