use super::*;
use std::io::Read;

fn pieces(page: &str, nonce: &str) -> Vec<Bytes> {
    page.split(nonce).map(|p| Bytes::copy_from_slice(p.as_bytes())).collect()
}

fn joined(codec: Codec, page: &str, nonce: &str, other_nonce: &str) -> Vec<u8> {
    let pieces = pieces(page, nonce);
    let compressed: Vec<Bytes> = pieces.iter().map(|p| Bytes::from(codec.compress(p).unwrap())).collect();
    codec.join(&pieces, &compressed, other_nonce.as_bytes())
}

fn page() -> String {
    let body = "<p>Une ligne du résultat, répétée pour que la compression ait à faire.</p>".repeat(400);
    format!(
        r#"<!DOCTYPE html><html><head><script nonce="N0NCE">a()</script></head><body>{body}<script nonce="N0NCE">b()</script></body></html>"#
    )
}

#[test]
fn a_joined_zstd_stream_decodes_to_the_page_with_the_new_nonce() {
    let stream = joined(Codec::Zstd, &page(), "N0NCE", "autre-nonce-22-signes");
    let decoded = zstd::stream::decode_all(&stream[..]).unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), page().replace("N0NCE", "autre-nonce-22-signes"));
    assert!(stream.len() < page().len() / 10, "compressed: {} bytes", stream.len());
}

#[test]
fn a_joined_gzip_member_decodes_to_the_page_with_the_new_nonce_and_its_checksum_holds() {
    let stream = joined(Codec::Gzip, &page(), "N0NCE", "autre-nonce-22-signes");
    let mut decoded = String::new();
    // GzDecoder checks the CRC-32 and the length at the end of the member.
    flate2::read::GzDecoder::new(&stream[..]).read_to_string(&mut decoded).unwrap();
    assert_eq!(decoded, page().replace("N0NCE", "autre-nonce-22-signes"));
    assert!(stream.len() < page().len() / 10, "compressed: {} bytes", stream.len());
}

#[test]
fn a_page_without_a_nonce_or_made_only_of_it_still_decodes() {
    for page in ["<p>sans nonce</p>", "N0NCE", "N0NCEN0NCE", ""] {
        let z = zstd::stream::decode_all(&joined(Codec::Zstd, page, "N0NCE", "xyz")[..]).unwrap();
        assert_eq!(String::from_utf8(z).unwrap(), page.replace("N0NCE", "xyz"));
        let mut g = String::new();
        flate2::read::GzDecoder::new(&joined(Codec::Gzip, page, "N0NCE", "xyz")[..]).read_to_string(&mut g).unwrap();
        assert_eq!(g, page.replace("N0NCE", "xyz"));
    }
}

#[test]
fn a_raw_frame_larger_than_a_block_decodes() {
    let big = vec![b'x'; 300 * 1024];
    let mut out = Vec::new();
    raw_frame(&mut out, &big);
    assert_eq!(zstd::stream::decode_all(&out[..]).unwrap(), big);
}

#[test]
fn the_encoding_follows_the_clients_weights() {
    assert_eq!(Codec::preferred("gzip, deflate, br, zstd"), Some(Codec::Zstd), "Chromium");
    assert_eq!(Codec::preferred("gzip, deflate, br"), Some(Codec::Gzip), "Safari");
    assert_eq!(Codec::preferred("br"), None, "brotli alone: the compression layer's");
    assert_eq!(Codec::preferred("identity"), None);
    assert_eq!(Codec::preferred(""), None);
    assert_eq!(Codec::preferred("zstd;q=0, gzip"), Some(Codec::Gzip));
    assert_eq!(Codec::preferred("zstd;q=0.5, gzip;Q=0.8"), Some(Codec::Gzip));
    assert_eq!(Codec::preferred("gzip;q=0, zstd;q=0"), None);
    assert_eq!(Codec::preferred("*"), Some(Codec::Zstd));
    assert_eq!(Codec::preferred("*;q=0, GZIP"), Some(Codec::Gzip));
}
