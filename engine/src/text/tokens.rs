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
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        match text.as_bytes().get(self.start as usize) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.starts_upper(text),
        }
    }
    /// The rare case of [`Token::is_capitalized`], kept out of line so that
    /// the common one is inlined.
    #[inline(never)]
    fn starts_upper(&self, text: &str) -> bool {
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

/// Classes of ASCII bytes (0 for the others), one table lookup per byte.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
const SPACE: u8 = 8;
const LETTER: u8 = UPPER | LOWER;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | LOWER
        } else if c.is_ascii_digit() {
            ALNUM
        } else if matches!(c, b' ' | b'\n' | b'\t' | b'\r' | 0x0B | 0x0C) {
            // the ASCII chars of `char::is_whitespace`
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The char starting at byte `i` of `s` (a char boundary) and its length in
/// bytes; `('\0', 0)` at the end. One branch for ASCII, no re-validation.
#[inline]
fn char_at(s: &[u8], i: usize) -> (char, usize) {
    let Some(&b) = s.get(i) else { return ('\0', 0) };
    if b < 0x80 {
        return (b as char, 1);
    }
    let cont = |k: usize| u32::from(s.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let (c, n) = if b < 0xE0 {
        ((u32::from(b & 0x1F) << 6) | cont(1), 2)
    } else if b < 0xF0 {
        ((u32::from(b & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        ((u32::from(b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4)
    };
    (char::from_u32(c).unwrap_or('\u{FFFD}'), n)
}

/// Is the char at byte `i` a word char? (false at the end)
#[inline]
fn word_char_at(s: &[u8], i: usize) -> bool {
    match s.get(i) {
        None => false,
        Some(&b) if b < 0x80 => CLASS[b as usize] & ALNUM != 0,
        Some(_) => is_word_char(char_at(s, i).0),
    }
}

fn case_of(s: &str) -> Case {
    let mut letters = 0u32;
    let mut uppers = 0u32;
    let first_upper;
    if s.is_ascii() {
        let bytes = s.as_bytes();
        let Some(first) = bytes.iter().position(|&b| CLASS[b as usize] & LETTER != 0) else { return Case::Other };
        first_upper = CLASS[bytes[first] as usize] & UPPER != 0;
        for &b in &bytes[first..] {
            let c = CLASS[b as usize];
            letters += u32::from(c & LETTER != 0);
            uppers += u32::from(c & UPPER != 0);
        }
    } else {
        let mut first = None;
        for c in s.chars() {
            if c.is_alphabetic() {
                letters += 1;
                let up = c.is_uppercase();
                uppers += u32::from(up);
                first.get_or_insert(up);
            }
        }
        let Some(up) = first else { return Case::Other };
        first_upper = up;
    }
    case_of_counts(letters, uppers, first_upper)
}

/// The case of a word with `letters` letters (at least one), `uppers` of them
/// upper case, the first one upper case or not.
#[inline]
fn case_of_counts(letters: u32, uppers: u32, first_upper: bool) -> Case {
    match (letters, first_upper) {
        (1, true) => Case::Other,
        (_, true) if uppers == letters => Case::Upper,
        (_, true) => Case::Title,
        _ => Case::Lower,
    }
}

/// [`case_of_counts`] of an ASCII word starting with a letter, from the
/// class of its first byte and the or of the classes of the others.
#[inline]
fn case_of_classes(first: u8, rest: u8) -> Case {
    if first & UPPER == 0 {
        Case::Lower
    } else if rest & LETTER == 0 {
        // one letter
        Case::Other
    } else if rest & LOWER == 0 {
        Case::Upper
    } else {
        Case::Title
    }
}

/// `s` or `S` at byte `i`, not followed by a word char: the clitic of `'s`.
fn clitic_s_at(s: &[u8], i: usize) -> bool {
    matches!(s.get(i), Some(b's' | b'S')) && !word_char_at(s, i + 1)
}

/// Splits `text` into tokens. Offsets are bytes into `text`.
#[inline(never)]
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut out: Vec<Token> = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newlines: u8 = 0;
    while i < n {
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class & SPACE != 0 {
            newlines = newlines.saturating_add(u8::from(b == b'\n'));
            space_before = true;
            i += 1;
            continue;
        }
        let (c, clen) = if b < 0x80 { (b as char, 1) } else { char_at(bytes, i) };
        if b >= 0x80 && c.is_whitespace() {
            space_before = true;
            i += clen;
            continue;
        }
        let start = i;
        let kind;
        let mut case = Case::Other;
        if b.is_ascii_digit() {
            // number: digits, with . , : between digits; letters glued on make a word (42nd, 1990s)
            let mut j = i;
            loop {
                while j < n && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                if j + 1 < n && matches!(bytes[j], b'.' | b',' | b':') && bytes[j + 1].is_ascii_digit() {
                    j += 1;
                    continue;
                }
                break;
            }
            if word_char_at(bytes, j) {
                while word_char_at(bytes, j) {
                    j += char_at(bytes, j).1;
                }
                kind = TokKind::Word;
                case = case_of(&text[start..j]);
            } else {
                kind = TokKind::Number;
            }
            i = j;
        } else if class & ALNUM != 0 || (b >= 0x80 && is_word_char(c)) {
            let mut j = i + clen;
            // the case of an ASCII word, from the classes of its bytes after
            // the first, or-ed on the way (else `case_of`)
            let mut rest = 0u8;
            let mut ascii = b < 0x80;
            loop {
                while j < n {
                    let c = CLASS[bytes[j] as usize];
                    if c & ALNUM == 0 {
                        break;
                    }
                    rest |= c;
                    j += 1;
                }
                match bytes.get(j) {
                    Some(b'\'') => {
                        // internal apostrophe: keep (don't, O'Brien) unless it is the clitic 's
                        if !word_char_at(bytes, j + 1) || clitic_s_at(bytes, j + 1) {
                            break;
                        }
                        j += 1;
                    }
                    Some(&d) if d >= 0x80 => {
                        let (d, dlen) = char_at(bytes, j);
                        if !is_word_char(d) {
                            break;
                        }
                        ascii = false;
                        j += dlen;
                    }
                    _ => break,
                }
            }
            // acronym with periods: single letters each followed by '.', at least two (U.S., U.N.)
            if j == i + clen && bytes.get(j) == Some(&b'.') {
                let mut k = j + 1;
                let mut parts = 1;
                loop {
                    let (a, alen) = char_at(bytes, k);
                    if alen > 0 && bytes.get(k + alen) == Some(&b'.') && a.is_alphabetic() {
                        k += alen + 1;
                        parts += 1;
                    } else {
                        break;
                    }
                }
                if parts >= 2 {
                    j = k;
                    ascii = false;
                }
            }
            kind = if bytes[j - 1] == b'.' { TokKind::Acronym } else { TokKind::Word };
            case = if ascii { case_of_classes(class, rest) } else { case_of(&text[start..j]) };
            i = j;
        } else if b == b'\'' && !space_before && out.last().is_some_and(Token::is_word) && clitic_s_at(bytes, i + 1) {
            i += 2;
            kind = TokKind::Possessive;
            case = case_of(&text[start..i]);
        } else {
            i += clen;
            kind = TokKind::Punct;
        }
        out.push(Token {
            start: start as u32,
            end: i as u32,
            kind,
            case,
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
            key.push(super::case::lower_char(c));
        }
    }
    key
}

/// The lower-cased form of every token, computed once: what the lexicon
/// looks up, and what stages compare words against.
#[derive(Debug, Clone, Default)]
pub struct Lower {
    /// The lower-cased text: the whole text lower-cased in ASCII (the ASCII
    /// tokens' forms at their own offsets), then the forms of the other
    /// tokens one after the other; then eight zero bytes (for
    /// readers of eight bytes at a time, see [`Lower::padded`]).
    text: String,
    /// `spans[i]`: the form of token `i` in `text`.
    spans: Vec<(u32, u32)>,
}

/// Zero bytes after the forms of [`Lower`].
const PAD: usize = 8;
const PADDING: &str = "\0\0\0\0\0\0\0\0";

impl Lower {
    #[inline(never)]
    pub fn new(tokens: &[Token], text: &str) -> Lower {
        if text.is_ascii() {
            let mut out = String::with_capacity(text.len() + PAD);
            out.push_str(text);
            out.make_ascii_lowercase();
            out.push_str(PADDING);
            return Lower { text: out, spans: tokens.iter().map(|t| (t.start, t.end)).collect() };
        }
        // the text lower-cased in ASCII serves the ASCII tokens in place; the
        // forms of the others follow it
        let mut out = String::with_capacity(text.len() + text.len() / 4 + PAD);
        out.push_str(text);
        out.make_ascii_lowercase();
        let mut spans = Vec::with_capacity(tokens.len());
        // a token is ASCII when no non-ASCII byte of the text lies within it:
        // those bytes (few) found eight a step, then walked along the tokens
        let bytes = text.as_bytes();
        let mut high = Vec::new();
        let mut chunks = bytes.chunks_exact(8);
        for (c, chunk) in (&mut chunks).enumerate() {
            if u64::from_le_bytes(chunk.try_into().unwrap()) & 0x8080_8080_8080_8080 != 0 {
                high.extend((c * 8..c * 8 + 8).filter(|&k| bytes[k] >= 0x80).map(|k| k as u32));
            }
        }
        let tail = bytes.len() - chunks.remainder().len();
        high.extend((tail..bytes.len()).filter(|&k| bytes[k] >= 0x80).map(|k| k as u32));
        let mut h = 0;
        for t in tokens {
            while high.get(h).is_some_and(|&k| k < t.start) {
                h += 1;
            }
            if high.get(h).is_none_or(|&k| k >= t.end) {
                spans.push((t.start, t.end));
                continue;
            }
            let s = t.text(text);
            let from = out.len() as u32;
            for c in s.chars() {
                out.push(super::case::lower_char(c));
            }
            spans.push((from, out.len() as u32));
        }
        out.push_str(PADDING);
        Lower { text: out, spans }
    }

    /// The length in bytes of token `i`'s form.
    #[inline]
    pub fn len_of(&self, i: usize) -> usize {
        let (from, to) = self.spans[i];
        (to - from) as usize
    }

    /// The byte range of token `i`'s form in [`Lower::padded`].
    #[inline]
    pub fn span(&self, i: usize) -> (usize, usize) {
        let (from, to) = self.spans[i];
        (from as usize, to as usize)
    }

    /// The buffer of all forms, with at least eight bytes after the last one.
    #[inline]
    pub fn padded(&self) -> &[u8] {
        self.text.as_bytes()
    }

    /// The lower-cased text of token `i`.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        let (from, to) = self.spans[i];
        &self.text[from as usize..to as usize]
    }

    /// The lower-cased text of token `i`, as bytes.
    #[inline]
    pub fn bytes(&self, i: usize) -> &[u8] {
        let (from, to) = self.spans[i];
        &self.text.as_bytes()[from as usize..to as usize]
    }
}
