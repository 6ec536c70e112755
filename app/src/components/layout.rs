//! The frame of every page: skip link, header with the language switcher, main landmark, footer.
//! Inside a partner's frame (`crate::integration`), a lighter one: the partner's site is the
//! person's site there, so no site footer, no update notice, and « Ouvrir en grand » to leave.

use crate::i18n::{self, href, t, Langue};
use leptos::prelude::*;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    if crate::integration::current().is_some() {
        return view! { <FramedLayout>{children()}</FramedLayout> }.into_any();
    }
    view! {
        // Plain anchor: pages are server-rendered (no client router), so the browser moves focus itself.
        <a class="skip-link" href="#contenu">{t("aller-au-contenu")}</a>
        <header class="site-header">
            <a class="site-name" href=href("/")>
                <span class="site-title">{t("site-nom")}</span>
                <span class="site-tagline">{t("site-slogan")}</span>
            </a>
            <LanguageSwitcher/>
            <LanguageProposal/>
        </header>
        <crate::components::update_notice::UpdateNotice/>
        <Main>{children()}</Main>
        <footer class="site-footer">
            <p>{t("pied-intro")}</p>
            <ul class="footer-links">
                <li><a href=href("/agenda")>{t("pied-agenda")}</a></li>
                <li><a href=href("/carte-des-lieux")>{t("pied-carte")}</a></li>
                <li><a href=href("/guide")>{t("pied-guides")}</a></li>
                <li><a href=href("/donnees")>{t("pied-donnees")}</a></li>
                <li><a href=href("/integrer")>{t("pied-integrer")}</a></li>
                <li><a href=href("/indicateurs")>{t("pied-indicateurs")}</a></li>
                <li><a href=href("/confidentialite")>{t("pied-confidentialite")}</a></li>
                <li><a href=href("/accessibilite")>{t("pied-accessibilite")}</a></li>
                <li><a href=crate::routes::admin::HOME>{t("pied-gestion")}</a></li>
            </ul>
            <p>{t("pied-sources")}</p>
        </footer>
    }
    .into_any()
}

/// The page inside a partner's frame: the site's name (the parcours' start, in the frame), the
/// languages, and « Ouvrir en grand », this very page on Aiguillage's own site in place of the
/// partner's.
#[component]
fn FramedLayout(children: Children) -> impl IntoView {
    let full = i18n::langue().href(&this_page());
    view! {
        <a class="skip-link" href="#contenu">{t("aller-au-contenu")}</a>
        <header class="site-header site-header--framed">
            <a class="site-name" href=href("/")>
                <span class="site-title">{t("site-nom")}</span>
            </a>
            <LanguageSwitcher/>
            <a class="open-full" href=full target="_top">
                {t("integre-ouvrir")}<span class="visually-hidden">" "{t("integre-ouvrir-cache")}</span>
            </a>
        </header>
        <Main>{children()}</Main>
        <footer class="site-footer site-footer--framed">
            <p>{t("pied-intro")}" "<a href=href("/confidentialite")>{t("pied-confidentialite")}</a></p>
        </footer>
    }
}

/// The main landmark, with the notice of pages written in French only.
#[component]
fn Main(children: Children) -> impl IntoView {
    view! {
        <main id="contenu" tabindex="-1">
            {if translated(&i18n::current_target().0) {
                children().into_any()
            } else {
                view! { <crate::components::translation::FrenchOnly>{children()}</crate::components::translation::FrenchOnly> }.into_any()
            }}
        </main>
    }
}

/// The pages written in every language: the journey a person follows to the right place (home,
/// steps, result, fiche, counter, a place's page, offline), the agenda, privacy, the accessibility
/// statement and « Signaler une erreur ». The others (guides, open data, indicators, back-office)
/// are French for now, and say so in the page's language.
fn translated(path: &str) -> bool {
    const PAGES: [&str; 9] =
        ["/", "/parcours", "/orientation", "/hors-ligne", "/accessibilite", "/agenda", "/confidentialite", "/signaler", "/signaler/merci"];
    PAGES.contains(&path) || path.starts_with("/guichet/") || path.starts_with("/lieu/")
}

/// This page's path and answers, without a language prefix (« /parcours?besoin=x »), read from the
/// request once per page: each language's link puts its own prefix in front.
fn this_page() -> String {
    let (path, query) = i18n::current_target();
    // The path as typed: « //evil.example/x » would make every switcher link point at another site.
    let path = crate::domain::local_path::squash(&path);
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// Every language, each in its own name and its own `lang`, on every page: a globe and the current
/// language's name at the end of the header (one line, so that on a phone the answer stays on the
/// first screen), opening the list of plain links to the same page and answers. A `<details>`: it
/// works without JavaScript.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = i18n::langue();
    let page = this_page();
    view! {
        <details class="languages-menu">
            <summary>
                <svg class="globe" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/>
                    <path d="M1 8h14M8 1c-4 4-4 10 0 14M8 1c4 4 4 10 0 14" fill="none" stroke="currentColor" stroke-width="1.2"/>
                </svg>
                <span class="visually-hidden">{t("langues-titre")}" : "</span>
                <span lang=current.tag()>{current.native_name()}</span>
            </summary>
            <nav class="languages" aria-label=t("langues-titre")>
                <ul>
                    {Langue::ALL.into_iter().map(|l| {
                        let here = l == current;
                        view! {
                            <li>
                                <a href=crate::integration::within(&l.href(&page)) lang=l.tag() hreflang=l.tag() dir=l.dir() aria-current=here.then_some("true")>{l.native_name()}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        </details>
    }
}

/// When the browser asks for another of our languages: one line, in that language, with the link.
#[component]
fn LanguageProposal() -> impl IntoView {
    i18n::proposed().map(|l| {
        let text = l.tr("langue-proposee", &[("langue", l.native_name().into())]);
        view! {
            <p class="language-proposal" lang=l.tag() dir=l.dir()>
                <a href=crate::integration::within(&l.href(&this_page())) hreflang=l.tag()>{text}</a>
            </p>
        }
    })
}
