//! `/admin/seances/{id}` (`nouvelle?service=…`: a new one): a séance's edit form; its posts in
//! [`super::post`].

use super::structure::ArchiveSection;
use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, param, query};
use crate::components::form_fields::{ChoiceGroup, ErrorSummary, TextArea, TextField, Token};
use crate::domain::edit::EntityKind;
use crate::domain::seance::SeancePublic;
use crate::domain::taxonomy::ServiceKind;
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::EditForm;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/seances/{id}` (or `nouvelle?service=…`): one dated session, shown on `/agenda`.
#[component]
pub fn SeancePage() -> impl IntoView {
    let id = Some(param("id")).filter(|id| id != EntityKind::Seance.new_word());
    let data = get_seance_form(id, query("service"), query("enregistre").is_some());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(form) => view! { <SeanceView form/> }.into_any(),
        }
    })
}

#[component]
fn SeanceView(form: EditForm) -> impl IntoView {
    let EditForm { frame, id, titre, parent, fields, errors, archived, saved, .. } = form;
    let jeton = frame.jeton.clone();
    let admin = frame.admin;
    let (service_id, service_nom) = parent.unwrap_or_default();
    let action = urls::save(EntityKind::Seance, id.as_deref().unwrap_or(EntityKind::Seance.new_word()));
    let prefix = if errors.is_empty() { "" } else { "Erreur : " };
    let publics = SeancePublic::ALL.iter().map(|p| (p.code().to_owned(), p.label().to_owned())).collect();
    let themes = ServiceKind::ALL.iter().map(|k| (k.label().to_owned(), k.plain().to_owned())).collect();
    let (f, e) = (fields, errors);
    view! {
        <Title text=format!("{prefix}{titre} – Espace de gestion – Aiguillage")/>
        <AdminNav frame/>
        <p class="breadcrumb">
            <a href=urls::HOME>"Mes fiches"</a>" › "<a href=urls::entry(EntityKind::Service, &service_id)>{service_nom}</a>" › "{titre.clone()}
        </p>
        <h1>{titre.clone()}</h1>
        {archived.then(|| view! { <p class="entry-state"><span class="badge">"Archivée : invisible du public"</span></p> })}
        <SavedNotice saved/>
        <ErrorSummary errors=e.clone()/>
        <form method="post" action=action class="admin-form">
            <Token jeton=jeton.clone()/>
            <input type="hidden" name="service" value=service_id/>
            <TextField name="titre" label="Titre" required=true maxlength=120 hint="Exemple : Les écrans et nos enfants, parlons-en" fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="public" legend="Pour qui" options=publics fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="theme" legend="Thème" options=themes fields=f.clone() errors=e.clone()/>
            <TextField name="date" label="Date" kind="date" required=true hint="Format : JJ/MM/AAAA" fields=f.clone() errors=e.clone()/>
            <TextField name="debut" label="Heure de début" kind="time" required=true hint="Format : 14:00" fields=f.clone() errors=e.clone()/>
            <TextField name="fin" label="Heure de fin" kind="time" required=true hint="Format : 16:00" fields=f.clone() errors=e.clone()/>
            <TextField name="lieu" label="Lieu" required=true maxlength=200 hint="Exemple : Médiathèque, 2 place de la Mairie" fields=f.clone() errors=e.clone()/>
            <TextField name="commune" label="Commune" required=true hint="Son nom ou son code INSEE." fields=f.clone() errors=e.clone()/>
            <TextField name="capacite" label="Nombre de places" hint="Laissez vide si ce n’est pas limité." fields=f.clone() errors=e.clone()/>
            <TextField name="inscription" label="Comment s’inscrire" required=true maxlength=300 hint="Exemple : Sur inscription au 04 74 00 00 00, ou « Entrée libre »" fields=f.clone() errors=e.clone()/>
            <TextArea name="description" label="Description" maxlength=1000 fields=f.clone() errors=e.clone()/>
            <button type="submit" class="button">"Enregistrer"</button>
        </form>
        {id.map(|id| view! {
            <p><a href=format!("/agenda/{id}.ics")>"Télécharger cette séance pour un agenda (.ics)"</a></p>
            <ArchiveSection kind=EntityKind::Seance id archived jeton admin/>
        })}
    }
}

/// A séance's edit form (no id: a new séance of `service`).
#[server(endpoint = "admin/seance", input = GetUrl)]
pub async fn get_seance_form(id: Option<String>, service: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    crate::admin::entries::data::seance_form(id, service, saved).await
}
