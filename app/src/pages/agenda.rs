//! `/agenda`: upcoming séances (parentalité numérique, ateliers jeunes, permanences), by
//! intercommunalité, public and theme, soonest first; each can be added to a calendar.

use crate::components::problem::ProblemPage;
use crate::components::seance_card::SeanceCardView;
use crate::domain::seance::{AgendaQuery, AgendaView, SeancePublic};
use crate::domain::taxonomy::ServiceKind;
use crate::pages::query;
use crate::server_fns::agenda::get_agenda;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let q = AgendaQuery { commune: query("commune"), epci: query("epci"), public: query("public"), theme: query("theme") };
    let data = get_agenda(q);
    Suspend::new(async move {
        match data.await {
            Err(error) => view! { <ProblemPage error/> }.into_any(),
            Ok(view) => view! { <AgendaList view/> }.into_any(),
        }
    })
}

#[component]
fn AgendaList(view: AgendaView) -> impl IntoView {
    let AgendaView { query, epci_nom, commune_message, seances, ics_url } = view;
    let count = seances.len();
    let heading = match &epci_nom {
        Some(e) => format!("Agenda des séances : {e}"),
        None => "Agenda des séances dans l’Ain".to_owned(),
    };
    let prefix = if commune_message.is_some() { "Erreur : " } else { "" };
    let has_error = commune_message.is_some();
    let selected_public = query.public.clone().unwrap_or_default();
    let selected_theme = query.theme.clone().unwrap_or_default();
    view! {
        <Title text=format!("{prefix}{heading} – Aiguillage")/>
        <h1>{heading}</h1>
        <p class="lead">"Ateliers et conférences sur la parentalité numérique, ateliers pour les jeunes, permanences. Les plus proches dans le temps d’abord."</p>
        <form method="get" action=crate::i18n::href("/agenda") class="filters" aria-label="Filtrer l’agenda">
            <div class="field" class:field--error=has_error>
                <label class="field-label" for="commune">"Votre commune (facultatif)"</label>
                <p class="field-hint" id="commune-aide">"Pour voir les séances de votre intercommunalité. Nom ou code postal."</p>
                {commune_message.map(|m| view! { <p class="field-message" id="commune-erreur"><span class="visually-hidden">"Erreur : "</span>{m}</p> })}
                <input class="input" type="text" id="commune" name="commune" value=query.commune.clone().unwrap_or_default() autocomplete="address-level2"
                    aria-invalid=has_error.then_some("true") aria-describedby=if has_error { "commune-aide commune-erreur" } else { "commune-aide" }/>
            </div>
            {query.epci.clone().filter(|_| query.commune.is_none()).map(|e| view! { <input type="hidden" name="epci" value=e/> })}
            <div class="field">
                <label class="field-label" for="public">"Pour qui"</label>
                <select class="input" id="public" name="public">
                    <option value="" selected=selected_public.is_empty()>"Tout le monde"</option>
                    {SeancePublic::ALL.iter().filter(|p| **p != SeancePublic::Tous).map(|p| view! {
                        <option value=p.code() selected=selected_public == p.code()>{p.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field-label" for="theme">"Thème"</label>
                <select class="input" id="theme" name="theme">
                    <option value="" selected=selected_theme.is_empty()>"Tous les thèmes"</option>
                    {ServiceKind::ALL.iter().map(|k| view! {
                        <option value=k.label() selected=selected_theme == k.label()>{k.plain()}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">"Afficher les séances"</button>
        </form>
        <p class="agenda-count" role="status">{match count {
            0 => "Aucune séance à venir pour ces choix.".to_owned(),
            1 => "1 séance à venir.".to_owned(),
            n => format!("{n} séances à venir."),
        }}</p>
        <ul class="seances">
            {seances.into_iter().map(|s| view! { <li><SeanceCardView seance=s/></li> }).collect_view()}
        </ul>
        <p>
            <a href=crate::i18n::href(&ics_url)>"S’abonner à cet agenda (calendrier .ics)"</a>
            " — votre téléphone ou votre messagerie affichera les nouvelles séances de cette sélection."
        </p>
    }
}
