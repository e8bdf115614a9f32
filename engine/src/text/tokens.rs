//! Tokens over the normalized text: words, numbers and punctuation, with
//! their case shape and the whitespace before them.
//!
//! The same tokenizer splits lexicon phrases at build time (`build.rs`
//! includes this file), so a phrase matches the text token for token.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (maybe with digits, internal apostrophes): `Kyiv`, `M23`, `42nd`, `don't`.
    Word,
    /// Digits, maybe with internal `.`, `,`, `:` between digits: `2022`, `6.5`, `12:00`, `20.06.23`.
    Number,
    /// Acronym with periods: `U.S.`, `U.N.`, `a.m.`.
    Acronym,
    /// The possessive clitic `'s` (and a bare `'` after a plural in `s`).
    Possessive,
    /// Any other single character.
    Punct,
}

/// How a word is capitalized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `ceasefire`
    Lower,
    /// `Kyiv`, `McDonald`, `Al-Sabaa` (first letter upper, not all caps)
    Title,
    /// `NATO`, `KYIV` (two or more letters, all upper)
    Upper,
    /// no letters, or a single upper letter (`A`, `I`)
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokKind,
    pub case: Case,
    /// Whitespace precedes this token (or it starts the text).
    pub space_before: bool,
    /// Number of line breaks in the whitespace before this token.
    pub newlines_before: u8,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word | TokKind::Acronym)
    }
    /// Starts with an upper-case letter (Title or Upper, or a single capital).
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// Combining marks continue the word they follow.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn case_of(s: &str) -> Case {
    let mut letters = 0;
    let mut uppers = 0;
    let mut first_upper = None;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            let up = c.is_uppercase();
            if up {
                uppers += 1;
            }
            if first_upper.is_none() {
                first_upper = Some(up);
            }
        }
    }
    match (letters, first_upper) {
        (0, _) => Case::Other,
        (1, Some(true)) => Case::Other,
        (_, Some(true)) if uppers == letters => Case::Upper,
        (_, Some(true)) => Case::Title,
        _ => Case::Lower,
    }
}

/// Splits `text` into tokens. Offsets are bytes into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newlines: u8 = 0;
    let char_at = |i: usize| text[i..].chars().next().unwrap_or('\0');
    while i < bytes.len() {
        let c = char_at(i);
        if c.is_whitespace() {
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            // number: digits, with . , : between digits; letters glued on make a word (42nd, 1990s)
            let mut j = i;
            loop {
                while j < bytes.len() && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                if j + 1 < bytes.len()
                    && matches!(bytes[j], b'.' | b',' | b':')
                    && bytes[j + 1].is_ascii_digit()
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if j < bytes.len() && is_word_char(char_at(j)) {
                while j < bytes.len() && is_word_char(char_at(j)) {
                    j += char_at(j).len_utf8();
                }
                kind = TokKind::Word;
            } else {
                kind = TokKind::Number;
            }
            i = j;
        } else if is_word_char(c) {
            let mut j = i;
            while j < bytes.len() {
                let d = char_at(j);
                if is_word_char(d) {
                    j += d.len_utf8();
                } else if d == '\'' && j + 1 < bytes.len() && is_word_char(char_at(j + 1)) {
                    // internal apostrophe: keep (don't, O'Brien) unless it is the clitic 's
                    let rest = &text[j + 1..];
                    let clitic = (rest.starts_with('s') || rest.starts_with('S'))
                        && !rest[1..].chars().next().is_some_and(is_word_char);
                    if clitic {
                        break;
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            // acronym with periods: single letters each followed by '.', at least two (U.S., U.N.)
            let word = &text[i..j];
            if word.chars().count() == 1 && bytes.get(j) == Some(&b'.') {
                let mut k = j + 1;
                let mut parts = 1;
                loop {
                    let mut chars = text[k..].chars();
                    match (chars.next(), chars.next()) {
                        (Some(a), Some('.')) if a.is_alphabetic() => {
                            k += a.len_utf8() + 1;
                            parts += 1;
                        }
                        _ => break,
                    }
                }
                if parts >= 2 {
                    j = k;
                }
            }
            kind = if j > i && text[i..j].ends_with('.') { TokKind::Acronym } else { TokKind::Word };
            i = j;
        } else if c == '\''
            && !space_before
            && out.last().is_some_and(|t: &Token| t.is_word())
            && (text[i + 1..].starts_with('s') || text[i + 1..].starts_with('S'))
            && !text[i + 2..].chars().next().is_some_and(is_word_char)
        {
            i += 2;
            kind = TokKind::Possessive;
        } else {
            i += c.len_utf8();
            kind = TokKind::Punct;
        }
        let word = &text[start..i];
        out.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            case: if matches!(kind, TokKind::Punct | TokKind::Number) { Case::Other } else { case_of(word) },
            space_before,
            newlines_before: newlines,
        });
        space_before = false;
        newlines = 0;
    }
    out
}

/// The lexicon key of a run of tokens: lower-cased token texts joined by one space.
pub fn key_of(tokens: &[Token], text: &str) -> String {
    let mut key = String::new();
    for (n, t) in tokens.iter().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        for c in t.text(text).chars() {
            key.extend(c.to_lowercase());
        }
    }
    key
}
