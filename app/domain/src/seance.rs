//! Séances: dated sessions of a service (ateliers and conférences de parentalité numérique, youth
//! workshops, permanences), and the public agenda built from them. Dates are local to the Ain
//! (Europe/Paris), written `AAAA-MM-JJTHH:MM`, so that string order is time order.

use super::geo::InseeCode;
use super::taxonomy::ServiceKind;
use serde::{Deserialize, Serialize};

/// Who a séance is for, as the agenda's filter offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeancePublic {
    Parents,
    Jeunes,
    Tous,
}

impl SeancePublic {
    /// The key of its name in the translation files.
    pub fn key(self) -> String {
        format!("seance-public-{}", self.code())
    }

    pub const ALL: &'static [SeancePublic] = &[SeancePublic::Parents, SeancePublic::Jeunes, SeancePublic::Tous];

    pub fn code(self) -> &'static str {
        match self {
            Self::Parents => "parents",
            Self::Jeunes => "jeunes",
            Self::Tous => "tous",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Parents => "Parents",
            Self::Jeunes => "Jeunes",
            Self::Tous => "Tout public",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.code() == code)
    }
}

/// A local date and time in the Ain: `AAAA-MM-JJTHH:MM`, checked.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocalDateTime(String);

impl LocalDateTime {
    /// From a date (`AAAA-MM-JJ`, as `<input type=date>` sends it) and a time (`HH:MM`).
    pub fn parse(date: &str, time: &str) -> Option<Self> {
        let (y, m, d) = parse_date(date.trim())?;
        let (h, min) = parse_time(time.trim())?;
        Some(Self(format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn date(&self) -> &str {
        &self.0[..10]
    }

    pub fn time(&self) -> &str {
        &self.0[11..]
    }

    /// « samedi 5 décembre 2026 ».
    pub fn french_date(&self) -> String {
        let (y, m, d) = parse_date(self.date()).unwrap_or((1970, 1, 1));
        format!("{} {} {} {}", WEEKDAYS[weekday(y, m, d)], d, MONTHS[m as usize - 1], y)
    }

    /// « Saturday 5 December 2026 »: the day's and month's names in the page's language.
    pub fn date_in(&self, langue: crate::langue::Langue) -> String {
        use crate::textes::Arg;
        let (y, m, d) = parse_date(self.date()).unwrap_or((1970, 1, 1));
        let (day, month) = (langue.t(&format!("jour-{}", weekday(y, m, d))), langue.t(&format!("mois-{m}")));
        let (d, y) = (d.to_string(), y.to_string());
        langue.tr(
            "date-longue",
            &[("jour", Arg::Text(&day)), ("jnum", Arg::Text(&d)), ("moisnom", Arg::Text(&month)), ("annee", Arg::Text(&y))],
        )
    }

    /// « 14 h 30 », or « 14 h » on the hour.
    pub fn french_time(&self) -> String {
        let (h, min) = parse_time(self.time()).unwrap_or((0, 0));
        if min == 0 {
            format!("{h} h")
        } else {
            format!("{h} h {min:02}")
        }
    }

    /// ICS form, `AAAAMMJJTHHMMSS`.
    pub fn compact(&self) -> String {
        format!("{}00", self.0.replace(['-', ':'], ""))
    }
}

impl TryFrom<String> for LocalDateTime {
    type Error = String;
    fn try_from(raw: String) -> Result<Self, String> {
        let (date, time) = raw.split_once('T').ok_or_else(|| format!("date et heure invalides : {raw}"))?;
        Self::parse(date, time).ok_or_else(|| format!("date et heure invalides : {raw}"))
    }
}

impl From<LocalDateTime> for String {
    fn from(value: LocalDateTime) -> String {
        value.0
    }
}

pub(crate) const WEEKDAYS: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
/// The months' French names, January first.
pub(crate) const MONTHS: [&str; 12] =
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

fn parse_number(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts = s.split('-');
    let (y, m, d) = (parse_number(parts.next()?, 4)?, parse_number(parts.next()?, 2)?, parse_number(parts.next()?, 2)?);
    if parts.next().is_some() || !(2000..=2100).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    (1..=days_in_month(y, m)).contains(&d).then_some((y, m, d))
}

pub fn parse_time(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.split_once(':')?;
    let (h, m) = (parse_number(h, 2)?, parse_number(m, 2)?);
    (h < 24 && m < 60).then_some((h, m))
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// 0 = Monday (Sakamoto's method).
fn weekday(y: u32, m: u32, d: u32) -> usize {
    const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday_first = (y + y / 4 - y / 100 + y / 400 + T[m as usize - 1] + d) % 7;
    ((sunday_first + 6) % 7) as usize
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seance {
    pub id: String,
    /// The service it belongs to.
    pub service: String,
    pub titre: String,
    pub public: SeancePublic,
    pub theme: ServiceKind,
    pub debut: LocalDateTime,
    pub fin: LocalDateTime,
    /// Where it takes place, as people would write it on a poster.
    pub lieu: String,
    pub commune: InseeCode,
    pub capacite: Option<u32>,
    /// How to register (« Sur inscription au 04 … », « Entrée libre »).
    pub inscription: String,
    pub description: Option<String>,
}

/// A séance as the agenda and the parentalité result show it: plain words, ready to read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeanceCard {
    pub id: String,
    pub titre: String,
    /// « samedi 5 décembre 2026, de 14 h à 16 h ».
    pub quand: String,
    pub lieu: String,
    pub commune_nom: String,
    pub public: String,
    pub theme: String,
    pub inscription: String,
    pub capacite: Option<u32>,
    pub description: Option<String>,
    pub service_id: String,
    /// Who runs it.
    pub organisateur: String,
}

/// Whether a séance is about a parentalité subject of the flow (`theme` codes « ecrans », « reseaux »,
/// « ecole »), from the words of its title and description: séances carry no subject of their own.
pub fn on_subject(seance: &Seance, subject: &str) -> bool {
    let words: &[&str] = match subject {
        "ecrans" => &["ecran", "jeux video", "jeu video", "controle parental", "temps d ecran"],
        "reseaux" => &["reseau", "harcelement", "cyber", "tiktok", "instagram", "snapchat", "whatsapp"],
        "ecole" => &["pronote", " ent ", "ecole directe", "espace numerique de travail", "college", "lycee"],
        _ => return false,
    };
    let text = format!(
        " {} {} ",
        crate::normalize::fold(&seance.titre),
        seance.description.as_deref().map(crate::normalize::fold).unwrap_or_default()
    );
    words.iter().any(|w| text.contains(w))
}

impl Seance {
    pub fn when(&self) -> String {
        format!("{}, de {} à {}", self.debut.french_date(), self.debut.french_time(), self.fin.french_time())
    }

    /// [`Seance::when`] in the page's language (« Saturday 5 December 2026, 14:00–16:00 »).
    pub fn when_in(&self, langue: crate::langue::Langue) -> String {
        use crate::textes::Arg;
        if langue == crate::langue::Langue::Fr {
            return self.when();
        }
        let minutes = |t: &LocalDateTime| parse_time(t.time()).map_or(0, |(h, m)| (h * 60 + m) as u16);
        let (date, debut, fin) = (self.debut.date_in(langue), langue.hour(minutes(&self.debut)), langue.hour(minutes(&self.fin)));
        langue.tr("seance-quand", &[("date", Arg::Text(&date)), ("debut", Arg::Text(&debut)), ("fin", Arg::Text(&fin))])
    }
}

/// The filters as the URL carries them (`?commune=01093&public=parents&theme=…`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaQuery {
    pub commune: Option<String>,
    pub epci: Option<String>,
    pub public: Option<String>,
    pub theme: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaView {
    pub query: AgendaQuery,
    /// The EPCI the list is narrowed to, by name.
    pub epci_nom: Option<String>,
    /// What went wrong with the commune typed, if anything (the list is then not narrowed).
    pub commune_message: Option<String>,
    pub seances: Vec<SeanceCard>,
    /// The same filters as a calendar subscription.
    pub ics_url: String,
}

/// What the agenda is narrowed to; `None` is « tout ».
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaFilter {
    pub epci: Option<String>,
    pub public: Option<SeancePublic>,
    pub theme: Option<ServiceKind>,
}

/// The séances not over yet at `now` matching `filter`, soonest first (then by id: stable order).
/// A séance « pour tous » is shown to parents and young people too.
pub fn agenda<'a>(
    seances: &'a [Seance],
    now: &LocalDateTime,
    filter: &AgendaFilter,
    epci_of: impl Fn(&InseeCode) -> Option<&'a str>,
) -> Vec<&'a Seance> {
    let mut found: Vec<&Seance> = seances
        .iter()
        .filter(|s| s.fin > *now)
        .filter(|s| match filter.public {
            None => true,
            Some(p) => s.public == p || s.public == SeancePublic::Tous,
        })
        .filter(|s| filter.theme.is_none_or(|t| s.theme == t))
        .filter(|s| filter.epci.as_deref().is_none_or(|e| epci_of(&s.commune) == Some(e)))
        .collect();
    found.sort_by(|a, b| a.debut.cmp(&b.debut).then_with(|| a.id.cmp(&b.id)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, time: &str) -> LocalDateTime {
        LocalDateTime::parse(date, time).unwrap()
    }

    fn seance(id: &str, public: SeancePublic, theme: ServiceKind, day: &str, commune: &str) -> Seance {
        Seance {
            id: id.into(),
            service: "svc".into(),
            titre: format!("Séance {id}"),
            public,
            theme,
            debut: at(day, "14:00"),
            fin: at(day, "16:00"),
            lieu: "Salle des fêtes".into(),
            commune: InseeCode::parse(commune).unwrap(),
            capacite: None,
            inscription: "Entrée libre".into(),
            description: None,
        }
    }

    #[test]
    fn a_seance_is_on_a_parents_subject_by_its_words() {
        let titled = |titre: &str, description: Option<&str>| Seance {
            titre: titre.into(),
            description: description.map(str::to_owned),
            ..seance("x", SeancePublic::Parents, ServiceKind::Parentalite, "2026-12-05", "01093")
        };
        assert!(on_subject(&titled("Les écrans et nos enfants", None), "ecrans"));
        assert!(on_subject(&titled("Soirée parents", Some("Harcèlement et réseaux sociaux : en parler")), "reseaux"));
        assert!(on_subject(&titled("Suivre la scolarité sur Pronote", None), "ecole"));
        assert!(on_subject(&titled("L'ENT du collège", None), "ecole"));
        assert!(!on_subject(&titled("Les écrans et nos enfants", None), "reseaux"));
        assert!(!on_subject(&titled("Parents : l'entraide", None), "ecole"), "« entraide » is not the ENT");
        assert!(!on_subject(&titled("Les écrans et nos enfants", None), "autre"));
    }

    #[test]
    fn dates_are_checked_down_to_the_day_of_the_month() {
        assert!(LocalDateTime::parse("2026-02-29", "10:00").is_none());
        assert!(LocalDateTime::parse("2028-02-29", "10:00").is_some());
        assert!(LocalDateTime::parse("2026-12-05", "24:00").is_none());
        assert!(LocalDateTime::parse("5/12/2026", "10:00").is_none());
        assert_eq!(at("2026-12-05", "09:05").as_str(), "2026-12-05T09:05");
    }

    #[test]
    fn dates_read_as_french_words() {
        let d = at("2026-12-05", "14:30");
        assert_eq!(d.french_date(), "samedi 5 décembre 2026");
        assert_eq!(d.french_time(), "14 h 30");
        assert_eq!(at("2026-11-30", "09:00").french_date(), "lundi 30 novembre 2026");
        assert_eq!(d.compact(), "20261205T143000");
    }

    #[test]
    fn dates_read_in_the_page_language_and_french_stays_as_it_was() {
        use crate::langue::Langue;
        let d = at("2026-12-05", "14:30");
        assert_eq!(d.date_in(Langue::En), "Saturday 5 December 2026");
        assert_eq!(d.date_in(Langue::Uk), "субота, 5 грудня 2026");
        assert_eq!(d.date_in(Langue::Fr), d.french_date());
        let mut s = seance("a", SeancePublic::Parents, ServiceKind::Parentalite, "2026-12-05", "01093");
        s.debut = at("2026-12-05", "14:30");
        s.fin = at("2026-12-05", "16:00");
        assert_eq!(s.when_in(Langue::Fr), "samedi 5 décembre 2026, de 14 h 30 à 16 h");
        assert_eq!(s.when_in(Langue::En), "Saturday 5 December 2026, 14:30–16:00");
        assert_eq!(SeancePublic::Jeunes.key(), "seance-public-jeunes");
    }

    #[test]
    fn the_agenda_hides_past_seances_and_puts_the_soonest_first() {
        let all = vec![
            seance("b", SeancePublic::Parents, ServiceKind::Parentalite, "2026-12-10", "01093"),
            seance("a", SeancePublic::Parents, ServiceKind::Parentalite, "2026-12-03", "01093"),
            seance("old", SeancePublic::Parents, ServiceKind::Parentalite, "2026-11-01", "01093"),
        ];
        let now = at("2026-11-28", "20:00");
        let ids: Vec<&str> = agenda(&all, &now, &AgendaFilter::default(), |_| None).iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn a_seance_still_running_is_listed_until_it_ends() {
        let all = vec![seance("now", SeancePublic::Tous, ServiceKind::Quotidien, "2026-11-28", "01093")];
        assert_eq!(agenda(&all, &at("2026-11-28", "15:00"), &AgendaFilter::default(), |_| None).len(), 1);
        assert!(agenda(&all, &at("2026-11-28", "16:00"), &AgendaFilter::default(), |_| None).is_empty());
    }

    #[test]
    fn filters_narrow_by_epci_public_and_theme_and_tout_public_counts_for_everyone() {
        let all = vec![
            seance("parents", SeancePublic::Parents, ServiceKind::Parentalite, "2026-12-10", "01093"),
            seance("jeunes", SeancePublic::Jeunes, ServiceKind::Insertion, "2026-12-11", "01354"),
            seance("tous", SeancePublic::Tous, ServiceKind::Parentalite, "2026-12-12", "01093"),
        ];
        let now = at("2026-11-28", "20:00");
        let epci = |c: &InseeCode| Some(if c.as_str() == "01093" { "dombes" } else { "pays-de-gex" });
        let ids = |f: AgendaFilter| -> Vec<String> { agenda(&all, &now, &f, epci).iter().map(|s| s.id.clone()).collect() };
        assert_eq!(ids(AgendaFilter { public: Some(SeancePublic::Parents), ..Default::default() }), ["parents", "tous"]);
        assert_eq!(ids(AgendaFilter { epci: Some("pays-de-gex".into()), ..Default::default() }), ["jeunes"]);
        assert_eq!(
            ids(AgendaFilter { theme: Some(ServiceKind::Parentalite), epci: Some("dombes".into()), public: None }),
            ["parents", "tous"]
        );
        assert!(ids(AgendaFilter { theme: Some(ServiceKind::Loisirs), ..Default::default() }).is_empty());
    }
}
