//! The text stage: normalization (with alignment back to the original),
//! tokens and sentences. Everything later reads the [`Analysis`] built here.

pub mod case;
pub mod normalize;
pub mod sentences;
pub mod tokens;

#[cfg(test)]
mod reference;
#[cfg(test)]
mod tests;

use crate::lexicon::{self, Hit};
use normalize::Normalized;
use sentences::Sentence;
use tokens::{Lower, Token};

/// The text as every stage sees it.
pub struct Analysis {
    /// Normalized text and its map back to the original.
    pub norm: Normalized,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Every lexicon phrase found, ordered by start token (longest first).
    pub hits: Vec<Hit>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<u32>,
    /// The lower-cased form of each token ([`Analysis::lower`]).
    pub lower: Lower,
    /// `hit_from[i]`: index in `hits` of the first hit starting at token `i`
    /// or later (one entry per token, and one for the end).
    hit_from: Vec<u32>,
    /// Each token's id in the lexicon's word table ([`Analysis::word`]).
    word_ids: Vec<u16>,
}

impl Analysis {
    pub fn new(original: &str) -> Analysis {
        let norm = Normalized::new(original);
        let tokens = tokens::tokenize(&norm.text);
        let lower = Lower::new(&tokens, &norm.text);
        let sentences = sentences::split(&tokens, &norm.text);
        let mut scan = lexicon::Scan::default();
        scan.run(&tokens, &norm.text, &lower);
        let lexicon::Scan { hits, hit_from, ids: word_ids } = scan;
        let mut sentence_of = vec![0u32; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            sentence_of[s.tokens()].fill(si as u32);
        }
        Analysis { norm, tokens, sentences, hits, sentence_of, lower, hit_from, word_ids }
    }

    /// The lower-cased text of token `i` (computed once for all tokens).
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.lower.get(i)
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// Text of token `i`.
    pub fn tok(&self, i: usize) -> &str {
        self.tokens[i].text(&self.norm.text)
    }

    /// Byte span (normalized text) of tokens `[start, end)`.
    pub fn span_of(&self, start: usize, end: usize) -> crate::document::Span {
        crate::document::Span {
            start: self.tokens[start].start,
            end: self.tokens[end - 1].end,
        }
    }

    /// Token `i`'s id in the lexicon's word table (the same for any case of
    /// the same word), [`lexicon::words::NONE`] when no lexicon phrase has it.
    #[inline]
    pub fn word(&self, i: usize) -> lexicon::words::WordId {
        self.word_ids.get(i).copied().unwrap_or(lexicon::words::NONE)
    }

    /// Is token `i` one of the words of `set` (any ASCII case, like
    /// `eq_ignore_ascii_case`)? False past the end. One bit test for words
    /// of the lexicon's table.
    #[inline]
    pub fn word_in(&self, i: usize, set: &lexicon::words::WordSet) -> bool {
        let (Some(&id), Some(t)) = (self.word_ids.get(i), self.tokens.get(i)) else { return false };
        set.contains_token(id, || t.text(&self.norm.text), t.len(), self.lower.len_of(i))
    }

    /// Hits starting at token `i`, longest first.
    #[inline]
    pub fn hits_at(&self, i: usize) -> &[Hit] {
        match (self.hit_from.get(i), self.hit_from.get(i + 1)) {
            (Some(&from), Some(&to)) => &self.hits[from as usize..to as usize],
            _ => &[],
        }
    }
}
