//! The tense of the clause around a date: the verb nearest to it decides
//! whether "Monday" is the last one or the next one.
//!
//! Markers come from `time_tense_words.tsv` (auxiliaries, modals, irregular
//! past forms; not a past participle after "be" or "have", whose own tense
//! then governs) and from a rule: a regular past form (`-ed`, not after a
//! determiner or a form of "be", not "un-…-ed"). The markers of a sentence
//! are found once for all the dates in it ([`Clauses`]).

use super::recognize::{same_word, R, TENSE_WORD};
use crate::lexicon::List;
use crate::text::tokens::{Case, TokKind};
use std::ops::Range;

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
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "be", "been", "being", "is", "are", "am", "were", "was"];

/// Words that open a new clause after a date.
const CLAUSE_OPENERS: &[&str] = &["that", "which", "who", "whom", "whose", "while", "whereas", "but", "because", "although", "though", "until", "unless"];

/// Forms of "be" and "have" before a past participle.
const BE_HAVE: &[&str] = &["be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "having"];

fn is_regular_past(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 5
        && b[b.len() - 2..] == *b"ed"
        // "unspecified", "unnamed": adjectives
        && !w.starts_with("un")
        && !matches!(
            w,
            "hundred" | "indeed" | "naked" | "sacred" | "wicked" | "kindred" | "speed" | "bleed" | "breed" | "greed" | "steed" | "embed"
                | "succeed" | "proceed" | "exceed" | "need" | "feed" | "heed" | "seed" | "creed" | "tweed"
        )
}

/// One tense marker at a token: its tense, how strong it is, how many tokens it covers.
fn marker_at(r: &R, k: usize) -> Option<(Tense, u8, usize)> {
    let a = r.a;
    let t = &r.toks[k];
    if t.kind != TokKind::Word {
        return None;
    }
    if r.mask[k] & TENSE_WORD != 0 {
        if let Some(h) = r.hits_at(k).iter().find(|h| h.list == List::TimeTenseWords) {
            let tense = match h.field(1) {
                Some("past") => Tense::Past,
                Some("future") => Tense::Future,
                _ => Tense::Present,
            };
            let strength = h.field(2).and_then(|s| s.parse().ok()).unwrap_or(1);
            // "has/have/had" + past participle: a past event
            if matches!(tense, Tense::Present) && (r.w(k).eq_ignore_ascii_case("has") || r.w(k).eq_ignore_ascii_case("have")) {
                let next_past = (k + 1..(k + 3).min(a.tokens.len())).any(|j| {
                    let w = r.w(j);
                    is_regular_past(w) || w == "been" || r.hits_at(j).iter().any(|h| h.list == List::TimeTenseWords && h.field(1) == Some("past"))
                });
                if next_past {
                    return Some((Tense::Past, 2, 1));
                }
            }
            // "would be paid", "has been told": a participle; the auxiliary governs
            if tense == Tense::Past && k > 0 && BE_HAVE.iter().any(|b| same_word(r.w(k - 1), b)) {
                return None;
            }
            return Some((tense, strength, h.len()));
        }
    }
    // "urged Kyiv to agree before June": the act asked for lies ahead
    if r.w(k) == "to" && r.toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Word && n.case == Case::Lower) && !DETERMINERS.iter().any(|d| same_word(r.w(k + 1), d)) {
        let s = r.a.sentences[r.a.sentence_of[k] as usize].start as usize;
        let asked = (k.saturating_sub(5).max(s)..k).any(|j| r.hits_at(j).iter().any(|h| h.list == List::Triggers && h.field(1) == Some("demand") && h.field(2).is_some_and(|f| f.starts_with("addr"))));
        return asked.then_some((Tense::Future, 2, 1));
    }
    if t.case != Case::Lower || t.end - t.start < 5 {
        return None;
    }
    let w = r.w(k);
    if is_regular_past(w) {
        let prev = k.checked_sub(1).map(|p| r.w(p)).unwrap_or("");
        if DETERMINERS.iter().any(|d| same_word(prev, d)) {
            return None;
        }
        // "followed by": a participle, not a finite verb
        if r.w(k + 1) == "by" {
            return None;
        }
        return Some((Tense::Past, 2, 1));
    }
    None
}

/// A tense marker found in a sentence, or a `;` (`tense: None`), which ends a clause.
struct Marker {
    k: usize,
    tense: Option<Tense>,
    strength: u8,
    len: usize,
    reporting: bool,
}

/// The tense markers of the sentence last asked about, found once for all
/// the dates in it.
#[derive(Default)]
pub struct Clauses {
    sentence: Option<u32>,
    markers: Vec<Marker>,
}

impl Clauses {
    fn load(&mut self, r: &R, sentence: u32) {
        if self.sentence == Some(sentence) {
            return;
        }
        self.sentence = Some(sentence);
        self.markers.clear();
        let s = r.a.sentences[sentence as usize];
        let (mut k, hi) = (s.start as usize, s.end as usize);
        while k < hi {
            if r.toks[k].kind == TokKind::Punct && r.w(k) == ";" {
                self.markers.push(Marker { k, tense: None, strength: 0, len: 1, reporting: false });
                k += 1;
            } else if let Some((tense, strength, len)) = marker_at(r, k) {
                let reporting = REPORTING.iter().any(|x| same_word(r.w(k), x));
                self.markers.push(Marker { k, tense: Some(tense), strength, len, reporting });
                k += len;
            } else {
                k += 1;
            }
        }
    }

    /// The tense governing token `i` (a date over tokens `skip`): the nearest
    /// marker in its clause (same sentence, not across `;`), markers before the
    /// date slightly preferred, weak markers (present forms) counted as
    /// farther away. Also returns the marker's tokens for the rule description.
    pub(super) fn at(&mut self, r: &R, i: usize, skip: Range<usize>) -> (Tense, Option<Range<usize>>) {
        let a = r.a;
        // "Wednesday's ruling": a date naming an event by its day takes no tense from the clause
        if a.tokens.get(skip.end).is_some_and(|t| t.kind == TokKind::Possessive) {
            return (Tense::Unknown, None);
        }
        self.load(r, a.sentence_of[i]);
        let mut best: Option<(usize, Tense, Range<usize>)> = None;
        // a tense marker before the date in its clause: the date closes a
        // clause of its own rather than opening the sentence ("On Friday, X said")
        let mut verb_before = false;
        for m in &self.markers {
            if skip.contains(&m.k) {
                continue;
            }
            let Some(tense) = m.tense else {
                if m.k < i {
                    best = None;
                    verb_before = false;
                    continue;
                }
                break;
            };
            verb_before |= m.k < i;
            // "talks will resume on Friday, officials said": the reporting
            // frame after a comma does not set the tense of the reported clause
            if m.k > i && m.reporting && verb_before && (skip.end..m.k).any(|j| r.w(j) == ",") {
                continue;
            }
            let dist = if m.k < i { i - m.k } else { m.k - i + 1 };
            // "signed a truce on Friday that will take effect…": a verb past a
            // relative or conjunction after the date is another clause's
            let other_clause = m.k > i && (skip.end..m.k).any(|j| CLAUSE_OPENERS.iter().any(|w| same_word(r.w(j), w)));
            let cost = dist * 2 + if m.strength < 2 { 7 } else { 0 } + if other_clause { 8 } else { 0 };
            if best.as_ref().is_none_or(|b| cost < b.0) {
                best = Some((cost, tense, m.k..m.k + m.len));
            }
        }
        match best {
            Some((_, t, r)) => (t, Some(r)),
            None => (Tense::Unknown, None),
        }
    }
}
