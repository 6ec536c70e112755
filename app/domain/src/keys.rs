//! The URL keys of a journey that are not questions of the flow, defined once: the parser, the URL
//! builders, the pages' hidden fields and the flow's validation (no question may take one) read them.
//! Their own module, below both `flow` and `journey`, so that neither imports the other for them.

pub const BESOIN: &str = "besoin";
pub const COMMUNE: &str = "commune";
/// The commune as typed, before it is resolved.
pub const TEXTE: &str = "q";
/// The commune was chosen among several (an empty choice is then an error to show).
pub const CHOIX: &str = "choix";
/// The screen whose form was submitted: its missing answers are errors to show.
pub const ETAPE: &str = "etape";
pub const IMPRIMER: &str = "imprimer";
pub const GUICHET: &str = "guichet";
pub const RESERVED: [&str; 7] = [BESOIN, COMMUNE, TEXTE, CHOIX, ETAPE, IMPRIMER, GUICHET];
