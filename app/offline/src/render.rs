//! The pages the offline engine answers: the parcours' steps, the result, the counter's first step —
//! the same URLs, the same decisions (`domain::journey`) and the same result (`domain::orientation`)
//! as the server, over the snapshot. The worker puts the returned `<main>` into the site's frame.

use crate::html::{self, esc};
use domain::commune_search::CommuneLookup;
use domain::flow::{Flow, NeedDef, Question};
use domain::geo::InseeCode;
use domain::hours::Moment;
use domain::journey::{keys, query_pairs, step_number, url, Journey, Screen, Step};
use domain::orientation::result;
use domain::result_page::{self as words, layout};
use domain::snapshot::Loaded;
use domain::wording;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Page { status: u16, title: String, main: String },
    Redirect(String),
}

impl Answer {
    /// The line format `lib.rs` documents.
    pub fn wire(&self) -> String {
        match self {
            Answer::Redirect(to) => format!("303\n{to}"),
            Answer::Page { status, title, main } => format!("{status}\n{title}\n{main}"),
        }
    }
}

/// Said at the top of every page computed offline: where the answers come from, and how old they are.
fn offline_notice(loaded: &Loaded) -> String {
    format!(
        r#"<p class="offline-notice" role="note">Hors ligne : cette page vient des informations gardées sur cet appareil le {}.</p>"#,
        esc(&loaded.snapshot.donnees_du)
    )
}

fn page(loaded: &Loaded, status: u16, title: String, body: String) -> Answer {
    Answer::Page { status, title: format!("{title} – Aiguillage"), main: format!("{}{body}", offline_notice(loaded)) }
}

/// A link that cannot work: said plainly, with a way to start again (a 400, as online).
fn problem(loaded: &Loaded, message: &str) -> Answer {
    let heading = wording::BAD_LINK;
    let body = format!(
        r#"<h1>{heading}</h1><p class="problem-message">{}</p><p><a class="button" href="/">{}</a></p>"#,
        esc(message),
        wording::RESTART_HOME
    );
    page(loaded, 400, heading.to_owned(), body)
}

pub fn answer(loaded: &Loaded, target: &str, now: &Moment) -> Answer {
    let flow = Flow::shipped();
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if let Some(code) = path.strip_prefix("/guichet/") {
        return guichet(loaded, flow, code);
    }
    let journey = match Journey::from_pairs(flow, &query_pairs(query)) {
        Ok(j) => j,
        Err(e) => return problem(loaded, &e.to_string()),
    };
    if let Some(code) = &journey.demande.commune {
        if loaded.gazetteer.commune(code).is_none() {
            return problem(loaded, &wording::unknown_commune(&code.to_string()));
        }
    }
    match path {
        "/parcours" => parcours(loaded, flow, journey),
        "/orientation" => orientation(loaded, flow, journey, now),
        _ => {
            let body = r#"<h1>Page indisponible hors ligne</h1><p>Cette page n’a pas été gardée sur cet appareil. Le parcours, lui, fonctionne : <a href="/parcours">trouver une aide</a>.</p>"#;
            page(loaded, 404, "Page indisponible hors ligne".into(), body.into())
        }
    }
}

fn step_title(title: &str, number: (usize, usize), error: bool) -> String {
    let prefix = if error { "Erreur : " } else { "" };
    format!("{prefix}{title} – Étape {} sur {}", number.0, number.1)
}

fn restart_link(journey: &Journey) -> String {
    let label = if journey.navigation.guichet { wording::NEW_PERSON } else { wording::RESTART };
    format!(r#"<a href="{}">{label}</a>"#, esc(&journey.restart_url()))
}

fn step_form(action: &str, pairs: &[(String, String)], fields: String, button: &str) -> String {
    format!(
        r#"<form method="get" action="{action}" class="step-form">{}{fields}<button type="submit" class="button">{button}</button></form>"#,
        html::hidden_fields(pairs)
    )
}

fn parcours(loaded: &Loaded, flow: &Flow, journey: Journey) -> Answer {
    match journey.step(flow) {
        Step::Besoin => need_step(loaded, flow, &journey, None),
        Step::Precision { need, missing } => questions(loaded, flow, &journey, need, Screen::Precision, &missing),
        Step::Commune { need } => commune(loaded, flow, &journey, need),
        Step::Comment { need, missing } => questions(loaded, flow, &journey, need, Screen::Comment, &missing),
        Step::Resultat { .. } => Answer::Redirect(url("/orientation", &journey.pairs(flow))),
    }
}

/// The first step: the need (the counter's banner when at a mairie).
fn need_step(loaded: &Loaded, flow: &Flow, journey: &Journey, banner: Option<&str>) -> Answer {
    let number = step_number(None, Screen::Besoin);
    let (title, legend) = match banner {
        Some(_) => (wording::COUNTER_NEED_TITLE, wording::COUNTER_NEED_LEGEND),
        None => (wording::NEED_TITLE, wording::NEED_LEGEND),
    };
    let error = (journey.navigation.soumis == Some(Screen::Besoin)).then_some(wording::NEED_MISSING);
    let mut pairs = journey.pairs(flow);
    pairs.push((keys::ETAPE.into(), Screen::Besoin.slug().into()));
    let form = step_form("/parcours", &pairs, html::need_choices(flow, legend, error, banner.is_some()), wording::CONTINUE);
    let banner = banner.map(|b| format!(r#"<p class="guichet-banner">{}</p>"#, esc(&wording::counter_banner(b)))).unwrap_or_default();
    let body = format!("{banner}{}{form}", html::step_heading(number, title));
    // The counter's page is framed as online (`pages::guichet`), for the same layout.
    let body = if banner.is_empty() { body } else { format!(r#"<div class="guichet">{body}</div>"#) };
    page(loaded, 200, step_title(title, number, error.is_some()), body)
}

/// `/guichet/{insee}`: the counter's first step, its commune preset.
fn guichet(loaded: &Loaded, flow: &Flow, raw: &str) -> Answer {
    let commune = InseeCode::parse(raw).ok().and_then(|code| Some((loaded.gazetteer.commune(&code)?.nom.clone(), code)));
    let Some((name, code)) = commune else {
        let shown: String = raw.chars().take(20).collect();
        return problem(loaded, &wording::unknown_counter(&shown));
    };
    let journey = Journey::at_counter(code);
    need_step(loaded, flow, &journey, Some(&name))
}

/// A screen of questions from the flow (précision or comment), generic as online.
fn questions(loaded: &Loaded, flow: &Flow, journey: &Journey, need: &NeedDef, screen: Screen, missing: &[&Question]) -> Answer {
    let ids = if screen == Screen::Precision { &need.precisions } else { &need.comment };
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let show_errors = journey.navigation.soumis == Some(screen) && !missing.is_empty();
    let (title, action, button) = match screen {
        Screen::Precision => (wording::precision_title(&need.titre), "/parcours", wording::CONTINUE),
        _ => (wording::COMMENT_TITLE.to_owned(), "/orientation", wording::SEE_RESULTS),
    };
    let number = step_number(Some(need), screen);
    let fields: String = ids
        .iter()
        .filter_map(|id| flow.question(id))
        .map(|q| {
            let selected = journey.demande.answers.get(&q.id).cloned().unwrap_or_default();
            let error = (show_errors && missing.iter().any(|m| m.id == q.id)).then_some(wording::ANSWER_MISSING);
            html::question(q, &selected, error)
        })
        .collect();
    let mut pairs = journey.pairs_except(flow, &id_refs);
    pairs.push((keys::ETAPE.into(), screen.slug().into()));
    let change = if screen == Screen::Comment && !journey.navigation.guichet {
        let pairs: Vec<(String, String)> = journey.pairs(flow).into_iter().filter(|(k, _)| k != keys::COMMUNE).collect();
        format!(r#"<a href="{}">{}</a> · "#, esc(&url("/parcours", &pairs)), wording::CHANGE_COMMUNE)
    } else {
        String::new()
    };
    let body = format!(
        r#"{}{}<p class="step-links">{change}{}</p>"#,
        html::step_heading(number, &title),
        step_form(action, &pairs, fields, button),
        restart_link(journey)
    );
    page(loaded, 200, step_title(&title, number, show_errors), body)
}

const COMMUNE_QUESTION: &str = wording::COMMUNE_TITLE;

/// The « Où » step, the typed text resolved as the server does: one commune, on; several, a choice.
fn commune(loaded: &Loaded, flow: &Flow, journey: &Journey, need: &NeedDef) -> Answer {
    let number = step_number(Some(need), Screen::Commune);
    let heading = html::step_heading(number, COMMUNE_QUESTION);
    let pairs = journey.pairs(flow);
    let restart = format!(r#"<p class="step-links">{}</p>"#, restart_link(journey));
    let (texte, error) = match loaded.gazetteer.lookup(journey.navigation.texte.as_deref()) {
        CommuneLookup::Found(hit) => {
            let mut pairs = pairs;
            pairs.push((keys::COMMUNE.into(), hit.code_insee));
            return Answer::Redirect(url("/parcours", &pairs));
        }
        CommuneLookup::Choose { texte, options } => {
            let legend = wording::several_communes(&texte);
            let missing = journey.navigation.choix.then_some(("choix-erreur", wording::COMMUNE_CHOICE_MISSING));
            let choices: String = options.iter().map(html::commune_choice).collect();
            let extra = format!(
                r#"<input type="hidden" name="q" value="{}"><input type="hidden" name="choix" value="1">{}"#,
                esc(&texte),
                html::fieldset(&legend, None, missing, choices)
            );
            let body = format!(
                r#"{heading}{}<p><a href="{}">{}</a></p>"#,
                step_form("/parcours", &pairs, extra, wording::CONTINUE),
                esc(&url("/parcours", &pairs)),
                wording::OTHER_COMMUNE
            );
            return page(loaded, 200, step_title(COMMUNE_QUESTION, number, journey.navigation.choix), body);
        }
        CommuneLookup::Empty => (String::new(), None),
        CommuneLookup::Problem { texte, message } => (texte, Some(message)),
    };
    let form = step_form("/parcours", &pairs, html::commune_field(&texte, error.as_deref()), wording::CONTINUE);
    let body = format!("{heading}<p>{}</p>{form}{restart}", wording::COMMUNE_INTRO);
    page(loaded, 200, step_title(COMMUNE_QUESTION, number, error.is_some()), body)
}

/// The result, computed in the browser; « Données du … » is the snapshot's day.
fn orientation(loaded: &Loaded, flow: &Flow, journey: Journey, now: &Moment) -> Answer {
    if let Some(detour) = journey.result_detour(flow) {
        return Answer::Redirect(detour);
    }
    let r = match result(&loaded.published(), flow, &journey, now, |_| Vec::new()) {
        Ok(r) => r,
        Err(e) => return problem(loaded, &e.to_string()),
    };
    let count = r.cartes.len();
    let title = format!("{} à {} : {count} aide{}", r.besoin_titre, r.commune_nom, if count > 1 { "s" } else { "" });
    let edit = esc(&r.url.replacen("/orientation", "/parcours", 1));
    let answers: String = r.reponses.iter().map(|a| format!("<li>{}</li>", esc(a))).collect();
    let not_local = r.avis.as_ref().map(|a| html::notice(a, count == 0)).unwrap_or_default();
    let next_step = r.avis.as_ref().and_then(|a| a.suite.as_ref()).filter(|_| count > 0).map(html::next_step).unwrap_or_default();
    let page_layout = layout(&r.cartes);
    let shortlist = if count == 0 {
        String::new()
    } else {
        format!(
            r#"<ol class="results">{}</ol>"#,
            page_layout.shortlist.iter().map(|c| format!("<li>{}</li>", html::card(c))).collect::<String>()
        )
    };
    let others = match page_layout.others_count() {
        0 => String::new(),
        n => {
            let groups: String = page_layout
                .others
                .iter()
                .map(|g| {
                    let cards: String = g.cards.iter().map(|c| format!("<li>{}</li>", html::other_place(c))).collect();
                    format!(
                        r#"<h2 class="others-title">{} ({})</h2><ol class="results results--others">{cards}</ol>"#,
                        g.title,
                        g.cards.len()
                    )
                })
                .collect();
            format!(r#"<details class="others"><summary>{}</summary>{groups}</details>"#, words::others_summary(n))
        }
    };
    let seances = if r.besoin == "parentalite" {
        format!(
            r#"<section class="next-seances" aria-labelledby="seances-titre"><h2 id="seances-titre">{}</h2><p>Les séances annoncées s’affichent quand la connexion revient : <a href="{}">agenda des séances pour les parents</a>.</p></section>"#,
            wording::PARENTS_SEANCES,
            esc(&format!("/agenda?commune={}&public=parents", r.commune))
        )
    } else {
        String::new()
    };
    // As online: at the counter, what to keep comes right after the shortlist; elsewhere, at the end.
    let keep =
        format!(r#"<div class="result-keep"><p class="share-url">Adresse de ce résultat : <a href="{0}">{0}</a></p></div>"#, esc(&r.url));
    let (restart, guichet_class, keep_beside, keep_after) = if journey.navigation.guichet {
        let restart = format!(
            // As the server renders `PrintButton` before its script runs: the browser's own print.
            r#"<p class="guichet-actions"><a class="button" href="{}">Nouvelle personne</a><span class="print-hint">Pour imprimer : Ctrl + P</span></p>"#,
            esc(&journey.restart_url())
        );
        (restart, " result-layout--guichet", keep, String::new())
    } else {
        (String::new(), "", String::new(), keep)
    };
    let body = format!(
        r#"{restart}<h1 tabindex="-1">{}</h1><p class="lead">{} <span class="data-date">{}</span></p><div class="answers-bar"><details class="answers"><summary>{}</summary><ul>{answers}</ul></details><a class="answers-edit" href="{edit}">{}<span class="visually-hidden"> mes réponses</span></a></div>{not_local}<div class="result-layout{guichet_class}">{shortlist}{next_step}{keep_beside}{others}</div>{seances}{keep_after}<p class="step-links"><a href="{edit}">{edit_answers}</a> · {}</p>"#,
        esc(&words::heading(&r.besoin_titre)),
        esc(&words::lead(&r.commune_nom, &r.epci_nom)),
        esc(&words::data_date(&r.donnees_du)),
        words::ANSWERS,
        words::EDIT_ANSWERS,
        restart_link(&journey),
        edit_answers = wording::EDIT_ANSWERS,
    );
    page(loaded, 200, title, body)
}

#[cfg(test)]
#[path = "render_tests.rs"]
pub(crate) mod tests;
