//! The hash of the lexicon's word table, over the bytes of a lower-cased
//! token: eight bytes a step (the FxHash scheme), read from a buffer padded
//! with at least [`PAD`] bytes after the word so that no step needs a copy.

/// Bytes a buffer must hold after the last word hashed in it.
pub const PAD: usize = 8;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Eight bytes of `buf` from `at`, little-endian; the caller keeps `at + 8`
/// within the buffer (the padding).
#[inline]
fn word8(buf: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&buf[at..at + 8]);
    u64::from_le_bytes(w)
}

/// The first `n` (< 8) bytes of a word read with [`word8`].
#[inline]
fn low_bytes(w: u64, n: usize) -> u64 {
    w & ((1u64 << (8 * n)) - 1)
}

/// The hash of `buf[from..from + len]`; `buf` holds [`PAD`] bytes after it.
#[inline]
pub fn hash_in(buf: &[u8], from: usize, len: usize) -> u32 {
    let mut h = K ^ len as u64;
    let end = from + len;
    let mut at = from;
    while at + 8 <= end {
        h = (h.rotate_left(5) ^ word8(buf, at)).wrapping_mul(K);
        at += 8;
    }
    if at < end {
        h = (h.rotate_left(5) ^ low_bytes(word8(buf, at), end - at)).wrapping_mul(K);
    }
    // the high half is the better mixed
    (h >> 32) as u32
}

/// The hash of a word of any buffer (copied with padding; for building
/// the table and single lookups).
pub fn hash(bytes: &[u8]) -> u32 {
    let mut buf = Vec::with_capacity(bytes.len() + PAD);
    buf.extend_from_slice(bytes);
    buf.resize(bytes.len() + PAD, 0);
    hash_in(&buf, 0, bytes.len())
}

/// Are `a[from_a..from_a + len]` and `b[from_b..from_b + len]` the same
/// bytes? Both buffers hold [`PAD`] bytes after the word: one integer
/// comparison for words shorter than 8 bytes.
#[inline]
pub fn eq_in(a: &[u8], from_a: usize, b: &[u8], from_b: usize, len: usize) -> bool {
    if len < 8 {
        low_bytes(word8(a, from_a), len) == low_bytes(word8(b, from_b), len)
    } else {
        a[from_a..from_a + len] == b[from_b..from_b + len]
    }
}

/// The byte of a hash kept beside each word, to reject most wrong candidates
/// of a bucket without comparing strings.
#[inline]
pub fn fingerprint(h: u32) -> u8 {
    (h >> 24) as u8
}
