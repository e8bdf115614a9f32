//! The promises every [`Document`] keeps, whatever the input: checked by the
//! fuzz target, the property tests and the CLI's tests.

use crate::corpus_json;
use crate::document::{Document, Span};

/// Checks that every span lies inside `text`, on char boundaries, non-empty;
/// that every demand's holder and addressee is an existing actor id; that actor
/// ids are unique and every actor has a mention; and that the corpus JSON's
/// texts equal their code point slices.
pub fn check(text: &str, doc: &Document) -> Result<(), String> {
    let span_ok = |what: &str, s: Span| -> Result<(), String> {
        let (start, end) = (s.start as usize, s.end as usize);
        if start >= end {
            return Err(format!("{what} span {start}..{end} is empty or reversed"));
        }
        if end > text.len() {
            return Err(format!("{what} span {start}..{end} ends past the text ({} bytes)", text.len()));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!("{what} span {start}..{end} is not on char boundaries"));
        }
        Ok(())
    };
    let mut ids = std::collections::HashSet::new();
    for a in &doc.actors {
        if !ids.insert(a.id.as_str()) {
            return Err(format!("actor id {} is used twice", a.id));
        }
        if a.mentions.is_empty() {
            return Err(format!("actor {} has no mention", a.id));
        }
        for m in &a.mentions {
            span_ok("actor mention", m.span)?;
        }
    }
    for p in &doc.places {
        span_ok("place", p.span)?;
    }
    for d in &doc.dates {
        span_ok("date", d.span)?;
    }
    for d in &doc.demands {
        span_ok("demand", d.span)?;
        span_ok("trigger", d.trigger)?;
        for id in [&d.holder, &d.addressee].into_iter().flatten() {
            if !ids.contains(id.as_str()) {
                return Err(format!("demand refers to unknown actor {id}"));
            }
        }
    }
    if let crate::DctSource::Detected { span, .. } = &doc.dct_source {
        span_ok("dct source", *span)?;
    }
    // the corpus JSON: code point offsets whose slice is the span's text
    let json = corpus_json::to_corpus("check", text, doc);
    let chars: Vec<char> = text.chars().collect();
    let slice_ok = |s: usize, e: usize, t: &str| -> Result<(), String> {
        let slice: String = chars.get(s..e).map(|c| c.iter().collect()).unwrap_or_default();
        if slice != t {
            return Err(format!("corpus span {s}..{e} gives {slice:?}, not {t:?}"));
        }
        Ok(())
    };
    for a in &json.actors {
        for m in &a.mentions {
            slice_ok(m.start, m.end, &m.text)?;
        }
    }
    for p in &json.places {
        slice_ok(p.start, p.end, &p.text)?;
    }
    for d in &json.dates {
        slice_ok(d.start, d.end, &d.text)?;
    }
    for d in &json.demands {
        slice_ok(d.start, d.end, &d.text)?;
        slice_ok(d.trigger.start, d.trigger.end, &d.trigger.text)?;
    }
    Ok(())
}

/// The fuzz target's whole run over one input, shared with the regression
/// tests that replay what the fuzzer found: the first three bytes pick a dct,
/// the rest is the text (lossy UTF-8); annotates and checks.
pub fn check_bytes(data: &[u8]) -> Result<(), String> {
    let (dct, text) = match data {
        [y, m, d, rest @ ..] => {
            let iso = format!("{:04}-{:02}-{:02}", 1900 + (*y as u16 % 200), 1 + m % 12, 1 + d % 31);
            (crate::Ymd::parse(&iso), rest)
        }
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(text);
    let doc = crate::annotate(&text, &crate::Options { dct, fallback_dct: None });
    check(&text, &doc)
}
