//! The parcours inside a partner's site (a mairie, an EPCI, a PIJ, Mednum01): which sites may frame
//! it, and the addresses it has there.
//!
//! An integration has a key, chosen by the coordination (`nantua`), and the origins of the sites
//! allowed to frame it (`https://www.nantua.fr`). Its pages live under `/integre/{clé}/…`, the
//! same paths as the site's (language prefix included). Only those answers name the partner's
//! origins in `frame-ancestors`; every other page keeps `'none'`, so that no other site can frame
//! the back-office or a form (clickjacking). The key is in the address rather than guessed from a
//! `Referer`, because the referrer is whatever a browser chose to send, and because it tells the
//! counters which integration a result came from without saying anything about the person.

/// The path every framed page starts with.
pub const PREFIX: &str = "/integre/";

/// A partner site allowed to frame the parcours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Integration {
    /// `[a-z0-9-]`, 2 to 40 characters: it is written in addresses and in the counters.
    pub cle: String,
    /// `https://www.nantua.fr`: scheme, host and port, nothing else (what a browser compares).
    pub origines: Vec<String>,
}

/// Every integration the coordination allowed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Integrations(Vec<Integration>);

impl Integrations {
    /// `nantua=https://www.nantua.fr https://nantua.fr; mednum01=https://mednum01.fr` (the format of
    /// `AIGUILLAGE_INTEGRATIONS`), or what is wrong with it, in French, naming the faulty part.
    pub fn parse(given: &str) -> Result<Self, String> {
        let mut all: Vec<Integration> = Vec::new();
        for part in given.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((cle, origins)) = part.split_once('=') else {
                return Err(format!("« {part} » : attendu clé=origine (par exemple nantua=https://www.nantua.fr)."));
            };
            let integration = Integration::new(cle, origins).map_err(|(_, message)| message)?;
            if all.iter().any(|i| i.cle == integration.cle) {
                return Err(format!("la clé « {} » est donnée deux fois.", integration.cle));
            }
            all.push(integration);
        }
        Ok(Self(all))
    }

    pub fn get(&self, cle: &str) -> Option<&Integration> {
        self.0.iter().find(|i| i.cle == cle)
    }

    pub fn all(&self) -> &[Integration] {
        &self.0
    }
}

impl Integration {
    /// A key and its sites' origins (space-separated), as a coordinator or the configuration gives
    /// them; otherwise the faulty field (`cle` or `origines`) and what is wrong, in French.
    pub fn new(cle: &str, origines: &str) -> Result<Self, (&'static str, String)> {
        let cle = cle.trim();
        if !is_key(cle) {
            return Err((
                "cle",
                format!("la clé « {cle} » ne convient pas : de 2 à 40 lettres minuscules sans accent, chiffres ou tirets."),
            ));
        }
        let mut kept: Vec<String> = Vec::new();
        for raw in origines.split_whitespace() {
            let o = origin(raw).ok_or_else(|| {
                ("origines", format!("« {raw} » (clé {cle}) n’est pas l’origine d’un site : attendu http:// ou https:// suivi du nom du site, sans chemin."))
            })?;
            if !kept.contains(&o) {
                kept.push(o);
            }
        }
        if kept.is_empty() {
            return Err(("origines", format!("la clé « {cle} » n’a aucune origine : donnez l’adresse du site qui l’intègre.")));
        }
        Ok(Integration { cle: cle.to_owned(), origines: kept })
    }

    /// The `frame-ancestors` sources of this integration's pages: this site (the `/integrer`
    /// preview) and the partner's origins.
    pub fn frame_ancestors(&self) -> String {
        std::iter::once("'self'").chain(self.origines.iter().map(String::as_str)).collect::<Vec<_>>().join(" ")
    }

    /// A site address (language prefix included, `/en/parcours?besoin=x`) as it is inside this
    /// integration: under [`PREFIX`] when the page can be framed, as it is otherwise (it then opens
    /// outside the frame, see [`opens_outside`]).
    pub fn within(&self, url: &str) -> String {
        if !url.starts_with('/') || url.starts_with("//") || url.starts_with(PREFIX) || !embeddable(page_of(url)) {
            return url.to_owned();
        }
        format!("{PREFIX}{}{url}", self.cle)
    }
}

/// `https://site.example[:port]`, without a trailing slash; `None` for anything with a path, a query,
/// credentials or characters a host name cannot have.
pub fn origin(given: &str) -> Option<String> {
    let given = given.trim().trim_end_matches('/');
    let (scheme, host) = given.split_once("://")?;
    let plain = |c: char| c.is_ascii_alphanumeric() || ".-:[]".contains(c);
    ((scheme == "http" || scheme == "https") && !host.is_empty() && host.chars().all(plain)).then(|| format!("{scheme}://{host}"))
}

fn is_key(cle: &str) -> bool {
    (2..=40).contains(&cle.len()) && cle.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// `/integre/nantua/en/parcours` → `("nantua", "/en/parcours")`; `None` outside [`PREFIX`] or with a
/// key that cannot be one.
pub fn split_path(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix(PREFIX)?;
    let (cle, page) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    is_key(cle).then_some((cle, page))
}

/// The path of an address, without its language prefix, query or fragment.
fn page_of(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    crate::langue::Langue::split_path(path).1
}

/// Whether a page (path without language prefix) can be shown inside a partner's frame: the journey
/// (home, steps, result and fiche, counter), a place's page, and the public forms that follow from a
/// result (« Être rappelé », « Signaler une erreur »: they need no cookie), with the privacy and
/// accessibility statements. Never the back-office, the API or the downloads.
pub fn embeddable(page: &str) -> bool {
    const PAGES: [&str; 10] = [
        "/",
        "/parcours",
        "/orientation",
        "/signaler",
        "/signaler/merci",
        "/rappel",
        "/rappel/envoye",
        "/rappel/effacer",
        "/confidentialite",
        "/accessibilite",
    ];
    PAGES.contains(&page) || page.starts_with("/guichet/") || page.starts_with("/lieu/")
}

/// Whether a link of a framed page leaves the frame (`target="_top"`): every page that is not
/// [`embeddable`], which would be refused inside it.
pub fn opens_outside(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//") && !embeddable(page_of(url))
}

/// What a partner chose on `/integrer`: where the parcours starts inside their frame.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Preset {
    /// The INSEE code of the commune the parcours is set to (a mairie's own).
    pub commune: Option<String>,
    /// A need of the flow, asked for already (a PIJ's « monter en compétences »).
    pub besoin: Option<String>,
    pub langue: crate::langue::Langue,
    /// The counter mode (`/guichet/{insee}`), for a mairie's intranet: needs the commune.
    pub guichet: bool,
}

impl Preset {
    /// The framed page's path, language prefix included (`/integre/nantua/en/parcours?besoin=x`).
    pub fn path(&self, cle: &str) -> String {
        let page = match (&self.commune, self.guichet) {
            (Some(commune), true) => format!("/guichet/{commune}"),
            _ => {
                let keys = [crate::journey::keys::BESOIN, crate::journey::keys::COMMUNE];
                let pairs: Vec<(String, String)> =
                    keys.iter().zip([&self.besoin, &self.commune]).filter_map(|(k, v)| v.clone().map(|v| ((*k).to_owned(), v))).collect();
                if pairs.is_empty() {
                    "/".to_owned()
                } else {
                    crate::journey::url("/parcours", &pairs)
                }
            }
        };
        format!("{PREFIX}{cle}{}", self.langue.href(&page))
    }
}

/// The HTML a partner pastes into their page: a frame with a title (its accessible name), the whole
/// width, « Me localiser » allowed, loaded when it comes into view. `src` is the absolute address.
pub fn snippet(src: &str, title: &str) -> String {
    let attr = |v: &str| v.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"820\" style=\"border:0;max-width:100%\" allow=\"geolocation\" loading=\"lazy\"></iframe>",
        attr(src),
        attr(title)
    )
}

/// What `/integrer` shows: the choices, what is wrong with them, and the snippet once they fit.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EmbedView {
    /// The integrations the coordination allowed (their keys and origins).
    pub integrations: Vec<(String, Vec<String>)>,
    /// The flow's needs: id and title.
    pub besoins: Vec<(String, String)>,
    pub cle: Option<String>,
    /// The commune as typed, and its name once found.
    pub commune_texte: String,
    pub commune_nom: Option<String>,
    pub preset: Preset,
    /// One message per faulty field: (field name, message in French).
    pub erreurs: Vec<(String, String)>,
    /// The framed page's path (for the preview on this site) and the snippet, when everything fits.
    pub chemin: Option<String>,
    pub extrait: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Integration {
        Integration { cle: "nantua".into(), origines: vec!["https://www.nantua.fr".into()] }
    }

    #[test]
    fn the_configured_list_gives_each_key_its_origins() {
        let list = Integrations::parse(" nantua=https://www.nantua.fr/ https://nantua.fr ; mednum01=http://127.0.0.1:8080 ;").unwrap();
        assert_eq!(list.all().len(), 2);
        assert_eq!(list.get("nantua").unwrap().origines, ["https://www.nantua.fr", "https://nantua.fr"]);
        assert_eq!(list.get("mednum01").unwrap().frame_ancestors(), "'self' http://127.0.0.1:8080");
        assert_eq!(list.get("autre"), None);
        assert_eq!(Integrations::parse("").unwrap(), Integrations::default());
    }

    #[test]
    fn a_faulty_list_is_refused_with_the_part_to_mend() {
        for (given, named) in [
            ("nantua", "nantua"),
            ("Nantua=https://a.fr", "Nantua"),
            ("x=https://a.fr", "« x »"),
            ("nantua=https://a.fr/page", "https://a.fr/page"),
            ("nantua=https://a.fr \"><script>", "script"),
            ("nantua=", "aucune origine"),
            ("nantua=https://a.fr;nantua=https://b.fr", "deux fois"),
            ("nantua=ftp://a.fr", "ftp://a.fr"),
        ] {
            let error = Integrations::parse(given).unwrap_err();
            assert!(error.contains(named), "{given}: {error}");
        }
    }

    #[test]
    fn a_preset_gives_the_framed_address_and_the_snippet_escapes_it() {
        let en =
            Preset { besoin: Some("competences".into()), commune: Some("01269".into()), langue: crate::langue::Langue::En, guichet: false };
        assert_eq!(en.path("pij"), "/integre/pij/en/parcours?besoin=competences&commune=01269");
        assert_eq!(Preset::default().path("pij"), "/integre/pij/");
        let counter = Preset { commune: Some("01269".into()), guichet: true, ..Preset::default() };
        assert_eq!(counter.path("nantua"), "/integre/nantua/guichet/01269");
        let html = snippet("https://a.fr/integre/pij/parcours?besoin=x&commune=01269", "Aide \"numérique\"");
        assert!(
            html.starts_with(
                r#"<iframe src="https://a.fr/integre/pij/parcours?besoin=x&amp;commune=01269" title="Aide &quot;numérique&quot;""#
            ),
            "{html}"
        );
        assert!(html.contains(r#"allow="geolocation""#) && html.ends_with("></iframe>"));
    }

    #[test]
    fn a_framed_address_is_split_into_its_key_and_the_page() {
        assert_eq!(split_path("/integre/nantua/en/parcours"), Some(("nantua", "/en/parcours")));
        assert_eq!(split_path("/integre/nantua"), Some(("nantua", "/")));
        assert_eq!(split_path("/integre/nantua/"), Some(("nantua", "/")));
        assert_eq!(split_path("/integre/../admin"), None);
        assert_eq!(split_path("/parcours"), None);
    }

    #[test]
    fn links_stay_in_the_frame_only_for_pages_that_can_be_framed() {
        let i = demo();
        assert_eq!(i.within("/en/parcours?besoin=x"), "/integre/nantua/en/parcours?besoin=x");
        assert_eq!(i.within("/"), "/integre/nantua/");
        assert_eq!(i.within("/lieu/a-b"), "/integre/nantua/lieu/a-b");
        assert_eq!(i.within("/integre/nantua/parcours"), "/integre/nantua/parcours", "never twice");
        for outside in ["/admin", "/guide/200042935", "/donnees", "/api/v1/communes?q=a", "//evil.example", "https://a.fr"] {
            assert_eq!(i.within(outside), outside);
        }
        assert!(opens_outside("/en/agenda"));
        assert!(opens_outside("/admin"));
        assert!(!opens_outside("/ar/orientation?x=1"));
        assert!(!opens_outside("https://www.service-public.fr"), "another site is the browser's business");
    }
}
