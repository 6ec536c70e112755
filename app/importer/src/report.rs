//! The import report, in French, line by line: what a coordinator reads before applying (dry run) and
//! what the CLI prints after. The same text serves both.

use crate::merge::{How, Outcome, Plan};
use crate::rules;
use domain::result::french_date;
use domain::sources;
use std::fmt::Write;

fn field_name(field: &str) -> &str {
    match field {
        "nom" => "nom",
        "adresse" => "adresse",
        "telephone" => "téléphone",
        "courriel" => "courriel",
        "site_web" => "site",
        "horaires" => "horaires",
        "prise_rdv" => "prise de rendez-vous",
        "siret" => "SIRET",
        "dispositifs" => "labels",
        other => other,
    }
}

fn how(h: &How) -> String {
    match h {
        How::SameKey => "même fiche de la source".into(),
        How::Siret => "même SIRET dans la même commune".into(),
        How::Address => "même adresse".into(),
        How::Name => "même nom dans la même commune".into(),
        How::Nearby { metres } => format!("à {metres} m, nom semblable"),
        How::ReplacesMsap => "France services de la commune d’une maison de services au public de 2019 (le label MSAP a pris fin en 2022 : elle l’a remplacée)".into(),
    }
}

/// One line of counts: « 111 lieux lus : 80 créés, 25 fusionnés, 6 déjà à jour ; 0 refusé… ».
pub fn summary(plan: &Plan) -> String {
    let p = &plan.parsed;
    format!(
        "{} lieux lus : {} créés, {} fusionnés avec un lieu connu, {} déjà à jour ; {} refusés ; {} laissés de côté ; {} rapprochements possibles non faits ; {} absents du nouveau fichier.",
        p.candidates.len() + p.refusals.len() + p.skipped.len(),
        plan.created(),
        plan.merged(),
        plan.unchanged(),
        p.refusals.len(),
        p.skipped.len(),
        plan.near_misses.len(),
        plan.flagged.len()
    )
}

/// The whole report. `applied` says whether it was written or only simulated.
pub fn render(file: &str, plan: &Plan, applied: bool) -> String {
    let p = &plan.parsed;
    let mut out = String::new();
    let _ = writeln!(out, "Import de « {file} » — {}, encodage {}", p.format, p.encoding);
    let _ = writeln!(out, "{}", summary(plan));
    let _ = writeln!(
        out,
        "{}",
        match (applied, p.refusals.is_empty(), plan.changes_nothing()) {
            (true, _, _) => "Appliqué : ces changements sont enregistrés (une entrée du journal, annulable).",
            (false, _, true) => "Rien à changer : le répertoire est déjà à jour pour ce fichier.",
            (false, false, _) => "Essai seulement : rien n’est écrit tant que des lignes sont refusées. Corrigez le fichier, ou appliquez sans les lignes refusées.",
            (false, true, false) => "Essai seulement : rien n’est encore écrit.",
        }
    );
    if !p.refusals.is_empty() {
        let _ = writeln!(out, "\nRefusés :");
        for r in &p.refusals {
            let _ = writeln!(out, "  ligne {}, colonne « {} », valeur « {} » : {}", r.line, r.column, r.value, r.reason);
        }
    }
    let mut created = String::new();
    let mut merged = String::new();
    for o in &plan.outcomes {
        match o {
            Outcome::Created { line, id, nom, commune } => {
                let _ = writeln!(created, "  ligne {line} : « {nom} » ({commune}) → {id}");
            }
            Outcome::Merged { line, id, nom, how: h, changes, kept, services_added } => {
                let mut parts = vec![format!("ligne {line} : fusionné avec « {nom} » ({id}), {}", how(h))];
                for c in changes {
                    parts.push(format!(
                        "{} : « {} » → « {} »",
                        field_name(&c.field),
                        c.before.as_deref().unwrap_or(""),
                        c.after.as_deref().unwrap_or("")
                    ));
                }
                for (field, date) in kept {
                    parts.push(format!("{} gardé : corrigé à la main le {}", field_name(field), french_date(date)));
                }
                for s in services_added {
                    parts.push(format!("service ajouté : {s}"));
                }
                let _ = writeln!(merged, "  {}", parts.join(" ; "));
            }
            Outcome::Unchanged { .. } => {}
        }
    }
    if !created.is_empty() {
        let _ = write!(out, "\nCréés (« à vérifier » jusqu’à ce qu’une personne les confirme) :\n{created}");
    }
    if !merged.is_empty() {
        let _ = write!(out, "\nFusionnés :\n{merged}");
    }
    if !plan.near_misses.is_empty() {
        let _ = writeln!(out, "\nRapprochements possibles, non faits (à regarder) :");
        for m in &plan.near_misses {
            let distance = m.metres.map_or(String::new(), |d| format!(", à {d} m"));
            let _ = writeln!(
                out,
                "  ligne {} : « {} » ressemble à « {} » ({}){distance}, noms semblables à {:.0} %",
                m.line,
                m.nom,
                m.existing,
                m.id,
                m.likeness * 100.0
            );
        }
    }
    if !plan.flagged.is_empty() {
        let _ = writeln!(out, "\nAbsents du nouveau fichier (signalés aux coordinateurs, rien n’est effacé) :");
        for f in &plan.flagged {
            let _ = writeln!(out, "  « {} » ({}) : listé par {} du {}", f.nom, f.id, sources::name(&f.source), french_date(&f.date));
        }
    }
    if !plan.withdrawn.is_empty() {
        let _ = writeln!(out, "\nLabels retirés (leur autorité ne liste plus le lieu) :");
        for w in &plan.withdrawn {
            let _ = writeln!(out, "  « {} » ({}) : {}", w.nom, w.id, w.label.plain());
        }
    }
    if !p.skipped.is_empty() {
        let _ = writeln!(out, "\nLaissés de côté :");
        for s in &p.skipped {
            let _ = writeln!(out, "  ligne {} : « {} » : {}", s.line, s.nom, s.reason);
        }
    }
    let notes: Vec<String> = p.candidates.iter().flat_map(|c| c.notes.iter().map(move |n| format!("  ligne {} : {n}", c.line))).collect();
    if !notes.is_empty() {
        let _ = writeln!(out, "\nRemarques :\n{}", notes.join("\n"));
    }
    let believed: Vec<&crate::authority::Authority> = crate::authority::ALL
        .iter()
        .filter(|a| {
            plan.withdrawn.iter().any(|w| w.label == a.programme) || p.candidates.iter().any(|c| c.refused_labels.contains(&a.programme))
        })
        .collect();
    if !believed.is_empty() {
        let _ = writeln!(out, "\nQui donne les labels nationaux :");
        for a in believed {
            let _ = writeln!(out, "  {} : {}", a.programme.plain(), a.regle);
        }
    }
    let used: Vec<&rules::Rule> =
        rules::ALL.iter().copied().filter(|r| plan.services.iter().any(|s| s.id.ends_with(&format!("-{}", r.suffix)))).collect();
    if !used.is_empty() {
        let _ = writeln!(out, "\nRègles appliquées quand la source n’en dit pas plus :");
        for r in used {
            let _ = writeln!(out, "  {} : {}", r.nom, r.regle);
        }
    }
    out
}
