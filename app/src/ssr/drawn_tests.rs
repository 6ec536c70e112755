use super::*;
use crate::domain::langue::Langue;
use crate::integration::Integration;
use std::cell::Cell;

/// Runs `f` as a page in `langue`, framed by `frame` if any.
fn in_page<T>(langue: Langue, frame: Option<&str>, f: impl FnOnce() -> T) -> T {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(langue);
        provide_context(frame.map(|cle| Integration::new(cle, "https://www.nantua.fr").expect("a valid integration")));
        f()
    })
}

/// A card, with a word in the page's language.
fn card((name, n): (&str, u32)) -> impl IntoView {
    let name = name.to_owned();
    view! { <article class="card"><h2>{name}</h2><p>{crate::i18n::t("carte-adresse")}" "{n}</p></article> }
}

/// A card drawn once, counting how many times it was drawn, as the page renders it.
fn body(drawn: &Drawn, inputs: &(&str, u32), times: &Cell<u32>) -> String {
    drawn
        .markup(*inputs, |inputs| {
            times.set(times.get() + 1);
            card(inputs)
        })
        .to_html()
}

#[test]
fn the_same_inputs_are_drawn_once_and_give_the_same_markup() {
    let drawn = Drawn::default();
    let times = Cell::new(0);
    let first = in_page(Langue::Fr, None, || body(&drawn, &("Nantua <CAF>", 3), &times));
    let second = in_page(Langue::Fr, None, || body(&drawn, &("Nantua <CAF>", 3), &times));
    assert_eq!(times.get(), 1, "the second page reads the kept markup");
    assert_eq!(first, second);
    assert!(first.contains("<h2>Nantua &lt;CAF&gt;</h2>"), "the kept markup is escaped as drawn: {first}");
    let direct = in_page(Langue::Fr, None, || card(("Nantua <CAF>", 3)).into_view().to_html());
    assert_eq!(first, direct, "kept markup is the markup drawn directly");
}

#[test]
fn other_inputs_another_language_or_another_frame_are_drawn_anew() {
    let drawn = Drawn::default();
    let times = Cell::new(0);
    let french = in_page(Langue::Fr, None, || body(&drawn, &("Oyonnax", 1), &times));
    let other = in_page(Langue::Fr, None, || body(&drawn, &("Oyonnax", 2), &times));
    let english = in_page(Langue::En, None, || body(&drawn, &("Oyonnax", 1), &times));
    let framed = in_page(Langue::Fr, Some("nantua"), || body(&drawn, &("Oyonnax", 1), &times));
    assert_eq!(times.get(), 4);
    assert_eq!(drawn.len(), 4);
    assert!(french.contains("Adresse") && english.contains("Address"), "{french} / {english}");
    assert!(other.contains("2</p>") && !other.contains("1</p>"), "{other}");
    assert_eq!(framed, french, "the same words, but kept apart: a framed page's links differ");
}

#[test]
fn a_body_holding_the_request_nonce_is_never_kept() {
    let drawn = Drawn::default();
    let times = Cell::new(0);
    for _ in 0..2 {
        in_page(Langue::Fr, None, || {
            leptos::nonce::provide_nonce();
            let nonce = leptos::nonce::use_nonce().expect("a nonce").to_string();
            drawn
                .markup("avec un script", |_| {
                    times.set(times.get() + 1);
                    view! { <script nonce=nonce>"1"</script> }
                })
                .to_html()
        });
    }
    assert_eq!(times.get(), 2, "each request draws its own nonce");
    assert_eq!(drawn.len(), 0);
}
