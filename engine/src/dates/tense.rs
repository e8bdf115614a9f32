//! The tense of the clause around a date: the verb nearest to it decides
//! whether "Monday" is the last one or the next one.
//!
//! Markers come from `time_tense_words.tsv` (auxiliaries, modals, irregular
//! past forms) and from two rules: a regular past form (`-ed`, not after a
//! determiner or a form of "be", whose own tense then governs).

use crate::lexicon::List;
use crate::text::tokens::{Case, TokKind};
use crate::text::Analysis;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    /// No marker in the clause.
    Unknown,
}

impl Tense {
    pub fn describe(self) -> &'static str {
        match self {
            Tense::Past => "a past-tense clause",
            Tense::Present => "a present-tense clause",
            Tense::Future => "a future-tense clause",
            Tense::Unknown => "a clause without tense",
        }
    }
}

/// Reporting verbs: after the date and a comma they frame the clause, not date it.
const REPORTING: &[&str] = &["said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "reported", "announced", "wrote", "according"];

/// Determiners before which an `-ed` word is an adjective ("the detained men").
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "be", "been", "being", "is", "are", "am", "were", "was"];

/// Forms of "be" and "have" before a past participle.
const BE_HAVE: &[&str] = &["be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "having"];

fn is_regular_past(w: &str) -> bool {
    w.len() >= 5
        && w.ends_with("ed")
        // "unspecified", "unnamed": adjectives
        && !w.starts_with("un")
        && !matches!(
            w,
            "hundred" | "indeed" | "naked" | "sacred" | "wicked" | "kindred" | "speed" | "bleed" | "breed" | "greed" | "steed" | "embed"
                | "succeed" | "proceed" | "exceed" | "need" | "feed" | "heed" | "seed" | "creed" | "tweed"
        )
}

/// One tense marker at a token: its tense, how strong it is, how many tokens it covers.
fn marker_at(a: &Analysis, k: usize) -> Option<(Tense, u8, usize)> {
    let t = &a.tokens[k];
    if t.kind != TokKind::Word {
        return None;
    }
    for h in a.hits_at(k) {
        if h.list == List::TimeTenseWords {
            let tense = match h.field(1) {
                Some("past") => Tense::Past,
                Some("future") => Tense::Future,
                _ => Tense::Present,
            };
            let strength = h.field(2).and_then(|s| s.parse().ok()).unwrap_or(1);
            // "has/have/had" + past participle: a past event
            if matches!(tense, Tense::Present) && (a.tok(k).eq_ignore_ascii_case("has") || a.tok(k).eq_ignore_ascii_case("have")) {
                let next_past = (k + 1..(k + 3).min(a.tokens.len())).any(|j| {
                    let w = a.tok(j);
                    is_regular_past(w) || w == "been" || a.hits_at(j).iter().any(|h| h.list == List::TimeTenseWords && h.field(1) == Some("past"))
                });
                if next_past {
                    return Some((Tense::Past, 2, 1));
                }
            }
            // "would be paid", "has been told": a participle; the auxiliary governs
            if tense == Tense::Past && k > 0 && BE_HAVE.iter().any(|b| a.tok(k - 1).eq_ignore_ascii_case(b)) {
                return None;
            }
            return Some((tense, strength, h.len()));
        }
    }
    let w = a.tok(k);
    if t.case == Case::Lower && is_regular_past(w) {
        let prev = k.checked_sub(1).map(|p| a.tok(p)).unwrap_or("");
        if DETERMINERS.iter().any(|d| prev.eq_ignore_ascii_case(d)) {
            return None;
        }
        // "followed by": a participle, not a finite verb
        if k + 1 < a.tokens.len() && a.tok(k + 1) == "by" {
            return None;
        }
        return Some((Tense::Past, 2, 1));
    }
    None
}

/// The tense governing token `i`: the nearest marker in its clause (same
/// sentence, not across `;`), markers before the date slightly preferred,
/// weak markers (present forms, `to` + verb) counted as farther away.
/// Also returns the marker's text for the rule description.
pub fn at(a: &Analysis, i: usize, skip: std::ops::Range<usize>) -> (Tense, Option<std::ops::Range<usize>>) {
    // "Wednesday's ruling": a date naming an event by its day takes no tense from the clause
    if a.tokens.get(skip.end).is_some_and(|t| t.kind == crate::text::tokens::TokKind::Possessive) {
        return (Tense::Unknown, None);
    }
    let s = a.sentences[a.sentence_of[i] as usize];
    let (lo, hi) = (s.start as usize, s.end as usize);
    let mut best: Option<(usize, Tense, std::ops::Range<usize>)> = None;
    let mut k = lo;
    while k < hi {
        if skip.contains(&k) {
            k += 1;
            continue;
        }
        if a.tok(k) == ";" {
            if k < i {
                best = None;
            } else {
                break;
            }
        }
        if let Some((tense, strength, len)) = marker_at(a, k) {
            // "…on Sunday, the office said": the reporting frame after a comma
            // does not set the tense of the reported clause
            if k > i && REPORTING.iter().any(|r| a.tok(k).eq_ignore_ascii_case(r)) && (skip.end + 1..k).any(|j| a.tok(j) == ",") {
                k += len;
                continue;
            }
            let dist = if k < i { i - k } else { k - i + 1 };
            let cost = dist * 2 + if strength < 2 { 7 } else { 0 };
            if best.as_ref().is_none_or(|b| cost < b.0) {
                best = Some((cost, tense, k..k + len));
            }
            k += len;
            continue;
        }
        k += 1;
    }
    match best {
        Some((_, t, r)) => (t, Some(r)),
        None => (Tense::Unknown, None),
    }
}
