//! The route table: every URL the server answers, public and back-office, in one documented list.
//! The routers mount their handlers on these paths (the forms and the data URLs by the constants
//! below, `server::startup`; the back-office's posts by `super::admin`'s builders); the Leptos pages
//! and the server functions are checked against the table by `server/tests/routes.rs`, which also
//! requests every public URL of it.
//!
//! Every page is also served under a language (`/en/…`, `/ar/…`) and inside a partner's frame
//! (`/integre/{clé}/…`): those prefixes come off before routing (`server::langue`,
//! `server::integration`), so they are not repeated here.

/// What a route is, which says how it is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A page of the parcours or of the site (Leptos, `SsrMode::Async`): GET, works without JavaScript.
    Page,
    /// A public form's post (`crate::form::PublicForm`): answers with a redirect.
    Form,
    /// Data for programs and downloads: JSON, CSV, calendar, files.
    Data,
    /// A server function (`#[server(endpoint = …)]`): what a page loads, under `/api/`.
    Loader,
    /// A back-office page (`crate::admin`); its posts are built by `super::admin`.
    Admin,
}

/// One route: its pattern (axum's `{placeholders}`), a URL that exercises it, and what it is for.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub path: &'static str,
    pub kind: Kind,
    /// A concrete URL of this route for the seeded data (its placeholders filled).
    pub example: &'static str,
    /// What [`Self::example`] answers: 200 for a page or a file; a form's post without a token is
    /// refused (403) before anything is read; a made-up personal link is not found (404).
    pub status: u16,
    pub what: &'static str,
}

pub const REPORT: &str = "/signaler";
pub const CONFIRM: &str = "/confirmer/{jeton}";
pub const CALLBACK: &str = "/rappel";
pub const CALLBACK_ERASE: &str = "/rappel/effacer";
pub const REQUEST: &str = "/demande/{jeton}";
pub const PROPOSE: &str = "/proposer";
pub const PROPOSAL: &str = "/proposition/{jeton}";
pub const HEALTH: &str = "/health";
pub const METRICS: &str = "/metrics";
pub const API_COMMUNES: &str = "/api/v1/communes";
pub const API_ORIENTATION: &str = "/api/v1/orientation";
pub const API_SNAPSHOT: &str = "/api/v1/instantane";
pub const API_STRUCTURES: &str = "/api/v1/structures";
pub const API_SERVICES: &str = "/api/v1/services";
pub const OPEN_DATA_FILE: &str = "/donnees/{file}";
pub const INDICATORS_FILE: &str = "/indicateurs/{file}";
pub const SERVICE_WORKER: &str = "/sw.js";
pub const AGENDA_ICS: &str = "/agenda.ics";
pub const AGENDA_FILE: &str = "/agenda/{file}";

const fn page(path: &'static str, example: &'static str, what: &'static str) -> Route {
    Route { path, kind: Kind::Page, example, status: 200, what }
}
/// A page opened by a personal, signed link: a made-up one is a 404.
const fn link_page(path: &'static str, example: &'static str, what: &'static str) -> Route {
    Route { path, kind: Kind::Page, example, status: 404, what }
}
const fn form(path: &'static str, example: &'static str, what: &'static str) -> Route {
    Route { path, kind: Kind::Form, example, status: 403, what }
}
const fn data(path: &'static str, example: &'static str, what: &'static str) -> Route {
    Route { path, kind: Kind::Data, example, status: 200, what }
}
const fn loader(path: &'static str, what: &'static str) -> Route {
    Route { path, kind: Kind::Loader, example: path, status: 0, what }
}
const fn admin(path: &'static str, what: &'static str) -> Route {
    Route { path, kind: Kind::Admin, example: path, status: 0, what }
}

/// Every route, public first.
pub const ROUTES: &[Route] = &[
    page("/", "/", "home: the four needs, and the commune"),
    page("/parcours", "/parcours?besoin=demarche", "the parcours, one question per step"),
    page("/orientation", "/orientation?besoin=demarche&commune=01269", "the result: where to go and why"),
    page("/guichet/{insee}", "/guichet/01269", "counter mode of a mairie"),
    page("/guide", "/guide", "the guides, one per EPCI"),
    page("/guide/{siren}", "/guide/200042935", "one EPCI's guide"),
    page("/agenda", "/agenda", "séances to come"),
    page("/accessibilite", "/accessibilite", "accessibility statement"),
    page("/donnees", "/donnees", "open data and its formats"),
    page("/integrer", "/integrer", "the parcours on a partner's site"),
    page("/indicateurs", "/indicateurs", "the comité's indicators"),
    page("/indicateurs/carte", "/indicateurs/carte", "coverage map by EPCI"),
    link_page("/confirmer/{jeton}", "/confirmer/x", "a structure confirms its entry (reminder's link)"),
    page("/confidentialite", "/confidentialite", "privacy statement"),
    page("/hors-ligne", "/hors-ligne", "the page shown offline"),
    page("/lieu/{id}", "/lieu/hinaura-15-mediation", "one place"),
    page(REPORT, "/signaler?service=hinaura-15-mediation", "« Signaler une erreur »"),
    page("/signaler/merci", "/signaler/merci", "a report's thanks"),
    page(
        CALLBACK,
        "/rappel?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=non&demandeur=moi",
        "« Être rappelé »",
    ),
    page("/rappel/envoye", "/rappel/envoye", "a request's receipt"),
    page(CALLBACK_ERASE, "/rappel/effacer", "a person erases their request"),
    link_page("/demande/{jeton}", "/demande/x", "a structure answers a request (its link)"),
    page(PROPOSE, "/proposer", "« Proposer un lieu, un atelier ou une permanence »"),
    page("/carte-des-lieux", "/carte-des-lieux", "the places on a map"),
    link_page("/proposition/{jeton}", "/proposition/x", "a proposer follows their proposal (its link)"),
    link_page("/admin/acces/{jeton}", "/admin/acces/x", "an accepted « C'est ma structure » chooses its account's password (its link)"),
    form(REPORT, "/signaler", "sends a report"),
    form(CONFIRM, "/confirmer/x", "« tout est juste »"),
    form(CALLBACK, "/rappel", "sends a request"),
    form(CALLBACK_ERASE, "/rappel/effacer", "erases a request"),
    form(REQUEST, "/demande/x", "a structure's answer"),
    form(PROPOSE, "/proposer", "sends a proposal"),
    form(PROPOSAL, "/proposition/x", "the proposer's answer"),
    data(HEALTH, "/health", "liveness, for the load balancer"),
    Route { path: METRICS, kind: Kind::Data, example: "/metrics", status: 401, what: "Prometheus metrics, with a bearer token" },
    data(API_COMMUNES, "/api/v1/communes?q=nantua", "communes by name or postcode"),
    data(API_ORIENTATION, "/api/v1/orientation?besoin=demarche&commune=01269", "the engine, for programs"),
    data(API_SNAPSHOT, "/api/v1/instantane", "the offline engine's data"),
    data(API_STRUCTURES, "/api/v1/structures", "structures, in the national standard"),
    data(API_SERVICES, "/api/v1/services", "services, in the national standard"),
    data(OPEN_DATA_FILE, "/donnees/lieux-mediation-numerique.csv", "open data files"),
    data(INDICATORS_FILE, "/indicateurs/besoin.csv", "the indicators' tables as CSV"),
    data(SERVICE_WORKER, "/sw.js", "the service worker (offline parcours)"),
    data(AGENDA_ICS, "/agenda.ics", "the agenda as a calendar"),
    Route { path: AGENDA_FILE, kind: Kind::Data, example: "/agenda/x.ics", status: 404, what: "one séance as a calendar file" },
    loader("/api/agenda", "the agenda's séances"),
    loader("/api/carte-des-lieux", "the places map"),
    loader("/api/communes/trouver", "the commune step's search"),
    loader("/api/confirmer", "a reminder link's entry"),
    loader("/api/demande", "a request link's page"),
    loader("/api/guide/epci", "the EPCI list"),
    loader("/api/guide/epci/contenu", "one guide"),
    loader("/api/guide/epci/groupe", "one guide's working group"),
    loader("/api/indicateurs", "the indicators"),
    loader("/api/indicateurs-carte", "the coverage map"),
    loader("/api/integrer", "the embedding page's preview"),
    loader("/api/lieu", "one place"),
    loader("/api/orientation", "the result page's answer (never counted from outside)"),
    loader("/api/proposer", "the proposal form"),
    loader("/api/proposition", "a proposal link's page"),
    loader("/api/rappel", "« Être rappelé »'s form"),
    loader("/api/rappel-effacer", "the erase form"),
    loader("/api/signaler", "the report form"),
    loader("/api/admin/comptes", "accounts"),
    loader("/api/admin/connexion/jeton", "the login form's token"),
    loader("/api/admin/demande", "one request"),
    loader("/api/admin/demandes", "requests"),
    loader("/api/admin/double-authentification", "the second factor"),
    loader("/api/admin/historique", "an entry's history"),
    loader("/api/admin/imports", "imports"),
    loader("/api/admin/indicateurs", "the coordinators' indicators"),
    loader("/api/admin/acces", "the access link's page"),
    loader("/api/admin/mot-de-passe", "one's own password"),
    loader("/api/admin/proposition", "one proposal"),
    loader("/api/admin/propositions", "proposals"),
    loader("/api/admin/rappels", "reminders"),
    loader("/api/admin/seance", "a séance's form"),
    loader("/api/admin/service", "a service's form"),
    loader("/api/admin/signalements", "the inbox"),
    loader("/api/admin/sites-partenaires", "partner sites"),
    loader("/api/admin/structure", "a structure's form"),
    loader("/api/admin/tableau", "the dashboard"),
    admin("/admin", "my entries"),
    admin("/admin/connexion", "login"),
    admin("/admin/connexion/code", "login, second step"),
    admin("/admin/double-authentification", "second factor"),
    admin("/admin/structures/{id}", "a structure"),
    admin("/admin/services/{id}", "a service"),
    admin("/admin/seances/{id}", "a séance"),
    admin("/admin/historique/{kind}/{id}", "an entry's history"),
    admin("/admin/signalements", "reports and entries to check"),
    admin("/admin/comptes", "accounts"),
    admin("/admin/mot-de-passe", "my password"),
    admin("/admin/imports", "imports"),
    admin("/admin/indicateurs", "indicators"),
    admin("/admin/rappels", "reminders"),
    admin("/admin/sites-partenaires", "partner sites"),
    admin("/admin/demandes", "« être rappelé » requests"),
    admin("/admin/demandes/{id}", "one request"),
    admin("/admin/propositions", "proposals"),
    admin("/admin/propositions/{id}", "one proposal"),
];
