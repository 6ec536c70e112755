//! The pages the offline engine answers: the parcours' steps, the result, the counter's first step —
//! the same URLs, the same decisions (`domain::journey`) and the same result (`domain::orientation`)
//! as the server, over the snapshot. The worker puts the returned `<main>` into the site's frame.

use crate::html::{self, esc};
use domain::commune_search::CommuneLookup;
use domain::flow::{Flow, NeedDef, Question};
use domain::geo::InseeCode;
use domain::hours::Moment;
use domain::journey::{keys, query_pairs, step_number, url, Journey, Screen, Step};
use domain::langue::Langue;
use domain::orientation::result;
use domain::result_page::layout;
use domain::snapshot::Loaded;

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
fn offline_notice(loaded: &Loaded, l: Langue) -> String {
    let text = l.tr("hors-ligne-avis", &[("date", (&l.date(&loaded.snapshot.date)).into())]);
    format!(r#"<p class="offline-notice" role="note">{}</p>"#, esc(&text))
}

fn page(loaded: &Loaded, l: Langue, status: u16, title: String, body: String) -> Answer {
    Answer::Page { status, title: l.tr("titre-page", &[("titre", (&title).into())]), main: format!("{}{body}", offline_notice(loaded, l)) }
}

/// A link that cannot work: said plainly, with a way to start again (a 400, as online).
fn problem(loaded: &Loaded, l: Langue, message: &str) -> Answer {
    let heading = l.t("erreur-adresse");
    let body = format!(
        r#"<h1>{}</h1><p class="problem-message">{}</p><p><a class="button" href="{}">{}</a></p>"#,
        esc(&heading),
        esc(message),
        esc(&l.href("/")),
        esc(&l.t("recommencer-accueil"))
    );
    page(loaded, l, 400, heading, body)
}

/// `target` is the page's address, its language prefix included (`/en/parcours?…`): the page answers
/// in that language, as the server would.
pub fn answer(loaded: &Loaded, target: &str, now: &Moment) -> Answer {
    let flow = Flow::shipped();
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (l, path) = Langue::split_path(path);
    if let Some(code) = path.strip_prefix("/guichet/") {
        return guichet(loaded, l, flow, code);
    }
    let journey = match Journey::from_pairs(flow, &query_pairs(query)) {
        Ok(j) => j,
        Err(e) => return problem(loaded, l, &e.message(l)),
    };
    if let Some(code) = &journey.demande.commune {
        if loaded.gazetteer.commune(code).is_none() {
            return problem(loaded, l, &l.tr("commune-inconnue", &[("code", (&code.to_string()).into())]));
        }
    }
    match path {
        "/parcours" => parcours(loaded, l, flow, journey),
        "/orientation" => orientation(loaded, l, flow, journey, now),
        _ => {
            let title = l.t("hors-ligne-indisponible");
            let body = format!(
                r#"<h1>{}</h1><p>{} <a href="{}">{}</a>.</p>"#,
                esc(&title),
                esc(&l.t("hors-ligne-indisponible-texte")),
                esc(&l.href("/parcours")),
                esc(&l.t("hors-ligne-trouver"))
            );
            page(loaded, l, 404, title, body)
        }
    }
}

/// As online (`pages::parcours::page_title`); [`page`] adds the site's name.
fn step_title(l: Langue, title: &str, number: (usize, usize), error: bool) -> String {
    let key = if error { "titre-etape-erreur" } else { "titre-etape" };
    l.tr(key, &[("titre", title.into()), ("numero", number.0.into()), ("total", number.1.into())])
}

fn restart_link(l: Langue, journey: &Journey) -> String {
    let label = l.t(if journey.navigation.guichet { "nouvelle-personne" } else { "recommencer" });
    format!(r#"<a href="{}">{}</a>"#, esc(&l.href(&journey.restart_url())), esc(&label))
}

fn step_form(l: Langue, action: &str, pairs: &[(String, String)], fields: String, button: &str) -> String {
    format!(
        r#"<form method="get" action="{}" class="step-form">{}{fields}<button type="submit" class="button">{}</button></form>"#,
        esc(&l.href(action)),
        html::hidden_fields(pairs),
        esc(&l.t(button))
    )
}

fn parcours(loaded: &Loaded, l: Langue, flow: &Flow, journey: Journey) -> Answer {
    match journey.step(flow) {
        Step::Besoin => need_step(loaded, l, flow, &journey, None),
        Step::Precision { need, missing } => questions(loaded, l, flow, &journey, need, Screen::Precision, &missing),
        Step::Commune { need } => commune(loaded, l, flow, &journey, need),
        Step::Comment { need, missing } => questions(loaded, l, flow, &journey, need, Screen::Comment, &missing),
        Step::Resultat { .. } => Answer::Redirect(l.href(&url("/orientation", &journey.pairs(flow)))),
    }
}

/// The first step: the need (the counter's banner when at a mairie).
fn need_step(loaded: &Loaded, l: Langue, flow: &Flow, journey: &Journey, banner: Option<&str>) -> Answer {
    let number = step_number(None, Screen::Besoin);
    let (title, legend) = match banner {
        Some(_) => (l.t("guichet-besoin-titre"), l.t("guichet-besoin-legende")),
        None => (l.t("besoin-titre"), l.t("besoin-legende")),
    };
    let error = (journey.navigation.soumis == Some(Screen::Besoin)).then(|| l.t("besoin-manquant"));
    let mut pairs = journey.pairs(flow);
    pairs.push((keys::ETAPE.into(), Screen::Besoin.slug().into()));
    let choices = html::need_choices(l, flow, &legend, error.as_deref(), banner.is_some());
    let form = step_form(l, "/parcours", &pairs, choices, "continuer");
    let banner = banner
        .map(|b| format!(r#"<p class="guichet-banner">{}</p>"#, esc(&l.tr("guichet-bandeau", &[("commune", b.into())]))))
        .unwrap_or_default();
    let body = format!("{banner}{}{form}", html::step_heading(l, number, &title));
    // The counter's page is framed as online (`pages::guichet`), for the same layout.
    let body = if banner.is_empty() { body } else { format!(r#"<div class="guichet">{body}</div>"#) };
    page(loaded, l, 200, step_title(l, &title, number, error.is_some()), body)
}

/// `/guichet/{insee}`: the counter's first step, its commune preset.
fn guichet(loaded: &Loaded, l: Langue, flow: &Flow, raw: &str) -> Answer {
    let commune = InseeCode::parse(raw).ok().and_then(|code| Some((loaded.gazetteer.commune(&code)?.nom.clone(), code)));
    let Some((name, code)) = commune else {
        let shown: String = raw.chars().take(20).collect();
        return problem(loaded, l, &l.tr("guichet-inconnu", &[("code", (&shown).into())]));
    };
    let journey = Journey::at_counter(code);
    need_step(loaded, l, flow, &journey, Some(&name))
}

/// A screen of questions from the flow (précision or comment), generic as online.
fn questions(loaded: &Loaded, l: Langue, flow: &Flow, journey: &Journey, need: &NeedDef, screen: Screen, missing: &[&Question]) -> Answer {
    let ids = if screen == Screen::Precision { &need.precisions } else { &need.comment };
    let id_refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let show_errors = journey.navigation.soumis == Some(screen) && !missing.is_empty();
    let (title, action, button) = match screen {
        Screen::Precision => (l.tr("precision-titre", &[("besoin", need.titre_in(l).into())]), "/parcours", "continuer"),
        _ => (l.t("comment-titre"), "/orientation", "voir-les-aides"),
    };
    let number = step_number(Some(need), screen);
    let fields: String = ids
        .iter()
        .filter_map(|id| flow.question(id))
        .map(|q| {
            let selected = journey.demande.answers.get(&q.id).cloned().unwrap_or_default();
            let error = (show_errors && missing.iter().any(|m| m.id == q.id)).then(|| l.t("reponse-manquante"));
            html::question(l, q, &selected, error.as_deref())
        })
        .collect();
    let mut pairs = journey.pairs_except(flow, &id_refs);
    pairs.push((keys::ETAPE.into(), screen.slug().into()));
    let change = if screen == Screen::Comment && !journey.navigation.guichet {
        let pairs: Vec<(String, String)> = journey.pairs(flow).into_iter().filter(|(k, _)| k != keys::COMMUNE).collect();
        format!(r#"<a href="{}">{}</a> · "#, esc(&l.href(&url("/parcours", &pairs))), esc(&l.t("changer-commune")))
    } else {
        String::new()
    };
    let body = format!(
        r#"{}{}<p class="step-links">{change}{}</p>"#,
        html::step_heading(l, number, &title),
        step_form(l, action, &pairs, fields, button),
        restart_link(l, journey)
    );
    page(loaded, l, 200, step_title(l, &title, number, show_errors), body)
}

/// The « Où » step, the typed text resolved as the server does: one commune, on; several, a choice.
fn commune(loaded: &Loaded, l: Langue, flow: &Flow, journey: &Journey, need: &NeedDef) -> Answer {
    let number = step_number(Some(need), Screen::Commune);
    let question = l.t("commune-titre");
    let heading = html::step_heading(l, number, &question);
    let pairs = journey.pairs(flow);
    let restart = format!(r#"<p class="step-links">{}</p>"#, restart_link(l, journey));
    let (texte, error) = match loaded.gazetteer.lookup(journey.navigation.texte.as_deref(), l) {
        CommuneLookup::Found(hit) => {
            let mut pairs = pairs;
            pairs.push((keys::COMMUNE.into(), hit.code_insee));
            return Answer::Redirect(l.href(&url("/parcours", &pairs)));
        }
        CommuneLookup::Choose { texte, options } => {
            let legend = l.tr("commune-plusieurs", &[("texte", (&texte).into())]);
            let missing_text = l.t("commune-choix-manquant");
            let missing = journey.navigation.choix.then_some(("choix-erreur", missing_text.as_str()));
            let choices: String = options.iter().map(html::commune_choice).collect();
            let extra = format!(
                r#"<input type="hidden" name="q" value="{}"><input type="hidden" name="choix" value="1">{}"#,
                esc(&texte),
                html::fieldset(l, &legend, None, missing, choices)
            );
            let body = format!(
                r#"{heading}{}<p><a href="{}">{}</a></p>"#,
                step_form(l, "/parcours", &pairs, extra, "continuer"),
                esc(&l.href(&url("/parcours", &pairs))),
                esc(&l.t("autre-commune"))
            );
            return page(loaded, l, 200, step_title(l, &question, number, journey.navigation.choix), body);
        }
        CommuneLookup::Empty => (String::new(), None),
        CommuneLookup::Problem { texte, message } => (texte, Some(message)),
    };
    let form = step_form(l, "/parcours", &pairs, html::commune_field(l, &texte, error.as_deref()), "continuer");
    let body = format!("{heading}<p>{}</p>{form}{restart}", esc(&l.t("commune-intro")));
    page(loaded, l, 200, step_title(l, &question, number, error.is_some()), body)
}

/// The result, computed in the browser; « Données du … » is the snapshot's day.
fn orientation(loaded: &Loaded, l: Langue, flow: &Flow, journey: Journey, now: &Moment) -> Answer {
    if let Some(detour) = journey.result_detour(flow) {
        return Answer::Redirect(l.href(&detour));
    }
    let r = match result(&loaded.published(l), flow, &journey, now, |_, _| Vec::new()) {
        Ok(r) => r,
        Err(e) => return problem(loaded, l, &e.message(l)),
    };
    let count = r.cartes.len();
    let title =
        l.tr("resultat-titre-page", &[("besoin", (&r.besoin_titre).into()), ("commune", (&r.commune_nom).into()), ("n", count.into())]);
    let edit = esc(&r.url.replacen("/orientation", "/parcours", 1));
    let answers: String = r.reponses.iter().map(|a| format!("<li>{}</li>", esc(a))).collect();
    let not_local = r.avis.as_ref().map(|a| html::notice(l, a, count == 0)).unwrap_or_default();
    let next_step = r.avis.as_ref().and_then(|a| a.suite.as_ref()).filter(|_| count > 0).map(|s| html::next_step(l, s)).unwrap_or_default();
    let page_layout = layout(&r.cartes);
    let shortlist = if count == 0 {
        String::new()
    } else {
        format!(
            r#"<ol class="results results--numbered">{}</ol>"#,
            page_layout.shortlist.iter().map(|c| format!("<li>{}</li>", html::card(l, c))).collect::<String>()
        )
    };
    let others = match page_layout.others_count() {
        0 => String::new(),
        n => {
            let groups: String = page_layout
                .others
                .iter()
                .map(|g| {
                    let cards: String = g.cards.iter().map(|c| format!("<li>{}</li>", html::other_place(l, c))).collect();
                    format!(
                        r#"<h2 class="others-title">{} ({})</h2><ol class="results results--others">{cards}</ol>"#,
                        esc(&l.t(g.key)),
                        g.cards.len()
                    )
                })
                .collect();
            format!(r#"<details class="others"><summary>{}</summary>{groups}</details>"#, esc(&l.tr("autres-lieux", &[("n", n.into())])))
        }
    };
    let seances = if r.besoin == "parentalite" {
        format!(
            r#"<section class="next-seances" aria-labelledby="seances-titre"><h2 id="seances-titre">{}</h2><p>{} <a href="{}">{}</a>.</p></section>"#,
            esc(&l.t("seances-titre")),
            esc(&l.t("hors-ligne-seances")),
            esc(&l.href(&format!("/agenda?commune={}&public=parents", r.commune))),
            esc(&l.t("seances-agenda"))
        )
    } else {
        String::new()
    };
    let preparation = r.a_prevoir.as_ref().map(html::preparation).unwrap_or_default();
    // « Être rappelé » needs the server: offline, the section says so and points to the places' phones.
    let callback = format!(
        r#"<section class="callback" aria-labelledby="rappel-titre"><h2 id="rappel-titre">{}</h2><p>{}</p></section>"#,
        esc(&l.t("rappel-lien-titre")),
        esc(&l.t("rappel-hors-ligne"))
    );
    // As online: at the counter, what to keep comes right after the shortlist; elsewhere, at the end.
    let keep = format!(
        r#"<div class="result-keep"><p class="share-url">{} <a href="{1}">{1}</a></p></div>"#,
        esc(&l.t("hors-ligne-adresse")),
        esc(&r.url)
    );
    let (restart, guichet_class, keep_beside, keep_after) = if journey.navigation.guichet {
        let restart = format!(
            r#"<p class="guichet-actions"><a class="button" href="{}">{}</a>{}</p>"#,
            esc(&l.href(&journey.restart_url())),
            esc(&l.t("nouvelle-personne")),
            html::print_button(l)
        );
        (restart, " result-layout--guichet", keep, String::new())
    } else {
        (String::new(), "", String::new(), keep)
    };
    // As online (`components::translation::DataInFrench`).
    let data_language = if count > 0 && l != Langue::Fr {
        format!(r#"<p class="data-language" role="note">{}</p>"#, esc(&l.t("donnees-en-francais")))
    } else {
        String::new()
    };
    let heading = domain::result_page::need_in_sentence(l, &r.besoin_titre);
    let listen = html::listen_button(l);
    let body = format!(
        r#"{restart}<h1 tabindex="-1">{}</h1><p class="lead">{} <span class="data-date">{}</span>{listen}</p><div class="answers-bar"><details class="answers"><summary>{}</summary><ul>{answers}</ul></details><a class="answers-edit" href="{edit}">{}<span class="visually-hidden"> {}</span></a></div>{data_language}{not_local}<div class="result-layout{guichet_class}">{shortlist}{next_step}{keep_beside}{others}</div>{preparation}{callback}{seances}{keep_after}<p class="step-links"><a href="{edit}">{}</a> · {}</p>"#,
        esc(&l.tr("resultat-titre", &[("besoin", (&heading).into())])),
        esc(&l.tr("resultat-pour", &[("commune", (&r.commune_nom).into()), ("epci", (&r.epci_nom).into())])),
        esc(&l.tr("donnees-du", &[("date", (&r.donnees_du).into())])),
        esc(&l.t("vos-reponses")),
        esc(&l.t("modifier")),
        esc(&l.t("modifier-cache")),
        esc(&l.t("modifier-mes-reponses")),
        restart_link(l, &journey),
    );
    page(loaded, l, 200, title, body)
}

#[cfg(test)]
#[path = "render_tests.rs"]
pub(crate) mod tests;
