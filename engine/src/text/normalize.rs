//! Normalization with alignment: typographic quotes, dashes and odd spaces
//! become their ASCII forms, invisible characters are dropped, and every
//! normalized offset maps back to the original text.
//!
//! All later stages work on the normalized text, so they match `'` and `"`
//! only; [`Normalized::to_original`] puts their spans back onto the text as
//! pasted.

use crate::document::Span;

pub struct Normalized {
    /// The normalized text (valid UTF-8, same line structure as the original).
    pub text: String,
    /// Edit points `(normalized offset, original offset)`, ascending. Between
    /// two edit points both texts advance byte for byte.
    edits: Vec<(u32, u32)>,
    original_len: u32,
}

/// What one original character becomes.
pub(crate) fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' | '\u{00B4}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => "-",
        // en and em dashes stay distinct from hyphens: they separate clauses.
        '\u{2013}' | '\u{2014}' | '\u{2015}' => " - ",
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => " ",
        '\u{2026}' => "...",
        '\u{2022}' | '\u{25CF}' | '\u{25AA}' | '\u{2023}' => "*",
        '\r' => "",
        // Invisible characters: zero-width space/joiners, BOM, soft hyphen, bidi marks.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{200E}'
        | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "",
        // NUL and other C0 controls (but newline) read as spaces.
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}' => " ",
        '\u{2028}' | '\u{2029}' | '\u{85}' => "\n",
        _ => return None,
    })
}

/// Bytes that never change: printable ASCII but the backtick, and newlines.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = (c >= b' ' && c <= b'~' && c != b'`') || c == b'\n';
        b += 1;
    }
    t
};

/// Are eight bytes all printable ASCII but the backtick (eight at a time:
/// a quick "yes" for most of a text; newlines and the rest go byte by byte)?
#[inline]
fn all_plain(eight: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut w = [0u8; 8];
    w.copy_from_slice(eight);
    let w = u64::from_le_bytes(w);
    // a zero byte of `x` sets its high bit here (exact when `x` has no high bits set)
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    w & HIGH == 0 && zero(w & !(0x1F * ONES)) == 0 && zero(w ^ (b'`' as u64 * ONES)) == 0 && zero(w ^ (0x7F * ONES)) == 0
}

impl Normalized {
    /// The edit points (for tests).
    #[cfg(test)]
    pub(crate) fn edits(&self) -> &[(u32, u32)] {
        &self.edits
    }

    #[inline(never)]
    pub fn new(original: &str) -> Normalized {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        // (two edits per typographic quote or dash: news texts have dozens)
        let mut edits = Vec::with_capacity(64);
        // Unchanged runs are copied whole: `kept` is where the current one began.
        let mut kept = 0;
        let mut i = 0;
        while i < bytes.len() {
            if i + 8 <= bytes.len() && all_plain(&bytes[i..i + 8]) {
                i += 8;
                continue;
            }
            if PLAIN[bytes[i] as usize] {
                i += 1;
                continue;
            }
            let c = original[i..].chars().next().unwrap_or('\0');
            let next = i + c.len_utf8();
            if let Some(rep) = replacement(c) {
                text.push_str(&original[kept..i]);
                // The replacement starts at this original char…
                edits.push((text.len() as u32, i as u32));
                text.push_str(rep);
                // …and the text after it resumes aligned at the next char.
                edits.push((text.len() as u32, next as u32));
                kept = next;
            }
            i = next;
        }
        text.push_str(&original[kept..]);
        Normalized { text, edits, original_len: original.len() as u32 }
    }

    /// Original offset of a normalized offset that starts a span.
    fn start_to_original(&self, pos: u32) -> u32 {
        // The last edit point at or before `pos`; prefer the later of equal keys
        // (the "resume" point), except that a span starting inside a replacement
        // starts at the replaced character.
        let idx = self.edits.partition_point(|&(n, _)| n <= pos);
        if idx == 0 {
            return pos;
        }
        let (n, o) = self.edits[idx - 1];
        if idx % 2 == 1 {
            // inside (or at the start of) a replacement: the whole original char
            o
        } else {
            o + (pos - n)
        }
    }

    /// Original offset of a normalized offset that ends a span.
    fn end_to_original(&self, pos: u32) -> u32 {
        // The last edit point strictly before `pos`: an end right after a
        // replacement ends after the replaced character, not after what follows.
        let idx = self.edits.partition_point(|&(n, _)| n < pos);
        if idx == 0 {
            return pos.min(self.original_len);
        }
        let (n, o) = self.edits[idx - 1];
        if idx % 2 == 1 {
            // inside a replacement: through the end of the replaced character
            self.edits.get(idx).map_or(self.original_len, |&(_, o2)| o2)
        } else {
            o + (pos - n)
        }
    }

    /// Maps a span of the normalized text onto the original text.
    pub fn to_original(&self, span: Span) -> Span {
        if self.edits.is_empty() {
            return span;
        }
        let start = self.start_to_original(span.start);
        let end = self.end_to_original(span.end).max(start);
        Span { start, end }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(original: &str, needle: &str) -> String {
        let n = Normalized::new(original);
        let at = n.text.find(needle).expect("needle in normalized text");
        let span = n.to_original(Span::new(at, at + needle.len()));
        original[span.range()].to_string()
    }

    #[test]
    fn curly_quotes_become_straight_and_map_back() {
        let original = "Zelensky said, \u{201C}It\u{2019}s time\u{201D}.";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Zelensky said, \"It's time\".");
        assert_eq!(roundtrip(original, "\"It's time\""), "\u{201C}It\u{2019}s time\u{201D}");
        assert_eq!(roundtrip(original, "time"), "time");
        assert_eq!(roundtrip(original, "It"), "It");
        assert_eq!(roundtrip(original, "s time"), "s time");
    }

    #[test]
    fn dropped_characters_and_crlf_keep_alignment() {
        let original = "Kyiv\r\nand\u{200B} Moscow\u{00A0}talks";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Kyiv\nand Moscow talks");
        assert_eq!(roundtrip(original, "Moscow"), "Moscow");
        assert_eq!(roundtrip(original, "and"), "and");
        assert_eq!(roundtrip(original, "talks"), "talks");
        assert_eq!(roundtrip(original, "Kyiv"), "Kyiv");
    }

    #[test]
    fn unchanged_text_maps_identically() {
        let n = Normalized::new("plain text");
        assert_eq!(n.to_original(Span::new(6, 10)), Span::new(6, 10));
    }
}
