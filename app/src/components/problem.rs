//! The one French problem page: what went wrong and a way on. The Leptos routes render it as
//! [`ProblemPage`] (status set on the response); the form handlers, which answer outside the router,
//! send the same body in a small document ([`problem_document`]), escaped by the same renderer.

use crate::error::AppError;
use leptos::prelude::*;
use leptos_meta::Title;

/// A page that explains what went wrong and offers a way on. Sets the HTTP status on the server, so
/// that a tampered link is a 400 and not a « 200 with an error in it ».
#[component]
pub fn ProblemPage(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::from_u16(error.status()).unwrap_or(axum::http::StatusCode::BAD_REQUEST));
    }
    use crate::i18n::{href, page_title, t};
    let heading = t(match error {
        AppError::BadRequest(_) => "erreur-adresse",
        AppError::NotFound => "erreur-introuvable",
        AppError::Unauthorized => "erreur-connexion",
        AppError::Forbidden | AppError::PasswordToChange | AppError::SecondFactorToSet => "erreur-refuse",
        AppError::Internal => "erreur-probleme",
        AppError::Gone(_) => "erreur-expire",
    });
    // The messages the page's language has; the others (the back-office's) are French.
    let message = match &error {
        AppError::NotFound => t("erreur-introuvable-texte"),
        AppError::Internal => t("erreur-probleme-texte"),
        other => other.to_string(),
    };
    view! {
        <Title text=page_title(&heading)/>
        <ProblemBody heading=heading message link=(href("/"), t("recommencer-accueil"))/>
    }
}

/// The heading, the message and the way on (`(href, words)`).
#[component]
pub fn ProblemBody(heading: String, message: String, link: (String, String)) -> impl IntoView {
    view! {
        <h1>{heading}</h1>
        <p class="problem-message">{message}</p>
        <p>
            <a class="button" href=link.0>{link.1}</a>
        </p>
    }
}

/// The site's options, for the stylesheet of documents made outside the router; set once at start
/// ([`use_site_options`]).
#[cfg(feature = "ssr")]
static SITE_OPTIONS: std::sync::OnceLock<LeptosOptions> = std::sync::OnceLock::new();

/// Lets [`problem_document`] link the site's stylesheet (its hashed name comes from these options).
/// Called by the server at start; later calls change nothing.
#[cfg(feature = "ssr")]
pub fn use_site_options(options: &LeptosOptions) {
    let _ = SITE_OPTIONS.set(options.clone());
}

/// A whole HTML document around [`ProblemBody`], for responses made outside the router (a refused
/// form): the site's frame and stylesheet, so that it reads like any other page of the site.
#[cfg(feature = "ssr")]
pub fn problem_document(langue: crate::i18n::Langue, heading: &str, message: &str, link: (&str, &str)) -> String {
    // The frame (header, switcher, footer) reads the language from the context, as in a routed page.
    Owner::new().with(|| {
        provide_context(langue);
        document(langue, heading, message, link)
    })
}

#[cfg(feature = "ssr")]
fn document(langue: crate::i18n::Langue, heading: &str, message: &str, link: (&str, &str)) -> String {
    let (heading, message) = (heading.to_owned(), message.to_owned());
    let link = (link.0.to_owned(), link.1.to_owned());
    let title = crate::i18n::page_title(&heading);
    let stylesheet = SITE_OPTIONS.get().cloned().map(|options| view! { <super::bundle::SiteStylesheet options/> });
    let html = view! {
        <html lang=langue.tag() dir=langue.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{title}</title>
                {stylesheet}
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
            </head>
            <body>
                <crate::components::layout::Layout>
                    <ProblemBody heading message link/>
                </crate::components::layout::Layout>
            </body>
        </html>
    }
    .to_html();
    format!("<!DOCTYPE html>{html}")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn a_problem_document_is_a_page_of_the_site_and_escapes_what_it_is_given() {
        let html = super::problem_document(
            crate::i18n::Langue::Fr,
            "Refusé <b>",
            "Rien n’a été modifié & c’est tout.",
            ("/admin?x=\"1\"", "Revenir"),
        );
        assert!(html.starts_with("<!DOCTYPE html><html lang=\"fr\" dir=\"ltr\">"), "{html}");
        assert!(html.contains("class=\"site-header\"") && html.contains("class=\"site-footer\""), "the site's frame: {html}");
        assert!(html.contains("<main id=\"contenu\""), "one main landmark, the skip link's target: {html}");
        assert!(html.contains("<title>Refusé &lt;b&gt; – Aiguillage</title>"), "{html}");
        assert!(html.contains("<h1>Refusé &lt;b&gt;</h1>"), "{html}");
        assert!(html.contains("Rien n’a été modifié &amp; c’est tout."), "{html}");
        assert!(html.contains(r#"href="/admin?x=&quot;1&quot;""#), "{html}");
    }
}

#[cfg(all(test, feature = "ssr"))]
mod stylesheet_tests {
    #[test]
    fn a_problem_document_links_the_site_stylesheet_once_the_options_are_known() {
        let options = leptos::config::LeptosOptions::builder().output_name("aiguillage").site_pkg_dir("pkg").build();
        super::use_site_options(&options);
        let html = super::problem_document(crate::i18n::Langue::Fr, "Refusé", "Rien n’a été modifié.", ("/", "Accueil"));
        assert!(html.contains(r#"rel="stylesheet""#) && html.contains(r#"href="/pkg/aiguillage.css""#), "{html}");
    }
}
