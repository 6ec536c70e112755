//! The body of both indicator pages (`/indicateurs`, `/admin/indicateurs`): the filter form, a
//! summary sentence, then one section per breakdown — a chart drawn on the server, its table, and the
//! same table as a CSV file. A plain GET form: it works without JavaScript.

use super::bar_chart::BarChart;
use super::coverage::CoverageSections;
use super::epci_figures::EpciFiguresTable;
use crate::components::form_fields::{ErrorSummary, SelectField, TextField};
use crate::domain::journey::url;
use crate::view::indicators::{IndicatorsView, RowView, TableView};
use leptos::prelude::*;

/// The filter, the summary and the tables; `base` is the page's own path.
#[component]
pub fn IndicatorsBody(data: IndicatorsView, base: &'static str) -> impl IntoView {
    let IndicatorsView { fields, errors, epcis, besoins, resume, tables, coverage, epci, public } = data;
    let epci_csv = (!epci.is_empty()).then(|| url(&format!("{base}/intercommunalites.csv"), &fields.0));
    let links = fields.0.clone();
    let any = |label: &str| std::iter::once((String::new(), label.to_owned()));
    let epcis: Vec<_> = any("Toutes les intercommunalités").chain(epcis).collect();
    let besoins: Vec<_> = any("Tous les besoins").chain(besoins).collect();
    view! {
        <form method="get" action=crate::i18n::href(base) class="filter-form" aria-labelledby="filtre-titre">
            <h2 id="filtre-titre">"Choisir la période et le territoire"</h2>
            <ErrorSummary errors=errors.clone() title="Ces indicateurs n’ont pas pu être affichés" intro="Corrigez ces points, puis affichez de nouveau :"/>
            <div class="filter-fields">
                <TextField name="du" label="Du" kind="date" fields=fields.clone() errors=errors.clone() hint="Par exemple 01/01/2026"/>
                <TextField name="au" label="Au" kind="date" fields=fields.clone() errors=errors.clone() hint="Ce jour compris"/>
                <SelectField name="epci" label="Intercommunalité" options=epcis fields=fields.clone() errors=errors.clone()/>
                <SelectField name="besoin" label="Besoin" options=besoins fields=fields errors=errors/>
            </div>
            <button type="submit" class="button">"Afficher"</button>
        </form>
        {resume.map(|r| view! { <p class="indicators-summary">{r}</p> })}
        {public.then(|| view! {
            <p class="hint">"Un nombre de 1 à 4 est écrit « moins de 5 » : une petite valeur pourrait désigner quelqu’un."</p>
        })}
        {tables.into_iter().map(|t| view! { <TableSection table=t base links=links.clone()/> }).collect_view()}
        {coverage.map(|coverage| view! { <CoverageSections coverage base links/> })}
        {epci_csv.map(|csv| view! { <EpciFiguresTable rows=epci csv/> })}
    }
}

#[component]
fn TableSection(table: TableView, base: &'static str, links: Vec<(String, String)>) -> impl IntoView {
    let TableView { code, title, column, rows, total } = table;
    let (heading, labelled_by) = (format!("indicateurs-{code}"), format!("indicateurs-{code}"));
    let (caption, region_label) = (format!("indicateurs-{code}-legende"), format!("indicateurs-{code}-legende"));
    let csv = url(&format!("{base}/{code}.csv"), &links);
    let bars = rows.iter().map(|r| (r.label.clone(), r.bar, r.total.clone())).collect();
    let empty = rows.is_empty();
    view! {
        <section class="indicators-section" aria-labelledby=labelled_by>
            <h2 id=heading>{title.clone()}</h2>
            {(!empty).then(|| view! { <BarChart title=format!("{title} : nombre d’orientations") bars/> })}
            // On a narrow screen the table scrolls sideways: a named region the keyboard can reach.
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_label>
                <table>
                    <caption id=caption>{format!("{title} : orientations, dont celles qui ont trouvé une aide locale et celles sans réponse")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{column}</th>
                            <th scope="col" class="number">"Orientations"</th>
                            <th scope="col" class="number">"Dont une aide locale"</th>
                            <th scope="col" class="number">"Dont aucune réponse"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! { <FigureRow row=r/> }).collect_view()}
                    </tbody>
                    <tfoot><FigureRow row=total/></tfoot>
                </table>
            </div>
            <p><a href=csv download="">{format!("Télécharger « {title} » (CSV)")}</a></p>
        </section>
    }
}

#[component]
fn FigureRow(row: RowView) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{row.label}</th>
            <td class="number">{row.total}</td>
            <td class="number">{row.local}</td>
            <td class="number">{row.aucun}</td>
        </tr>
    }
}
