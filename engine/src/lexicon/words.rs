//! Sets of words tested per token by their id in the lexicon's word table:
//! one bit test instead of string comparisons. Each token's id is found once
//! by the lexicon scan ([`crate::text::Analysis::word`]).
//!
//! A set is built once per process from a list of lower-case words (e.g. in a
//! `static LazyLock<WordSet>`). Words of the list that no lexicon phrase
//! contains have no id; a token that has no id either is compared with those
//! few words as text.

use super::index::{index, NO_WORD};

/// The id of a lower-cased word in the lexicon's word table; [`NO_WORD`] when
/// no phrase of any list contains it.
pub type WordId = u16;

pub use super::index::NO_WORD as NONE;

/// The id of a lower-case word (see [`WordId`]).
pub fn word_id(lower: &str) -> WordId {
    index().word_id(lower.as_bytes())
}

/// A set of lower-case words (ASCII), matched in any ASCII case like
/// `str::eq_ignore_ascii_case`.
/// The bit of a length in [`WordSet::rest_lens`] (lengths from 63 share the last).
#[inline]
fn len_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The bit of a word's first byte in [`WordSet::rest_firsts`] (the same for
/// both ASCII cases of a letter).
#[inline]
fn first_bit(w: &str) -> u32 {
    w.as_bytes().first().map_or(0, |&b| 1 << (b & 31))
}

#[derive(Debug, Clone)]
pub struct WordSet {
    /// One bit per word id.
    bits: Vec<u64>,
    /// The words without an id, sorted.
    rest: Vec<&'static str>,
    /// Bit `n` (< 64): a word of `rest` has `n` bytes (a quick "no" for most tokens).
    rest_lens: u64,
    /// Bit `b & 31` for the first byte `b` of each word of `rest` (ASCII case ignored).
    rest_firsts: u32,
}

impl WordSet {
    pub fn new(words: &[&'static str]) -> WordSet {
        let ix = index();
        let mut bits = vec![0u64; ix.word_end.len().div_ceil(64)];
        let mut rest = Vec::new();
        for &w in words {
            debug_assert!(w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?}: lower-case ASCII words");
            match ix.word_id(w.as_bytes()) {
                NO_WORD => rest.push(w),
                id => bits[usize::from(id) / 64] |= 1 << (id % 64),
            }
        }
        crate::sort::sort_by(&mut rest, Ord::cmp);
        rest.dedup();
        let rest_lens = rest.iter().fold(0u64, |m, w| m | len_bit(w.len()));
        let rest_firsts = rest.iter().fold(0u32, |m, w| m | first_bit(w));
        WordSet { bits, rest, rest_lens, rest_firsts }
    }

    /// Is a token, with lexicon id `id`, text `text` and lower-cased form of
    /// `lower_len` bytes, one of the words? (`text` is read only for the
    /// words without an id.)
    #[inline]
    pub fn contains_token<'t>(&self, id: WordId, text: impl FnOnce() -> &'t str, text_len: usize, lower_len: usize) -> bool {
        if id != NO_WORD {
            // the lower-cased form is a word of the table; the same length as
            // the text means the text is ASCII (a non-ASCII char never
            // lower-cases to ASCII of its own length), as `eq_ignore_ascii_case` needs
            self.bits.get(usize::from(id) / 64).is_some_and(|b| b & (1 << (id % 64)) != 0) && text_len == lower_len
        } else {
            self.rest_lens & len_bit(text_len) != 0 && {
                let text = text();
                self.rest_firsts & first_bit(text) != 0 && self.rest.iter().any(|w| w.eq_ignore_ascii_case(text))
            }
        }
    }

    /// Is `word` (any ASCII case) one of the words? (Looks the word up: for
    /// tokens use [`crate::text::Analysis::word_in`].)
    pub fn contains(&self, word: &str) -> bool {
        let lower = crate::text::case::lower(word);
        self.contains_token(index().word_id(lower.as_bytes()), || word, word.len(), lower.len())
    }
}
