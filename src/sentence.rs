//! The sentence around a span, and its gist (a short label), found by plain
//! punctuation and line breaks: enough for labels, not an analysis.

use parley_engine::Span;

use crate::corrections::short;

/// Byte range of the sentence that holds `span`.
pub fn sentence_of(text: &str, span: Span) -> Span {
    let bytes = text.as_bytes();
    let ends_sentence = |i: usize| {
        let b = bytes[i];
        b == b'\n' || (matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()))
    };
    let mut start = (span.start as usize).min(text.len());
    while start > 0 && !ends_sentence(start - 1) {
        start -= 1;
    }
    let mut end = (span.end as usize).min(text.len());
    while end < text.len() && !ends_sentence(end) {
        end += 1;
    }
    if end < text.len() && bytes[end] != b'\n' {
        end += 1;
    }
    while start < end && bytes[start].is_ascii_whitespace() {
        start += 1;
    }
    while end > start && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    Span::new(start, end)
}

/// The sentence of `span`, whitespace collapsed, cut to about `max` chars.
pub fn gist(text: &str, span: Span, max: usize) -> String {
    let s = sentence_of(text, span);
    let flat: String = text[s.range()].split_whitespace().collect::<Vec<_>>().join(" ");
    let cut = short(&flat, max);
    // cut at a word boundary when the sentence was shortened
    match cut.strip_suffix('…').and_then(|c| c.rfind(' ').map(|i| &c[..i])) {
        Some(head) if head.len() > max / 2 => format!("{}…", head.trim_end_matches([',', ';', ':'])),
        _ => cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "Talks began on Monday. Russia, however, rejected the plan on Tuesday!\nNew line here";

    fn at(needle: &str) -> Span {
        let i = T.find(needle).unwrap();
        Span::new(i, i + needle.len())
    }

    #[test]
    fn sentences_end_at_punctuation_and_lines() {
        assert_eq!(&T[sentence_of(T, at("Monday")).range()], "Talks began on Monday.");
        assert_eq!(&T[sentence_of(T, at("Tuesday")).range()], "Russia, however, rejected the plan on Tuesday!");
        assert_eq!(&T[sentence_of(T, at("line")).range()], "New line here");
        assert_eq!(&"No stop"[sentence_of("No stop", Span::new(3, 7)).range()], "No stop");
    }

    #[test]
    fn gist_is_short_and_cut_at_words() {
        assert_eq!(gist(T, at("Monday"), 60), "Talks began on Monday.");
        assert_eq!(gist(T, at("Tuesday"), 24), "Russia, however…");
    }
}
