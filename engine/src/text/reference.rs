//! The first, simple versions of the tokenizer and the normalizer, kept as
//! references: the fast versions must give the same results on any text
//! (see `fast_versions_agree_with_the_references` in `tests.rs`).

use super::normalize::replacement;
use super::tokens::{Case, TokKind, Token};

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


/// The normalized text and its edit points.
pub fn normalize(original: &str) -> (String, Vec<(u32, u32)>) {
    let mut text = String::with_capacity(original.len());
    let mut edits = Vec::new();
    for (i, c) in original.char_indices() {
        match replacement(c) {
            None => text.push(c),
            Some(rep) => {
                // The replacement starts at this original char…
                edits.push((text.len() as u32, i as u32));
                text.push_str(rep);
                // …and the text after it resumes aligned at the next char.
                edits.push((text.len() as u32, (i + c.len_utf8()) as u32));
            }
        }
    }
    (text, edits)
}
