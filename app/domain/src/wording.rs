//! The fixed words of the parcours' pages, written once. The server's Leptos pages and the offline
//! engine's HTML both read them (and `server/tests/offline_parity.rs` compares the two pages), so a
//! sentence changed here changes everywhere; translations will start from this one place. The result
//! page's own words are in `result_page`.

pub const NEED_TITLE: &str = "De quoi avez-vous besoin ?";
pub const NEED_LEGEND: &str = "Choisissez ce qui vous aiderait le plus.";
pub const COUNTER_NEED_TITLE: &str = "Quel est le besoin de la personne ?";
pub const COUNTER_NEED_LEGEND: &str = "Choisissez avec la personne.";
pub const NEED_MISSING: &str = "Choisissez un besoin dans la liste.";
pub const ANSWER_MISSING: &str = "Choisissez une réponse.";
pub const SEVERAL_ANSWERS_HINT: &str = "Cochez tout ce qui vous concerne, ou rien.";
pub const COMMENT_TITLE: &str = "Comment pouvez-vous y aller ?";
pub const COMMUNE_TITLE: &str = "Dans quelle commune habitez-vous ?";
pub const COMMUNE_INTRO: &str = "Nous cherchons l’aide la plus proche, dans votre intercommunalité.";
pub const COMMUNE_LABEL: &str = "Votre commune";
pub const COMMUNE_HINT: &str = "Son nom ou son code postal. Par exemple : Nantua, ou 01130.";
pub const COMMUNE_CHOICE_MISSING: &str = "Choisissez votre commune dans la liste.";
pub const OTHER_COMMUNE: &str = "Chercher une autre commune";
pub const CHANGE_COMMUNE: &str = "Changer de commune";
pub const CONTINUE: &str = "Continuer";
pub const SEE_RESULTS: &str = "Voir les aides";
pub const RESTART: &str = "Recommencer";
pub const NEW_PERSON: &str = "Nouvelle personne";
pub const EDIT_ANSWERS: &str = "Modifier mes réponses";
pub const PARENTS_SEANCES: &str = "Prochaines séances pour les parents";
/// The heading of the page for a link that cannot work (a 400), and its way on.
pub const BAD_LINK: &str = "Cette adresse ne fonctionne pas";
pub const RESTART_HOME: &str = "Recommencer depuis l’accueil";

/// « Réaliser une démarche : précisez ».
pub fn precision_title(need: &str) -> String {
    format!("{need} : précisez")
}

pub fn several_communes(typed: &str) -> String {
    format!("Plusieurs communes correspondent à « {typed} ». Laquelle est la vôtre ?")
}

pub fn unknown_commune(code: &str) -> String {
    format!("Le code « {code} » ne correspond à aucune commune de l’Ain.")
}

pub fn unknown_counter(shown: &str) -> String {
    format!(
        "« {shown} » n’est le code d’aucune commune de l’Ain. L’adresse du guichet est /guichet/ suivi du code INSEE de la commune, par exemple /guichet/01269."
    )
}

pub fn counter_banner(commune: &str) -> String {
    format!("Guichet d’orientation · {commune}")
}
