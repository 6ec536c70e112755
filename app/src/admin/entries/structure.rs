//! `/admin/structures/{id}` (`nouvelle`: a new one): a structure's edit form; its posts in
//! [`super::post`].

use crate::admin::dashboard::EntryList;
use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, param, query};
use crate::components::form_fields::{standard_options, ChoiceGroup, ErrorSummary, HoursFields, TextField, Token};
use crate::domain::edit::EntityKind;
use crate::domain::taxonomy::Programme;
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::EditForm;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// `/admin/structures/{id}` (or `nouvelle`): a structure's entry, its services, its state.
#[component]
pub fn StructurePage() -> impl IntoView {
    let id = Some(param("id")).filter(|id| id != EntityKind::Structure.new_word());
    let data = get_structure_form(id, query("enregistre").is_some());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(form) => view! { <StructureView form/> }.into_any(),
        }
    })
}

#[component]
fn StructureView(form: EditForm) -> impl IntoView {
    let EditForm { frame, id, titre, fields, errors, archived, a_verifier, date_maj, children, saved, .. } = form;
    let jeton = frame.jeton.clone();
    let admin = frame.admin;
    let action = urls::save(EntityKind::Structure, id.as_deref().unwrap_or(EntityKind::Structure.new_word()));
    let prefix = if errors.is_empty() { "" } else { "Erreur : " };
    let (f, e) = (fields, errors);
    view! {
        <Title text=format!("{prefix}{titre} – Espace de gestion – Aiguillage")/>
        <AdminNav frame/>
        <p class="breadcrumb"><a href=urls::HOME>"Mes fiches"</a>" › "{titre.clone()}</p>
        <h1>{titre.clone()}</h1>
        <EntryState archived a_verifier date_maj/>
        <SavedNotice saved/>
        <ErrorSummary errors=e.clone()/>
        <form method="post" action=action class="admin-form">
            <Token jeton=jeton.clone()/>
            <TextField name="nom" label="Nom de la structure" required=true maxlength=150 fields=f.clone() errors=e.clone()/>
            <TextField name="adresse" label="Adresse (numéro et voie)" autocomplete="street-address" maxlength=200 fields=f.clone() errors=e.clone()/>
            <TextField name="code_postal" label="Code postal" autocomplete="postal-code" maxlength=5 fields=f.clone() errors=e.clone()/>
            <TextField name="commune" label="Commune" hint="Son nom ou son code INSEE (exemple : 01053 pour Bourg-en-Bresse)." fields=f.clone() errors=e.clone()/>
            <TextField name="telephone" label="Téléphone" kind="tel" autocomplete="tel" hint="Exemple : 04 74 00 00 00" fields=f.clone() errors=e.clone()/>
            <TextField name="courriel" label="Courriel de contact" kind="email" hint="Une adresse générique (accueil@…), pas celle d’une personne." fields=f.clone() errors=e.clone()/>
            <TextField name="site_web" label="Site internet" kind="url" hint="Commence par https://" fields=f.clone() errors=e.clone()/>
            <TextField name="prise_rdv" label="Prendre rendez-vous en ligne" kind="url" hint="Le lien de la page de rendez-vous, commence par https://" fields=f.clone() errors=e.clone()/>
            <ChoiceGroup name="dispositifs" legend="Labels et dispositifs nationaux" multiple=true
                options=standard_options(Programme::ALL, Programme::label, Programme::plain) fields=f.clone() errors=e.clone()/>
            <HoursFields fields=f.clone() errors=e.clone()/>
            <div class="radio">
                <input type="checkbox" name="verifie" id="verifie" value="oui"/>
                <label for="verifie">"J’ai vérifié toute la fiche : elle est juste aujourd’hui"</label>
            </div>
            <button type="submit" class="button">"Enregistrer"</button>
        </form>
        {id.map(|id| view! {
            <section aria-labelledby="verifier-titre">
                <h2 id="verifier-titre">"Confirmer sans rien changer"</h2>
                <form method="post" action=urls::verify(&id)>
                    <Token jeton=jeton.clone()/>
                    <button type="submit" class="button button--secondary">"Tout est juste : confirmer aujourd’hui"</button>
                </form>
            </section>
            <section aria-labelledby="services-titre">
                <h2 id="services-titre">"Services proposés"</h2>
                {if children.is_empty() {
                    view! { <p>"Aucun service pour l’instant : ajoutez ce que la structure propose."</p> }.into_any()
                } else {
                    view! { <EntryList rows=children kind=EntityKind::Service/> }.into_any()
                }}
                <p><a class="button button--secondary" href=urls::new_service(&id)>"Ajouter un service"</a></p>
            </section>
            <ArchiveSection kind=EntityKind::Structure id=id.clone() archived jeton=jeton.clone() admin/>
        })}
    }
}

/// Archived, « à vérifier », or « vérifié le », in words.
#[component]
pub fn EntryState(archived: bool, a_verifier: bool, date_maj: Option<String>) -> impl IntoView {
    view! {
        <p class="entry-state">
            {archived.then(|| view! { <span class="badge">"Archivée : invisible du public"</span>" " })}
            {if a_verifier {
                view! { <span class="badge badge--warn">"Informations à vérifier"</span> }.into_any()
            } else {
                date_maj.map(|d| format!("Vérifiée le {}", crate::domain::result::french_date(&d))).into_any()
            }}
        </p>
    }
}

/// Archive (hide from the public, reversibly) or bring back; and the history link for admins.
#[component]
pub fn ArchiveSection(kind: EntityKind, id: String, archived: bool, jeton: String, admin: bool) -> impl IntoView {
    let (label, explain) = if archived {
        ("Remettre en ligne", "Cette fiche est archivée : le public ne la voit plus. Vous pouvez la remettre en ligne.")
    } else {
        ("Archiver", "Archiver retire la fiche des pages publiques. Rien n’est effacé : elle peut être remise en ligne.")
    };
    view! {
        <section aria-labelledby="archive-titre">
            <h2 id="archive-titre">{if archived { "Fiche archivée" } else { "Retirer du public" }}</h2>
            <p>{explain}</p>
            <form method="post" action=urls::archive(kind, &id, !archived)>
                <Token jeton/>
                <button type="submit" class="button button--secondary">{label}</button>
            </form>
            {admin.then(|| view! { <p><a href=urls::history(kind, &id)>"Historique des modifications"</a></p> })}
        </section>
    }
}

/// A structure's edit form (no id: a new structure, admins only).
#[server(endpoint = "admin/structure", input = GetUrl)]
pub async fn get_structure_form(id: Option<String>, saved: bool) -> Result<EditForm, AppError> {
    crate::admin::entries::data::structure_form(id, saved).await
}
