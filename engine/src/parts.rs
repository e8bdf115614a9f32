//! Very large texts (a pasted log, a long report) are annotated part by
//! part, so that a caller can show progress and stay responsive between
//! parts: the text is cut at paragraph breaks into parts of about `size`
//! bytes ([`split`]), each part is annotated on its own with the publication
//! date of the first, and the documents are joined ([`join`]): spans
//! shifted, actors of the same kind and name merged across parts. What is
//! lost at a cut: a demand or name split by it, and merges of different
//! names for one actor across parts ("Zelensky" / "the Ukrainian president").

use crate::document::{Actor, DctSource, Document, Mention, Span};
use std::collections::HashMap;
use std::ops::Range;

/// Byte ranges of about `size` bytes covering `text`, cut after a paragraph
/// break, else a line break, else a sentence end or a space, in the second
/// half of each part; never inside a character.
pub fn split(text: &str, size: usize) -> Vec<Range<usize>> {
    let size = size.max(16);
    let mut parts = Vec::new();
    let mut start = 0;
    while text.len() - start > size {
        let limit = (start + 1..=start + size).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(start + size);
        let window = &text[start..limit];
        let half = window.len() / 2;
        let after = |pat: &str| window.rfind(pat).filter(|&i| i >= half).map(|i| i + pat.len());
        let cut = after("\n\n").or_else(|| after("\n")).or_else(|| after(". ")).or_else(|| after(" ")).unwrap_or(window.len());
        parts.push(start..start + cut);
        start += cut;
    }
    if start < text.len() || parts.is_empty() {
        parts.push(start..text.len());
    }
    parts
}

/// The document of the whole text from the documents of its parts, each
/// given with the byte offset where its part starts, in text order.
pub fn join(parts: Vec<(usize, Document)>) -> Document {
    let mut out = Document { dct: None, dct_source: DctSource::Unknown, actors: vec![], places: vec![], dates: vec![], demands: vec![] };
    let mut by_name: HashMap<(crate::ActorKind, String), usize> = HashMap::new();
    for (k, (offset, doc)) in parts.into_iter().enumerate() {
        let shift = |s: Span| Span::new(s.start as usize + offset, s.end as usize + offset);
        if k == 0 {
            out.dct = doc.dct;
            out.dct_source = match doc.dct_source {
                DctSource::Detected { rule, span } => DctSource::Detected { rule, span: shift(span) },
                other => other,
            };
        }
        let mut renamed: HashMap<String, String> = HashMap::new();
        for a in doc.actors {
            let mentions = a.mentions.into_iter().map(|m| Mention { span: shift(m.span), ..m });
            let key = (a.kind, crate::text::case::lower(&a.name));
            if let Some(&i) = by_name.get(&key) {
                let known = &mut out.actors[i];
                known.mentions.extend(mentions);
                known.role = known.role.take().or(a.role);
                known.affiliation = known.affiliation.take().or(a.affiliation);
                renamed.insert(a.id, known.id.clone());
            } else {
                let id = format!("A{}", out.actors.len() + 1);
                renamed.insert(a.id, id.clone());
                by_name.insert(key, out.actors.len());
                out.actors.push(Actor { id, mentions: mentions.collect(), ..a });
            }
        }
        out.places.extend(doc.places.into_iter().map(|p| crate::Place { span: shift(p.span), ..p }));
        out.dates.extend(doc.dates.into_iter().map(|d| crate::TimeExpr { span: shift(d.span), ..d }));
        out.demands.extend(doc.demands.into_iter().map(|d| crate::Demand {
            span: shift(d.span),
            trigger: shift(d.trigger),
            holder: d.holder.and_then(|h| renamed.get(&h).cloned()),
            addressee: d.addressee.and_then(|h| renamed.get(&h).cloned()),
            ..d
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, invariants, Options, Ymd};

    #[test]
    fn parts_cover_the_text_and_end_at_paragraphs() {
        let text = "Alpha said so.\n\nBeta said no. ".repeat(50);
        let parts = split(&text, 100);
        assert_eq!(parts.first().unwrap().start, 0);
        assert_eq!(parts.last().unwrap().end, text.len());
        assert!(parts.windows(2).all(|w| w[0].end == w[1].start));
        assert!(parts[..parts.len() - 1].iter().all(|p| text[p.clone()].ends_with("\n\n")), "{parts:?}");
        assert!(parts.iter().all(|p| p.len() <= 100));
    }

    #[test]
    fn long_lines_and_wide_characters_are_cut_on_char_boundaries() {
        let text = "ж".repeat(1000) + &"x".repeat(777);
        let parts = split(&text, 100);
        assert!(parts.iter().all(|p| text.is_char_boundary(p.start) && text.is_char_boundary(p.end) && !p.is_empty()));
        assert_eq!(parts.iter().map(|p| p.len()).sum::<usize>(), text.len());
        assert_eq!(split("", 100), vec![0..0]);
    }

    #[test]
    fn joined_parts_keep_the_invariants_and_merge_actors_by_name() {
        let para = "Ukrainian President Volodymyr Zelensky called on Russia to withdraw its troops on Monday.\n\n";
        let text = para.repeat(6);
        let options = Options::with_dct(Ymd::parse("2022-03-01").unwrap());
        let parts: Vec<(usize, Document)> =
            split(&text, para.len() * 2).into_iter().map(|r| (r.start, annotate(&text[r.clone()], &options))).collect();
        assert_eq!(parts.len(), 3);
        let doc = join(parts);
        invariants::check(&text, &doc).unwrap();
        let whole = annotate(&text, &options);
        assert_eq!(doc.demands.len(), whole.demands.len());
        assert_eq!(doc.dates.len(), whole.dates.len());
        let zelensky = doc.actors.iter().find(|a| a.name.contains("Zelensky")).unwrap();
        assert_eq!(zelensky.mentions.len(), 6, "one actor across the parts");
        assert!(doc.demands.iter().all(|d| d.holder.as_deref() == Some(zelensky.id.as_str())));
    }
}
