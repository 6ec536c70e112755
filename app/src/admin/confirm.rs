//! Typing one's password again before managing accounts (ASVS 5.0 V7, re-authentication): a
//! coordinator's session left open on a mairie's shared computer must not be enough to create an
//! account or give one a new password. The form is shown in place of a page's own forms while the
//! password was last typed more than 15 minutes ago; its post is in [`post`].

#[cfg(feature = "ssr")]
pub mod post;

use crate::components::form_fields::{ErrorSummary, TextField, Token};
use crate::domain::edit::{FieldErrors, Fields};
use crate::routes::admin as urls;
use leptos::prelude::*;

/// The password form, sending back to `retour` (a back-office page) once confirmed.
#[component]
pub fn ConfirmPassword(jeton: String, retour: &'static str, failed: bool) -> impl IntoView {
    let mut errors = FieldErrors::default();
    if failed {
        errors.0.push(("mot_de_passe".into(), "Ce n’est pas votre mot de passe.".into()));
    }
    view! {
        <section aria-labelledby="confirmer-titre">
            <h2 id="confirmer-titre">"Confirmez votre mot de passe"</h2>
            <p>"Pour gérer les comptes, retapez votre mot de passe : vous ne l’avez pas saisi depuis plus de 15 minutes."</p>
            <ErrorSummary errors=errors.clone() title="Le mot de passe n’a pas été confirmé" intro="Corrigez ce point, puis confirmez de nouveau :"/>
            <form method="post" action=urls::CONFIRM class="admin-form admin-form--narrow">
                <Token jeton/>
                <input type="hidden" name="retour" value=retour/>
                <TextField name="mot_de_passe" label="Votre mot de passe" kind="password" autocomplete="current-password" required=true maxlength=64
                    fields=Fields::default() errors/>
                <button type="submit" class="button">"Confirmer"</button>
            </form>
        </section>
    }
}
