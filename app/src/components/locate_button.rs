use leptos::prelude::*;

/// « Me localiser »: the browser's position → the nearest commune of the Ain → the next step. Shown
/// only once the script runs; when the position is refused or unavailable, it says so and the text
/// field stays the way to answer. Its words and the step's address (`commune=` is appended) come from the page (`island_words`).
#[island]
pub fn LocateButton() -> impl IntoView {
    use super::island_words::{commune as at, commune_words, read, word, COMMUNE};
    let words = read(COMMUNE, commune_words);
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));
    let (message, set_message) = signal(String::new());
    let (busy, set_busy) = signal(false);
    let on_click = {
        let words = words.clone();
        move |_| {
            set_busy.set(true);
            set_message.set(word(&words, at::SEARCHING).to_owned());
            let words = words.clone();
            leptos::task::spawn_local(async move {
                let w = |i| word(&words, i);
                match locate().await {
                    Located::Commune(code, name) => {
                        set_message.set(format!("{}{name}{}", w(at::FOUND[0]), w(at::FOUND[1])));
                        let base = w(at::BASE);
                        let sep = if base.contains('?') { '&' } else { '?' };
                        go_to(&format!("{base}{sep}commune={code}"));
                    }
                    Located::OutsideAin => set_message.set(w(at::OUTSIDE).to_owned()),
                    Located::Unavailable => set_message.set(w(at::UNAVAILABLE).to_owned()),
                }
                set_busy.set(false);
            });
        }
    };
    view! {
        <div class="locate">
            {move || {
                let on_click = on_click.clone();
                let label = word(&words, at::LOCATE).to_owned();
                hydrated.get().then(|| view! {
                    <button type="button" class="button button--secondary" on:click=on_click disabled=busy>{label}</button>
                })
            }}
            <p role="status" class="field-hint">{message}</p>
        </div>
    }
}

#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Located {
    Commune(String, String),
    OutsideAin,
    Unavailable,
}

#[cfg(feature = "hydrate")]
async fn locate() -> Located {
    use super::browser::{current_position, fetch_communes};
    let Ok((lon, lat)) = current_position().await else { return Located::Unavailable };
    match fetch_communes(&format!("/api/v1/communes?lat={}&lon={}", five_places(lat), five_places(lon))).await {
        Some(communes) => match communes.into_iter().next() {
            Some(hit) => Located::Commune(hit.code_insee, hit.nom),
            None => Located::OutsideAin,
        },
        None => Located::Unavailable,
    }
}

#[cfg(feature = "hydrate")]
fn go_to(url: &str) {
    super::browser::go_to(url);
}

/// Event handlers only ever run in the browser; the server build needs the names, not the behaviour.
#[cfg(not(feature = "hydrate"))]
async fn locate() -> Located {
    Located::Unavailable
}

#[cfg(not(feature = "hydrate"))]
fn go_to(_url: &str) {}

/// `value` with five decimal places (about a metre), written with integers: Rust's float formatting
/// would bring ~18 KB of code into the islands' wasm for this one line.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
fn five_places(value: f64) -> String {
    let scaled = (value * 100_000.0).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let whole = scaled.unsigned_abs();
    format!("{sign}{}.{:05}", whole / 100_000, whole % 100_000)
}

#[cfg(test)]
mod tests {
    use super::five_places;

    #[test]
    fn a_coordinate_is_written_as_the_float_formatting_would() {
        for v in [46.20574, 5.6123449, -0.5, -12.000004, 0.0, 179.999996, 4.1] {
            assert_eq!(five_places(v), format!("{v:.5}"), "{v}");
        }
    }
}
