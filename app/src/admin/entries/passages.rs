//! The « Passages » section of a service's page: where a tournée or a permanence comes to, and when,
//! with its dated exceptions. Every change is a small form of its own, posted to
//! `/admin/services/{id}/passages` ([`super::post::passages`]) and working without JavaScript.

use crate::components::form_fields::{ChoiceGroup, ErrorSummary, SelectField, TextField, Token};
use crate::domain::passage::DAYS;
use crate::routes::admin as urls;
use crate::view::admin::{PassageRow, PassagesForm};
use leptos::prelude::*;

const DAY_LABELS: [&str; 7] = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"];

fn options(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(v, l)| ((*v).to_owned(), (*l).to_owned())).collect()
}

/// The passages of service `service`, and the forms that change them.
#[component]
pub fn PassagesSection(service: String, form: PassagesForm, jeton: String) -> impl IntoView {
    let PassagesForm { rows, fields: f, errors: e } = form;
    let action = urls::passages(&service);
    let days: Vec<(String, String)> = DAYS.iter().zip(DAY_LABELS).map(|(c, l)| ((*c).to_owned(), l.to_owned())).collect();
    let ranks = options(&[("1", "1re semaine"), ("2", "2e semaine"), ("3", "3e semaine"), ("4", "4e semaine"), ("5", "5e semaine")]);
    let rythmes = options(&[
        ("semaine", "Chaque semaine, ce jour-là"),
        ("mois", "Certaines semaines du mois (par exemple le 1er et le 3e mardi)"),
        ("osm", "Un autre rythme, écrit au format OpenStreetMap"),
    ]);
    let targets: Vec<(String, String)> = rows.iter().map(|r| (r.id.clone(), r.lieu.clone())).collect();
    view! {
        <section aria-labelledby="passages-titre">
            <h2 id="passages-titre">"Passages : tournée, permanences hors les murs"</h2>
            <p>"Les communes où ce service vient, et quand : un bus numérique sur la place du marché, une permanence en mairie. "
               "Une personne qui ne peut pas se déplacer voit d’abord les passages prévus dans sa commune, avec la date du prochain."</p>
            <ErrorSummary errors=e.clone() title="Le passage n’a pas été enregistré"/>
            {if rows.is_empty() {
                view! { <p>"Aucun passage enregistré."</p> }.into_any()
            } else {
                view! {
                    <ul class="passages">
                        {rows.into_iter().map(|row| view! { <PassageItem row action=action.clone() jeton=jeton.clone()/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3 id="passage-ajout">"Ajouter un passage"</h3>
            <form method="post" action=action.clone() class="admin-form" aria-labelledby="passage-ajout">
                <Token jeton=jeton.clone()/>
                <input type="hidden" name="action" value="ajouter"/>
                <TextField name="passage_commune" label="Commune" required=true hint="Son nom ou son code INSEE." fields=f.clone() errors=e.clone()/>
                <TextField name="passage_lieu" label="Lieu" required=true maxlength=120 hint="Exemple : Salle des fêtes, Mairie, Marché" fields=f.clone() errors=e.clone()/>
                <TextField name="passage_adresse" label="Adresse" maxlength=200 hint="Exemple : 2 place de la Mairie" fields=f.clone() errors=e.clone()/>
                <ChoiceGroup name="passage_rythme" legend="Quand" options=rythmes fields=f.clone() errors=e.clone()/>
                <SelectField name="passage_jour" label="Jour de passage" required=true options=days fields=f.clone() errors=e.clone()/>
                <ChoiceGroup name="passage_rangs" legend="Semaines du mois (pour « certaines semaines »)" multiple=true options=ranks fields=f.clone() errors=e.clone()/>
                <TextField name="passage_debut" label="Heure de début" kind="time" required=true hint="Format : 09:00" fields=f.clone() errors=e.clone()/>
                <TextField name="passage_fin" label="Heure de fin" kind="time" required=true hint="Format : 12:00" fields=f.clone() errors=e.clone()/>
                <TextField name="passage_osm" label="Horaires au format OpenStreetMap (pour « un autre rythme »)" maxlength=300
                    hint="Exemple : Tu[1,3] 09:00-12:00 (le 1er et le 3e mardi du mois). Le jour et les heures ci-dessus sont alors ignorés." fields=f.clone() errors=e.clone()/>
                <button type="submit" class="button">"Ajouter le passage"</button>
            </form>
            {(!targets.is_empty()).then(|| view! {
                <h3 id="exception-ajout">"Ajouter une exception"</h3>
                <p>"Un passage annulé (jour férié, congés) ou un passage exceptionnel à une date donnée."</p>
                <form method="post" action=action.clone() class="admin-form" aria-labelledby="exception-ajout">
                    <Token jeton=jeton.clone()/>
                    <input type="hidden" name="action" value="exception"/>
                    <SelectField name="exception_passage" label="Passage" required=true options=targets fields=f.clone() errors=e.clone()/>
                    <TextField name="exception_date" label="Date" kind="date" required=true hint="Format : JJ/MM/AAAA" fields=f.clone() errors=e.clone()/>
                    <ChoiceGroup name="exception_sorte" legend="Ce jour-là"
                        options=options(&[("annule", "Pas de passage"), ("ajout", "Un passage exceptionnel, aux heures ci-dessous")]) fields=f.clone() errors=e.clone()/>
                    <TextField name="exception_debut" label="Heure de début (passage exceptionnel)" kind="time" required=true hint="Ignorée pour un passage annulé. Format : 14:00" fields=f.clone() errors=e.clone()/>
                    <TextField name="exception_fin" label="Heure de fin (passage exceptionnel)" kind="time" required=true hint="Ignorée pour un passage annulé. Format : 16:00" fields=f.clone() errors=e.clone()/>
                    <button type="submit" class="button">"Ajouter l’exception"</button>
                </form>
            })}
        </section>
    }
}

/// One passage: where, when, its exceptions, and a button for each removal.
#[component]
fn PassageItem(row: PassageRow, action: String, jeton: String) -> impl IntoView {
    let PassageRow { id, lieu, regle, exceptions } = row;
    view! {
        <li class="passage">
            <p><strong>{lieu.clone()}</strong>" : "{regle}</p>
            {(!exceptions.is_empty()).then(|| view! {
                <ul>
                    {exceptions.into_iter().map(|(date, said)| view! {
                        <li>
                            {said.clone()}" "
                            <form method="post" action=action.clone() class="inline-form">
                                <Token jeton=jeton.clone()/>
                                <input type="hidden" name="action" value="retirer-exception"/>
                                <input type="hidden" name="passage" value=id.clone()/>
                                <input type="hidden" name="date" value=date/>
                                <button type="submit" class="button button--secondary">"Retirer"<span class="visually-hidden">{format!(" : {said}, {lieu}")}</span></button>
                            </form>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            <form method="post" action=action.clone() class="inline-form">
                <Token jeton=jeton.clone()/>
                <input type="hidden" name="action" value="supprimer"/>
                <input type="hidden" name="passage" value=id.clone()/>
                <button type="submit" class="button button--secondary">"Supprimer ce passage"<span class="visually-hidden">{format!(" : {lieu}")}</span></button>
            </form>
        </li>
    }
}
