//! The lexicons: plain data files in `data/`, compiled into the binary by
//! `build.rs`, and one pass over the tokens that finds every phrase of every
//! list.
//!
//! Each `data/NAME.tsv` becomes a variant of [`List`]; a row's first field
//! holds the phrase and its aliases (`Ukraine|Ukr.`), later fields are the
//! list's own payload (documented at the top of each file).

use crate::text::tokens::{Lower, TokKind, Token};
use std::sync::OnceLock;

mod hash;
mod index;
mod phrase;

use index::{index, CHECK, NO_WORD};

/// How a list's phrases must be capitalized in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseMode {
    /// Capitals in the phrase must be capitals in the text; `Kyiv` matches
    /// `Kyiv` and `KYIV`, not `kyiv`.
    Cased,
    /// Byte for byte.
    Exact,
    /// Any capitalization.
    Any,
}

pub struct ListInfo {
    pub name: &'static str,
    pub case: CaseMode,
    /// Each row's tab-separated fields; field 0 is `phrase|alias|…`.
    pub rows: &'static [&'static [&'static str]],
}

include!(concat!(env!("OUT_DIR"), "/lexicon_data.rs"));

/// Every list, its rows split into fields (once per process, from the
/// compiled `ROWS_TEXT`: one string is smaller in the wasm than thousands of
/// `&'static str`).
pub fn lists() -> &'static [ListInfo] {
    static LISTS: OnceLock<Vec<ListInfo>> = OnceLock::new();
    LISTS.get_or_init(|| {
        // one pass over the bytes: tabs end fields, newlines end rows
        let mut fields: Vec<&'static str> = Vec::with_capacity(ROWS_TEXT.len() / 8);
        let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(ROWS_TEXT.len() / 24);
        let (mut from, mut row_from) = (0, 0);
        for (i, &b) in ROWS_TEXT.as_bytes().iter().enumerate() {
            if b == b'\t' || b == b'\n' {
                fields.push(&ROWS_TEXT[from..i]);
                from = i + 1;
                if b == b'\n' {
                    bounds.push((row_from, fields.len()));
                    row_from = fields.len();
                }
            }
        }
        fields.push(&ROWS_TEXT[from..]);
        bounds.push((row_from, fields.len()));
        let fields: &'static [&'static str] = Box::leak(fields.into_boxed_slice());
        let rows: Vec<&'static [&'static str]> = bounds.iter().map(|&(s, e)| &fields[s..e]).collect();
        let rows: &'static [&'static [&'static str]] = Box::leak(rows.into_boxed_slice());
        let mut at = 0;
        (0..LIST_BY_INDEX.len())
            .map(|li| {
                let n = LIST_ROWS[li] as usize;
                let info = ListInfo { name: LIST_NAMES[li], case: LIST_CASES[li], rows: &rows[at..at + n] };
                at += n;
                info
            })
            .collect()
    })
}

impl List {
    pub fn info(self) -> &'static ListInfo {
        &lists()[self as usize]
    }
    /// The fields of one row.
    pub fn row(self, row: u16) -> &'static [&'static str] {
        self.info().rows[row as usize]
    }
    /// Every row's fields, for lists read as a whole.
    pub fn rows(self) -> &'static [&'static [&'static str]] {
        self.info().rows
    }
    /// The canonical phrase of a row (first alternative of field 0).
    pub fn canonical(self, row: u16) -> &'static str {
        let f = self.row(row)[0];
        f.split('|').next().unwrap_or(f).trim()
    }
    /// Field `n` of a row, `None` when absent or empty (`-` also means empty).
    pub fn field(self, row: u16, n: usize) -> Option<&'static str> {
        self.row(row).get(n).copied().filter(|f| !f.is_empty() && *f != "-")
    }
    /// Looks a single word up in this list (any capitalization allowed by the list).
    pub fn lookup_word(self, word: &str) -> Option<u16> {
        let mut buf = [0u8; 32];
        let owned;
        let key = if word.len() <= buf.len() && word.is_ascii() {
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf[..word.len()].make_ascii_lowercase();
            &buf[..word.len()]
        } else {
            owned = word.to_lowercase();
            owned.as_bytes()
        };
        let id = word_id(key);
        if id == NO_WORD {
            return None;
        }
        phrases_of(id)
            .find(|&k| tokens_of(k) == 1 && list_of(k) == self && case_ok(self, written(k), word.chars()))
            .map(|k| index().row[k])
    }
}

/// The id of a lower-cased word in the compiled word table, or [`NO_WORD`].
#[inline]
fn word_id(lower: &[u8]) -> u16 {
    let ix = index();
    let h = hash::hash(lower);
    let b = (h & ix.bucket_mask) as usize;
    let fp = hash::fingerprint(h);
    let words = ix.words.as_bytes();
    for id in ix.bucket_start[b] as usize..ix.bucket_start[b + 1] as usize {
        if ix.word_fp[id] == fp {
            let from = if id == 0 { 0 } else { ix.word_end[id - 1] as usize };
            let word = &words[from..ix.word_end[id] as usize];
            if word.len() == lower.len() && word.iter().zip(lower).all(|(a, b)| a == b) {
                return id as u16;
            }
        }
    }
    NO_WORD
}

/// The phrases starting with word `id` (indexes into the index's phrase arrays),
/// longest first.
#[inline]
fn phrases_of(id: u16) -> std::ops::Range<usize> {
    let ix = index();
    ix.phrases_at[id as usize] as usize..ix.phrases_at[id as usize + 1] as usize
}

/// Number of tokens of phrase `k`.
#[inline]
fn tokens_of(k: usize) -> usize {
    usize::from(index().head[k] & 0xFF)
}

#[inline]
fn list_of(k: usize) -> List {
    LIST_BY_INDEX[usize::from(index().head[k] >> 8)]
}

/// The extra data of phrase `k` (see `build.rs`).
#[inline]
fn more_of(k: usize) -> &'static [u16] {
    let ix = index();
    &ix.more[ix.more_at[k] as usize..ix.more_at[k + 1] as usize]
}

/// The ids of the words of phrase `k` after the second.
#[inline]
fn rest_of(k: usize) -> &'static [u16] {
    let more = more_of(k);
    if index().alt[k] & CHECK != 0 {
        &more[1..]
    } else {
        more
    }
}

/// Phrase `k` as written in its row (the text's case is checked against it),
/// `None` when there is nothing to check (no capitals in the phrase, or a
/// list of any case).
fn written(k: usize) -> Option<&'static str> {
    if index().alt[k] & CHECK == 0 {
        return None;
    }
    let at = usize::from(more_of(k)[0]);
    let (from, len) = (at & 0xFF, at >> 8);
    list_of(k).row(index().row[k])[0].get(from..from + len)
}

/// A phrase of a list found in the text: tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: u32,
    pub end: u32,
    pub list: List,
    pub row: u16,
    pub alt: u8,
}

impl Hit {
    pub fn fields(&self) -> &'static [&'static str] {
        self.list.row(self.row)
    }
    pub fn canonical(&self) -> &'static str {
        self.list.canonical(self.row)
    }
    pub fn field(&self, n: usize) -> Option<&'static str> {
        self.list.field(self.row, n)
    }
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// Do the chars of the matched text satisfy the list's case rule? `written`:
/// the phrase as written in the data, `None` when there is nothing to check
/// (no capitals in the phrase, or a list of any case).
fn case_ok(list: List, written: Option<&str>, text: impl Iterator<Item = char>) -> bool {
    let Some(phrase) = written else { return true };
    let text_chars = text.filter(|c| !c.is_whitespace());
    let phrase_chars = phrase.chars().filter(|c| !c.is_whitespace());
    match LIST_CASES[list as usize] {
        CaseMode::Any => true,
        CaseMode::Exact => text_chars.eq(phrase_chars),
        CaseMode::Cased => text_chars.zip(phrase_chars).all(|(t, p)| !p.is_uppercase() || t.is_uppercase()),
    }
}

/// Finds every phrase of every list in one pass over the tokens. Hits are
/// ordered by start token, longest first at each start.
pub fn scan(tokens: &[Token], text: &str) -> Vec<Hit> {
    scan_lower(tokens, text, &Lower::new(tokens, text))
}

/// [`scan`] with the tokens' lower-cased forms already at hand.
#[inline(never)]
pub fn scan_lower(tokens: &[Token], text: &str, lower: &Lower) -> Vec<Hit> {
    // each token's word id, once (the first word of a phrase and the rest)
    let ix = index();
    let ids: Vec<u16> = (0..tokens.len()).map(|i| word_id(lower.bytes(i))).collect();
    let mut hits = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        if ids[i] == NO_WORD || t.kind == TokKind::Punct {
            continue;
        }
        let second = ids.get(i + 1).copied().unwrap_or(NO_WORD);
        for k in phrases_of(ids[i]) {
            let n = tokens_of(k);
            let end = i + n;
            if n > 1 {
                if ix.second[k] != second || end > tokens.len() {
                    continue;
                }
                if n > 2 && !ids[i + 2..end].iter().zip(rest_of(k)).all(|(a, b)| a == b) {
                    continue;
                }
                // a phrase never spans a paragraph break
                if tokens[i + 1..end].iter().any(|t| t.newlines_before > 1) {
                    continue;
                }
            }
            let list = list_of(k);
            if index().alt[k] & CHECK != 0 {
                let text_chars = tokens[i..end].iter().flat_map(|t| t.text(text).chars());
                if !case_ok(list, written(k), text_chars) {
                    continue;
                }
            }
            hits.push(Hit { start: i as u32, end: end as u32, list, row: ix.row[k], alt: ix.alt[k] as u8 });
        }
    }
    hits
}

#[cfg(test)]
mod tests;
