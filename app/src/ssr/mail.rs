//! Sending the reminders by e-mail, through the SMTP relay of the configuration
//! (`AIGUILLAGE_SMTP`, `AIGUILLAGE_COURRIEL`). `lettre` speaks SMTP, STARTTLS and TLS, and builds
//! a correct MIME message (UTF-8 subject and body, encoded as the relay needs). Without a relay
//! the back-office offers `mailto:` links instead (`domain::reminder::mailto`).

use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// A relay and the address the reminders come from (and that people answer to).
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// `url`: `smtp://relais.exemple.fr:587?tls=required` (STARTTLS), `smtps://utilisateur:mot-de-passe@relais.exemple.fr`
    /// (TLS), or `smtp://127.0.0.1:2525` (plain, for a relay on the same machine). `from`: an address.
    /// A value that does not read is refused in French, so that the server does not start with it.
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| "AIGUILLAGE_SMTP n’est pas une adresse de relais lisible : attendu smtp://… ou smtps://… (par exemple smtps://utilisateur:mot-de-passe@relais.exemple.fr).".to_owned())?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = from.parse::<Mailbox>().map_err(|_| {
            format!("AIGUILLAGE_COURRIEL « {from} » n’est pas une adresse électronique (par exemple coordination@exemple.fr).")
        })?;
        Ok(Mailer { transport, from })
    }

    /// The sender's address, which the message names for questions.
    pub fn from_address(&self) -> String {
        self.from.email.to_string()
    }

    /// Sends one plain-text message. The error says in French what went wrong, without the relay's
    /// own words (they may carry its configuration).
    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), String> {
        let to = to.parse::<Mailbox>().map_err(|_| format!("« {to} » n’est pas une adresse électronique."))?;
        let message = Message::builder()
            .from(self.from.clone())
            .reply_to(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|_| "le message n’a pas pu être composé.".to_owned())?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| {
            tracing::warn!(error = %e, "a reminder was not sent");
            "le relais de courriel ne l’a pas accepté (voir le journal du serveur).".to_owned()
        })
    }
}
