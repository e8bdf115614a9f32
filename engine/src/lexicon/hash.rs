//! The hash of the lexicon's word table: FNV-1a over the bytes of a
//! lower-cased token. `build.rs` includes this file, so the table it builds
//! and the lookups at run time agree.

/// FNV-1a, 32 bits.
#[inline]
pub fn hash(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h
}

/// The byte of a hash kept beside each word, to reject most wrong candidates
/// of a bucket without comparing strings.
#[inline]
pub fn fingerprint(h: u32) -> u8 {
    (h >> 24) as u8
}
