//! The text stage: normalization (with alignment back to the original),
//! tokens and sentences. Everything later reads the [`Analysis`] built here.

pub mod normalize;
pub mod sentences;
pub mod tokens;

#[cfg(test)]
mod tests;

use crate::lexicon::{self, Hit};
use normalize::Normalized;
use sentences::Sentence;
use tokens::Token;

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
}

impl Analysis {
    pub fn new(original: &str) -> Analysis {
        let norm = Normalized::new(original);
        let tokens = tokens::tokenize(&norm.text);
        let sentences = sentences::split(&tokens, &norm.text);
        let hits = lexicon::scan(&tokens, &norm.text);
        let mut sentence_of = vec![0u32; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            for t in s.tokens() {
                sentence_of[t] = si as u32;
            }
        }
        Analysis { norm, tokens, sentences, hits, sentence_of }
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
    pub fn hits_at(&self, i: usize) -> &[Hit] {
        let from = self.hits.partition_point(|h| (h.start as usize) < i);
        let to = self.hits.partition_point(|h| (h.start as usize) <= i);
        &self.hits[from..to]
    }
}
