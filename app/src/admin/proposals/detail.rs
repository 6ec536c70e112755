//! `/admin/propositions/{id}`: one proposal as its proposer reads it, with who said what, and the
//! coordinator's four decisions: accept and publish, add it to a listed structure, ask a question,
//! refuse. A question and a refusal need their words: the proposer receives them.

use crate::admin::frame::AdminNav;
use crate::admin::page::failure;
use crate::components::form_fields::{SelectField, TextArea, Token};
use crate::domain::edit::{FieldErrors, Fields};
use crate::error::AppError;
use crate::pages::param;
use crate::pages::proposition::{notice, ProposalDetails};
use crate::view::admin::Frame;
use crate::view::follow_up::Decisions;
use crate::view::proposal::ProposalView;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[component]
pub fn ProposalAdminPage() -> impl IntoView {
    let id = param("id");
    let action = crate::routes::admin::proposal(&id);
    let data = get_admin_proposal(id);
    let notice = notice();
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok((frame, p, d)) => view! { <ProposalAdminView frame p d action=action.clone() notice=notice.clone()/> }.into_any(),
        }
    })
}

#[component]
fn ProposalAdminView(frame: Frame, p: ProposalView, d: Decisions, action: String, notice: Option<String>) -> impl IntoView {
    let jeton = frame.jeton.clone();
    let closed = p.closed;
    let title = format!("{} « {} »", p.genre, p.nom);
    view! {
        <Title text=format!("{title} – Espace de gestion – Aiguillage")/>
        <AdminNav frame/>
        <p><a href=crate::routes::admin::PROPOSALS>"Toutes les propositions"</a></p>
        <h1>{title}</h1>
        <div role="status" class="notice-slot">{notice.map(|n| view! { <p class="notice">{n}</p> })}</div>
        <ProposalDetails p/>
        {d.fiche.clone().map(|href| view! { <p><a href=href>"Compléter la fiche dans l’espace de gestion (horaires, séances)"</a></p> })}
        {d.access_given.then(|| {
            let how = if d.relay {
                format!("S’il est nouveau, un lien pour choisir son mot de passe lui est envoyé, valable {} jours.", crate::domain::proposal::ACCESS_LINK_DAYS)
            } else {
                "Aucun relais de courriel n’est configuré : aucun lien ne peut lui être envoyé. Donnez-lui un mot de passe provisoire depuis « Comptes »."
                    .to_owned()
            };
            view! { <p>{format!("Le compte de l’espace de gestion de {} a accès à cette fiche (dans « Comptes »). {how}", d.courriel)}</p> }
        })}
        {(!closed).then(|| view! { <DecisionForms d action jeton/> })}
    }
}

#[component]
fn DecisionForms(d: Decisions, action: String, jeton: String) -> impl IntoView {
    let none = Fields::default;
    let errors = FieldErrors::default;
    let accept = if d.gestion { "Accepter la demande" } else { "Accepter et publier" };
    let mut structures = d.structures;
    structures.insert(0, (String::new(), "Choisir".to_owned()));
    view! {
        <section aria-labelledby="decider-titre">
            <h2 id="decider-titre">"Décider"</h2>
            <form method="post" action=action.clone() class="admin-form">
                <Token jeton=jeton.clone()/>
                <input type="hidden" name="action" value="accepter"/>
                <button type="submit" class="button">{accept}</button>
            </form>
            {(!d.gestion).then(|| view! {
                <form method="post" action=action.clone() class="admin-form">
                    <h3>"Rattacher à une structure de l’annuaire"</h3>
                    <p>"Si ce lieu est déjà listé, son activité s’ajoute à sa fiche au lieu d’en créer une seconde."</p>
                    <Token jeton=jeton.clone()/>
                    <input type="hidden" name="action" value="fusionner"/>
                    <SelectField name="structure" label="Structure" options=structures fields=none() errors=errors() required=true/>
                    <button type="submit" class="button button--secondary">"Rattacher et publier"</button>
                </form>
            })}
            <form method="post" action=action.clone() class="admin-form">
                <h3>"Poser une question"</h3>
                <Token jeton=jeton.clone()/>
                <input type="hidden" name="action" value="question"/>
                <TextArea name="texte" label="Votre question, envoyée au proposant" maxlength=1000 fields=none() errors=errors() required=true/>
                <button type="submit" class="button button--secondary">"Envoyer la question"</button>
            </form>
            <form method="post" action=action class="admin-form">
                <h3>"Refuser"</h3>
                <Token jeton/>
                <input type="hidden" name="action" value="refuser"/>
                <TextArea name="texte" label="La raison, envoyée au proposant" maxlength=1000 fields=none() errors=errors() required=true/>
                <button type="submit" class="button button--secondary">"Refuser"</button>
            </form>
        </section>
    }
}

/// One proposal and what deciding needs, for coordinators.
#[server(endpoint = "admin/proposition", input = GetUrl)]
pub async fn get_admin_proposal(id: String) -> Result<(Frame, ProposalView, Decisions), AppError> {
    let (services, session) = crate::admin::session::session().await?;
    let p = super::post::readable(&services, &session, &id).await?;
    let now = crate::ssr::clock::timestamp();
    let view = crate::ssr::proposal_view::view(&services, &p, Some(&session.id_hash), now).await?;
    let today = crate::ssr::clock::today();
    let ctx = crate::ssr::ops::form_context(&services, &today);
    let epci = crate::domain::proposal::epci(p.champs(), &ctx);
    let directory = services.directory();
    let mut structures: Vec<(String, String)> = directory
        .structures()
        .iter()
        .filter(|s| {
            let here = s.adresse.as_ref().and_then(|a| services.gazetteer.commune(&a.code_insee));
            here.map(|c| services.gazetteer.epci_of(c).siren.clone()) == epci
        })
        .map(|s| (s.id.clone(), format!("{} – {}", s.nom, s.adresse.as_ref().map_or("", |a| a.commune.as_str()))))
        .collect();
    structures.sort_by(|a, b| a.1.cmp(&b.1));
    let fiche = (p.status == crate::domain::proposal::Status::Acceptee && p.genre() != crate::domain::proposal::Genre::Gestion)
        .then(|| p.structure_id.as_deref().map(|id| crate::routes::admin::entry(crate::domain::edit::EntityKind::Structure, id)))
        .flatten();
    let decisions = Decisions {
        gestion: p.genre() == crate::domain::proposal::Genre::Gestion,
        access_given: p.genre() == crate::domain::proposal::Genre::Gestion && p.status == crate::domain::proposal::Status::Acceptee,
        relay: services.mailer.is_some(),
        structures,
        fiche,
        courriel: p.proposal.courriel.clone(),
    };
    Ok((crate::admin::session::frame(&services, &session).await?, view, decisions))
}
