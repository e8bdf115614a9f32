//! Recognition: one left-to-right pass over the tokens that finds every
//! temporal expression and says what it means ([`Sem`]), without resolving
//! it. The tokens' date-list hits are indexed once (`R`); at each token
//! where an expression can begin (a time word, a number, or a lead word with
//! a time word close after it) the matchers that fit it are tried and the
//! longest match wins; then neighbours are joined ("Monday" + "evening",
//! "tomorrow" + "at 6:00 pm").

use super::normalize::duration_value;
use super::sem::{Count, Sem, Shift, Unit};
use crate::document::DateType;
use crate::lexicon::{Hit, List};
use crate::text::tokens::{Case, TokKind};
use crate::text::Analysis;

/// A temporal expression over tokens `[s, e)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub s: usize,
    pub e: usize,
    pub sem: Sem,
    pub kind: DateType,
}

fn found(s: usize, e: usize, sem: Sem, kind: DateType) -> Option<Found> {
    Some(Found { s, e, sem, kind })
}

/// Words before a bare month or year that make it a date ("in March", "since 2014").
const CUES: &[&str] = &[
    "in", "of", "since", "until", "till", "by", "from", "to", "through", "last", "next", "this",
    "early", "late", "mid", "during", "before", "after", "between", "and", "or", "for", "the",
    "that", "its", "fiscal", "on", "around", "about", "as", "until", "-", ",", "(", "throughout",
    "within", "circa", "into", "s", "'s", "at",
];

/// Nouns after a number that make it a count, not a year ("2000 people").
const COUNT_NOUNS: &[&str] = &["people", "men", "women", "children", "police", "personnel", "staff", "km", "kg", "metres", "meters", "feet", "miles", "tons", "tonnes", "dead", "killed", "wounded", "injured"];

/// Words after a day ordinal that keep it a date ("the 28th of", "the 28th,").
const AFTER_ORDINAL_DAY: &[&str] = &[
    "of", "at", "in", "on", "and", "or", "when", "to", "as", "for", "with", "this", "next", "last",
    "will", "was", "is", "until", "after", "before", "but",
];

/// Determiners after which a bare unit ("the days") is not a duration.
const NOUN_DETERMINERS: &[&str] = &["the", "these", "those", "its", "his", "her", "their", "our", "my", "your", "this", "that", "whose", "which", "what", "all", "per", "every", "each"];

/// The bit of a date list in [`R::mask`].
#[inline(always)]
const fn bit(l: List) -> u16 {
    match l {
        List::DateMonths => 1,
        List::DateWeekdays => 1 << 1,
        List::DateUnits => 1 << 2,
        List::DateNumbers => 1 << 3,
        List::DateOrdinals => 1 << 4,
        List::DateDayParts => 1 << 5,
        List::DateSeasons => 1 << 6,
        List::DateAnchors => 1 << 7,
        List::DateHolidays => 1 << 8,
        List::DateStarters => 1 << 9,
        List::DateDecades => 1 << 10,
        _ => 0,
    }
}

/// A word of `date_starters.tsv` that is a time word itself ("daily", "weekend").
const STARTER_TIME: u16 = 1 << 11;
/// A tense marker of `time_tense_words.tsv` (for [`super::tense`]).
pub(super) const TENSE_WORD: u16 = 1 << 12;
/// Lists whose words begin an expression only with a time word close after
/// them ("the", "last", "two", "first" alone are no dates).
const WEAK: u16 = bit(List::DateStarters) | bit(List::DateNumbers) | bit(List::DateOrdinals);
/// Lists whose words are time words: an expression may begin or end there.
const CORE: u16 = ((1 << 11) - 1) & !WEAK | STARTER_TIME;
/// How far after a weak word the time word may be ("the last twenty four
/// hours"); a number may be one token less far ("the last half of 1989").
const WEAK_REACH: usize = 5;

/// `x` is the lower-case word `w` in any capitalization (lengths first: most
/// comparisons end there).
#[inline(always)]
pub(super) fn same_word(x: &str, w: &str) -> bool {
    x.len() == w.len() && x.bytes().zip(w.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
}

/// The text and date-list hits of the tokens, read once per text and
/// shared by recognition, tense and publication-date detection.
pub(super) struct R<'a> {
    pub(super) a: &'a Analysis,
    pub(super) toks: &'a [crate::text::tokens::Token],
    n: usize,
    text: &'a str,
    /// The date lists hit at each token, as bits (see [`bit`]).
    pub(super) mask: Box<[u16]>,
}

impl<'a> R<'a> {
    pub(super) fn new(a: &'a Analysis) -> R<'a> {
        let n = a.tokens.len();
        let mut mask = vec![0u16; n];
        // one walk along the hits (sorted by their first token)
        for h in &a.hits {
            let Some(m) = mask.get_mut(h.start as usize) else { continue };
            *m |= bit(h.list);
            if h.list == List::DateStarters && matches!(h.field(1), Some("time")) {
                *m |= STARTER_TIME;
            }
            if h.list == List::TimeTenseWords {
                *m |= TENSE_WORD;
            }
        }
        R { a, toks: &a.tokens, n, text: a.text(), mask: mask.into_boxed_slice() }
    }
    pub(super) fn hits_at(&self, i: usize) -> &'a [Hit] {
        self.a.hits_at(i)
    }
    #[inline(always)]
    fn has(&self, i: usize, list: List) -> bool {
        self.mask.get(i).is_some_and(|m| m & bit(list) != 0)
    }
    /// A number, or a word beginning with a digit ("28th", "1990s").
    fn is_digits(&self, i: usize) -> bool {
        i < self.n && (self.toks[i].kind == TokKind::Number || self.first_byte(i).is_ascii_digit())
    }
    #[inline(always)]
    pub(super) fn w(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.start as usize..t.end as usize],
            None => "",
        }
    }
    /// The first byte of token `i` (which is not empty).
    #[inline(always)]
    fn first_byte(&self, i: usize) -> u8 {
        self.text.as_bytes()[self.toks[i].start as usize]
    }
    /// Token `i` is `w` (lower-case), in any capitalization. (Not inlined:
    /// hundreds of calls, and the site's size budget is tight.)
    fn is(&self, i: usize, w: &str) -> bool {
        same_word(self.w(i), w)
    }
    fn is_in(&self, i: usize, ws: &[&str]) -> bool {
        let x = self.w(i);
        ws.iter().any(|w| same_word(x, w))
    }
    #[inline(always)]
    fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    /// Token `i` touches the one before (no space).
    #[inline(always)]
    fn glued(&self, i: usize) -> bool {
        i < self.n && !self.toks[i].space_before
    }
    #[inline(always)]
    fn same_line(&self, i: usize) -> bool {
        i < self.n && self.toks[i].newlines_before == 0
    }
    fn hit(&self, i: usize, list: List) -> Option<&'a Hit> {
        if !self.has(i, list) {
            return None;
        }
        self.hits_at(i).iter().find(|h| h.list == list)
    }
    /// A plain number of digits (no separators).
    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(TokKind::Number) {
            return None;
        }
        let w = self.w(i);
        if !w.bytes().all(|b| b.is_ascii_digit()) || w.len() > 9 {
            return None;
        }
        Some((w.parse().ok()?, w.len()))
    }
    fn year4(&self, i: usize) -> Option<i16> {
        match self.digits(i) {
            Some((y, 4)) if (1000..=2199).contains(&y) => Some(y as i16),
            _ => None,
        }
    }
    /// A day of the month: `28`, `28th`.
    fn day(&self, i: usize) -> Option<i8> {
        let w = self.w(i);
        let d = match self.kind(i)? {
            TokKind::Number if w.len() <= 2 => w.parse::<i8>().ok()?,
            TokKind::Word => {
                let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                let suffix = &w[digits.len()..];
                if digits.is_empty() || digits.len() > 2 || !["st", "nd", "rd", "th"].iter().any(|x| suffix.eq_ignore_ascii_case(x)) {
                    return None;
                }
                digits.parse::<i8>().ok()?
            }
            _ => return None,
        };
        (1..=31).contains(&d).then_some(d)
    }
    fn is_ordinal_numeral(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.w(i).as_bytes()[0].is_ascii_digit()
    }
    /// A month name at `i`: (month, end). Abbreviations need a day, a year or a period after.
    fn month(&self, i: usize) -> Option<(i8, usize)> {
        let h = self.hit(i, List::DateMonths)?;
        let m: i8 = h.field(1)?.parse().ok()?;
        let mut e = h.end as usize;
        if h.alt > 0 && self.is(e, ".") && self.glued(e) {
            e += 1;
        } else if h.alt > 0 && !(self.kind(e) == Some(TokKind::Number) || self.day(e).is_some()) {
            return None;
        }
        // "Mar" and "May" as words: only in a date form, checked by the callers
        Some((m, e))
    }
    fn unit(&self, i: usize) -> Option<(Unit, Option<u32>, usize)> {
        let h = self.hit(i, List::DateUnits)?;
        let (u, mult) = Unit::from_code(h.field(1)?)?;
        Some((u, mult, h.end as usize))
    }
    fn unit_is_plural(&self, i: usize) -> bool {
        let w = self.w(i);
        w.ends_with('s') || w.eq_ignore_ascii_case("centuries")
    }
    /// A count: digits, number words ("twenty-five", "a few", "several").
    fn count(&self, i: usize) -> Option<(Count, usize)> {
        if let Some((v, len)) = self.digits(i) {
            if len <= 4 {
                // 5 1/2 hours
                if self.is(i + 1, "1") && self.is(i + 2, "/") && self.is(i + 3, "2") && self.glued(i + 2) && self.glued(i + 3) {
                    return Some((Count::Half(v), i + 4));
                }
                return Some((Count::N(v), i + 1));
            }
        }
        if self.kind(i) == Some(TokKind::Number) {
            // 1.5 hours
            let w = self.w(i);
            if let Some(whole) = w.strip_suffix(".5") {
                if let Ok(v) = whole.parse() {
                    return Some((Count::Half(v), i + 1));
                }
            }
        }
        let h = self.hit(i, List::DateNumbers)?;
        let e = h.end as usize;
        let c = match h.field(1)? {
            "X" => Count::X,
            // "half a century", "half an hour"
            "H" if self.is_in(e, &["a", "an"]) => return Some((Count::Half(0), e + 1)),
            "H" => return None,
            v => {
                let mut v: u32 = v.parse().ok()?;
                // twenty-five, twenty four
                if (20..100).contains(&v) && v.is_multiple_of(10) {
                    let at = if self.is(e, "-") && self.glued(e) { e + 1 } else { e };
                    if let Some(x) = self.digit_word(at) {
                        v += x;
                        return Some((Count::N(v), at + 1));
                    }
                }
                Count::N(v)
            }
        };
        Some((c, e))
    }
    /// A number word from one to nine ("four", not "a").
    fn digit_word(&self, i: usize) -> Option<u32> {
        let h = self.hit(i, List::DateNumbers)?;
        let x: u32 = h.field(1)?.parse().ok()?;
        ((1..10).contains(&x) && h.len() == 1 && !self.is_in(i, &["a", "an"])).then_some(x)
    }
    /// A year written in words: "nineteen ninety-seven", "two thousand (and) one".
    fn spoken_year(&self, i: usize) -> Option<(i16, usize)> {
        let h = self.hit(i, List::DateNumbers)?;
        if h.len() != 1 || h.alt != 0 {
            return None;
        }
        let v: u32 = h.field(1)?.parse().ok()?;
        let e = i + 1;
        let (y, e) = if (11..=20).contains(&v) {
            // the second half is a word number from ten to 99 ("twelve hundred" is a count)
            self.hit(e, List::DateNumbers)?;
            match self.count(e)? {
                (Count::N(x), e2) if (10..100).contains(&x) => (v * 100 + x, e2),
                _ => return None,
            }
        } else if v == 2 && self.is(e, "thousand") {
            let at = if self.is(e + 1, "and") { e + 2 } else { e + 1 };
            match self.hit(at, List::DateNumbers).and_then(|_| self.count(at)) {
                Some((Count::N(x), e2)) if (1..100).contains(&x) && !self.is(at, "a") => (2000 + x, e2),
                _ => (2000, e + 1),
            }
        } else {
            return None;
        };
        Some((y as i16, e))
    }
    /// A year in digits or words at `i`: (year, end).
    fn year_at(&self, i: usize) -> Option<(i16, usize)> {
        match self.year4(i) {
            Some(y) => Some((y, i + 1)),
            None => self.spoken_year(i),
        }
    }
    fn prev_is(&self, i: usize, ws: &[&str]) -> bool {
        i > 0 && self.is_in(i - 1, ws)
    }
    fn headline(&self, i: usize) -> bool {
        self.a.sentences[self.a.sentence_of[i] as usize].headline
    }
}

/// Finds every temporal expression, in text order, without overlaps.
pub fn find(a: &Analysis) -> Vec<Found> {
    find_in(&R::new(a))
}

pub(super) fn find_in(r: &R) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < r.n {
        if !could_start(r, i) {
            i += 1;
            continue;
        }
        match longest(r, i) {
            Some(f) if f.e > i => {
                i = f.e;
                if !in_title(r, &f) {
                    out.push(f);
                }
            }
            _ => i += 1,
        }
    }
    join(r, out)
}

/// A time word capitalized inside a sentence after a capitalized word or a
/// number is part of a title or name: "This Week" (a TV show), "60 Minutes",
/// "High Noon". Months, weekdays and holidays are capitalized anyway.
fn in_title(r: &R, f: &Found) -> bool {
    let sent = r.a.sentences[r.a.sentence_of[f.s] as usize];
    // "2145 Khartoum time": a zone named after a clock time
    if sent.headline || matches!(f.sem, Sem::Holiday(_)) || matches!(f.sem, Sem::Clock { .. }) && r.is_digits(f.s) {
        return false;
    }
    let inner = |k: usize| k > sent.start as usize && r.toks[sent.start as usize..k].iter().any(|t| t.kind != TokKind::Punct);
    (f.s.max(1)..f.e).any(|k| {
        let (t, p) = (&r.toks[k], &r.toks[k - 1]);
        t.kind == TokKind::Word
            && t.case == Case::Title
            && inner(k)
            && r.mask[k] & (bit(List::DateMonths) | bit(List::DateWeekdays) | bit(List::DateHolidays)) == 0
            && ((p.kind == TokKind::Word && p.case == Case::Title && inner(k - 1)) || p.kind == TokKind::Number)
    })
}

/// A cheap test that lets most tokens skip the matchers: a number, a time
/// word, or a weak word ("the", "last", "two") with a time word or a number
/// close after it.
fn could_start(r: &R, i: usize) -> bool {
    let t = &r.toks[i];
    match t.kind {
        TokKind::Number => true,
        TokKind::Word => {
            let m = r.mask[i];
            let b = r.text.as_bytes();
            let (s, len) = (t.start as usize, t.len());
            if m & CORE != 0 || b[s].is_ascii_digit() || (len == 2 && (b[s] == b'Q' || b[s] == b'q') && b[s + 1].is_ascii_digit()) {
                return true;
            }
            m & WEAK != 0
                // spoken years: "nineteen ninety-six", "two thousand"
                && (r.has(i + 1, List::DateNumbers) || r.is(i + 1, "thousand")
                    || (i + 1..(i + 1 + WEAK_REACH).min(r.n)).any(|k| r.mask[k] & CORE != 0 || k < i + WEAK_REACH && r.is_digits(k)))
        }
        TokKind::Punct => r.w(i) == "'" && r.kind(i + 1) == Some(TokKind::Word),
        _ => false,
    }
}

fn longest(r: &R, i: usize) -> Option<Found> {
    // which matchers can fire here: by token shape and the date lists hit at `i`
    let has = |l: List| r.has(i, l);
    let (month, wday, unit, number, ordinal) = (has(List::DateMonths), has(List::DateWeekdays), has(List::DateUnits), has(List::DateNumbers), has(List::DateOrdinals));
    let (part, season_w, anchor_w, holiday_w, starter) = (has(List::DateDayParts), has(List::DateSeasons), has(List::DateAnchors), has(List::DateHolidays), has(List::DateStarters));
    let num = matches!(r.kind(i), Some(TokKind::Number | TokKind::Punct)) || r.first_byte(i).is_ascii_digit();
    let word = !num;
    type Matcher = fn(&R, usize) -> Option<Found>;
    let two = r.w(i).len() == 2;
    let matchers: [(bool, Matcher); 19] = [
        (num || word && two, numeric),
        (month || starter, month_led),
        (num || starter, day_led),
        (wday || starter, weekday),
        (starter, relative),
        (anchor_w, anchor),
        (num || number || unit || starter, counted),
        (num || starter || ordinal || two, quarter),
        (season_w || starter, season),
        (holiday_w, holiday),
        (starter || wday, set),
        (part || starter, part_of_day),
        (starter, modified),
        (starter || unit || number, unit_ago_adjective),
        (starter, latest_period),
        (starter, weekend),
        (starter, decade_word),
        (number, spoken),
        (unit, year_end),
    ];
    let mut best: Option<Found> = None;
    for (can, matcher) in matchers {
        let Some(f) = (if can { matcher(r, i) } else { None }) else { continue };
        // the longest wins; on a tie the later matcher
        if best.as_ref().is_none_or(|b| (f.e, std::cmp::Reverse(f.s)) >= (b.e, std::cmp::Reverse(b.s))) {
            best = Some(f);
        }
    }
    let f = best?;
    Some(with_part(r, f))
}

/// A day followed by a part of it: "Monday evening", "yesterday afternoon".
fn with_part(r: &R, f: Found) -> Found {
    if !is_day(&f.sem) || !r.same_line(f.e) {
        return f;
    }
    let Some(h) = r.hit(f.e, List::DateDayParts) else { return f };
    let Some(part) = h.field(1) else { return f };
    if part.len() != 2 || r.unit_is_plural(f.e) || r.is(f.e, "overnight") {
        return f;
    }
    let p: &'static str = match part {
        "MO" => "MO",
        "AF" => "AF",
        "EV" => "EV",
        _ => "NI",
    };
    Found { s: f.s, e: h.end as usize, sem: Sem::Part(Some(Box::new(f.sem)), p), kind: DateType::Date }
}

// ---------------------------------------------------------------- numbers

fn two_digit_year(y: u32) -> i16 {
    if y < 50 {
        2000 + y as i16
    } else {
        1900 + y as i16
    }
}

fn numeric(r: &R, i: usize) -> Option<Found> {
    let w = r.w(i);
    if r.kind(i) == Some(TokKind::Number) {
        // 20.06.23, 14.03.2022, 2022.03.14
        let parts: Vec<&str> = w.split('.').collect();
        if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            // a part too long for a number ("1.2.99999999999")
            if n.len() < 3 {
                return None;
            }
            let (y, m, d) = if parts[0].len() == 4 {
                (n[0] as i16, n[1], n[2])
            } else if parts[2].len() == 4 {
                (n[2] as i16, n[1], n[0])
            } else if parts[2].len() == 2 {
                (two_digit_year(n[2]), n[1], n[0])
            } else {
                return None;
            };
            if (1..=12).contains(&m) && (1..=31).contains(&d) {
                return found(i, i + 1, Sem::Cal { y: Some(y), m: m as i8, d: Some(d as i8) }, DateType::Date);
            }
            return None;
        }
        // clock: 12:00, 6:00 pm, 20:05
        if let Some((h, m)) = w.split_once(':') {
            let (Ok(h), Ok(m)) = (h.parse::<i8>(), m.parse::<i8>()) else { return None };
            if (0..=24).contains(&h) && (0..60).contains(&m) && w.len() <= 5 {
                return clock(r, i, i + 1, h, m);
            }
            return None;
        }
    }
    // 2022-02-28, 14-03-2022, 03/14/2022
    if let (Some((a, la)), true) = (r.digits(i), r.is_in(i + 1, &["-", "/"]) && r.glued(i + 1)) {
        let sep = r.w(i + 1);
        if let (Some((b, lb)), true, Some((c, lc))) = (r.digits(i + 2), r.is(i + 3, sep) && r.glued(i + 3) && r.glued(i + 2), r.digits(i + 4)) {
            if r.glued(i + 4) && lb <= 2 {
                let ymd = if la == 4 && lc <= 2 {
                    Some((a as i16, b, c))
                } else if la <= 2 && (lc == 4 || (lc == 2 && sep == "/")) {
                    let y = if lc == 4 { c as i16 } else { two_digit_year(c) };
                    // day first unless the middle part cannot be a month (US order for "/")
                    if sep == "/" && (b > 12 || a <= 12) {
                        Some((y, a, b))
                    } else {
                        Some((y, b, a))
                    }
                } else {
                    None
                };
                if let Some((y, m, d)) = ymd {
                    if (1..=12).contains(&m) && (1..=31).contains(&d) {
                        return found(i, i + 5, Sem::Cal { y: Some(y), m: m as i8, d: Some(d as i8) }, DateType::Date);
                    }
                }
                return None;
            }
        }
    }
    // 6 pm, 6pm, 0630 GMT, 1600 hours
    if let Some((v, len)) = r.digits(i) {
        if len <= 2 && v <= 12 {
            if let Some((h, e)) = meridiem(r, i + 1, v as i8) {
                return clock(r, i, e, h, 0);
            }
            // "4 in the morning"
            if r.is(i + 1, "in") && r.is(i + 2, "the") && r.is_in(i + 3, &["morning", "afternoon", "evening"]) {
                let h = if r.is(i + 3, "morning") { v as i8 } else { v as i8 + 12 };
                return found(i, i + 4, Sem::Clock { base: None, h, m: 0, zone: false }, DateType::Time);
            }
        }
        if len == 4 && (r.is_in(i + 1, &["gmt", "utc", "hours", "hrs", "z"]) || named_time(r, i + 1).is_some()) && is_hhmm(v) {
            return clock(r, i, i + 1, (v / 100) as i8, (v % 100) as i8);
        }
    }
    if r.kind(i) == Some(TokKind::Word) && w.as_bytes()[0].is_ascii_digit() {
        let lw = w;
        // 6pm
        for suffix in ["am", "pm"] {
            let num = lw.len().checked_sub(2).and_then(|k| Some((lw.get(..k)?, lw.get(k..)?))).filter(|(_, x)| x.eq_ignore_ascii_case(suffix)).map(|(n, _)| n);
            if let Some(num) = num {
                if let Ok(h) = num.parse::<i8>() {
                    if (1..=12).contains(&h) {
                        let h = to_24(h, suffix == "pm");
                        return clock(r, i, i + 1, h, 0);
                    }
                }
            }
        }
        // 1990s, 80s ('80s)
        if let Some(num) = lw.strip_suffix(['s', 'S']) {
            if num.bytes().all(|b| b.is_ascii_digit()) {
                if num.len() == 4 && num.ends_with('0') {
                    let v: i16 = num.parse().ok()?;
                    if (1000..2100).contains(&v) {
                        return found(i, i + 1, Sem::Decade(v / 10), DateType::Date);
                    }
                }
                if num.len() == 2 && num.ends_with('0') && r.is(i.wrapping_sub(1), "'") && r.glued(i) {
                    let v: i16 = num.parse().ok()?;
                    return found(i - 1, i + 1, Sem::Decade(190 + v / 10), DateType::Date);
                }
            }
        }
        // 20th century
        if r.is_ordinal_numeral(i) && r.unit(i + 1).is_some_and(|u| u.0 == Unit::Century) {
            let n: i16 = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()?;
            let (_, _, e) = r.unit(i + 1)?;
            return found(i, e, Sem::Century(n - 1), DateType::Date);
        }
    }
    year(r, i)
}

fn to_24(h: i8, pm: bool) -> i8 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// "am", "pm", "a.m.", "p.m." at `i`: the 24-hour hour and the end.
fn meridiem(r: &R, i: usize, h: i8) -> Option<(i8, usize)> {
    let w = r.w(i);
    let pm = if ["am", "a.m.", "a.m"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
        false
    } else if ["pm", "p.m.", "p.m"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
        true
    } else {
        return None;
    };
    if !(1..=12).contains(&h) {
        return None;
    }
    let mut e = i + 1;
    if r.is(e, ".") && r.glued(e) && !w.ends_with('.') && w.len() > 2 {
        e += 1;
    }
    Some((to_24(h, pm), e))
}

/// A clock time `h:m` over tokens `[s, e)`, then am/pm and a zone.
fn clock(r: &R, s: usize, mut e: usize, mut h: i8, m: i8) -> Option<Found> {
    if let Some((h24, e2)) = meridiem(r, e, h) {
        h = h24;
        e = e2;
    }
    let mut zone = false;
    if r.is_in(e, &["gmt", "utc", "z"]) && r.toks[e].case != Case::Lower {
        zone = true;
        e += 1;
    } else if let Some(e2) = named_time(r, e) {
        e = e2;
    } else if (r.is_in(e, &["hours", "hrs"]) && r.w(s).len() == 4)
        || (r.is_in(e, &["est", "edt", "cet", "cest", "bst", "ist", "msk", "eet", "eest", "pst", "pdt", "cst", "cdt", "et", "pt"])
            && r.toks[e].case == Case::Upper)
    {
        // military hours ("1600 hours") and named zones other than UTC
        e += 1;
        e = named_time(r, e).unwrap_or(e);
    }
    found(s, e, Sem::Clock { base: None, h, m, zone }, DateType::Time)
}

/// Four digits that read as a 24-hour clock time ("1700", "0630").
fn is_hhmm(v: u32) -> bool {
    v % 100 < 60 && v / 100 <= 24
}

/// "local time", "Khartoum time", "Indian Standard Time" at `e`: the end.
fn named_time(r: &R, e: usize) -> Option<usize> {
    if r.is(e, "local") && r.is(e + 1, "time") {
        return Some(e + 2);
    }
    for k in e..(e + 4).min(r.n) {
        if r.kind(k) != Some(TokKind::Word) {
            break;
        }
        if k > e && r.is(k, "time") {
            return Some(k + 1);
        }
        if r.toks[k].case != Case::Title {
            break;
        }
    }
    None
}

/// A bare four-digit year, when it reads as one (not a count or an amount).
fn year(r: &R, i: usize) -> Option<Found> {
    let y = r.year4(i)?;
    let prev = i.checked_sub(1);
    let prev_w = prev.map(|p| r.w(p)).unwrap_or("");
    if matches!(prev_w, "$" | "£" | "€" | "#" | "No" | "no" | "number" | "No." | "+" | "x") || r.is_in(i + 1, &["%", "percent", "per"]) {
        return None;
    }
    // 1989-90: the first year
    let cue = prev.is_some_and(|p| r.is_in(p, CUES) || r.toks[p].kind == TokKind::Possessive);
    if !(1900..=2099).contains(&y) && !cue {
        return None;
    }
    // a count: "2000 troops", "1500 people" (a year before a noun needs a determiner or preposition)
    if i + 1 < r.n && r.toks[i + 1].case == Case::Lower && r.kind(i + 1) == Some(TokKind::Word) && !cue {
        let nw = r.w(i + 1);
        let plural = nw.len() > 3 && nw.ends_with('s') && !nw.ends_with("ss") && !nw.ends_with("us") && !matches!(nw, "was" | "has" | "is" | "as" | "this" | "thus");
        if plural || COUNT_NOUNS.contains(&nw) {
            return None;
        }
    }
    // after a count word: "more than 2000"
    if r.is_in(i.wrapping_sub(1), &["than", "about", "some", "nearly", "over", "almost", "around"]) && i + 1 < r.n && r.toks[i + 1].case == Case::Lower {
        return None;
    }
    let mut e = i + 1;
    // 1989-90 / 1989-1990: span the range, value the first year
    if r.is(e, "-") && r.glued(e) && r.glued(e + 1) && r.digits(e + 1).is_some_and(|(_, l)| l == 2 || l == 4) {
        e += 2;
    }
    found(i, e, Sem::Year(y), DateType::Date)
}

// ---------------------------------------------------------------- months and days

fn month_led(r: &R, i: usize) -> Option<Found> {
    let shift = if r.is(i, "last") {
        Shift::Last
    } else if r.is(i, "next") {
        Shift::Next
    } else if r.is(i, "this") {
        Shift::This
    } else {
        Shift::None
    };
    if shift != Shift::None {
        let (m, e) = r.month(i + 1)?;
        if r.day(e).is_some() || r.year4(e).is_some() {
            return None;
        }
        return found(i, e, Sem::MonthOf(m, shift), DateType::Date);
    }
    let (m, e) = r.month(i)?;
    // "the 28th of February" is found from the ordinal
    if let Some(d) = r.day(e) {
        if !(r.kind(e) == Some(TokKind::Number) && r.w(e).len() > 2) {
            let mut e2 = e + 1;
            // a range: June 15-16, Aug. 20 to 27, June 28 - July 2
            if r.is_in(e2, &["-", "to", "through", "until", "and"]) {
                if let Some(d2) = r.day(e2 + 1) {
                    if d2 > d {
                        let mut e3 = e2 + 2;
                        let y = year_after(r, e3).map(|(y, e4)| {
                            e3 = e4;
                            y
                        });
                        return found(
                            i,
                            e3,
                            Sem::Range(Box::new(Sem::Cal { y, m, d: Some(d) }), Box::new(Sem::Cal { y, m, d: Some(d2) })),
                            DateType::Date,
                        );
                    }
                }
                if let Some((m2, e4)) = r.month(e2 + 1) {
                    if let Some(d2) = r.day(e4) {
                        let mut e5 = e4 + 1;
                        let y = year_after(r, e5).map(|(y, e6)| {
                            e5 = e6;
                            y
                        });
                        return found(
                            i,
                            e5,
                            Sem::Range(Box::new(Sem::Cal { y, m, d: Some(d) }), Box::new(Sem::Cal { y, m: m2, d: Some(d2) })),
                            DateType::Date,
                        );
                    }
                }
            }
            // "March 3" followed by a count noun is not a date ("May 5 soldiers"): rare, ignored
            let y = year_after(r, e2).map(|(y, e3)| {
                e2 = e3;
                y
            });
            // "May 9" as a date: the word "May" is a month only in this form (or after a cue)
            return found(i, e2, Sem::Cal { y, m, d: Some(d) }, DateType::Date);
        }
    }
    // March 2022, March of 2022, January nineteen ninety-seven
    if let Some((y, e2)) = r.year_at(if r.is(e, "of") { e + 1 } else { e }) {
        return found(i, e2, Sem::Cal { y: Some(y), m, d: None }, DateType::Date);
    }
    // a bare month: "in April", "last December"
    let w = r.w(i);
    let cue = i > 0 && (r.is_in(i - 1, CUES) || r.toks[i - 1].kind == TokKind::Possessive);
    let next_name = i + 1 < r.n && matches!(r.toks[i + 1].case, Case::Title) && r.same_line(i + 1);
    if matches!(w, "May" | "March" | "MAY" | "MARCH") && !cue {
        return None;
    }
    if !cue && (next_name || r.headline(i)) {
        return None;
    }
    if r.hit(i, List::DateMonths).is_some_and(|h| h.alt > 0) && !r.is(e - 1, ".") {
        return None;
    }
    found(i, e, Sem::Cal { y: None, m, d: None }, DateType::Date)
}

/// ", 2022" or " 2022" after a day: (year, end).
fn year_after(r: &R, e: usize) -> Option<(i16, usize)> {
    let at = if r.is(e, ",") { e + 1 } else { e };
    r.year_at(at).filter(|_| r.same_line(at))
}

fn day_led(r: &R, i: usize) -> Option<Found> {
    // "the 28th", "the 28th of February"
    let (s, at) = if r.is(i, "the") { (i, i + 1) } else { (i, i) };
    let d = r.day(at)?;
    let mut e = at + 1;
    // 15-16 June
    let mut d2 = None;
    if r.is(e, "-") && r.glued(e) {
        if let Some(x) = r.day(e + 1) {
            if x > d && r.month(e + 2).is_some() {
                d2 = Some(x);
                e += 2;
            }
        }
    }
    // "this 9th day of January 2025": a treaty's or communiqué's date
    if r.is_ordinal_numeral(at) && r.is(e, "day") && r.is(e + 1, "of") && r.month(e + 2).is_some() {
        e += 1;
    }
    let of = r.is(e, "of");
    let me = if of { e + 1 } else { e };
    if let Some((m, e2)) = r.month(me) {
        let mut e3 = e2;
        let y = year_after(r, e3).map(|(y, e4)| {
            e3 = e4;
            y
        });
        let start = if s != at && r.is_ordinal_numeral(at) { s } else { at };
        let first = Sem::Cal { y, m, d: Some(d) };
        let sem = match d2 {
            Some(d2) => Sem::Range(Box::new(first), Box::new(Sem::Cal { y, m, d: Some(d2) })),
            None => first,
        };
        return found(start, e3, sem, DateType::Date);
    }
    // the 28th alone
    if s != at && r.is_ordinal_numeral(at) {
        let next_ok = e >= r.n
            || matches!(r.kind(e), Some(TokKind::Punct))
            || r.is_in(e, AFTER_ORDINAL_DAY);
        if next_ok && r.unit(e).is_none() {
            return found(s, e, Sem::DayOfMonth(d), DateType::Date);
        }
    }
    None
}

fn weekday_at(r: &R, i: usize) -> Option<(i8, bool, usize)> {
    let h = r.hit(i, List::DateWeekdays)?;
    let wd: i8 = h.field(1)?.parse().ok()?;
    let w = r.w(i).as_bytes();
    let plural = w.len() > 4 && w[w.len() - 4..].eq_ignore_ascii_case(b"days");
    if h.alt > 0 && !plural {
        // abbreviation: only before "," or "." and a date
        let e = h.end as usize;
        let next = if r.is_in(e, &[",", "."]) { e + 1 } else { return None };
        if r.day(next).is_none() && r.month(next).is_none() {
            return None;
        }
        return Some((wd, false, e));
    }
    Some((wd, plural, h.end as usize))
}

fn weekday(r: &R, i: usize) -> Option<Found> {
    let (s, shift, at) = if r.is_in(i, &["last", "past"]) {
        (i, Shift::Last, i + 1)
    } else if r.is(i, "next") {
        (i, Shift::Next, i + 1)
    } else if r.is_in(i, &["this", "coming"]) {
        let at = if r.is(i, "this") && r.is_in(i + 1, &["coming", "past"]) { i + 2 } else { i + 1 };
        let shift = if r.is(i + 1, "past") { Shift::Last } else { Shift::This };
        (i, shift, at)
    } else {
        (i, Shift::None, i)
    };
    let (wd, plural, e) = weekday_at(r, at)?;
    if plural {
        // "on Mondays", "Tuesday nights": a set
        if let Some(p) = r.hit(e, List::DateDayParts) {
            let part = p.field(1)?;
            if part.len() == 2 {
                return found(s, p.end as usize, Sem::Set(format!("XXXX-WXX-{wd}T{part}")), DateType::Set);
            }
        }
        return found(at, e, Sem::Set(format!("XXXX-WXX-{wd}")), DateType::Set);
    }
    found(s, e, Sem::Weekday(wd, shift), DateType::Date)
}

// ---------------------------------------------------------------- relative

/// this/last/next/past/coming/previous/current + a unit: "last week", "this year".
fn relative(r: &R, i: usize) -> Option<Found> {
    let s = i;
    let mut k = i;
    if r.is(k, "the") {
        k += 1;
    }
    // "over the past decade": the ten years up to now, not the 2010s
    if r.is(k, "past") && k > i {
        if let Some((u @ (Unit::Decade | Unit::Century), Some(1), e)) = r.unit(k + 1) {
            if !r.unit_is_plural(k + 1) {
                return found(s, e, Sem::Duration(Count::N(1), u), DateType::Duration);
            }
        }
    }
    let shift = if r.is_in(k, &["last", "past", "previous"]) {
        -1
    } else if r.is_in(k, &["next", "coming", "following"]) {
        1
    } else if r.is_in(k, &["this", "current", "present"]) {
        0
    } else {
        // "the week", "the year": the one in context
        if k > i {
            // "the full year": the dct's; "the fiscal year": the one in context
            if r.is(k, "full") && r.is(k + 1, "year") {
                return found(s, k + 2, Sem::Rel(Unit::Year, 0), DateType::Date);
            }
            let k = if r.is(k, "fiscal") && r.is_in(k + 1, &["year", "quarter"]) { k + 1 } else { k };
            if let Some((u, mult, e)) = r.unit(k) {
                // "the week of March 6"
                if u == Unit::Week && mult == Some(1) && r.is(e, "of") && !r.unit_is_plural(k) {
                    if let Some(inner) = longest(r, e + 1).filter(|f| f.s == e + 1 && is_day(&f.sem)) {
                        return found(s, inner.e, Sem::WeekOf(Box::new(inner.sem)), DateType::Date);
                    }
                }
                // "the year 2000", "the year two thousand"
                if u == Unit::Year && !r.unit_is_plural(k) {
                    if let Some((y, e2)) = r.year_at(e) {
                        return found(s, e2, Sem::Year(y), DateType::Date);
                    }
                    // "the year ended March 31": a fiscal year, a duration
                    if r.is_in(e, &["ended", "ending"]) {
                        return found(s, e, Sem::Duration(Count::N(1), Unit::Year), DateType::Duration);
                    }
                }
                if mult == Some(1) && !r.unit_is_plural(k) && matches!(u, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter) && !r.is(e, "-") && !r.is(e, "of") && !r.is(e, "'s") && r.kind(e) != Some(TokKind::Possessive) {
                    // "the year" as a subject of a count ("the year's first") is left alone
                    return found(s, e, Sem::Anaphor(u), DateType::Date);
                }
            }
        }
        // "that month", "that day", "the same day"
        if r.is_in(i, &["that", "same"]) || (r.is(i, "the") && r.is(i + 1, "same")) {
            let at = if r.is(i, "the") { i + 2 } else { i + 1 };
            // "that evening": a part of the day just told of
            if let Some(p) = r.hit(at, List::DateDayParts).filter(|_| r.is(i, "that") && !r.unit_is_plural(at)) {
                let part = p.field(1)?;
                if part.len() == 2 {
                    return found(s, p.end as usize, Sem::Part(Some(Box::new(Sem::Anaphor(Unit::Day))), part), DateType::Time);
                }
            }
            let (u, mult, e) = r.unit(at)?;
            if mult == Some(1) && !r.unit_is_plural(at) && !r.is(e, "-") {
                return found(s, e, Sem::Anaphor(u), DateType::Date);
            }
        }
        return None;
    };
    let at = k + 1;
    // this past week, the past few weeks handled by `counted`
    if r.is(k, "this") && r.is(at, "past") {
        let (u, _, e) = r.unit(at + 1)?;
        return found(s, e, Sem::Rel(u, -1), DateType::Date);
    }
    // "this morning", "last night": parts of day
    if let Some(p) = r.hit(at, List::DateDayParts) {
        let part = p.field(1)?;
        if part.len() == 2 && !r.unit_is_plural(at) {
            let day = match shift {
                0 => 0,
                -1 => -1,
                _ => 1,
            };
            // "the next morning": relative to the day in context — the dct here
            return found(s, p.end as usize, Sem::Part(Some(Box::new(Sem::DayRel(day))), part), DateType::Time);
        }
    }
    let (u, mult, e) = r.unit(at)?;
    if r.unit_is_plural(at) || mult != Some(1) {
        return None;
    }
    if r.is(e, "-") {
        return None;
    }
    if r.is(k, "previous") || r.is(k, "following") {
        // "the previous day": one unit from the dct
        if u == Unit::Day {
            return found(s, e, Sem::DayRel(shift), DateType::Date);
        }
        // "the following year": one unit from the last date mentioned
        return found(s, e, Sem::Following(u, shift), DateType::Date);
    }
    if u == Unit::Day {
        // "this day" is rarely a date; "the next day" is one day after the dct
        if shift == 0 {
            return None;
        }
        return found(s, e, Sem::DayRel(shift), DateType::Date);
    }
    found(s, e, Sem::Rel(u, shift), DateType::Date)
}

/// "year-earlier", "the year-ago quarter", "the comparable year-earlier period":
/// one unit before the date in context.
fn unit_ago_adjective(r: &R, i: usize) -> Option<Found> {
    let mut k = i;
    if r.is_in(k, &["the", "a", "its"]) {
        k += 1;
    }
    if r.is_in(k, &["comparable", "same"]) {
        k += 1;
    }
    let (u, mult, e) = r.unit(k)?;
    if mult != Some(1) || r.unit_is_plural(k) || !(r.is(e, "-") && r.glued(e) && r.is_in(e + 1, &["earlier", "ago"])) {
        return None;
    }
    let mut end = e + 2;
    // the noun it qualifies, when it is a period: "quarter", "period", "month"
    if let Some((_, _, e2)) = r.unit(end) {
        if !r.unit_is_plural(end) {
            end = e2;
        }
    } else if r.is_in(end, &["period", "level", "levels", "results", "figure", "figures"]) && !r.is_in(end, &["levels", "results", "figures"]) {
        end += 1;
    }
    let s = if k > i && end > e + 2 { i } else { k };
    // "year-ago" compares with the period being reported, not with the last date named
    let sem = match u {
        Unit::Year if r.is(end - 1, "quarter") => Sem::QuarterRel { years: -1, q: None },
        Unit::Year if end == e + 2 => Sem::Ago(u, Count::N(1), -1),
        _ => Sem::Earlier(u, -1),
    };
    found(s, end, sem, DateType::Date)
}

/// "the latest quarter", "the latest period", "the current quarter": the period in context.
fn latest_period(r: &R, i: usize) -> Option<Found> {
    if !r.is_in(i, &["the", "its"]) || !r.is_in(i + 1, &["latest", "current", "recent", "most", "comparable", "same"]) {
        return None;
    }
    let mut k = i + 2;
    if r.is(i + 1, "most") && r.is(k, "recent") {
        k += 1;
    }
    if r.is(k, "fiscal") {
        k += 1;
    }
    if r.is(k, "period") {
        let sem = if r.is_in(i + 1, &["latest", "recent", "most"]) { Sem::Rel(Unit::Quarter, -1) } else { Sem::Anaphor(Unit::Quarter) };
        return found(i, k + 1, sem, DateType::Date);
    }
    let (u, mult, e) = r.unit(k)?;
    if mult != Some(1) || r.unit_is_plural(k) || !matches!(u, Unit::Quarter | Unit::Month | Unit::Year | Unit::Week) {
        return None;
    }
    // the latest quarter, the most recent fiscal year: the last one completed
    let sem = if r.is(i + 1, "current") {
        Sem::Rel(u, 0)
    } else if r.is_in(i + 1, &["latest", "recent", "most"]) {
        Sem::Rel(u, -1)
    } else {
        Sem::Anaphor(u)
    };
    found(i, e, sem, DateType::Date)
}

/// "the weekend", "this weekend", "last weekend".
fn weekend(r: &R, i: usize) -> Option<Found> {
    let shift = if r.is(i, "the") {
        Shift::None
    } else if r.is_in(i, &["last", "past"]) {
        Shift::Last
    } else if r.is(i, "this") {
        Shift::This
    } else if r.is(i, "next") {
        Shift::Next
    } else {
        return None;
    };
    if !r.is(i + 1, "weekend") {
        return None;
    }
    found(i, i + 2, Sem::Weekend(shift), DateType::Date)
}

/// Lexicon anchors: today, yesterday, now, recently, the future…
fn anchor(r: &R, i: usize) -> Option<Found> {
    let h = r.hit(i, List::DateAnchors)?;
    let e = h.end as usize;
    let kind = h.field(1)?;
    let value = h.field(2)?;
    // "World Today", "Radio Now": a capitalized anchor after a capitalized word is a name
    if r.toks[i].case == Case::Title && i > 0 && r.same_line(i) && r.toks[i - 1].case == Case::Title && r.toks[i - 1].kind == TokKind::Word {
        return None;
    }
    match kind {
        "day" => {
            let n: i32 = value.parse().ok()?;
            found(i, e, Sem::DayRel(n), DateType::Date)
        }
        "night" => {
            let n: i32 = value.parse().ok()?;
            found(i, e, Sem::Part(Some(Box::new(Sem::DayRel(n))), "NI"), DateType::Time)
        }
        "ref" => {
            let w = r.w(i);
            // "as soon as", "soon after", "shortly before": conjunctions, not times
            if r.is_in(i, &["soon", "shortly"]) && (r.prev_is(i, &["as", "how", "too"]) || r.is_in(e, &["after", "before", "as", "afterwards", "thereafter"])) {
                return None;
            }
            // "now" as a discourse word before a comma at the start of a sentence is still a time in news; keep.
            // "the past" needs to be a noun phrase end: "the past week" is found by `relative`
            if (w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("past")) && (r.unit(e).is_some() || r.count(e).is_some()) {
                return None;
            }
            // "at the moment", "for the moment" name the present; "from the moment
            // the bombs fell", "the moment was marked" name an event
            if r.is(i, "the") && r.is(i + 1, "moment") && !r.prev_is(i, &["at", "for"]) {
                return None;
            }
            // "the future" of something ("the future of Ukraine") is not a time
            if r.is(i, "the") && r.is(e, "of") {
                return None;
            }
            // "the present" as an adjective ("the present ceasefire")
            if r.is(i, "the") && r.is(i + 1, "present") && r.kind(e) == Some(TokKind::Word) {
                return None;
            }
            let v: &'static str = match value {
                "PRESENT_REF" => "PRESENT_REF",
                "PAST_REF" => "PAST_REF",
                _ => "FUTURE_REF",
            };
            // "at the moment": the span starts at "the"
            found(i, e, Sem::Ref(v), DateType::Date)
        }
        _ => None,
    }
}

/// Counts of units: durations ("six days", "30-day", "several hours"),
/// dates before or after the dct ("two years ago"), and "the past N units".
fn counted(r: &R, i: usize) -> Option<Found> {
    // "a quarter of a century", "a quarter of an hour"
    if r.is(i, "a") && r.is(i + 1, "quarter") && r.is(i + 2, "of") && r.is_in(i + 3, &["a", "an"]) {
        let (u, _, e) = r.unit(i + 4)?;
        let (n, u) = match u {
            Unit::Century => (25, Unit::Year),
            Unit::Hour => (15, Unit::Minute),
            _ => return None,
        };
        return found(i, e, Sem::Duration(Count::N(n), u), DateType::Duration);
    }
    let mut s = i;
    let mut k = i;
    // "the past three months", "the last two years", "the next few days": durations
    let mut framed = false;
    if r.is(k, "the") && r.is_in(k + 1, &["past", "last", "next", "first", "previous", "coming", "following"]) {
        k += 2;
        framed = true;
    } else if r.is_in(k, &["past", "last", "next"]) && r.count(k + 1).is_some() {
        k += 1;
        framed = true;
    } else if r.is(k, "the") && r.count(k + 1).is_some_and(|(c, _)| matches!(c, Count::N(n) if n > 1)) {
        // "the 23 days of invasion": the span starts at the number
        s = k + 1;
        k += 1;
    }
    // "the past several days": "the past few" is a count word
    let (count, at, has_count) = match r.count(k) {
        Some((c, e)) => (c, e, true),
        None => (Count::X, k, false),
    };
    if !has_count && !framed && k != i {
        return None;
    }
    // "1700 hours": a clock time on the 24-hour dial, not a duration
    if has_count && at == k + 1 && r.w(k).len() == 4 && r.is_digits(k) && r.is_in(at, &["hours", "hrs"]) && !r.is(at + 1, "of") {
        if matches!(count, Count::N(v) if is_hhmm(v)) {
            return None;
        }
    }
    let mut count_start = k;
    // "five, six days ago", "two or three weeks": the first number counts
    if has_count && !framed && k >= 2 && k == s && r.is_in(k - 1, &[",", "or", "to"]) {
        if let Some((c0, e0)) = r.count(k - 2) {
            if e0 == k - 1 && matches!(c0, Count::N(_)) && !r.is_in(k - 2, &["a", "an"]) {
                s = k - 2;
                count_start = k - 2;
            }
        }
    }
    let count = if count_start < k { r.count(count_start).map(|c| c.0).unwrap_or(count) } else { count };
    let mut at = at;
    // "30-day", "five-year"
    let hyphen = has_count && r.is(at, "-") && r.glued(at) && r.glued(at + 1);
    if hyphen {
        at += 1;
    }
    // "one and a half hours", "an hour and a half"
    let mut count = count;
    if has_count && r.is(at, "and") && r.is(at + 1, "a") && r.is(at + 2, "half") {
        if let Count::N(n) = count {
            count = Count::Half(n);
            at += 3;
        }
    }
    // "eight trading days", "five business days"
    if has_count && !hyphen && r.is_in(at, &["trading", "business", "working", "calendar"]) && r.unit(at + 1).is_some() {
        at += 1;
    }
    // "two more weeks", "an additional year"
    let more = has_count && !hyphen && r.is_in(at, &["more", "additional", "extra", "further"]) && r.unit(at + 1).is_some();
    if more {
        at += 1;
    }
    let (u, mult, mut e) = r.unit(at)?;
    let plural = r.unit_is_plural(at);
    if has_count && !hyphen && matches!(count, Count::N(1)) && plural {
        return None;
    }
    // "three-quarters of", "a quarter of the market": fractions
    if u == Unit::Quarter && r.is(e, "of") && (hyphen || r.is_in(e + 1, NOUN_DETERMINERS) || r.is_in(e + 1, &["a", "an", "all"]) || r.kind(e + 1) == Some(TokKind::Number)) {
        return None;
    }
    // "a minute and a half"
    if let (true, Count::N(n), true) = (has_count, count, r.is(e, "and") && r.is(e + 1, "a") && r.is(e + 2, "half")) {
        count = Count::Half(n);
        e += 3;
    }
    // "week-long", "decades-long", "hours-long": a unit glued to "long"
    if !has_count && r.is(e, "-") && r.is(e + 1, "long") && r.glued(e) {
        return found(at, e + 2, Sem::Duration(if plural { Count::X } else { Count::N(1) }, u), DateType::Duration);
    }
    if !has_count && !plural {
        return None;
    }
    // "a second round", "a day trip": a singular unit before a noun is no duration
    if has_count && matches!(count, Count::N(1)) && !hyphen && !more && r.kind(e) == Some(TokKind::Word) && r.toks[e].case == Case::Lower && !r.is_in(e, &["ago", "earlier", "later", "and", "or", "before", "after", "from", "of", "in", "to", "for", "at", "on"]) {
        return None;
    }
    let count = match (count, mult) {
        (_, None) => Count::X,
        (Count::N(n), Some(m)) => Count::N(n * m),
        (c, _) => c,
    };
    // ages: "50 years old", "a 30-year-old", "aged 40", "40 years of age"
    if u == Unit::Year && (r.is(e, "old") || (r.is(e, "-") && r.is(e + 1, "old")) || (r.is(e, "of") && r.is(e + 1, "age"))) {
        return None;
    }
    if r.prev_is(count_start, &["aged", "age"]) {
        return None;
    }
    // a unit in a compound noun that is no time: "the day-to-day", "a two-day-old"
    if hyphen && r.is(e, "-") && !r.is(e + 1, "long") {
        return None;
    }
    if hyphen && r.is(e, "-") && r.is(e + 1, "long") {
        e += 2;
    }
    if !has_count && !framed {
        // a bare plural unit ("for years", "hours", "days"): a duration of unknown length,
        // not after a determiner ("the days of", "those years")
        if i > 0 && (r.is_in(i - 1, NOUN_DETERMINERS) || r.kind(i - 1) == Some(TokKind::Possessive)) {
            return None;
        }
        if r.is(e, "'") || r.kind(e) == Some(TokKind::Possessive) {
            return None;
        }
        // "decades-old"
        if r.is(e, "-") {
            return None;
        }
        return found(at, e, Sem::Duration(Count::X, u), DateType::Duration);
    }
    // N units ago / earlier / later / from now / before / after
    if !framed {
        // "a week or so ago"
        if r.is(e, "or") && r.is(e + 1, "so") && r.is(e + 2, "ago") {
            e += 2;
        }
        if r.is(e, "ago") || (r.is(e, "from") && r.is(e + 1, "now")) {
            let dir = if r.is(e, "ago") { -1 } else { 1 };
            let e2 = if dir < 0 { e + 1 } else { e + 2 };
            return found(s, e2, Sem::Ago(u, count, dir), DateType::Date);
        }
        if r.is_in(e, &["earlier", "later"]) && !r.is(e + 1, "than") {
            let dir = if r.is(e, "earlier") { -1 } else { 1 };
            if let Count::N(n) = count {
                return found(s, e + 1, Sem::Earlier(u, n as i32 * dir), DateType::Date);
            }
        }
        // "twice a day", "$5 a year": a set
        if matches!(count, Count::N(1)) && r.is_in(count_start, &["a", "an", "per"]) && count_start > 0 && (r.is_in(count_start - 1, &["times", "twice", "once", "thrice"]) || r.kind(count_start - 1) == Some(TokKind::Number)) {
            return found(count_start, e, Sem::Set(duration_value(Count::N(1), u)), DateType::Set);
        }
    }
    found(s, e, Sem::Duration(count, u), DateType::Duration)
}

/// "the third quarter (of 1989)", "third-quarter", "Q3 2022", "the first half".
fn quarter(r: &R, i: usize) -> Option<Found> {
    let mut s = i;
    let mut k = i;
    let mut y = None;
    if r.is_in(k, &["the", "its", "their"]) {
        k += 1;
    }
    if let (Some(q), true) = (r.w(k).strip_prefix('Q').or_else(|| r.w(k).strip_prefix('q')), r.kind(k) == Some(TokKind::Word)) {
        let q: i8 = q.parse().ok()?;
        if !(1..=4).contains(&q) {
            return None;
        }
        let mut e = k + 1;
        if let Some(yy) = r.year4(e) {
            y = Some(yy);
            e += 1;
        }
        return found(k, e, Sem::Quarter { y, q: Some(q) }, DateType::Date);
    }
    // "this year's third quarter", "last year's quarter", "the year-ago third quarter"
    let mut years = None;
    if r.is_in(k, &["this", "last", "next", "current"]) && r.is(k + 1, "year") && (r.is(k + 2, "'s") || r.kind(k + 2) == Some(TokKind::Possessive)) {
        years = Some(if r.is(k, "last") { -1 } else if r.is(k, "next") { 1 } else { 0 });
        k += 3;
    } else if r.is(k, "year") && r.is(k + 1, "-") && r.is_in(k + 2, &["ago", "earlier"]) && r.hit(k + 3, List::DateOrdinals).is_some() {
        years = Some(-1);
        k += 3;
    } else if let Some(yy) = r.year4(k) {
        // "the 1988 second quarter", "the 1988 quarter", "the 1989 period"
        y = Some(yy);
        k += 1;
    }
    if y.is_some() || years.is_some() {
        let bare = r.is(k, "period") || (r.is(k, "quarter") && !r.is(k + 1, "-"));
        if bare && k > i && r.is(i, "the") || bare && years.is_some() {
            let sem = match years {
                Some(years) => Sem::QuarterRel { years, q: None },
                None => Sem::Quarter { y, q: None },
            };
            return found(i, k + 1, sem, DateType::Date);
        }
        r.hit(k, List::DateOrdinals)?;
    }
    if r.is(k, "fiscal") {
        k += 1;
        if r.is(k, "-") {
            k += 1;
        }
    }
    // "the last half of 1989"
    let (n, mut at) = if r.is(k, "last") && r.is_in(k + 1, &["half", "quarter"]) && r.is(k + 2, "of") && r.year4(k + 3).is_some() {
        (if r.is(k + 1, "half") { 2 } else { 4 }, k + 1)
    } else {
        let ord = r.hit(k, List::DateOrdinals)?;
        (ord.field(1)?.parse::<i8>().ok()?, ord.end as usize)
    };
    if r.is(at, "-") && r.glued(at) {
        at += 1;
    }
    let (u, mult, mut e) = r.unit(at).map(|(u, m, e)| (Some(u), m, e)).unwrap_or((None, None, at));
    let half = r.is(at, "half");
    if half {
        e = at + 1;
    } else if u != Some(Unit::Quarter) || mult != Some(1) || r.unit_is_plural(at) {
        return None;
    }
    if half && !(1..=2).contains(&n) || !half && !(1..=4).contains(&n) {
        return None;
    }
    if years.is_none() {
        if r.is(e, "of") {
            if let Some(yy) = r.year4(e + 1) {
                y = Some(yy);
                e += 2;
            }
        } else if let Some(yy) = r.year4(e) {
            y = Some(yy);
            e += 1;
        }
    }
    if s == i && r.is_in(i, &["its", "their"]) {
        s = i + 1;
    }
    let sem = match (half, years) {
        (true, None) => Sem::Half { y, h: n },
        (true, Some(_)) => return None,
        (false, Some(years)) => Sem::QuarterRel { years, q: Some(n) },
        (false, None) => Sem::Quarter { y, q: Some(n) },
    };
    found(s, e, sem, DateType::Date)
}

/// "this summer", "last fall", "the winter of 1994", "summer 2022".
fn season(r: &R, i: usize) -> Option<Found> {
    let (shift, at) = if r.is_in(i, &["last", "past"]) {
        (Shift::Last, i + 1)
    } else if r.is(i, "next") {
        (Shift::Next, i + 1)
    } else if r.is(i, "this") {
        if r.is(i + 1, "past") {
            (Shift::Last, i + 2)
        } else {
            (Shift::This, i + 1)
        }
    } else if r.is(i, "the") {
        // "the early summer"
        (Shift::None, if r.is_in(i + 1, &["early", "late"]) { i + 2 } else { i + 1 })
    } else {
        (Shift::None, i)
    };
    let h = r.hit(at, List::DateSeasons)?;
    if r.toks[at].case != Case::Lower && !(r.toks[at].case == Case::Title && at == r.a.sentences[r.a.sentence_of[at] as usize].start as usize) {
        // "Arab Spring", "Operation Winter"
        if r.toks[at].case != Case::Title || at != i {
            return None;
        }
    }
    let s: &'static str = match h.field(1)? {
        "SP" => "SP",
        "SU" => "SU",
        "FA" => "FA",
        _ => "WI",
    };
    let mut e = h.end as usize;
    let mut y = None;
    if let Some((yy, e2)) = r.year_at(if r.is(e, "of") { e + 1 } else { e }) {
        y = Some(yy);
        e = e2;
    }
    // a bare season word needs a year or a determiner: "fall" is mostly a verb
    if at == i && y.is_none() {
        return None;
    }
    // "the fall of Kabul"
    if r.is(i, "the") && r.is(e, "of") {
        return None;
    }
    found(i, e, Sem::Season { y, s, shift }, DateType::Date)
}

fn holiday(r: &R, i: usize) -> Option<Found> {
    let h = r.hit(i, List::DateHolidays)?;
    let e = h.end as usize;
    // "Easter week"
    if r.is(e, "week") {
        return found(i, e + 1, Sem::WeekOf(Box::new(Sem::Holiday(h.row))), DateType::Date);
    }
    found(i, e, Sem::Holiday(h.row), DateType::Date)
}

/// A year in words: "nineteen ninety-six", "two thousand".
fn spoken(r: &R, i: usize) -> Option<Found> {
    let (y, e) = r.spoken_year(i)?;
    // "two thousand" alone is mostly a count ("two thousand people")
    if y == 2000 && !r.prev_is(i, &["in", "since", "by", "until", "of", "year"]) {
        return None;
    }
    found(i, e, Sem::Year(y), DateType::Date)
}

/// "the nineties", "the early eighties": a decade of the 1900s in words.
fn decade_word(r: &R, i: usize) -> Option<Found> {
    if !r.is(i, "the") {
        return None;
    }
    let mut k = i + 1;
    if r.is_in(k, &["early", "late", "mid"]) {
        k += 1;
        if r.is(k, "-") {
            k += 1;
        }
    }
    let h = r.hit(k, List::DateDecades)?;
    let n: i16 = h.field(1)?.parse().ok()?;
    found(i, h.end as usize, Sem::Decade(190 + n), DateType::Date)
}

/// "year-end", "year end", "year's end": the end of the dct's year.
fn year_end(r: &R, i: usize) -> Option<Found> {
    let (u, _, e) = r.unit(i)?;
    if u != Unit::Year || r.unit_is_plural(i) {
        return None;
    }
    let at = if (r.is(e, "-") && r.glued(e)) || r.is(e, "'s") || r.kind(e) == Some(TokKind::Possessive) { e + 1 } else { e };
    if !r.is(at, "end") {
        return None;
    }
    found(i, at + 1, Sem::Rel(Unit::Year, 0), DateType::Date)
}

/// every Monday, each year, daily, weekly.
fn set(r: &R, i: usize) -> Option<Found> {
    const ADVERBS: [(&str, &str); 8] = [
        ("daily", "P1D"),
        ("nightly", "P1D"),
        ("weekly", "P1W"),
        ("monthly", "P1M"),
        ("annually", "P1Y"),
        ("yearly", "P1Y"),
        ("hourly", "PT1H"),
        ("quarterly", "P3M"),
    ];
    let v = ADVERBS.iter().find(|(word, _)| r.is(i, word)).map(|(_, v)| *v);
    if let Some(v) = v {
        // "a quarterly dividend", "weekly magazine": an adjective before a noun names no time
        let adjective = r.kind(i + 1) == Some(TokKind::Word) && r.toks[i + 1].case == Case::Lower && r.prev_is(i, &["a", "an", "the", "its", "their", "his", "her", "our"]);
        if adjective {
            return None;
        }
        return found(i, i + 1, Sem::Set(v.to_string()), DateType::Set);
    }
    if !r.is_in(i, &["every", "each"]) {
        return None;
    }
    if let Some((wd, _, e)) = weekday_at(r, i + 1) {
        return found(i, e, Sem::Set(format!("XXXX-WXX-{wd}")), DateType::Set);
    }
    // "each July"
    if let Some((m, e)) = r.month(i + 1) {
        if r.day(e).is_none() {
            return found(i, e, Sem::Set(format!("XXXX-{m:02}")), DateType::Set);
        }
    }
    let (c, at) = match r.count(i + 1) {
        Some((Count::N(n), e)) if !r.is(i + 1, "a") => (n, e),
        _ => (1, i + 1),
    };
    let (u, mult, e) = r.unit(at)?;
    let n = c * mult.unwrap_or(1);
    found(i, e, Sem::Set(duration_value(Count::N(n), u)), DateType::Set)
}

/// "overnight", "early in the morning", "the morning", "midnight".
fn part_of_day(r: &R, i: usize) -> Option<Found> {
    let (s, at) = if r.is(i, "early") && r.is(i + 1, "in") && r.is(i + 2, "the") {
        (i, i + 3)
    } else if r.is_in(i, &["in", "the"]) && r.is(i + 1, "the") {
        (i + 1, i + 2)
    } else if r.is(i, "the") {
        (i, i + 1)
    } else {
        (i, i)
    };
    let h = r.hit(at, List::DateDayParts)?;
    let part = h.field(1)?;
    let e = h.end as usize;
    if r.unit_is_plural(at) && r.w(at).ends_with('s') {
        return None;
    }
    if part.contains(':') {
        let (hh, mm) = part.split_once(':')?;
        return found(s, e, Sem::Clock { base: None, h: hh.parse().ok()?, m: mm.parse().ok()?, zone: false }, DateType::Time);
    }
    // a bare "morning"/"night" needs "the" or "overnight" itself
    if s == at && !r.is(at, "overnight") {
        return None;
    }
    // "the night of", "the morning of": the date follows; let `join` attach it
    let p: &'static str = match part {
        "MO" => "MO",
        "AF" => "AF",
        "EV" => "EV",
        _ => "NI",
    };
    found(s, e, Sem::Part(None, p), DateType::Time)
}

/// early/late/mid/earlier/later/the end of + a date: the modifier joins the span.
fn modified(r: &R, i: usize) -> Option<Found> {
    let w = r.w(i);
    let at = if r.is_in(i, &["early", "late", "earlier", "later"]) {
        if r.is(i + 1, "in") && r.is(i + 2, "the") && r.unit(i + 3).is_some() {
            // "earlier in the week"; "later in the day" is the day just told of
            let (u, _, e) = r.unit(i + 3)?;
            if r.unit_is_plural(i + 3) {
                return None;
            }
            let sem = if u == Unit::Day { Sem::Anaphor(u) } else { Sem::Rel(u, 0) };
            return found(i, e, sem, DateType::Date);
        }
        if r.is(i + 1, "that") || r.is(i + 1, "the") {
            // "later that year", "earlier that day"
            let (u, _, e) = r.unit(i + 2)?;
            if r.unit_is_plural(i + 2) {
                return None;
            }
            return found(i, e, Sem::Anaphor(u), DateType::Date);
        }
        i + 1
    } else if w.eq_ignore_ascii_case("mid") && r.is(i + 1, "-") {
        i + 2
    } else if r.is(i, "the") && r.is_in(i + 1, &["end", "beginning", "start", "middle", "turn"]) && r.is(i + 2, "of") {
        i + 3
    } else if r.is_in(i, &["end", "beginning", "start", "middle"]) && r.is(i + 1, "of") && r.is_in(i + 2, &["this", "next", "last"]) {
        i + 2
    } else {
        return None;
    };
    if at >= r.n {
        return None;
    }
    let inner = longest(r, at)?;
    if inner.s != at {
        return None;
    }
    // "later this week" but not "later Monday"? both fine; "early" before a duration is not a modifier
    if inner.kind == DateType::Duration || inner.kind == DateType::Set {
        return None;
    }
    if let Sem::Ref(_) = inner.sem {
        return None;
    }
    // "by the end of the year": of the dct's year ("the end of that year" keeps its anaphor)
    if let (Sem::Anaphor(u), true) = (&inner.sem, r.is(at, "the") && at == i + 3) {
        return found(i, inner.e, Sem::Rel(*u, 0), inner.kind);
    }
    Some(Found { s: i, ..inner })
}

// ---------------------------------------------------------------- joining neighbours

fn join(r: &R, v: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(v.len());
    for f in v {
        if let Some(prev) = out.last_mut() {
            let gap = prev.e..f.s;
            let on_line = (prev.e..=f.s.min(r.n - 1)).all(|k| k == prev.e && gap.is_empty() || r.same_line(k) || k == prev.e && r.same_line(k));
            let same_sentence = r.a.sentence_of[prev.s] == r.a.sentence_of[f.s];
            if same_sentence && on_line {
                if let Some(j) = join_pair(r, prev, &f, gap) {
                    *prev = j;
                    continue;
                }
            }
        }
        out.push(f);
    }
    out
}

pub fn is_day(sem: &Sem) -> bool {
    matches!(sem, Sem::Weekday(..) | Sem::DayRel(_) | Sem::Cal { d: Some(_), .. } | Sem::DayOfMonth(_) | Sem::Holiday(_))
}

fn join_pair(r: &R, a: &Found, b: &Found, gap: std::ops::Range<usize>) -> Option<Found> {
    let gap_is = |ws: &[&str]| gap.len() == ws.len() && ws.iter().enumerate().all(|(k, w)| r.is(gap.start + k, w));
    // Monday evening, yesterday afternoon
    if let (true, Sem::Part(None, p)) = (is_day(&a.sem), &b.sem) {
        if gap.is_empty() {
            return Some(Found { s: a.s, e: b.e, sem: Sem::Part(Some(Box::new(a.sem.clone())), p), kind: DateType::Date });
        }
    }
    // the night of Friday, Oct. 23: the full date names the day
    if let (Sem::Part(Some(day), p), Sem::Cal { d: Some(_), .. }) = (&a.sem, &b.sem) {
        if matches!(**day, Sem::Weekday(..)) && gap_is(&[","]) {
            return Some(Found { s: a.s, e: b.e, sem: Sem::Part(Some(Box::new(b.sem.clone())), p), kind: a.kind });
        }
    }
    // the morning of February 24, overnight Sunday
    if let (Sem::Part(None, p), true) = (&a.sem, is_day(&b.sem)) {
        if gap.is_empty() || gap_is(&["of"]) {
            return Some(Found { s: a.s, e: b.e, sem: Sem::Part(Some(Box::new(b.sem.clone())), p), kind: a.kind });
        }
    }
    // Thursday, January 20 / Mon, 14 Mar 2022
    if let (Sem::Weekday(..), Sem::Cal { d: Some(_), .. }) = (&a.sem, &b.sem) {
        if gap.is_empty() || gap_is(&[","]) {
            return Some(Found { s: a.s, e: b.e, sem: b.sem.clone(), kind: DateType::Date });
        }
    }
    // tomorrow at 6:00 pm, Tomorrow, 6:00 pm, Friday at 18:00, midnight Friday
    if let (true, Sem::Clock { base: None, h, m, zone }) = (is_day(&a.sem), &b.sem) {
        if gap.is_empty() || gap_is(&["at"]) || gap_is(&[","]) || gap_is(&[",", "at"]) {
            return Some(Found { s: a.s, e: b.e, sem: Sem::Clock { base: Some(Box::new(a.sem.clone())), h: *h, m: *m, zone: *zone }, kind: DateType::Time });
        }
    }
    // January this year, June 5 last year, the spring of next year
    if let (Sem::Cal { y: None, .. } | Sem::Season { y: None, .. }, Sem::Rel(Unit::Year, n)) = (&a.sem, &b.sem) {
        if gap.is_empty() || gap_is(&["of"]) {
            return Some(Found { s: a.s, e: b.e, sem: Sem::InYear(Box::new(a.sem.clone()), *n as i16), kind: DateType::Date });
        }
    }
    // the quarter a year ago
    if let (Sem::Anaphor(Unit::Quarter), Sem::Ago(Unit::Year, Count::N(1), -1)) = (&a.sem, &b.sem) {
        if gap.is_empty() {
            return Some(Found { s: a.s, e: b.e, sem: Sem::QuarterRel { years: -1, q: None }, kind: DateType::Date });
        }
    }
    if let (Sem::Clock { base: None, h, m, zone }, true) = (&a.sem, is_day(&b.sem)) {
        if gap.is_empty() || gap_is(&["on"]) {
            return Some(Found { s: a.s, e: b.e, sem: Sem::Clock { base: Some(Box::new(b.sem.clone())), h: *h, m: *m, zone: *zone }, kind: DateType::Time });
        }
    }
    None
}
