//! The markup of the offline pages: the same elements and classes as the server's components
//! (`app::components::fields`, `result_card`), so the stylesheet and assistive technologies see the
//! same page online and offline. Every text is escaped here, once.

use domain::commune_search::CommuneHit;
use domain::flow::{Flow, Question};
use domain::langue::Langue;
use domain::result::{tel_href, ResultCard};

/// Text or attribute value, safe inside HTML.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub fn hidden_fields(pairs: &[(String, String)]) -> String {
    pairs.iter().map(|(k, v)| format!(r#"<input type="hidden" name="{}" value="{}">"#, esc(k), esc(v))).collect()
}

/// « Étape 2 sur 4 » with « Écouter », and the step's heading (focusable, as online).
pub fn step_heading(l: Langue, number: (usize, usize), title: &str) -> String {
    let step = l.tr("etape", &[("numero", number.0.into()), ("total", number.1.into())]);
    format!(r#"<p class="step-indicator">{}{}</p><h1 tabindex="-1">{}</h1>"#, esc(&step), listen_button(l), esc(title))
}

/// « Écouter », hidden as online until the page's script finds a voice of the page's language: it
/// reads the page aloud offline too (`app/src/components/listen_button.rs`).
pub fn listen_button(l: Langue) -> String {
    let (listen, stop) = (esc(&l.t("ecouter")), esc(&l.t("ecouter-arreter")));
    format!(
        r#"<button type="button" class="listen" hidden aria-pressed="false" data-listen="{listen}" data-stop="{stop}">{listen}</button>"#
    )
}

/// « Imprimer la fiche », hidden until the page's script runs, and before it the hint to print with the
/// browser, as online (`app/src/components/print_button.rs`).
pub fn print_button(l: Langue) -> String {
    format!(
        r#"<button type="button" class="button button--secondary" hidden data-print="">{}</button><span class="print-hint">{}</span>"#,
        esc(&l.t("imprimer-fiche")),
        esc(&l.t("imprimer-astuce"))
    )
}

/// An error message tied to its field by `id` (the field points at it with `aria-describedby`).
pub fn field_message(l: Langue, id: &str, message: &str) -> String {
    format!(
        r#"<p class="field-message" id="{id}"><span class="visually-hidden">{} </span>{}</p>"#,
        esc(&l.t("erreur-prefixe")),
        esc(message)
    )
}

/// One radio button or checkbox with its label (id `name-value`, unique in a page).
pub fn choice(kind: &str, name: &str, value: &str, label: &str, hint: Option<&str>, checked: bool) -> String {
    let id = esc(&format!("{name}-{value}"));
    let hint = hint.map(|h| format!(r#"<span class="radio-hint">{}</span>"#, esc(h))).unwrap_or_default();
    let checked = if checked { " checked" } else { "" };
    format!(
        r#"<div class="radio"><input type="{kind}" name="{}" id="{id}" value="{}"{checked}><label for="{id}">{}{hint}</label></div>"#,
        esc(name),
        esc(value),
        esc(label)
    )
}

/// A fieldset of choices, with its error when there is one.
pub fn fieldset(l: Langue, legend: &str, hint: Option<(&str, &str)>, error: Option<(&str, &str)>, choices: String) -> String {
    let described: Vec<&str> = hint.map(|h| h.0).into_iter().chain(error.map(|e| e.0)).collect();
    let described = if described.is_empty() { String::new() } else { format!(r#" aria-describedby="{}""#, described.join(" ")) };
    let class = if error.is_some() { "radios field--error" } else { "radios" };
    let hint = hint.map(|(id, h)| format!(r#"<p class="field-hint" id="{id}">{}</p>"#, esc(h))).unwrap_or_default();
    let error = error.map(|(id, e)| field_message(l, id, e)).unwrap_or_default();
    format!(r#"<fieldset class="{class}"{described}><legend class="field-label">{}</legend>{hint}{error}{choices}</fieldset>"#, esc(legend))
}

/// The needs of the flow as radio buttons; at the counter the first takes the focus, as online
/// (`components::fields::NeedChoices`), so that the person at the desk can answer at once.
pub fn need_choices(l: Langue, flow: &Flow, legend: &str, error: Option<&str>, autofocus: bool) -> String {
    let need = |n: &domain::flow::NeedDef| choice("radio", "besoin", &n.id, n.titre_in(l), Some(n.exemples_in(l)), false);
    let mut choices: String = flow.besoins.iter().map(need).collect();
    if autofocus {
        choices = choices.replacen("<input ", "<input autofocus ", 1);
    }
    fieldset(l, legend, None, error.map(|e| ("besoin-erreur", e)), choices)
}

/// One question of the flow (checkboxes when several answers are allowed).
pub fn question(l: Langue, q: &Question, selected: &[String], error: Option<&str>) -> String {
    let kind = if q.multiple { "checkbox" } else { "radio" };
    let hint_id = format!("{}-aide", q.id);
    let error_id = format!("{}-erreur", q.id);
    let several = l.t("plusieurs-reponses");
    let hint = q.multiple.then_some((hint_id.as_str(), several.as_str()));
    let choices: String = q.reponses.iter().map(|a| choice(kind, &q.id, &a.id, a.libelle_in(l), None, selected.contains(&a.id))).collect();
    fieldset(l, q.titre_in(l), hint, error.map(|e| (error_id.as_str(), e)), choices)
}

/// The commune field as the server renders it before hydration (`components::commune_combobox`).
pub fn commune_field(l: Langue, texte: &str, error: Option<&str>) -> String {
    let described = if error.is_some() { "commune-aide commune-erreur" } else { "commune-aide" };
    let invalid = if error.is_some() { r#" aria-invalid="true""# } else { "" };
    let class = if error.is_some() { "field field--error" } else { "field" };
    format!(
        r#"<div class="{class}"><label for="commune-texte" class="field-label">{label}</label><p class="field-hint" id="commune-aide">{hint}</p>{}<div class="combobox"><input id="commune-texte" name="q" type="text" class="input" value="{}" spellcheck="false" autocomplete="address-level2" aria-describedby="{described}"{invalid}><input type="hidden" name="commune" value=""></div><p class="visually-hidden" role="status"></p></div>"#,
        error.map(|e| field_message(l, "commune-erreur", e)).unwrap_or_default(),
        esc(texte),
        label = esc(&l.t("commune-label")),
        hint = esc(&l.t("commune-aide")),
    )
}

pub fn commune_choice(hit: &CommuneHit) -> String {
    choice("radio", "commune", &hit.code_insee, &hit.label(), Some(&hit.epci_nom), false)
}

/// The notice when nothing local fits: as online (`pages::orientation::NoticeView`), whole when there
/// is no answer to show, else without the next step, which [`next_step`] puts after the shortlist.
pub fn notice(l: Langue, avis: &domain::result::Notice, whole: bool) -> String {
    let suite = avis.suite.as_ref().filter(|_| whole).map(|s| next_step_line(l, s)).unwrap_or_default();
    format!(r#"<div class="notice" role="note"><p><strong>{}</strong> {}</p>{suite}</div>"#, esc(&avis.titre), esc(&avis.texte))
}

pub fn next_step(l: Langue, suite: &domain::result::NextStep) -> String {
    format!(r#"<div class="next-step" role="note">{}</div>"#, next_step_line(l, suite))
}

/// « À apporter », as online (`pages::orientation::preparation::PreparationView`).
pub fn preparation(p: &domain::preparation::Preparation) -> String {
    let lines: String = p.lignes.iter().map(|l| format!("<li>{}</li>", esc(l))).collect();
    format!(
        r#"<section class="preparation" aria-labelledby="apporter-titre"><h2 id="apporter-titre">{}</h2><ul>{lines}</ul></section>"#,
        esc(&p.titre)
    )
}

fn next_step_line(l: Langue, s: &domain::result::NextStep) -> String {
    let adresse = s.adresse.as_ref().map_or(String::new(), |a| format!(", {}", esc(a)));
    let phone = s.telephone.as_ref().map_or(String::new(), |t| format!(r#", <a href="{}">{}</a>"#, esc(&tel_href(t)), esc(&l.phone(t))));
    format!(r#"<p>{} <a href="{}">{}</a>{adresse}{phone}.</p>"#, esc(&s.intro), esc(&s.lien), esc(&s.nom))
}

/// Call, go, book, as online (`components::result_card::CardActions`).
fn actions(l: Langue, card: &ResultCard) -> String {
    let id = esc(&format!("carte-{}", card.service));
    let links: Vec<String> = [
        card.telephone.as_deref().map(|p| ("appeler", tel_href(p), "")),
        card.itineraire.clone().map(|href| ("itineraire", href, r#" rel="noopener""#)),
        card.prise_rdv.clone().map(|href| ("prendre-rdv", href, r#" rel="noopener""#)),
    ]
    .into_iter()
    .flatten()
    .map(|(label, href, rel)| {
        format!(r#"<li><a class="action" href="{}"{rel} aria-describedby="{id}">{}</a></li>"#, esc(&href), esc(&l.t(label)))
    })
    .collect();
    if links.is_empty() {
        String::new()
    } else {
        format!(r#"<ul class="card-actions">{}</ul>"#, links.concat())
    }
}

/// Today's hours; a compact card adds its next passage there (a whole card lists them in its facts).
fn status_and_reasons(l: Langue, card: &ResultCard, compact: bool) -> String {
    let passage = card.passages.first().filter(|_| compact);
    let status: String = card.aujourdhui.iter().chain(passage).map(|t| format!(r#"<p class="card-status">{}</p>"#, esc(t))).collect();
    let reasons: String = card.raisons_texte.iter().map(|r| format!("<li>{}</li>", esc(r))).collect();
    format!(r#"{status}<p class="visually-hidden">{}</p><ul class="reasons">{reasons}</ul>"#, esc(&l.t("pourquoi")))
}

/// One service of the result, whole: as online, without « Signaler une erreur » (it needs the network).
pub fn card(l: Langue, card: &ResultCard) -> String {
    let mut facts = String::new();
    let mut fact = |term: &str, value: String| facts.push_str(&format!("<dt>{}</dt><dd>{value}</dd>", esc(&l.t(term))));
    if !card.passages.is_empty() {
        let lines: String = card.passages.iter().map(|p| format!("<li>{}</li>", esc(p))).collect();
        fact("carte-passages", format!(r#"<ul class="card-passages">{lines}</ul>"#));
    }
    if let Some(a) = &card.adresse {
        fact("carte-adresse", esc(a));
    }
    if let Some(p) = &card.telephone {
        fact("carte-telephone", format!(r#"<a href="{}">{}</a>"#, esc(&tel_href(p)), esc(&l.phone(p))));
    }
    if let Some(m) = &card.courriel {
        fact("carte-courriel", format!(r#"<a href="mailto:{0}">{0}</a>"#, esc(m)));
    }
    if !card.acces.is_empty() {
        fact("carte-acces", esc(&card.acces.join(", ")));
    }
    if !card.accessibilite.is_empty() {
        fact("carte-accessibilite", esc(&card.accessibilite.join(", ")));
    }
    let verified = card.freshness(l);
    let freshness = if verified.is_empty() {
        String::new()
    } else {
        let old = if card.a_verifier { " card-freshness--old" } else { "" };
        format!(r#"<p class="card-freshness{old}">{}</p>"#, esc(&verified))
    };
    let id = esc(&format!("carte-{}", card.service));
    let badges: Vec<String> = card.labels.iter().map(|l| format!(r#"<span class="badge">{}</span>"#, esc(l))).collect();
    let labels = if badges.is_empty() {
        String::new()
    } else {
        format!(r#"<p class="card-labels"><span class="visually-hidden">{} </span>{}</p>"#, esc(&l.t("carte-labels")), badges.join(" "))
    };
    format!(
        r#"<article class="card" aria-labelledby="{id}"><h2 id="{id}" class="card-title">{}</h2><p class="card-service">{}</p>{}{}{labels}<dl class="card-facts">{facts}</dl>{freshness}</article>"#,
        esc(&card.nom),
        esc(&card.service_nom),
        actions(l, card),
        status_and_reasons(l, card, false),
    )
}

/// One of the other places, compact, as online (`components::result_card::OtherPlaceView`).
pub fn other_place(l: Langue, card: &ResultCard) -> String {
    let id = esc(&format!("carte-{}", card.service));
    let address = card.adresse.as_ref().map(|a| format!(" · {}", esc(a))).unwrap_or_default();
    format!(
        r#"<article class="card card--compact" aria-labelledby="{id}"><h3 id="{id}" class="card-title">{}</h3><p class="card-service">{}{address}</p>{}{}<p class="card-more"><a href="{}">{}</a></p></article>"#,
        esc(&card.nom),
        esc(&card.service_nom),
        actions(l, card),
        status_and_reasons(l, card, true),
        esc(&l.href(&format!("/lieu/{}", domain::journey::percent_encode(&card.service)))),
        esc(&l.t("tout-savoir")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(esc(r#"<a href="x">L'Ain & co</a>"#), "&lt;a href=&quot;x&quot;&gt;L&#39;Ain &amp; co&lt;/a&gt;");
        let hidden = hidden_fields(&[("q".into(), r#""><script>"#.into())]);
        assert_eq!(hidden, r#"<input type="hidden" name="q" value="&quot;&gt;&lt;script&gt;">"#);
    }

    #[test]
    fn an_error_is_tied_to_its_fieldset() {
        let html = fieldset(domain::langue::Langue::Fr, "Légende", None, Some(("x-erreur", "Choisissez une réponse.")), String::new());
        assert!(html.starts_with(r#"<fieldset class="radios field--error" aria-describedby="x-erreur">"#), "{html}");
        assert!(html.contains(r#"id="x-erreur""#));
    }
}
