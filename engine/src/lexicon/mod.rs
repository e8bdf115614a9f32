//! The lexicons: plain data files in `data/`, compiled into the binary by
//! `build.rs`, and one pass over the tokens that finds every phrase of every
//! list.
//!
//! Each `data/NAME.tsv` becomes a variant of [`List`]; a row's first field
//! holds the phrase and its aliases (`Ukraine|Ukr.`), later fields are the
//! list's own payload (documented at the top of each file).

use crate::text::tokens::{Lower, TokKind, Token};
use std::sync::OnceLock;

mod derived;
mod hash;
mod index;
mod phrase;
pub mod words;

use index::{index, Index, CHECK, NO_WORD};

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
    /// Each row's canonical phrase (see [`List::canonical`]).
    pub canonical: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/lexicon_data.rs"));

/// Every list, its rows split into fields (once per process, from the
/// compiled `ROWS_TEXT`: one string is smaller in the wasm than thousands of
/// `&'static str`).
/// A sorted list front-coded by `build.rs` (each line: bytes shared with the
/// line before, one byte; the rest; a newline), back to its text.
pub fn front_decoded(coded: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    let mut prev_start = 0;
    let mut rest = coded;
    while let Some((&shared, tail)) = rest.split_first() {
        let end = tail.iter().position(|&b| b == b'\n').unwrap_or(tail.len());
        let start = out.len();
        out.extend_from_within(prev_start..prev_start + usize::from(shared));
        out.extend_from_slice(&tail[..end]);
        out.push(b'\n');
        prev_start = start;
        rest = tail.get(end + 1..).unwrap_or_default();
    }
    String::from_utf8(out).expect("front-coded lists are UTF-8")
}

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
        let compiled: Vec<&'static [&'static str]> = bounds.iter().map(|&(s, e)| &fields[s..e]).collect();
        // the derived lists are made from countries.tsv's rows
        let (countries, n) = (List::Countries as usize, LIST_BY_INDEX.len());
        let first: usize = (0..countries).filter(|&li| !LIST_DERIVED[li]).map(|li| LIST_ROWS[li] as usize).sum();
        let countries = &compiled[first..first + LIST_ROWS[countries] as usize];
        let mut rows: Vec<&'static [&'static str]> = Vec::with_capacity(compiled.len() + 512);
        let mut at = 0;
        for li in 0..n {
            if LIST_DERIVED[li] {
                rows.extend(derived::rows(LIST_BY_INDEX[li], countries));
            } else {
                let k = LIST_ROWS[li] as usize;
                rows.extend_from_slice(&compiled[at..at + k]);
                at += k;
            }
        }
        let rows: &'static [&'static [&'static str]] = Box::leak(rows.into_boxed_slice());
        let canonical: Vec<&'static str> = rows.iter().map(|r| r[0].split('|').next().unwrap_or(r[0]).trim()).collect();
        let canonical: &'static [&'static str] = Box::leak(canonical.into_boxed_slice());
        let mut at = 0;
        (0..LIST_BY_INDEX.len())
            .map(|li| {
                let n = LIST_ROWS[li] as usize;
                let info = ListInfo {
                    name: LIST_NAMES[li],
                    case: LIST_CASES[li],
                    rows: &rows[at..at + n],
                    canonical: &canonical[at..at + n],
                };
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
        self.info().canonical[row as usize]
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
            owned = crate::text::case::lower(word);
            owned.as_bytes()
        };
        let ix = index();
        let id = ix.word_id(key);
        if id == NO_WORD {
            return None;
        }
        ix.phrases_of(id)
            .find(|&k| {
                let p = ix.phrases[k];
                p.tokens == 1 && LIST_BY_INDEX[usize::from(p.list)] == self && case_ok(self, ix.written(k), word.chars())
            })
            .map(|k| ix.phrases[k].row)
    }
}

impl Index {
    /// The id of a lower-cased word, or [`NO_WORD`].
    pub(crate) fn word_id(&self, lower: &[u8]) -> u16 {
        let mut short = [0u8; 32 + hash::PAD];
        if let Some(head) = short.get_mut(..lower.len()).filter(|_| lower.len() <= 32) {
            head.copy_from_slice(lower);
            return self.word_id_in(&short, 0, lower.len());
        }
        let mut buf = Vec::with_capacity(lower.len() + hash::PAD);
        buf.extend_from_slice(lower);
        buf.resize(lower.len() + hash::PAD, 0);
        self.word_id_in(&buf, 0, lower.len())
    }

    /// The id of the lower-cased word `buf[from..from + len]`, or
    /// [`NO_WORD`]; `buf` holds [`hash::PAD`] bytes after the word.
    #[inline]
    fn word_id_in(&self, buf: &[u8], from: usize, len: usize) -> u16 {
        let h = hash::hash_in(buf, from, len);
        let b = (h & self.bucket_mask) as usize;
        let fp = hash::fingerprint(h);
        let words = self.words.as_bytes();
        // (the bucket's slices taken once: no bounds check per candidate)
        let [lo, hi] = [self.bucket_start[b] as usize, self.bucket_start[b + 1] as usize];
        for (id, &f) in (lo..).zip(&self.word_fp[lo..hi]) {
            if f == fp {
                let at = if id == 0 { 0 } else { self.word_end[id - 1] as usize };
                if self.word_end[id] as usize - at == len && hash::eq_in(words, at, buf, from, len) {
                    return id as u16;
                }
            }
        }
        NO_WORD
    }

    /// The phrases starting with word `id` (indexes into `phrases`), longest first.
    #[inline]
    fn phrases_of(&self, id: u16) -> std::ops::Range<usize> {
        self.phrases_at[id as usize] as usize..self.phrases_at[id as usize + 1] as usize
    }

    /// The extra data of phrase `k` (see [`Index::more`]).
    #[inline]
    fn more_of(&self, k: usize) -> &[u16] {
        &self.more[self.phrases[k].more_at as usize..self.phrases[k + 1].more_at as usize]
    }

    /// The ids of the words of phrase `k` after the second.
    #[inline]
    fn rest_of(&self, k: usize) -> &[u16] {
        let more = self.more_of(k);
        if self.phrases[k].alt & CHECK != 0 {
            &more[1..]
        } else {
            more
        }
    }

    /// Phrase `k` as written in its row (the text's case is checked against
    /// it), `None` when there is nothing to check (no capitals in the phrase,
    /// or a list of any case).
    fn written(&self, k: usize) -> Option<&'static str> {
        if self.phrases[k].alt & CHECK == 0 {
            return None;
        }
        let at = usize::from(self.more_of(k)[0]);
        let (from, len) = (at & 0xFF, at >> 8);
        let p = self.phrases[k];
        LIST_BY_INDEX[usize::from(p.list)].row(p.row)[0].get(from..from + len)
    }
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
pub fn scan_lower(tokens: &[Token], text: &str, lower: &Lower) -> Vec<Hit> {
    let mut scan = Scan::default();
    scan.run(tokens, text, lower);
    scan.hits
}

/// The lexicon's view of a text: every token's word id and every hit.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Every phrase found, ordered by start token, longest first.
    pub hits: Vec<Hit>,
    /// `hit_from[i]`: index in `hits` of the first hit starting at token `i`
    /// or later (one entry per token, and one for the end).
    pub hit_from: Vec<u32>,
    /// The id of each token's lower-cased form in the lexicon's word table,
    /// [`NO_WORD`] when no phrase has that word.
    pub ids: Vec<u16>,
}

impl Scan {
    /// Finds every phrase of every list in one pass over the tokens.
    #[inline(never)]
    pub fn run(&mut self, tokens: &[Token], text: &str, lower: &Lower) {
        let ix = index();
        let n_tok = tokens.len();
        self.ids.clear();
        self.ids.extend((0..n_tok).map(|i| {
            let (from, to) = lower.span(i);
            ix.word_id_in(lower.padded(), from, to - from)
        }));
        self.hits.clear();
        self.hits.reserve(n_tok);
        self.hit_from.clear();
        self.hit_from.reserve(n_tok + 1);
        let ids = &self.ids[..];
        for (i, t) in tokens.iter().enumerate() {
            self.hit_from.push(self.hits.len() as u32);
            let id = ids[i];
            if id == NO_WORD || t.kind == TokKind::Punct {
                continue;
            }
            let second = ids.get(i + 1).copied().unwrap_or(NO_WORD);
            for k in ix.phrases_of(id) {
                let s = ix.second[k];
                if s != NO_WORD && s != second {
                    continue;
                }
                let p = ix.phrases[k];
                let n = usize::from(p.tokens);
                let end = i + n;
                if n > 1 {
                    if end > n_tok {
                        continue;
                    }
                    if n > 2 && ids[i + 2..end] != *ix.rest_of(k) {
                        continue;
                    }
                    // a phrase never spans a paragraph break
                    if tokens[i + 1..end].iter().any(|t| t.newlines_before > 1) {
                        continue;
                    }
                }
                let list = LIST_BY_INDEX[usize::from(p.list)];
                if p.alt & CHECK != 0 && !case_ok_tokens(list, ix.written(k), &tokens[i..end], text) {
                    continue;
                }
                self.hits.push(Hit { start: i as u32, end: end as u32, list, row: p.row, alt: p.alt as u8 });
            }
        }
        self.hit_from.push(self.hits.len() as u32);
    }
}

/// [`case_ok`] over the text of `tokens`, byte by byte when all is ASCII.
fn case_ok_tokens(list: List, written: Option<&str>, tokens: &[Token], text: &str) -> bool {
    let Some(phrase) = written else { return true };
    let ascii = phrase.is_ascii() && tokens.iter().all(|t| t.text(text).is_ascii());
    if !ascii {
        return case_ok(list, written, tokens.iter().flat_map(|t| t.text(text).chars()));
    }
    // tokens hold no whitespace; the phrase's ASCII whitespace is skipped as `char::is_whitespace` would
    let text_bytes = tokens.iter().flat_map(|t| t.text(text).bytes());
    let phrase_bytes = phrase.bytes().filter(|&b| !matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'));
    match LIST_CASES[list as usize] {
        CaseMode::Any => true,
        CaseMode::Exact => text_bytes.eq(phrase_bytes),
        CaseMode::Cased => text_bytes.zip(phrase_bytes).all(|(t, p)| !p.is_ascii_uppercase() || t.is_ascii_uppercase()),
    }
}

#[cfg(test)]
mod tests;
