//! The index of every phrase of every list, built once per process from the
//! compiled rows: a hash table of the words that occur in phrases, and per
//! word the phrases it starts. Built at first use (well under a millisecond)
//! rather than compiled in: as static tables it cost the site 33 KB brotli.

use super::phrase::{phrases_of_field, PhraseSrc};
use super::{hash, lists, CaseMode};
use crate::text::tokens::{key_of, tokenize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Flag in a phrase's `alt`: the text's case must be checked.
pub const CHECK: u16 = 1 << 15;

/// No word of the table (a token whose lower-cased form starts no phrase and
/// continues none).
pub const NO_WORD: u16 = u16::MAX;

pub struct Index {
    /// The words of the phrases, lower-cased, grouped by hash bucket (and
    /// [`hash::PAD`] zero bytes at the end).
    pub words: String,
    /// End of each word in `words`.
    pub word_end: Vec<u32>,
    /// Hash fingerprint of each word.
    pub word_fp: Vec<u8>,
    pub bucket_mask: u32,
    /// First word of each bucket.
    pub bucket_start: Vec<u32>,
    /// `phrases_at[id]..phrases_at[id + 1]`: the phrases starting with word `id`,
    /// longest first.
    pub phrases_at: Vec<u32>,
    /// The phrases, one record each (read together on every candidate).
    pub phrases: Vec<Phrase>,
    /// `second[k]`: the id of the second word of phrase `k`, `NO_WORD` for
    /// one word (beside `phrases` too: the loop over a common first word's
    /// candidates reads only these).
    pub second: Vec<u16>,
    /// Per phrase, from `Phrase::more_at` to the next phrase's: when the case
    /// is checked, `offset | length << 8` of the phrase as written in field 0
    /// of its row; then the ids of its words after the second.
    pub more: Vec<u16>,
}

/// One phrase of the index.
#[derive(Clone, Copy)]
pub struct Phrase {
    /// Number of tokens.
    pub tokens: u8,
    /// Index of its list in `LIST_BY_INDEX`.
    pub list: u8,
    pub row: u16,
    /// `alt | CHECK`.
    pub alt: u16,
    /// Start of the phrase's extra data in `more`.
    pub more_at: u32,
}

pub fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(build)
}

fn build() -> Index {
    let mut phrases: Vec<PhraseSrc> = Vec::new();
    for (li, info) in lists().iter().enumerate() {
        let case = info.case;
        for (row, fields) in info.rows.iter().enumerate() {
            let checked = |p: &str| match case {
                CaseMode::Exact => true,
                CaseMode::Cased => p.chars().any(char::is_uppercase),
                CaseMode::Any => false,
            };
            let words = |p: &str| tokenize(p).iter().map(|t| key_of(std::slice::from_ref(t), p)).collect();
            phrases.extend(phrases_of_field(fields[0], li, row, checked, words));
        }
    }
    // The word table: every distinct token of every phrase, grouped by bucket;
    // about 1.2 words a bucket, and a fingerprint rejects most wrong candidates.
    let mut vocab: Vec<&str> = phrases.iter().flat_map(|p| p.words.iter().map(String::as_str)).collect();
    crate::sort::sort_by(&mut vocab, Ord::cmp);
    vocab.dedup();
    let buckets = (vocab.len().next_power_of_two() / 2).max(1);
    let bucket_mask = (buckets - 1) as u32;
    let mut by_bucket: Vec<(u32, &str)> = vocab.iter().map(|w| (hash::hash(w.as_bytes()) & bucket_mask, *w)).collect();
    crate::sort::sort_by(&mut by_bucket, Ord::cmp);
    let id_of: HashMap<&str, u16> = by_bucket.iter().enumerate().map(|(id, (_, w))| (*w, id as u16)).collect();
    let mut words = String::new();
    let (mut word_end, mut word_fp) = (Vec::with_capacity(by_bucket.len()), Vec::with_capacity(by_bucket.len()));
    let mut bucket_start = vec![0u32; buckets + 1];
    for (b, w) in &by_bucket {
        words.push_str(w);
        word_end.push(words.len() as u32);
        word_fp.push(hash::fingerprint(hash::hash(w.as_bytes())));
        bucket_start[*b as usize + 1] += 1;
    }
    for b in 0..buckets {
        bucket_start[b + 1] += bucket_start[b];
    }
    // padding for the hash and comparisons that read eight bytes at a time
    words.extend(std::iter::repeat_n('\0', hash::PAD));

    // The phrases grouped by first word, longest first (then by their words),
    // so the first hit at a position is the longest.
    let mut by_first: Vec<Vec<&PhraseSrc>> = vec![Vec::new(); by_bucket.len()];
    for p in &phrases {
        by_first[usize::from(id_of[p.words[0].as_str()])].push(p);
    }
    let n = phrases.len();
    let mut ix = Index {
        words,
        word_end,
        word_fp,
        bucket_mask,
        bucket_start,
        phrases_at: vec![0],
        phrases: Vec::with_capacity(n + 1),
        second: Vec::with_capacity(n),
        more: Vec::new(),
    };
    for list in &mut by_first {
        crate::sort::sort_by(list, |a, b| b.words.len().cmp(&a.words.len()).then_with(|| a.words.cmp(&b.words)));
        for p in list.iter() {
            ix.phrases.push(Phrase {
                tokens: p.words.len() as u8,
                list: p.list as u8,
                row: p.row as u16,
                alt: p.alt as u16 | if p.check.is_some() { CHECK } else { 0 },
                more_at: ix.more.len() as u32,
            });
            ix.second.push(p.words.get(1).map_or(NO_WORD, |w| id_of[w.as_str()]));
            if let Some((at, len)) = p.check {
                ix.more.push((at | len << 8) as u16);
            }
            ix.more.extend(p.words.iter().skip(2).map(|w| id_of[w.as_str()]));
        }
        ix.phrases_at.push(ix.phrases.len() as u32);
    }
    // a sentinel: the end of the last phrase's data
    ix.phrases.push(Phrase { tokens: 0, list: 0, row: 0, alt: 0, more_at: ix.more.len() as u32 });
    ix
}
