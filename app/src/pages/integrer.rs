//! `/integrer`: what a mairie's, an EPCI's, a PIJ's or Mednum01's webmaster needs to show the
//! parcours on their own site: the choices (their key, a commune, a need, the language, the counter
//! mode for a mairie's intranet), a preview in a frame, and the snippet to paste. A GET form: it works
//! without JavaScript, and the address of the page is the partner's choices.

use crate::components::problem::ProblemPage;
use crate::domain::integration::EmbedView;
use crate::domain::langue::Langue;
use crate::error::AppError;
use crate::pages::query_pairs;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

#[server(endpoint = "integrer", input = GetUrl)]
pub async fn get_embed(pairs: Vec<(String, String)>) -> Result<EmbedView, AppError> {
    let services = crate::ssr::state::AppState::from_context()?;
    Ok(crate::ssr::integration::view(&services, &pairs).await?)
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let data = get_embed(query_pairs());
    Suspend::new(async move {
        match data.await {
            Ok(view) => view! { <Embed view/> }.into_any(),
            Err(error) => view! { <ProblemPage error/> }.into_any(),
        }
    })
}

#[component]
fn Embed(view: EmbedView) -> impl IntoView {
    let error = |field: &str| view.erreurs.iter().find(|(f, _)| f == field).map(|(_, m)| m.clone());
    let title = if view.erreurs.is_empty() {
        "Intégrer le parcours à votre site".to_owned()
    } else {
        "Erreur : Intégrer le parcours à votre site".to_owned()
    };
    let none_allowed = view.integrations.is_empty();
    let cle = view.cle.clone().unwrap_or_default();
    let besoin = view.preset.besoin.clone().unwrap_or_default();
    let langue = view.preset.langue;
    view! {
        <Title text=crate::i18n::page_title(&title)/>
        <h1>"Intégrer le parcours à votre site"</h1>
        <p class="lead">
            "Une mairie, une intercommunalité, un point information jeunesse ou un acteur de la médiation numérique peut montrer le parcours "
            "d’Aiguillage dans une page de son site. La personne y trouve l’aide qu’il lui faut sans quitter votre site ; la réponse donne "
            "« Ouvrir en grand » pour la garder ou l’imprimer."
        </p>
        <ul>
            <li>"Aucun cookie, aucun traceur : votre site n’apprend rien de la personne, et nous seulement le nombre d’orientations."</li>
            <li>"Le parcours fonctionne sans JavaScript, dans les six langues du site, et reste accessible au clavier et aux lecteurs d’écran."</li>
            <li>"Seuls les sites que la coordination départementale a autorisés peuvent l’afficher : demandez une clé en donnant l’adresse de votre site."</li>
        </ul>
        {none_allowed.then(|| view! {
            <p class="notice">"Aucun site partenaire n’est encore autorisé. La coordination ajoute les sites dans la configuration (AIGUILLAGE_INTEGRATIONS)."</p>
        })}
        <form method="get" action="/integrer" class="filters" aria-labelledby="integrer-choix">
            <h2 id="integrer-choix">"Vos choix"</h2>
            <TextField name="cle" label="Clé de votre site" hint="Donnée par la coordination, par exemple « nantua »." value=cle error=error("cle")/>
            <TextField
                name="commune"
                label="Commune (facultatif)"
                hint="Le parcours commence avec cette commune : celle de votre mairie. Nom, code postal ou code INSEE."
                value=view.commune_texte.clone()
                error=error("commune")
            />
            <div class="field" class:field--error=error("besoin").is_some()>
                <label class="field-label" for="besoin">"Besoin (facultatif)"</label>
                <Message field="besoin" error=error("besoin")/>
                <select class="input" id="besoin" name="besoin" aria-describedby=error("besoin").map(|_| "besoin-erreur")>
                    <option value="" selected=besoin.is_empty()>"Laisser la personne choisir"</option>
                    {view.besoins.iter().map(|(id, titre)| view! { <option value=id.clone() selected=*id == besoin>{titre.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field-label" for="langue">"Langue"</label>
                <select class="input" id="langue" name="langue">
                    {Langue::ALL.into_iter().map(|l| view! { <option value=l.code() lang=l.tag() selected=l == langue>{l.native_name()}</option> }).collect_view()}
                </select>
            </div>
            <div class="radio">
                <input type="checkbox" id="guichet" name="guichet" value="1" checked=view.preset.guichet/>
                <label for="guichet">"Mode guichet, pour l’intranet d’une mairie (avec la commune)"</label>
            </div>
            <button class="button" type="submit">"Préparer le code"</button>
        </form>
        {view.extrait.clone().zip(view.chemin.clone()).map(|(extrait, chemin)| view! { <Snippet extrait chemin/> })}
    }
}

/// The snippet to paste, and the parcours as it will look in the partner's page.
#[component]
fn Snippet(extrait: String, chemin: String) -> impl IntoView {
    view! {
        <section aria-labelledby="integrer-code">
            <h2 id="integrer-code">"Le code à coller dans votre page"</h2>
            <p>"Collez-le là où le parcours doit paraître. Vous pouvez changer sa hauteur (height) et son titre (title), qui le nomme pour les lecteurs d’écran."</p>
            <pre class="snippet"><code>{extrait}</code></pre>
            <h2 id="integrer-apercu">"Aperçu"</h2>
            <iframe class="embed-preview" src=chemin title="Aperçu du parcours intégré"></iframe>
        </section>
    }
}

#[component]
fn TextField(name: &'static str, label: &'static str, hint: &'static str, value: String, error: Option<String>) -> impl IntoView {
    let described = if error.is_some() { format!("{name}-aide {name}-erreur") } else { format!("{name}-aide") };
    view! {
        <div class="field" class:field--error=error.is_some()>
            <label class="field-label" for=name>{label}</label>
            <p class="field-hint" id=format!("{name}-aide")>{hint}</p>
            <Message field=name error=error.clone()/>
            <input class="input" type="text" id=name name=name value=value aria-invalid=error.is_some().then_some("true") aria-describedby=described/>
        </div>
    }
}

#[component]
fn Message(field: &'static str, error: Option<String>) -> impl IntoView {
    error.map(|e| view! { <p class="field-message" id=format!("{field}-erreur")><span class="visually-hidden">"Erreur : "</span>{e}</p> })
}
