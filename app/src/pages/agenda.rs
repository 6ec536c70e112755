//! `/agenda`: upcoming séances (parentalité numérique, ateliers jeunes, permanences), by
//! intercommunalité, public and theme, soonest first; each can be added to a calendar.

pub mod data;
use self::data::get_agenda;
use crate::components::problem::ProblemPage;
use crate::components::seance_card::SeanceCardView;
use crate::components::translation::DataInFrench;
use crate::domain::seance::{AgendaQuery, AgendaView, SeancePublic};
use crate::domain::taxonomy::ServiceKind;
use crate::i18n::{href, page_title, t, tr};
use crate::pages::query;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let q = AgendaQuery { commune: query("commune"), epci: query("epci"), public: query("public"), theme: query("theme") };
    let data = get_agenda(q, crate::i18n::langue());
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
        Some(e) => tr("agenda-titre-epci", &[("epci", e.into())]),
        None => t("agenda-titre"),
    };
    let prefix = if commune_message.is_some() { format!("{} ", t("erreur-prefixe")) } else { String::new() };
    let has_error = commune_message.is_some();
    let selected_public = query.public.clone().unwrap_or_default();
    let selected_theme = query.theme.clone().unwrap_or_default();
    view! {
        <Title text=page_title(&format!("{prefix}{heading}"))/>
        <h1>{heading}</h1>
        <p class="lead">{t("agenda-intro")}</p>
        <form method="get" action=href("/agenda") class="filters" aria-label=t("agenda-filtrer")>
            <div class="field" class:field--error=has_error>
                <label class="field-label" for="commune">{t("agenda-commune")}</label>
                <p class="field-hint" id="commune-aide">{t("agenda-commune-aide")}</p>
                {commune_message.map(|m| view! { <p class="field-message" id="commune-erreur"><span class="visually-hidden">{t("erreur-prefixe")}" "</span>{m}</p> })}
                <input class="input" type="text" id="commune" name="commune" value=query.commune.clone().unwrap_or_default() autocomplete="address-level2"
                    aria-invalid=has_error.then_some("true") aria-describedby=if has_error { "commune-aide commune-erreur" } else { "commune-aide" }/>
            </div>
            {query.epci.clone().filter(|_| query.commune.is_none()).map(|e| view! { <input type="hidden" name="epci" value=e/> })}
            <div class="field">
                <label class="field-label" for="public">{t("agenda-public")}</label>
                <select class="input" id="public" name="public">
                    <option value="" selected=selected_public.is_empty()>{t("agenda-tout-le-monde")}</option>
                    {SeancePublic::ALL.iter().filter(|p| **p != SeancePublic::Tous).map(|p| view! {
                        <option value=p.code() selected=selected_public == p.code()>{t(&p.key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field-label" for="theme">{t("agenda-theme")}</label>
                <select class="input" id="theme" name="theme">
                    <option value="" selected=selected_theme.is_empty()>{t("agenda-tous-themes")}</option>
                    {ServiceKind::ALL.iter().map(|k| view! {
                        <option value=k.label() selected=selected_theme == k.label()>{t(&k.key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{t("agenda-afficher")}</button>
        </form>
        <p class="agenda-count" role="status">{tr("agenda-nombre", &[("n", count.into())])}</p>
        {(count > 0).then(|| view! { <DataInFrench/> })}
        <ul class="seances">
            {seances.into_iter().map(|s| view! { <li><SeanceCardView seance=s/></li> }).collect_view()}
        </ul>
        <p>
            <a href=href(&ics_url)>{t("agenda-abonner")}</a>
            " "{t("agenda-abonner-texte")}
        </p>
    }
}
