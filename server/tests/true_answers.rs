//! The cases a secrétaire de mairie checked by hand, in the page a person reads: true labels, one
//! card per place, and answers that change what the person is told.

#[path = "support/app.rs"]
mod support;

use support::spawn_app;

/// The text of every card title (`<h2 … class="card-title">` and `<h3 …>`) of a result page.
fn card_titles(html: &str) -> Vec<String> {
    html.split(r#"class="card-title">"#).skip(1).filter_map(|rest| rest.split('<').next()).map(str::to_owned).collect()
}

/// The `<article>` of the card titled `name`.
fn card<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let at = html.find(&format!(r#"class="card-title">{name}<"#))?;
    let start = html[..at].rfind("<article")?;
    Some(&html[start..start + html[start..].find("</article>")?])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn valserhones_next_step_is_its_real_france_services() {
    let app = spawn_app().await;
    // Nothing in the Ain teaches games, video or code: the notice names the next step.
    let (status, html) = app.html("/orientation?besoin=competences&competences_sujet=loisirs&commune=01033&deplacement=oui").await;
    assert_eq!(status, 200);
    let notice = &html[html.find(r#"class="notice""#).expect("a notice")..];
    let notice = &notice[..notice.find("</div>").unwrap()];
    assert!(notice.contains("France services de Valserhône"), "{notice}");
    assert!(notice.contains("5-9 Rue des Papetiers"), "{notice}");
    assert!(!notice.contains("Châtillon-en-Michaille"), "a conseiller's permanence is not the France services: {notice}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn billiats_mairie_is_a_permanence_not_a_france_services() {
    let app = spawn_app().await;
    // Learning the basics in Billiat: the mairie, where the Valserhône conseiller holds a permanence.
    let (status, html) = app.html("/orientation?besoin=competences&competences_sujet=bases&commune=01044&deplacement=oui").await;
    assert_eq!(status, 200);
    let mairie = card(&html, "Mairie de Billiat").expect("the mairie's card");
    assert!(mairie.contains("Permanence du conseiller numérique de la France services de Valserhône"), "{mairie}");
    assert!(!mairie.contains(r#"<span class="badge">France services</span>"#), "no France services badge: {mairie}");
    // For a démarche from Billiat, no card calls the mairie a France services.
    let (_, result) =
        app.html("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01044&deplacement=oui").await;
    assert!(card(&result, "France services de Valserhône").is_some(), "the real France services is offered");
    if let Some(mairie) = card(&result, "Mairie de Billiat") {
        assert!(!mairie.contains("France services"), "{mairie}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_caf_and_the_impots_are_told_apart_in_nantua_and_no_place_is_shown_twice() {
    let app = spawn_app().await;
    let page = |organisme: &str| {
        format!("/orientation?besoin=demarche&demarche_organisme={organisme}&demarche_aide=avec_moi&commune=01269&deplacement=oui")
    };
    let (_, caf) = app.html(&page("caf")).await;
    let (_, impots) = app.html(&page("impots")).await;
    assert!(caf.contains("La CAF est partenaire de toutes les France services"));
    assert!(impots.contains("Les impôts sont partenaires de toutes les France services"));
    assert!(caf.contains("CAF – Caisse d’allocations familiales") && !caf.contains("Impôts – Direction générale des finances publiques"));
    assert!(
        impots.contains("Impôts – Direction générale des finances publiques") && !impots.contains("CAF – Caisse d’allocations familiales")
    );
    for html in [&caf, &impots] {
        let titles = card_titles(html);
        let mut unique = titles.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(titles.len(), unique.len(), "one card per place: {titles:?}");
    }
}

/// The section « À apporter » of a result page (or of its fiche), as text between its tags.
fn preparation(html: &str) -> Option<String> {
    let start = html[..html.find(r#"class="preparation""#)?].rfind("<section")?;
    let section = &html[start..start + html[start..].find("</section>")?];
    let mut text = String::new();
    for piece in section.split('<').skip(1) {
        text.push_str(piece.split_once('>').map_or("", |(_, t)| t));
        text.push(' ');
    }
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whoever_asks_is_told_what_to_bring_in_words_written_for_them_and_the_places_stay_the_same() {
    let app = spawn_app().await;
    let page = |demandeur: &str| {
        format!("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui&demandeur={demandeur}")
    };
    let (_, moi) = app.html(&page("moi")).await;
    let (_, proche) = app.html(&page("proche")).await;
    let (_, pro) = app.html(&page("pro")).await;
    let (moi_text, proche_text, pro_text) = (preparation(&moi).unwrap(), preparation(&proche).unwrap(), preparation(&pro).unwrap());
    assert!(moi_text.starts_with("À apporter ") && moi_text.contains("Le numéro d’allocataire CAF"), "{moi_text}");
    assert!(!moi_text.contains("la personne"), "a person asking for themselves is not « la personne »: {moi_text}");
    assert!(proche_text.starts_with("À apporter pour la personne que vous aidez"), "{proche_text}");
    assert!(proche_text.contains("Venez avec la personne si vous le pouvez"), "{proche_text}");
    assert!(pro_text.starts_with("Ce que la personne doit apporter") && pro_text.contains("Remettez à la personne la fiche"), "{pro_text}");
    // The same places, in the same order: only the words change.
    assert_eq!(card_titles(&moi), card_titles(&proche));
    assert_eq!(card_titles(&moi), card_titles(&pro));

    // Impôts ask for the tax number, never the CAF's; the printed fiche carries the section.
    let (_, fiche) = app
        .html("/orientation?besoin=demarche&demarche_organisme=impots&demarche_aide=avec_moi&commune=01269&deplacement=oui&demandeur=pro&imprimer=1")
        .await;
    let fiche_text = preparation(&fiche).expect("the fiche says what to bring");
    assert!(fiche_text.contains("Le numéro fiscal") && !fiche_text.contains("allocataire"), "{fiche_text}");

    // Outside a démarche, only someone helping gets a word; the person asking for themselves, none.
    let (_, equiper) = app.html("/orientation?besoin=equiper&equiper_quoi=acces&commune=01269&deplacement=oui&demandeur=moi").await;
    assert_eq!(preparation(&equiper), None);
    let (_, equiper_pro) = app.html("/orientation?besoin=equiper&equiper_quoi=acces&commune=01269&deplacement=oui&demandeur=pro").await;
    assert!(preparation(&equiper_pro).unwrap().starts_with("Pour la personne que vous orientez"));
}
