//! The lexicons: plain data files in `data/`, compiled into the binary by
//! `build.rs`, and one pass over the tokens that finds every phrase of every
//! list.
//!
//! Each `data/NAME.tsv` becomes a variant of [`List`]; a row's first field
//! holds the phrase and its aliases (`Ukraine|Ukr.`), later fields are the
//! list's own payload (documented at the top of each file).

use crate::text::tokens::{TokKind, Token};

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

/// One phrase of one row, keyed by its first token.
pub struct Phrase {
    /// Number of tokens in the phrase.
    pub tokens: usize,
    /// Lower-cased tokens joined by single spaces.
    pub key: &'static str,
    pub list: u16,
    pub row: u16,
    /// Which alternative of field 0 (0 = the canonical form).
    pub alt: u8,
}

include!(concat!(env!("OUT_DIR"), "/lexicon_data.rs"));

impl List {
    pub fn info(self) -> &'static ListInfo {
        &LISTS[self as usize]
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
        let key = word.to_lowercase();
        let phrases = BY_FIRST_TOKEN.get(key.as_str())?;
        phrases
            .iter()
            .find(|p| p.tokens == 1 && LIST_BY_INDEX[p.list as usize] == self && case_ok(self, p, word))
            .map(|p| p.row)
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

fn lower_eq(token: &str, key_part: &str) -> bool {
    let mut a = token.chars().flat_map(char::to_lowercase);
    let mut b = key_part.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// The phrase as written in the data (the alternative that matched).
fn phrase_text(p: &Phrase) -> &'static str {
    let list = LIST_BY_INDEX[p.list as usize];
    list.row(p.row)[0].split('|').nth(p.alt as usize).unwrap_or("").trim()
}

/// Does `text` (the matched tokens, spaces removed) satisfy the list's case rule?
fn case_ok(list: List, p: &Phrase, text: &str) -> bool {
    let phrase = phrase_text(p);
    let text_chars = text.chars().filter(|c| !c.is_whitespace());
    let phrase_chars = phrase.chars().filter(|c| !c.is_whitespace());
    match list.info().case {
        CaseMode::Any => true,
        CaseMode::Exact => text_chars.eq(phrase_chars),
        CaseMode::Cased => {
            text_chars.zip(phrase_chars).all(|(t, p)| !p.is_uppercase() || t.is_uppercase())
        }
    }
}

/// Finds every phrase of every list in one pass over the tokens. Hits are
/// ordered by start token, longest first at each start.
pub fn scan(tokens: &[Token], text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut key = String::with_capacity(32);
    let mut joined = String::with_capacity(64);
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == TokKind::Punct {
            continue;
        }
        key.clear();
        for c in t.text(text).chars() {
            key.extend(c.to_lowercase());
        }
        let Some(phrases) = BY_FIRST_TOKEN.get(key.as_str()) else { continue };
        for p in phrases.iter() {
            let end = i + p.tokens;
            if end > tokens.len() {
                continue;
            }
            let toks = &tokens[i..end];
            // a phrase never spans a paragraph break
            if toks.iter().skip(1).any(|t| t.newlines_before > 1) {
                continue;
            }
            if !toks.iter().zip(p.key.split(' ')).all(|(t, part)| lower_eq(t.text(text), part)) {
                continue;
            }
            joined.clear();
            for t in toks {
                joined.push_str(t.text(text));
            }
            let list = LIST_BY_INDEX[p.list as usize];
            if !case_ok(list, p, &joined) {
                continue;
            }
            hits.push(Hit { start: i as u32, end: end as u32, list, row: p.row, alt: p.alt });
        }
    }
    hits
}
