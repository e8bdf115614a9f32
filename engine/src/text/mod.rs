//! The text stage: normalization (with alignment back to the original),
//! tokens and sentences. Everything later reads the [`Analysis`] built here.

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
}

impl Analysis {
    pub fn new(original: &str) -> Analysis {
        let norm = Normalized::new(original);
        let tokens = tokens::tokenize(&norm.text);
        let lower = Lower::new(&tokens, &norm.text);
        let sentences = sentences::split(&tokens, &norm.text);
        let hits = lexicon::scan_lower(&tokens, &norm.text, &lower);
        let mut sentence_of = vec![0u32; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            sentence_of[s.tokens()].fill(si as u32);
        }
        let mut hit_from = Vec::with_capacity(tokens.len() + 1);
        let mut h = 0;
        for i in 0..=tokens.len() {
            while h < hits.len() && (hits[h].start as usize) < i {
                h += 1;
            }
            hit_from.push(h as u32);
        }
        Analysis { norm, tokens, sentences, hits, sentence_of, lower, hit_from }
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

    /// Hits starting at token `i`, longest first.
    #[inline]
    pub fn hits_at(&self, i: usize) -> &[Hit] {
        match (self.hit_from.get(i), self.hit_from.get(i + 1)) {
            (Some(&from), Some(&to)) => &self.hits[from as usize..to as usize],
            _ => &[],
        }
    }
}
