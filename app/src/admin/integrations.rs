//! `/admin/sites-partenaires` (coordinators): the partner sites allowed to frame the parcours
//! (`domain::integration`). Those of the server's configuration are shown and cannot be removed
//! here; coordinators add others with their key and their sites' origins, and remove them: the
//! framed pages of a removed site are refused from the next request.

#[cfg(feature = "ssr")]
pub mod post;

use crate::admin::frame::{AdminNav, SavedNotice};
use crate::admin::page::{failure, query, timestamp};
use crate::components::form_fields::{ErrorSummary, TextField, Token};
use crate::error::AppError;
use crate::routes::admin as urls;
use crate::view::admin::{IntegrationRow, IntegrationsView};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

/// The refused form's flash key.
pub const FORM: &str = "sites-partenaires";

#[component]
pub fn IntegrationsPage() -> impl IntoView {
    let data = get_integrations(query("enregistre").is_some());
    Suspend::new(async move {
        match data.await {
            Err(e) => failure(e),
            Ok(IntegrationsView { frame, rows, fields, errors, saved }) => {
                let jeton = frame.jeton.clone();
                let prefix = if errors.is_empty() { "" } else { "Erreur : " };
                view! {
                    <Title text=format!("{prefix}Sites partenaires – Espace de gestion – Aiguillage")/>
                    <AdminNav frame/>
                    <h1>"Sites partenaires"</h1>
                    <SavedNotice saved/>
                    <p>
                        "Ces sites peuvent montrer le parcours dans leurs pages (une mairie, une intercommunalité, un PIJ…). "
                        "Leur webmestre prépare le code sur "<a href="/integrer">"la page « Intégrer le parcours »"</a>
                        " avec la clé donnée ici. Aucun autre site ne peut l’afficher."
                    </p>
                    <ErrorSummary errors=errors.clone() title="Aucun site n’a été ajouté"/>
                    <Rows rows jeton=jeton.clone()/>
                    <section aria-labelledby="ajouter-titre">
                        <h2 id="ajouter-titre">"Autoriser un site"</h2>
                        <form method="post" action=urls::INTEGRATION_ADD class="admin-form admin-form--narrow">
                            <Token jeton/>
                            <TextField name="cle" label="Clé" required=true maxlength=40 fields=fields.clone() errors=errors.clone()
                                hint="Un nom court, en minuscules sans accent, chiffres ou tirets : « nantua », « pij-oyonnax ». Il paraît dans l’adresse du parcours intégré et dans les indicateurs."/>
                            <TextField name="origines" label="Adresse du site" required=true maxlength=2000 fields errors
                                hint="Par exemple https://www.nantua.fr ; plusieurs, séparées par des espaces (avec et sans www)."/>
                            <button type="submit" class="button">"Autoriser ce site"</button>
                        </form>
                    </section>
                }
                .into_any()
            }
        }
    })
}

#[component]
fn Rows(rows: Vec<IntegrationRow>, jeton: String) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p>"Aucun site partenaire pour l’instant."</p> }.into_any();
    }
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="sites-legende">
        <table>
            <caption id="sites-legende">"Sites autorisés à montrer le parcours"</caption>
            <thead><tr><th scope="col">"Clé"</th><th scope="col">"Sites"</th><th scope="col">"Autorisé par"</th><th scope="col">"Action"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let by = match (&r.ajoute_par, &r.ajoute_le) {
                        (Some(who), Some(when)) => format!("{who}, le {}", timestamp(when)),
                        _ => "La configuration du serveur".to_owned(),
                    };
                    let action = r.ajoute_par.is_some().then(|| {
                        let cle = r.cle.clone();
                        view! {
                            <form method="post" action=urls::INTEGRATION_REMOVE>
                                <Token jeton=jeton.clone()/>
                                <input type="hidden" name="cle" value=cle.clone()/>
                                <button type="submit" class="button button--secondary">"Retirer"<span class="visually-hidden">{format!(" le site {cle}")}</span></button>
                            </form>
                        }
                    });
                    view! {
                        <tr>
                            <th scope="row"><code>{r.cle}</code></th>
                            <td>{r.origines.join(" ")}</td>
                            <td>{by}</td>
                            <td>{action}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
    .into_any()
}

#[server(endpoint = "admin/sites-partenaires", input = GetUrl)]
pub async fn get_integrations(saved: bool) -> Result<IntegrationsView, AppError> {
    use crate::admin::session::{admin_session, flash, frame};
    let (services, session) = admin_session().await?;
    let (fields, errors) = flash(&services, &session, FORM).await?.unwrap_or_default();
    let configured = services.integrations.all().iter().map(|i| IntegrationRow {
        cle: i.cle.clone(),
        origines: i.origines.clone(),
        ajoute_par: None,
        ajoute_le: None,
    });
    let listed =
        services.repo.integrations().await?.into_iter().filter(|l| services.integrations.get(&l.integration.cle).is_none()).map(|l| {
            IntegrationRow {
                cle: l.integration.cle,
                origines: l.integration.origines,
                ajoute_par: Some(l.ajoute_par),
                ajoute_le: Some(l.ajoute_le),
            }
        });
    Ok(IntegrationsView { frame: frame(&services, &session).await?, rows: configured.chain(listed).collect(), fields, errors, saved })
}
