//! A local SMTP server for the tests, on a free loopback port: it accepts every message, keeps its
//! raw bytes (dot-unstuffed, as RFC 5321 says), and never relays anything.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

pub struct Sink {
    /// `smtp://127.0.0.1:port`, plain: what `AIGUILLAGE_SMTP` is set to.
    pub url: String,
    pub messages: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl Sink {
    pub async fn start() -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("free port");
        let url = format!("smtp://{}", listener.local_addr().unwrap());
        let messages: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
        let kept = Arc::clone(&messages);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(session(stream, Arc::clone(&kept)));
            }
        });
        Sink { url, messages }
    }

    pub fn received(&self) -> Vec<Vec<u8>> {
        self.messages.lock().unwrap().clone()
    }

    /// The messages received, decoded: (to, subject, body); waits up to 5 s for `n` of them.
    pub async fn decoded(&self, n: usize) -> Vec<(String, String, String)> {
        for _ in 0..50 {
            if self.received().len() >= n {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        self.received()
            .iter()
            .map(|raw| {
                let m = mail_parser::MessageParser::default().parse(raw).unwrap();
                let to = m.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned();
                (to, m.subject().unwrap_or_default().to_owned(), m.body_text(0).unwrap_or_default().to_string())
            })
            .collect()
    }
}

async fn session(stream: TcpStream, messages: Arc<Mutex<Vec<Vec<u8>>>>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let _ = write.write_all(b"220 sink.test ESMTP\r\n").await;
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let verb = String::from_utf8_lossy(&line).to_ascii_uppercase();
        let answer: &[u8] = if verb.starts_with("EHLO") {
            b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
        } else if verb.starts_with("HELO")
            || verb.starts_with("MAIL")
            || verb.starts_with("RCPT")
            || verb.starts_with("RSET")
            || verb.starts_with("NOOP")
        {
            b"250 OK\r\n"
        } else if verb.starts_with("DATA") {
            let _ = write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await;
            let mut message = Vec::new();
            loop {
                line.clear();
                if lines.read_until(b'\n', &mut line).await.unwrap_or(0) == 0 {
                    return;
                }
                if line == b".\r\n" {
                    break;
                }
                message.extend_from_slice(if line.starts_with(b"..") { &line[1..] } else { &line });
            }
            messages.lock().unwrap().push(message);
            b"250 OK queued\r\n"
        } else if verb.starts_with("QUIT") {
            let _ = write.write_all(b"221 Bye\r\n").await;
            return;
        } else {
            b"502 Command not implemented\r\n"
        };
        if write.write_all(answer).await.is_err() {
            return;
        }
    }
}
