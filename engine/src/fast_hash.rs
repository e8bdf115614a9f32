//! A fast hash for the engine's small tables keyed by words and keys (the
//! FxHash scheme of rustc: eight bytes a step). The standard SipHash costs
//! about a hundred instructions a key, and these tables are filled once per
//! text, on every keystroke. Not for untrusted keys at scale: a text can only
//! slow its own annotation down.

use std::hash::{BuildHasher, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hash of a string.
pub fn hash(s: &str) -> u64 {
    BuildFx.hash_one(s)
}

#[derive(Clone, Copy)]
pub struct Fx(u64);

impl Default for Fx {
    /// Not zero: from zero, a zero word would leave the state unchanged.
    fn default() -> Self {
        Fx(SEED)
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // the tail's bytes little-endian, zero-padded: four, two and one
            // bytes at a time (a copy into a buffer calls `memcpy`)
            let (mut last, mut i) = (0u64, 0);
            if rest.len() >= 4 {
                last = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
                i = 4;
            }
            if rest.len() - i >= 2 {
                last |= u64::from(u16::from_le_bytes([rest[i], rest[i + 1]])) << (8 * i);
                i += 2;
            }
            if i < rest.len() {
                last |= u64::from(rest[i]) << (8 * i);
            }
            self.add(last);
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// Builds [`Fx`] hashers for `HashMap::with_hasher`.
#[derive(Clone, Copy, Default)]
pub struct BuildFx;

impl BuildHasher for BuildFx {
    type Hasher = Fx;
    fn build_hasher(&self) -> Fx {
        Fx::default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_strings_hash_alike_and_others_apart() {
        use super::hash;
        assert_eq!(hash("Kyiv"), hash("Kyiv"));
        assert_ne!(hash("Kyiv"), hash("Kiev"));
        // the zero padding of a short tail does not make prefixes collide
        // (a str's Hash ends with a 0xff byte)
        assert_ne!(hash("abcdefgh"), hash("abcdefgh\0"));
        assert_ne!(hash(""), hash("\0"));
        // the tail read four, two and one bytes at a time is the zero-padded word
        for len in 1..8 {
            let bytes: Vec<u8> = (1..=len as u8).collect();
            let mut padded = [0u8; 8];
            padded[..len].copy_from_slice(&bytes);
            let mut a = super::Fx::default();
            std::hash::Hasher::write(&mut a, &bytes);
            let mut b = super::Fx::default();
            b.add(u64::from_le_bytes(padded));
            assert_eq!(std::hash::Hasher::finish(&a), std::hash::Hasher::finish(&b), "{len} bytes");
        }
    }
}
