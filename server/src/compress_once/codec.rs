//! The two encodings whose pieces can be compressed apart and joined into one valid stream, and how
//! they are joined around a nonce. Pure: bytes in, bytes out (tested below against the codecs' own
//! decoders).

use axum::body::Bytes;
use axum::http::HeaderValue;
use flate2::{Compress, Compression, FlushCompress};

/// zstd's level 6 and deflate's level 6: 11.0 and 11.1 KB for a 46 KB result page, in 0.3 and 0.6 ms,
/// paid once per distinct page (brotli 5, on every response before: 10.3 KB in 0.9 ms).
const ZSTD_LEVEL: i32 = 6;
const DEFLATE_LEVEL: u32 = 6;

/// A gzip member's header: deflate, no name, no time, unknown OS (RFC 1952, 2.3).
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
/// An empty final deflate block (fixed codes, end of block): what ends every joined member.
const DEFLATE_END: [u8; 2] = [0x03, 0x00];
/// A zstd frame's magic number, little-endian (RFC 8878, 3.1.1).
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

/// An encoding this module joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Codec {
    Zstd,
    Gzip,
}

impl Codec {
    /// The encoding to send to a client whose `Accept-Encoding` is `accept`: zstd unless the client
    /// prefers gzip by its weights, gzip, or none of the two (then the page goes on as it was).
    pub fn preferred(accept: &str) -> Option<Codec> {
        let (mut zstd, mut gzip, mut any) = (None, None, None);
        for item in accept.split(',') {
            let mut fields = item.split(';');
            let name = fields.next().unwrap_or_default().trim().to_ascii_lowercase();
            let weight = fields
                .find_map(|f| {
                    let f = f.trim();
                    (f.len() > 2 && f[..2].eq_ignore_ascii_case("q=")).then(|| f[2..].trim().parse::<f32>().unwrap_or(0.0))
                })
                .unwrap_or(1.0);
            match name.as_str() {
                "zstd" => zstd = Some(weight),
                "gzip" | "x-gzip" => gzip = Some(weight),
                "*" => any = Some(weight),
                _ => {}
            }
        }
        let zstd = zstd.or(any).unwrap_or(0.0);
        let gzip = gzip.or(any).unwrap_or(0.0);
        if zstd > 0.0 && zstd >= gzip {
            Some(Codec::Zstd)
        } else if gzip > 0.0 {
            Some(Codec::Gzip)
        } else {
            None
        }
    }

    /// The `Content-Encoding` value.
    pub fn header(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Codec::Zstd => "zstd",
            Codec::Gzip => "gzip",
        })
    }

    /// One piece, compressed so that it can be joined: a whole zstd frame, or raw deflate blocks that
    /// end on a byte boundary and are not final. An empty piece is nothing.
    pub fn compress(self, piece: &[u8]) -> std::io::Result<Vec<u8>> {
        if piece.is_empty() {
            return Ok(Vec::new());
        }
        match self {
            Codec::Zstd => zstd::bulk::compress(piece, ZSTD_LEVEL),
            Codec::Gzip => deflate_blocks(piece),
        }
    }

    /// The page whose `pieces` (compressed: `compressed`) were separated by `nonce`, as one stream.
    pub fn join(self, pieces: &[Bytes], compressed: &[Bytes], nonce: &[u8]) -> Vec<u8> {
        let size = compressed.iter().map(Bytes::len).sum::<usize>() + pieces.len() * (nonce.len() + 16) + 32;
        let mut out = Vec::with_capacity(size);
        match self {
            Codec::Zstd => {
                for (i, piece) in compressed.iter().enumerate() {
                    if i > 0 {
                        raw_frame(&mut out, nonce);
                    }
                    out.extend_from_slice(piece);
                }
                // An empty page is still one frame: a stream needs at least one.
                if out.is_empty() {
                    raw_frame(&mut out, &[]);
                }
            }
            Codec::Gzip => {
                out.extend_from_slice(&GZIP_HEADER);
                let mut crc = crc32fast::Hasher::new();
                let mut length = 0usize;
                for (i, (piece, deflated)) in pieces.iter().zip(compressed).enumerate() {
                    if i > 0 {
                        stored_block(&mut out, nonce);
                        crc.update(nonce);
                        length += nonce.len();
                    }
                    out.extend_from_slice(deflated);
                    crc.update(piece);
                    length += piece.len();
                }
                out.extend_from_slice(&DEFLATE_END);
                out.extend_from_slice(&crc.finalize().to_le_bytes());
                // ISIZE is the length modulo 2^32 (RFC 1952, 2.3.1).
                out.extend_from_slice(&((length & 0xffff_ffff) as u32).to_le_bytes());
            }
        }
        out
    }
}

/// Raw deflate blocks of `piece`, flushed to a byte boundary (a sync flush), with no final block.
fn deflate_blocks(piece: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut deflate = Compress::new(Compression::new(DEFLATE_LEVEL), false);
    let mut out = Vec::with_capacity(piece.len() / 3 + 64);
    loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity().max(1024));
        }
        let read = deflate.total_in() as usize;
        deflate.compress_vec(&piece[read..], &mut out, FlushCompress::Sync).map_err(std::io::Error::other)?;
        // Done when all was read and the flush left room in the output (zlib's rule).
        if deflate.total_in() as usize == piece.len() && out.len() < out.capacity() {
            return Ok(out);
        }
    }
}

/// `bytes` as one stored deflate block, not final (RFC 1951, 3.2.4): the stream is on a byte
/// boundary, so the block's three header bits and their padding are one zero byte.
fn stored_block(out: &mut Vec<u8>, bytes: &[u8]) {
    for chunk in bytes.chunks(u16::MAX as usize) {
        let len = chunk.len() as u16;
        out.push(0);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
}

/// `bytes` as one zstd frame of raw blocks (RFC 8878, 3.1.1): a single segment whose 4-byte
/// content size is given, no checksum, blocks of at most 128 KB.
fn raw_frame(out: &mut Vec<u8>, bytes: &[u8]) {
    const BLOCK: usize = 128 * 1024;
    out.extend_from_slice(&ZSTD_MAGIC);
    // Frame_Content_Size_flag 2 (4 bytes), Single_Segment_flag.
    out.push(0b1010_0000);
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    let mut chunks = bytes.chunks(BLOCK).peekable();
    if chunks.peek().is_none() {
        out.extend_from_slice(&[1, 0, 0]);
    }
    while let Some(chunk) = chunks.next() {
        let last = u32::from(chunks.peek().is_none());
        // Last_Block (bit 0), Block_Type 0 = raw (bits 1-2), Block_Size (bits 3-23).
        let header = last | ((chunk.len() as u32) << 3);
        out.extend_from_slice(&header.to_le_bytes()[..3]);
        out.extend_from_slice(chunk);
    }
}

#[cfg(test)]
#[path = "codec_tests.rs"]
mod tests;
