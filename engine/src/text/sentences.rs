//! Sentence boundaries over tokens: terminal punctuation before a new
//! capitalized start (also when the space after the period was lost:
//! `expire.On the first day`), paragraph breaks, and line breaks that end a
//! line (headlines, bullets, captions) rather than wrap one.

use super::tokens::{Case, TokKind, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Token range `[start, end)`.
    pub start: u32,
    pub end: u32,
    /// Paragraph number (blank-line separated blocks), from 0.
    pub paragraph: u32,
    /// Looks like a headline or caption: no terminal punctuation and mostly
    /// capitalized words ("Putin Opens Door to Talks with Ukraine").
    pub headline: bool,
}

impl Sentence {
    pub fn tokens(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "capt", "maj",
    "sgt", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "inc", "ltd", "co", "corp", "approx", "est", "fig",
    "pres", "adm", "cmdr", "brig", "amb", "hon", "rev", "messrs",
];

/// The byte of a one-byte punctuation token, else 0.
#[inline]
fn punct(t: &Token, text: &str) -> u8 {
    if t.kind == TokKind::Punct && t.len() == 1 {
        text.as_bytes()[t.start as usize]
    } else {
        0
    }
}

fn is_terminal(t: &Token, text: &str) -> bool {
    matches!(punct(t, text), b'.' | b'!' | b'?')
}

fn is_closing(t: &Token, text: &str) -> bool {
    matches!(punct(t, text), b'"' | b'\'' | b')' | b']')
}

fn starts_sentence(t: &Token, text: &str) -> bool {
    match t.kind {
        TokKind::Word | TokKind::Acronym => t.is_capitalized(text),
        TokKind::Number => true,
        TokKind::Punct => matches!(punct(t, text), b'"' | b'\'' | b'(' | b'[' | b'*' | b'-'),
        TokKind::Possessive => false,
    }
}

/// Does a single line break before token `i` end the sentence?
fn line_break_ends_sentence(tokens: &[Token], i: usize, line_start: usize, text: &str) -> bool {
    let prev = &tokens[i - 1];
    let next = &tokens[i];
    if is_terminal(prev, text) || punct(prev, text) == b':' || is_closing(prev, text) {
        return true;
    }
    if matches!(punct(next, text), b'*' | b'-' | b'|') {
        return true;
    }
    // A wrapped line: long, no end punctuation, continues in lower case or mid-phrase.
    let line_words = tokens[line_start..i].iter().filter(|t| t.is_word()).count();
    let wrapped = line_words >= 8 && !is_terminal(prev, text);
    if next.case == Case::Lower && (prev.case == Case::Lower || punct(prev, text) == b',') {
        return false;
    }
    !wrapped
}

fn headline_like(tokens: &[Token], text: &str) -> bool {
    let Some(last) = tokens.last() else { return false };
    // (a line ending in a colon introduces what follows: "The Government of Mali:")
    if is_terminal(last, text) || punct(last, text) == b':' || (is_closing(last, text) && tokens.len() > 1 && is_terminal(&tokens[tokens.len() - 2], text)) {
        return false;
    }
    let (mut long, mut capitalized, mut lower_content) = (0, 0, 0);
    for t in tokens.iter().filter(|t| t.is_word() && t.len() > 3) {
        long += 1;
        capitalized += usize::from(matches!(t.case, Case::Title | Case::Upper));
        lower_content += usize::from(t.case == Case::Lower && !TITLE_CASE_SMALL_WORDS.contains(&&text[t.start as usize..t.end as usize]));
    }
    // (a sentence full of names is no Title Case headline: "The deal was
    // signed by President Ahmed al-Sharaa and commander Mazloum Abdi")
    long > 0 && capitalized * 10 >= long * 6 && lower_content < 2
}

/// Words of four letters or more that Title Case headlines may leave in
/// lower case (longer prepositions and conjunctions).
const TITLE_CASE_SMALL_WORDS: &[&str] = &[
    "about", "after", "against", "amid", "among", "before", "between", "despite", "during", "from", "into", "near", "onto", "over",
    "than", "that", "through", "toward", "towards", "under", "until", "upon", "when", "while", "with", "without",
];

/// Is `word` one of [`ABBREVIATIONS`], in any case?
fn is_abbreviation(word: &str) -> bool {
    if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.iter().any(|a| word.chars().map(super::case::lower_char).eq(a.chars()))
    }
}

#[inline(never)]
pub fn split(tokens: &[Token], text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut line_start = 0usize;
    let mut paragraph = 0u32;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize, paragraph: u32| {
        if e > s {
            out.push(Sentence {
                start: s as u32,
                end: e as u32,
                paragraph,
                headline: headline_like(&tokens[s..e], text),
            });
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if i > start && t.newlines_before > 0 {
            if t.newlines_before > 1 || line_break_ends_sentence(tokens, i, line_start, text) {
                push(&mut out, start, i, paragraph);
                start = i;
            }
            if t.newlines_before > 1 {
                paragraph += 1;
            }
        }
        if t.newlines_before > 0 {
            line_start = i;
        }
        if is_terminal(t, text) {
            // absorb repeated terminals and closing quotes/brackets
            let mut j = i + 1;
            while j < tokens.len()
                && tokens[j].newlines_before == 0
                && (is_terminal(&tokens[j], text) || is_closing(&tokens[j], text))
            {
                j += 1;
            }
            let prev_word = i.checked_sub(1).map(|p| &tokens[p]);
            let abbreviation = punct(t, text) == b'.'
                && prev_word.is_some_and(|p| {
                    p.kind == TokKind::Word
                        && !tokens[i].space_before
                        && (is_abbreviation(p.text(text)) || (p.len() == 1 && p.is_capitalized(text)))
                });
            let next = tokens.get(j);
            let ends = match next {
                None => true,
                Some(n) if n.newlines_before > 0 => true,
                Some(n) => {
                    !abbreviation
                        && starts_sentence(n, text)
                        // "expire.On": a lost space still ends a sentence after a lower-case word
                        && (n.space_before || j > i + 1 || prev_word.is_some_and(|p| p.case == Case::Lower && p.len() > 1))
                }
            };
            if ends {
                push(&mut out, start, j, paragraph);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, tokens.len(), paragraph);
    out
}
