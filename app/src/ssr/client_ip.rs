//! Who is asking, for the rate limits: the socket's peer, or, behind a reverse proxy the operator
//! names, the address that proxy saw. `X-Forwarded-For` is read only when the peer is one of those
//! proxies: from anyone else it is a header the client wrote, and trusting it would give every
//! request a bucket of its own.

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// The client's address, for rate limiting.
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        static PROXIES: std::sync::OnceLock<Vec<IpAddr>> = std::sync::OnceLock::new();
        // The server refuses to start on a value it cannot read (`server::config`), so the empty
        // list here is only for a process that never checked it: no proxy is trusted.
        let proxies =
            PROXIES.get_or_init(|| std::env::var("AIGUILLAGE_PROXY").map(|v| trusted_proxies(&v).unwrap_or_default()).unwrap_or_default());
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let forwarded = parts.headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
        Ok(ClientIp(client_ip(peer, &forwarded, proxies)))
    }
}

/// `AIGUILLAGE_PROXY`: `1` for a proxy on this machine (127.0.0.1 or ::1), or the proxies' addresses
/// separated by commas. Anything else is refused, with the reason in French.
pub fn trusted_proxies(value: &str) -> Result<Vec<IpAddr>, String> {
    match value.trim() {
        "" | "0" => Ok(Vec::new()),
        "1" => Ok(vec![IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V6(Ipv6Addr::LOCALHOST)]),
        list => list
            .split(',')
            .map(|a| {
                a.trim().parse::<IpAddr>().map_err(|_| {
                    format!("AIGUILLAGE_PROXY : « {} » n’est pas une adresse IP. Attendu 1 (un proxy sur cette machine) ou les adresses des proxys séparées par des virgules (par exemple 10.0.0.2,10.0.0.3).", a.trim())
                })
            })
            .collect(),
    }
}

/// The client behind `peer`: when `peer` is a trusted proxy, the last address of `forwarded` that is
/// not itself a trusted proxy (each proxy appends the address it saw, so the ones on the left were
/// written by the client); otherwise `peer` itself.
pub fn client_ip(peer: Option<IpAddr>, forwarded: &str, proxies: &[IpAddr]) -> IpAddr {
    let unknown = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
    let Some(peer) = peer else { return unknown };
    if !proxies.contains(&peer) {
        return peer;
    }
    let mut chain = forwarded.rsplit(',').map(str::trim).filter(|a| !a.is_empty());
    let mut last = peer;
    for entry in &mut chain {
        match entry.parse::<IpAddr>() {
            Ok(ip) if proxies.contains(&ip) => last = ip,
            Ok(ip) => return ip,
            // A garbled entry: nothing left of it can be trusted, so the last proxy is the client.
            Err(_) => return last,
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn x_forwarded_for_counts_only_when_a_trusted_proxy_sent_it() {
        let proxies = trusted_proxies("1").unwrap();
        assert_eq!(
            client_ip(Some(ip("203.0.113.9")), "198.51.100.1", &proxies),
            ip("203.0.113.9"),
            "from anyone else, the header is ignored"
        );
        assert_eq!(client_ip(Some(ip("127.0.0.1")), "198.51.100.1", &proxies), ip("198.51.100.1"));
        assert_eq!(
            client_ip(Some(ip("127.0.0.1")), "6.6.6.6, 198.51.100.1", &proxies),
            ip("198.51.100.1"),
            "what the client wrote on the left is not read"
        );
        assert_eq!(client_ip(Some(ip("127.0.0.1")), "", &proxies), ip("127.0.0.1"));
        assert_eq!(client_ip(Some(ip("198.51.100.1")), "6.6.6.6", &[]), ip("198.51.100.1"), "no proxy configured");
    }

    #[test]
    fn a_chain_of_named_proxies_is_walked_back_to_the_client() {
        let proxies = trusted_proxies("10.0.0.2, 10.0.0.3").unwrap();
        assert_eq!(client_ip(Some(ip("10.0.0.3")), "6.6.6.6, 198.51.100.1, 10.0.0.2", &proxies), ip("198.51.100.1"));
        assert_eq!(client_ip(Some(ip("10.0.0.3")), "198.51.100.1, pas-une-adresse, 10.0.0.2", &proxies), ip("10.0.0.2"));
    }

    #[test]
    fn an_unreadable_proxy_setting_is_refused_in_french() {
        let error = trusted_proxies("oui").unwrap_err();
        assert!(error.contains("« oui » n’est pas une adresse IP"), "{error}");
        assert_eq!(trusted_proxies("0").unwrap(), Vec::<IpAddr>::new());
    }
}
