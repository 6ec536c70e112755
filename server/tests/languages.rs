//! The public pages in every language: the language in the path, `lang` and `dir`, the switcher on
//! every page, the browser's language proposed and never imposed, links, forms and QR codes that keep
//! the language (calendar files: `agenda.rs`), and no cookie.

#[path = "support/app.rs"]
mod support;

use app::domain::langue::Langue;
use support::{location, spawn_app};

fn attr<'a>(html: &'a str, tag_start: &str, name: &str) -> Option<&'a str> {
    let tag = &html[html.find(tag_start)?..];
    let tag = &tag[..tag.find('>')?];
    let value = &tag[tag.find(&format!(" {name}=\""))? + name.len() + 3..];
    Some(&value[..value.find('"')?])
}

#[tokio::test]
async fn each_language_lives_under_its_prefix_with_its_lang_and_dir_and_no_cookie() {
    let app = spawn_app().await;
    for (path, lang, dir, heading) in [
        ("/", "fr", "ltr", "Trouver de l’aide pour le numérique, près de chez vous"),
        ("/facile", "fr", "ltr", "Trouver de l’aide pour le numérique près de chez vous"),
        ("/en", "en", "ltr", "Find help with digital services, near you"),
        ("/ar/", "ar", "rtl", "اعثر على مساعدة في الخدمات الرقمية قريبًا منك"),
        ("/tr", "tr", "ltr", "Dijital konularda size yakın yardım bulun"),
        ("/uk", "uk", "ltr", "Знайдіть допомогу з цифровими послугами поруч із вами"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status().as_u16(), 200, "{path}");
        assert!(res.headers().get("set-cookie").is_none(), "{path}: no cookie");
        assert_eq!(res.headers()["content-language"], lang, "{path}");
        let html = res.text().await.unwrap();
        assert_eq!(attr(&html, "<html", "lang"), Some(lang), "{path}");
        assert_eq!(attr(&html, "<html", "dir"), Some(dir), "{path}");
        assert!(html.contains(&format!("<h1>{heading}</h1>")), "{path}: {heading}");
    }
}

#[tokio::test]
async fn the_switcher_offers_this_very_page_in_every_language_each_in_its_own_name() {
    let app = spawn_app().await;
    let (_, html) = app.html("/tr/parcours?besoin=demarche").await;
    let nav = &html[html.find(r#"class="languages""#).expect("a switcher")..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    for l in Langue::ALL {
        let link = format!(r#"href="{}/parcours?besoin=demarche""#, l.prefix());
        assert!(nav.contains(&link), "{}: {link} in {nav}", l.code());
        assert!(nav.contains(&format!(">{}</a>", l.native_name())), "{}", l.code());
    }
    assert!(nav.contains(r#"aria-current="true""#) && nav.contains(r#"lang="uk""#));
    // Pages the journey does not cover carry it too.
    let (_, data) = app.html("/en/donnees").await;
    assert!(data.contains(r#"href="/ar/donnees""#), "a French-only page's switcher");
}

#[tokio::test]
async fn the_browser_language_is_proposed_never_imposed() {
    let app = spawn_app().await;
    let res = app
        .raw
        .get(format!("{}/parcours?besoin=equiper", app.base))
        .header("accept-language", "uk-UA,uk;q=0.9,fr;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200, "no redirect");
    assert!(res.headers().get_all("vary").iter().any(|v| v.to_str().unwrap().contains("accept-language")));
    let html = res.text().await.unwrap();
    assert_eq!(attr(&html, "<html", "lang"), Some("fr"), "the address decides");
    assert!(html.contains(r#"<a href="/uk/parcours?besoin=equiper" hreflang="uk">Ця сторінка є мовою: Українська.</a>"#), "{html}");
    let (_, plain) = app.html("/parcours?besoin=equiper").await;
    assert!(!plain.contains("language-proposal"), "nothing proposed without a header asking");
}

#[tokio::test]
async fn a_whole_journey_in_english_keeps_its_language_to_the_result_and_its_qr_code() {
    let app = spawn_app().await;
    // The commune typed in Latin letters, without its accent or case.
    let typed = "/en/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&q=nantua";
    let res = app.raw.get(format!("{}{typed}", app.base)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let next = location(&res);
    assert!(next.starts_with("/en/parcours?") && next.contains("commune=01269"), "{next}");
    let (_, comment) = app.html(&next).await;
    assert!(comment.contains("How can you get there?") && comment.contains(r#"action="/en/orientation""#), "{comment}");
    let (status, result) =
        app.html("/en/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui").await;
    assert_eq!(status, 200);
    assert!(result.contains("Where to find help: Do an administrative task"), "the need in English");
    assert!(result.contains("For Nantua ("), "who it is for");
    assert!(result.contains("The names, addresses and descriptions of places are in French."), "the data stay French, and say so");
    assert!(result.contains(">Call<") && result.contains("Why this place:"), "the cards' words");
    assert!(result.contains("/en/orientation?besoin=demarche"), "the share link keeps the language");
    assert!(result.contains(r#"href="/en/lieu/"#), "links to places keep the language");
    assert!(!result.contains("Vos réponses") && !result.contains("Appeler"), "no French fixed words left");
}

#[tokio::test]
async fn arabic_pages_mirror_and_keep_french_names_in_their_direction() {
    let app = spawn_app().await;
    let (_, html) = app.html("/ar/orientation?besoin=equiper&equiper_quoi=acheter&commune=01354&deplacement=oui").await;
    assert_eq!(attr(&html, "<html", "dir"), Some("rtl"));
    assert!(html.contains("أين تجد المساعدة"), "the Arabic heading");
    assert!(html.contains('\u{2068}'), "French names isolated inside Arabic sentences");
}

#[tokio::test]
async fn pages_not_translated_yet_say_so_and_mark_their_french() {
    let app = spawn_app().await;
    let (status, html) = app.html("/uk/donnees").await;
    assert_eq!(status, 200);
    assert!(html.contains("Цю сторінку ще не перекладено. Вона французькою."));
    assert!(html.contains(r#"<div lang="fr" dir="ltr">"#));
    // Their forms keep the language, so the note and the switcher stay in it.
    for (path, action) in [("/uk/indicateurs", "/uk/indicateurs"), ("/en/indicateurs/carte", "/en/indicateurs/carte")] {
        let (_, html) = app.html(path).await;
        assert!(html.contains(&format!(r#"action="{action}""#)), "{path}");
    }
    let (_, statement) = app.html("/en/accessibilite").await;
    assert!(statement.contains("<h1>Accessibility statement</h1>") && !statement.contains(r#"<div lang="fr""#), "translated whole");
    assert!(statement.contains("These translations still have to be checked by a native speaker:"));
    assert!(statement.contains("العربية : ترجمة بحاجة إلى مراجعة"), "each language says it in its own words");
}

#[tokio::test]
async fn a_bad_link_is_explained_in_the_language_of_its_address() {
    let app = spawn_app().await;
    let (status, html) = app.html("/tr/parcours?besoin=voyage").await;
    assert_eq!(status, 400);
    assert!(html.contains("“voyage” ihtiyacı bu yolculukta yok."), "{html}");
    let (status, html) = app.html("/en/nowhere").await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"));
}

#[tokio::test]
async fn the_agenda_speaks_the_page_language_and_its_filters_keep_it() {
    let app = spawn_app().await;
    let (status, html) = app.html("/en/agenda?public=parents&commune=nantua").await;
    assert_eq!(status, 200);
    assert!(html.contains("<h1>Sessions: "), "the EPCI's agenda, in English: {html}");
    assert!(html.contains(r#"action="/en/agenda""#) && html.contains(">Parenting and screens</option>"));
    assert!(html.contains("upcoming session"), "the count, in English");
    let (_, ukrainian) = app.html("/uk/agenda?theme=Nope").await;
    assert!(ukrainian.contains("Фільтра «Nope» у цій адресі не існує."), "a bad filter, explained in Ukrainian");
}
