//! `/admin/services/{id}` (`nouveau?structure=…`: a new one): a service's edit form; its posts in
//! [`super::post`].

use super::passages::PassagesSection;
use super::structure::ArchiveSection;
use crate::admin::dashboard::EntryList;
use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, param, query};
use crate::components::form_fields::{standard_options, ChoiceGroup, ErrorSummary, HoursFields, TextField, Token};
use crate::domain::edit::EntityKind;
use crate::domain::taxonomy::{AccessMode, Accompaniment, Fee, Itinerance, Public, ServiceKind, SpecificSupport};
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::EditForm;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/services/{id}` (or `nouveau?structure=…`): what a structure offers, to whom, where.
#[component]
pub fn ServicePage() -> impl IntoView {
    let id = Some(param("id")).filter(|id| id != EntityKind::Service.new_word());
    let data = get_service_form(id, query("structure"), query("enregistre").is_some());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(form) => view! { <ServiceView form/> }.into_any(),
        }
    })
}

fn zones() -> Vec<(String, String)> {
    [
        ("communes", "Certaines communes"),
        ("epci", "Une ou plusieurs intercommunalités"),
        ("departement", "Tout le département de l’Ain"),
        ("national", "Partout en France (à distance)"),
    ]
    .into_iter()
    .map(|(v, l)| (v.to_owned(), l.to_owned()))
    .collect()
}

#[component]
fn ServiceView(form: EditForm) -> impl IntoView {
    let EditForm { frame, id, titre, parent, fields, errors, archived, children, saved, passages, .. } = form;
    let jeton = frame.jeton.clone();
    let admin = frame.admin;
    let (structure_id, structure_nom) = parent.unwrap_or_default();
    let action = urls::save(EntityKind::Service, id.as_deref().unwrap_or(EntityKind::Service.new_word()));
    let prefix = if errors.is_empty() { "" } else { "Erreur : " };
    let (f, e) = (fields, errors);
    view! {
        <Title text=format!("{prefix}{titre} – Espace de gestion – Aiguillage")/>
        <AdminNav frame/>
        <p class="breadcrumb">
            <a href=urls::HOME>"Mes fiches"</a>" › "<a href=urls::entry(EntityKind::Structure, &structure_id)>{structure_nom}</a>" › "{titre.clone()}
        </p>
        <h1>{titre.clone()}</h1>
        {archived.then(|| view! { <p class="entry-state"><span class="badge">"Archivé : invisible du public"</span></p> })}
        <SavedNotice saved/>
        <ErrorSummary errors=e.clone()/>
        <form method="post" action=action class="admin-form">
            <Token jeton=jeton.clone()/>
            <input type="hidden" name="structure" value=structure_id.clone()/>
            <TextField name="nom" label="Nom du service" required=true maxlength=150 hint="Exemple : Aide aux démarches en ligne" fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="services" legend="Aides proposées (au moins une)" multiple=true
                options=standard_options(ServiceKind::ALL, ServiceKind::label, ServiceKind::plain) fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="publics" legend="Publics accueillis en particulier" multiple=true hint="Rien de coché : tout le monde."
                options=standard_options(Public::ALL, Public::label, Public::plain) fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="prise_en_charge" legend="Accompagnements adaptés" multiple=true
                options=standard_options(SpecificSupport::ALL, SpecificSupport::label, SpecificSupport::plain) fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="frais" legend="Frais" multiple=true
                options=standard_options(Fee::ALL, Fee::label, Fee::plain) fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="modalites_acces" legend="Comment venir ou prendre contact" multiple=true
                options=standard_options(AccessMode::ALL, AccessMode::label, AccessMode::plain) fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="modalites_accompagnement" legend="Comment la personne est aidée" multiple=true
                options=standard_options(Accompaniment::ALL, Accompaniment::label, Accompaniment::plain) fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="itinerance" legend="Lieu fixe ou itinérant" multiple=true
                options=standard_options(Itinerance::ALL, Itinerance::label, Itinerance::plain) fields=f.clone() errors=e.clone()/>
            <div class="radio">
                <input type="checkbox" name="a_domicile" id="a_domicile" value="oui" checked=f.get("a_domicile") == "oui"/>
                <label for="a_domicile">"Se déplace au domicile des personnes"</label>
            </div>
            <ChoiceGroup name="zone" legend="Pour qui habite où" options=zones() fields=f.clone() errors=e.clone()/>
            <TextField name="zone_codes" label="Codes de la zone" hint="Pour des communes : leurs codes INSEE ; pour des intercommunalités : leurs numéros SIREN. Séparés par des virgules."
                fields=f.clone() errors=e.clone()/>
            <TextField name="telephone" label="Téléphone du service" kind="tel" hint="Laissez vide pour celui de la structure." fields=f.clone() errors=e.clone()/>
            <HoursFields fields=f.clone() errors=e.clone() hint="Laissez tout vide pour reprendre les horaires de la structure."/>
            <button type="submit" class="button">"Enregistrer"</button>
        </form>
        {id.map(|id| view! {
            <section aria-labelledby="seances-titre">
                <h2 id="seances-titre">"Séances (ateliers, conférences, permanences)"</h2>
                {if children.is_empty() {
                    view! { <p>"Aucune séance programmée."</p> }.into_any()
                } else {
                    view! { <EntryList rows=children kind=EntityKind::Seance/> }.into_any()
                }}
                <p><a class="button button--secondary" href=urls::new_seance(&id)>"Ajouter une séance"</a></p>
            </section>
            {passages.map(|form| view! { <PassagesSection service=id.clone() form jeton=jeton.clone()/> })}
            <ArchiveSection kind=EntityKind::Service id=id.clone() archived jeton=jeton.clone() admin/>
        })}
    }
}

/// A service's edit form (no id: a new service of `structure`).
#[server(endpoint = "admin/service", input = GetUrl)]
pub async fn get_service_form(id: Option<String>, structure: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    crate::admin::entries::data::service_form(id, structure, saved).await
}
