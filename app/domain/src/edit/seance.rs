//! The séance form.

use super::{commune, text, Context, FieldErrors, Fields};
use crate::seance::{parse_date, LocalDateTime, Seance, SeancePublic};
use crate::taxonomy::ServiceKind;

pub fn seance_fields(s: &Seance) -> Fields {
    let mut f = Fields::default();
    f.push("titre", s.titre.clone());
    f.push("public", s.public.code());
    f.push("theme", s.theme.label());
    f.push("date", s.debut.date());
    f.push("debut", s.debut.time());
    f.push("fin", s.fin.time());
    f.push("lieu", s.lieu.clone());
    f.push("commune", s.commune.as_str());
    f.push("capacite", s.capacite.map(|c| c.to_string()).unwrap_or_default());
    f.push("inscription", s.inscription.clone());
    f.push("description", s.description.clone().unwrap_or_default());
    f
}

/// A séance of `service` with id `id`. A new séance must not start in the past.
pub fn parse_seance(fields: &Fields, id: &str, service: &str, ctx: &Context, is_new: bool) -> Result<Seance, FieldErrors> {
    let mut e = FieldErrors::default();
    let titre = text(fields, &mut e, "titre", "le titre", 120, true);
    let public = SeancePublic::from_code(fields.get("public"));
    if public.is_none() {
        e.add("public", "Choisissez à qui s’adresse la séance.");
    }
    let theme = ServiceKind::from_label(fields.get("theme"));
    if theme.is_none() {
        e.add("theme", "Choisissez le thème.");
    }
    let date = fields.get("date");
    let debut = LocalDateTime::parse(date, fields.get("debut"));
    let fin = LocalDateTime::parse(date, fields.get("fin"));
    if parse_date(date).is_none() {
        e.add("date", "Indiquez la date au format JJ/MM/AAAA.");
    } else if is_new && date < ctx.today {
        e.add("date", "Cette date est passée.");
    }
    if debut.is_none() {
        e.add("debut", "Indiquez l’heure de début (exemple : 14:00).");
    }
    match (&debut, &fin) {
        (_, None) => e.add("fin", "Indiquez l’heure de fin (exemple : 16:00)."),
        (Some(d), Some(f)) if f <= d => e.add("fin", "La fin doit être après le début."),
        _ => {}
    }
    let lieu = text(fields, &mut e, "lieu", "le lieu", 200, true);
    let commune = commune(fields, &mut e, "commune", ctx.gazetteer, true);
    let capacite = match fields.get("capacite") {
        "" => None,
        raw => match raw.parse::<u32>() {
            Ok(n) if (1..=10_000).contains(&n) => Some(n),
            _ => {
                e.add("capacite", "Un nombre de places entre 1 et 10 000, ou rien.");
                None
            }
        },
    };
    let inscription = text(fields, &mut e, "inscription", "comment s’inscrire (ou « Entrée libre »)", 300, true);
    let description = text(fields, &mut e, "description", "", 1000, false);
    e.into_result(|| Seance {
        id: id.to_owned(),
        service: service.to_owned(),
        titre: titre.unwrap_or_default(),
        public: public.unwrap_or(SeancePublic::Tous),
        theme: theme.unwrap_or(ServiceKind::Quotidien),
        debut: debut.expect("checked"),
        fin: fin.expect("checked"),
        lieu: lieu.unwrap_or_default(),
        commune: commune.expect("checked"),
        capacite,
        inscription: inscription.unwrap_or_default(),
        description,
    })
}
