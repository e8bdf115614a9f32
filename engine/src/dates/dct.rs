//! The publication date: given by the caller, detected in the text, or assumed.
//!
//! Detection reads the full dates the recognizer finds (day, month, year;
//! a dateline's month and day) and keeps the one whose surroundings say it is
//! the publication date, by priority:
//!
//! 1. a label before it: `Updated: 14-03-2022 14:17 IST`, `Posted on March 28, 2025`,
//!    `Published 2 May 2023`;
//! 2. a dateline: `KIEV, March 14 (Xinhua) -`, `27 April 2022, Naypyitaw`;
//! 3. a byline or page header: `By DMG 27 Apr 2022`, `Archive / News | 20.06.23`;
//! 4. a line that is only a date (and maybe a time);
//! 5. a full date in a caption among the first lines.

use super::recognize::{self, Found};
use super::sem::Sem;
use crate::document::{DctSource, Span, Ymd};
use crate::text::tokens::{Case, TokKind};
use crate::text::Analysis;
use crate::Options;
use jiff::civil::Date;

/// Labels that announce a publication date.
const LABELS: &[(&str, &str)] = &[
    ("updated", "updated"),
    ("published", "published"),
    ("posted", "posted"),
    ("modified", "updated"),
    ("date", "date label"),
    ("dated", "date label"),
    ("released", "published"),
    ("issued", "published"),
];

/// How many lines from the top a caption date may be.
const CAPTION_LINES: usize = 3;

struct Line {
    start: usize,
    end: usize,
}

fn lines(a: &Analysis) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in a.tokens.iter().enumerate() {
        if i > start && t.newlines_before > 0 {
            out.push(Line { start, end: i });
            start = i;
        }
    }
    if start < a.tokens.len() {
        out.push(Line { start, end: a.tokens.len() });
    }
    out
}

/// A date the recognizer found, as (year if written, month, day).
fn full_date(f: &Found) -> Option<(Option<i16>, i8, i8)> {
    match &f.sem {
        Sem::Cal { y, m, d: Some(d) } => Some((*y, *m, *d)),
        Sem::Part(Some(b), _) | Sem::Clock { base: Some(b), .. } => match **b {
            Sem::Cal { y, m, d: Some(d) } => Some((y, m, d)),
            _ => None,
        },
        _ => None,
    }
}

fn is_place_word(a: &Analysis, i: usize) -> bool {
    let t = &a.tokens[i];
    t.kind == TokKind::Word && matches!(t.case, Case::Title | Case::Upper)
}

/// Why a date at tokens `[s, e)` on line `l` would be the publication date, with its priority.
fn reason(a: &Analysis, f: &Found, l: &Line, line_no: usize) -> Option<(u8, &'static str)> {
    let (s, e) = (f.s, f.e);
    let w = |i: usize| a.tok(i);
    // 1. a label within the four tokens before it
    for k in s.saturating_sub(4).max(l.start)..s {
        let lw = w(k).to_ascii_lowercase();
        if let Some((_, rule)) = LABELS.iter().find(|(label, _)| *label == lw) {
            return Some((1, rule));
        }
    }
    // 2. datelines
    // PLACE[, COUNTRY], DATE (Agency) - / DATE -
    if s > l.start && w(s - 1) == "," {
        let words = (l.start..s - 1).all(|k| is_place_word(a, k) || w(k) == ",");
        let n = s - 1 - l.start;
        let after_ok = e == l.end || matches!(w(e), "(" | "-" | "/" | ":" | "|");
        if words && (1..=5).contains(&n) && after_ok {
            return Some((2, "dateline"));
        }
    }
    // DATE, PLACE at the start of a line
    if s == l.start && e < l.end && w(e) == "," {
        let rest = e + 1..l.end;
        if !rest.is_empty() && rest.len() <= 4 && rest.clone().all(|k| is_place_word(a, k) || w(k) == ",") {
            return Some((2, "dateline"));
        }
    }
    // 3. byline or header line: "By NAME DATE", "Archive / News | DATE"
    if w(l.start).eq_ignore_ascii_case("by") && e == l.end && l.end - l.start <= 10 {
        return Some((3, "byline"));
    }
    if (l.start..l.end).any(|k| w(k) == "|") && l.end - l.start <= 16 {
        return Some((3, "page header"));
    }
    // 4. a line that is only a date (and a time)
    if s == l.start && e == l.end {
        return Some((4, "date line"));
    }
    // 5. a caption near the top
    if line_no < CAPTION_LINES && full_date(f)?.0.is_some() {
        return Some((5, "caption"));
    }
    None
}

/// Detects a publication date printed in the text. `fallback` (today, or the
/// date the user gave) dates a dateline that prints no year: the latest such
/// day on or before it.
pub fn detect_with(a: &Analysis, fallback: Option<Ymd>) -> Option<(Ymd, DctSource)> {
    detect_in(a, &recognize::find(a), fallback)
}

/// [`detect_with`] over the expressions already recognized in the text.
fn detect_in(a: &Analysis, found: &[Found], fallback: Option<Ymd>) -> Option<(Ymd, DctSource)> {
    let lines = lines(a);
    let mut best: Option<(u8, usize, Date, &'static str, Span)> = None;
    let mut li = 0;
    for f in found {
        let Some((y, m, d)) = full_date(f) else { continue };
        while li + 1 < lines.len() && lines[li].end <= f.s {
            li += 1;
        }
        let l = &lines[li];
        if f.e > l.end {
            continue;
        }
        let Some((prio, rule)) = reason(a, f, l, li) else { continue };
        let date = match y {
            Some(y) => Date::new(y, m, d).ok(),
            // only a dateline may leave the year out
            None if rule == "dateline" => fallback.and_then(|fb| {
                let fb = fb.civil();
                (fb.year() - 1..=fb.year()).rev().filter_map(|y| Date::new(y, m, d).ok()).find(|x| *x <= fb)
            }),
            None => None,
        };
        let Some(date) = date else { continue };
        if best.as_ref().is_none_or(|b| prio < b.0) {
            best = Some((prio, f.s, date, rule, a.span_of(f.s, f.e)));
        }
    }
    best.map(|(_, _, d, rule, span)| (Ymd::from_civil(d), DctSource::Detected { rule: rule.into(), span }))
}

/// Detects a publication date printed in the text (no fallback for year-less datelines).
pub fn detect(a: &Analysis) -> Option<(Ymd, DctSource)> {
    detect_with(a, None)
}

pub fn resolve(a: &Analysis, options: &Options) -> (Option<Ymd>, DctSource) {
    if options.dct.is_some() {
        return resolve_found(a, &[], options);
    }
    resolve_found(a, &recognize::find(a), options)
}

/// [`resolve`] over the expressions already recognized in the text.
pub(super) fn resolve_found(a: &Analysis, found: &[Found], options: &Options) -> (Option<Ymd>, DctSource) {
    if let Some(d) = options.dct {
        return (Some(d), DctSource::Given);
    }
    if let Some((d, source)) = detect_in(a, found, options.fallback_dct) {
        return (Some(d), source);
    }
    match options.fallback_dct {
        Some(d) => (Some(d), DctSource::Assumed),
        None => (None, DctSource::Unknown),
    }
}
