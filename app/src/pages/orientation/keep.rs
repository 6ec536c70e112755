//! « Garder ce résultat »: the result's address as a link and as a QR code, built on the site's public
//! address from configuration (`AIGUILLAGE_ADRESSE_PUBLIQUE`), never on the request's `Host` or
//! `X-Forwarded-Host`: a forged header must not put another site's address on a printed fiche, nor in
//! a page a cache could hand to others.

use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn ShareBox(url: String) -> impl IntoView {
    let absolute = format!("{}{url}", public_origin());
    let svg = qr_svg(&absolute);
    view! {
        <section class="share" aria-labelledby="garder-titre">
            <h2 id="garder-titre">{t("garder")}</h2>
            {svg.map(|svg| view! {
                <div class="qr" role="img" aria-label=t("garder-qr") inner_html=svg></div>
            })}
            <p>{t("garder-texte")}</p>
            <p class="share-url"><a href=url.clone() target=crate::integration::top()>{absolute}</a></p>
        </section>
    }
}

/// The site's public address, as configured (`https://aiguillage.exemple.fr`).
#[cfg(feature = "ssr")]
fn public_origin() -> String {
    crate::ssr::state::AppState::from_context().map(|s| s.public_address.to_string()).unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn public_origin() -> String {
    String::new()
}

/// The QR code as one SVG path of horizontal runs, in module units: about a fifth of the bytes of
/// the `qrcode` crate's one-square-per-module rendering (4.2 → under 1 KB brotli), on every result.
///
/// Encoding is most of a result page's CPU (choosing the best of eight masks scores each one: 40 %
/// of the server's time under load, measured with perf), and the same result address always gives
/// the same code, while people ask for the same results over and over (a commune, a need). So codes
/// are kept by address: up to [`QR_KEPT`] of them (a few MB), forgotten all at once when full.
#[cfg(feature = "ssr")]
fn qr_svg(text: &str) -> Option<String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock, PoisonError};
    static KEPT: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();
    let kept = KEPT.get_or_init(Default::default);
    if let Some(svg) = kept.lock().unwrap_or_else(PoisonError::into_inner).get(text) {
        return Some(svg.clone());
    }
    let svg = qr_uncached(text)?;
    let mut kept = kept.lock().unwrap_or_else(PoisonError::into_inner);
    if kept.len() >= QR_KEPT {
        kept.clear();
    }
    kept.insert(text.to_owned(), svg.clone());
    Some(svg)
}

/// The QR code of `text`, never kept: for what must not stay in memory (a second factor's secret).
#[cfg(feature = "ssr")]
pub fn qr_uncached(text: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    Some(svg_of_modules(width, |x, y| colors.get(y * width + x) == Some(&qrcode::Color::Dark)))
}

/// How many result addresses keep their QR code.
#[cfg(feature = "ssr")]
const QR_KEPT: usize = 4096;

/// `width` × `width` modules, `dark(x, y)` for each, inside the quiet zone of 4 modules the
/// standard asks for.
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
fn svg_of_modules(width: usize, dark: impl Fn(usize, usize) -> bool) -> String {
    const QUIET: usize = 4;
    let size = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width);
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && dark(x, y) {
                x += 1;
            }
            path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
        }
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    )
}

#[cfg(not(feature = "ssr"))]
fn qr_svg(_text: &str) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::svg_of_modules;

    #[cfg(feature = "ssr")]
    #[test]
    fn a_kept_qr_code_is_the_one_its_address_encodes_and_each_address_has_its_own() {
        let a = "https://aiguillage.exemple.fr/orientation?besoin=demarche&commune=01269";
        let first = super::qr_svg(a).unwrap();
        assert_eq!(super::qr_svg(a).unwrap(), first, "read back from the kept codes");
        let b = super::qr_svg("https://aiguillage.exemple.fr/orientation?besoin=equiper&commune=01269").unwrap();
        assert_ne!(b, first);
        let code = qrcode::QrCode::with_error_correction_level(a.as_bytes(), qrcode::EcLevel::M).unwrap();
        let width = code.width();
        let colors = code.to_colors();
        assert_eq!(first, svg_of_modules(width, |x, y| colors[y * width + x] == qrcode::Color::Dark));
    }

    /// Reads the runs back into modules: the picture is exactly the matrix, shifted by the quiet zone.
    #[test]
    fn the_qr_path_covers_exactly_the_dark_modules() {
        let dark = |x: usize, y: usize| (x * 7 + y * 3) % 5 < 2 || y == 2;
        let svg = svg_of_modules(9, dark);
        assert!(svg.contains(r#"viewBox="0 0 17 17""#), "{svg}");
        let d = &svg[svg.find(" d=\"").unwrap() + 4..];
        let d = &d[..d.find('"').unwrap()];
        let mut drawn = vec![vec![false; 17]; 17];
        for run in d.split('M').filter(|r| !r.is_empty()) {
            let (x, rest) = run.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let len: usize = rest.split('v').next().unwrap().parse().unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            for cell in &mut drawn[y][x..x + len] {
                assert!(!*cell, "runs do not overlap");
                *cell = true;
            }
        }
        for (y, row) in drawn.iter().enumerate() {
            for (x, &cell) in row.iter().enumerate() {
                let inside = (4..13).contains(&x) && (4..13).contains(&y);
                assert_eq!(cell, inside && dark(x - 4, y - 4), "module ({x}, {y})");
            }
        }
    }
}
