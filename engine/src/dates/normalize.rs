//! Normalization: each recognized expression gets its TIMEX3 value, resolved
//! against the publication date (dct), the tense of its clause and the last
//! date mentioned, and a `rule` that says in words how. All calendar
//! arithmetic is jiff's.

use super::recognize::{Found, R};
use super::sem::{Count, Sem, Shift, Unit};
use super::tense::{self, Tense};
use crate::document::{DateType, TimeExpr, Ymd};
use crate::lexicon::List;
use jiff::civil::{Date, Weekday};
use std::fmt;

/// A resolved calendar value at some granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum V {
    Day(Date),
    Month(i16, i8),
    Year(i16),
    Week(i16, i8),
    Weekend(i16, i8),
    Quarter(i16, i8),
    Half(i16, i8),
    Season(i16, &'static str),
    Decade(i16),
    Century(i16),
}

impl fmt::Display for V {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            V::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            V::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            V::Year(y) => write!(f, "{y:04}"),
            V::Week(y, w) => write!(f, "{y:04}-W{w:02}"),
            V::Weekend(y, w) => write!(f, "{y:04}-W{w:02}-WE"),
            V::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            V::Half(y, h) => write!(f, "{y:04}-H{h}"),
            V::Season(y, s) => write!(f, "{y:04}-{s}"),
            V::Decade(d) => write!(f, "{d:03}"),
            V::Century(c) => write!(f, "{c:02}"),
        }
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

fn weekday_name(wd: i8) -> &'static str {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(wd - 1) as usize]
}

fn wd_of(n: i8) -> Weekday {
    Weekday::from_monday_one_offset(n).unwrap_or(Weekday::Monday)
}

// Days are added through a UTC timestamp, not a jiff Span: Span arithmetic
// unwraps inside and so links jiff's whole error formatting into the site's
// wasm (~15 KB brotli).
fn add_days(d: Date, n: i64) -> Option<Date> {
    let utc = jiff::tz::Offset::UTC;
    let at = utc.to_timestamp(d.to_datetime(jiff::civil::Time::midnight())).ok()?;
    let moved = jiff::Timestamp::from_second(at.as_second().checked_add(n.checked_mul(86_400)?)?).ok()?;
    Some(utc.to_datetime(moved).date())
}

fn add_months(y: i16, m: i8, n: i32) -> Option<(i16, i8)> {
    let idx = y as i32 * 12 + (m as i32 - 1) + n;
    let y = i16::try_from(idx.div_euclid(12)).ok()?;
    Date::new(y, 1, 1).ok()?; // within jiff's range
    Some((y, (idx.rem_euclid(12) + 1) as i8))
}

/// A day moved by whole months, kept inside its month ("January 31" + 1
/// month = the last day of February), as jiff's Span arithmetic does.
fn add_months_to_day(d: Date, n: i32) -> Option<Date> {
    let (y, m) = add_months(d.year(), d.month(), n)?;
    let last = Date::new(y, m, 1).ok()?.days_in_month();
    Date::new(y, m, d.day().min(last)).ok()
}

fn quarter_of(d: Date) -> i8 {
    (d.month() - 1) / 3 + 1
}

fn add_quarters(y: i16, q: i8, n: i32) -> (i16, i8) {
    let idx = y as i32 * 4 + (q as i32 - 1) + n;
    ((idx.div_euclid(4)) as i16, (idx.rem_euclid(4) + 1) as i8)
}

fn week_of(d: Date) -> V {
    let w = d.iso_week_date();
    V::Week(w.year(), w.week())
}

/// The TIMEX3 value of a duration: P23D, PTXH, P1.5Y (X = unknown count).
pub fn duration_value(count: Count, unit: Unit) -> String {
    let (mult, letter, time) = match unit {
        Unit::Second => (1, 'S', true),
        Unit::Minute => (1, 'M', true),
        Unit::Hour => (1, 'H', true),
        Unit::Day => (1, 'D', false),
        Unit::Week => (1, 'W', false),
        Unit::Month => (1, 'M', false),
        Unit::Quarter => (1, 'Q', false),
        Unit::Year => (1, 'Y', false),
        Unit::Decade => (10, 'Y', false),
        Unit::Century => (100, 'Y', false),
    };
    let t = if time { "T" } else { "" };
    match count {
        Count::X => format!("P{t}X{letter}"),
        Count::N(n) => format!("P{t}{}{letter}", n * mult),
        Count::Half(n) => match unit {
            Unit::Hour => format!("PT{}H30M", n).replace("PT0H", "PT"),
            Unit::Minute => format!("PT{}M30S", n).replace("PT0M", "PT"),
            Unit::Day => format!("P{}DT12H", n).replace("P0D", "P"),
            Unit::Year if n == 0 => "P6M".to_string(),
            Unit::Year => format!("P{n}Y6M"),
            // half a decade or century: whole years
            Unit::Decade | Unit::Century => format!("P{}Y", n * mult + mult / 2),
            _ => format!("P{t}{}.5{letter}", n * mult),
        },
    }
}

#[derive(PartialEq, Eq, Clone, Copy, PartialOrd, Ord)]
enum Pick {
    /// The latest on or before the dct.
    Before,
    /// The first on or after the dct.
    After,
    /// The nearest to the dct.
    Nearest,
}

fn pick_of(t: Tense) -> Pick {
    match t {
        Tense::Past => Pick::Before,
        Tense::Future => Pick::After,
        Tense::Present | Tense::Unknown => Pick::Nearest,
    }
}

fn pick_words(p: Pick) -> &'static str {
    match p {
        Pick::Before => "latest",
        Pick::After => "next",
        Pick::Nearest => "nearest",
    }
}

fn pick_tail(p: Pick) -> &'static str {
    match p {
        Pick::Before => "on or before",
        Pick::After => "on or after",
        Pick::Nearest => "to",
    }
}

/// When the tense would put a date without a year more than ten months
/// from the dct while the other reading lies within two months, the other
/// reading wins ("May 9" in an April article is next month even in a
/// past-tense clause: news rarely names last year's day without its year).
const TENSE_REACH_DAYS: i64 = 300;
const NEAR_DAYS: i64 = 60;

/// Chooses among candidate values (ordered) by their dates relative to the dct.
fn choose<T: Copy>(cands: &[(Date, T)], dct: Date, pick: Pick) -> Option<T> {
    let by_tense = choose_exact(cands, dct, pick);
    if pick != Pick::Nearest {
        let near = choose_exact(cands, dct, Pick::Nearest);
        if let (Some(t), Some(n)) = (by_tense, near) {
            if days_between(t.0, dct).abs() > TENSE_REACH_DAYS && days_between(n.0, dct).abs() < NEAR_DAYS {
                return Some(n.1);
            }
        }
    }
    by_tense.map(|c| c.1)
}

fn choose_exact<T: Copy>(cands: &[(Date, T)], dct: Date, pick: Pick) -> Option<(Date, T)> {
    match pick {
        Pick::Before => cands.iter().filter(|c| c.0 <= dct).max_by_key(|c| c.0).copied(),
        Pick::After => cands.iter().filter(|c| c.0 >= dct).min_by_key(|c| c.0).copied(),
        // news mostly reports the past: a later date must be clearly nearer
        Pick::Nearest => cands
            .iter()
            .min_by_key(|c| {
                let d = days_between(dct, c.0);
                if d > 0 { d * 3 / 2 } else { -d }
            })
            .copied(),
    }
}

fn days_between(a: Date, b: Date) -> i64 {
    a.duration_until(b).as_secs().div_euclid(86_400)
}

struct Ctx {
    dct: Option<Date>,
    /// The last date mentioned (for "that month", "a year earlier") and its sentence.
    last: Option<V>,
    last_sentence: u32,
    /// The last day mentioned and its sentence (for clock times and parts of day).
    last_day: Option<(Date, u32)>,
    /// The last quarter mentioned and its sentence: "a year ago" next to a
    /// quarter's results is that quarter a year before. A longer period
    /// named since ("the first nine months") clears it.
    last_quarter: Option<(V, u32)>,
    /// The first quarter named: the one an earnings report is about.
    topic_quarter: Option<V>,
}

/// How many sentences after a quarter "a year ago" still compares with it.
const QUARTER_REACH: u32 = 2;

/// The clause facts that decide ambiguous values; displayed, the words a
/// rule quotes ("a past-tense clause (\"said\")").
struct Clause<'a> {
    tense: Tense,
    marker: &'a str,
    sentence: u32,
}

impl fmt::Display for Clause<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.marker.is_empty() {
            f.write_str(self.tense.describe())
        } else {
            write!(f, "{} (\"{}\")", self.tense.describe(), self.marker)
        }
    }
}

pub(super) fn resolve(r: &R, found: Vec<Found>, dct: Option<Ymd>) -> Vec<TimeExpr> {
    let a = r.a;
    let mut ctx = Ctx { dct: dct.map(Ymd::civil), last: None, last_sentence: 0, last_day: None, last_quarter: None, topic_quarter: None };
    let mut out = Vec::with_capacity(found.len());
    let mut found = found;
    // "early in the morning on February 24": a part of day or clock time
    // without a day takes the day named right after it in the sentence, also
    // through another clock time ("10:35 a.m. (0735 GMT) Friday")
    for k in (0..found.len().saturating_sub(1)).rev() {
        let (head, tail) = found.split_at_mut(k + 1);
        let (f, next) = (&mut head[k], &tail[0]);
        let close = next.s >= f.e && next.s - f.e <= 2 && a.sentence_of[f.s] == a.sentence_of[next.s];
        // "the quarter ended Sept. 30": the quarter of that day
        let ended = next.s == f.e + 1 && a.sentence_of[f.s] == a.sentence_of[next.s] && matches!(a.tok(f.e), "ended" | "ending");
        if ended && matches!(next.sem, Sem::Cal { d: Some(_), .. }) && matches!(f.sem, Sem::Anaphor(Unit::Quarter) | Sem::Quarter { q: None, .. }) {
            f.sem = Sem::QuarterEnding(Box::new(next.sem.clone()));
        }
        let day = match &next.sem {
            d if super::recognize::is_day(d) => Some(d),
            Sem::Clock { base: Some(d), .. } => Some(&**d),
            _ => None,
        };
        if let (true, Some(day)) = (close, day) {
            match &mut f.sem {
                Sem::Part(base @ None, _) | Sem::Clock { base: base @ None, .. } => *base = Some(Box::new(day.clone())),
                _ => {}
            }
        }
    }
    let mut clauses = tense::Clauses::default();
    for f in found {
        let (t, marker) = clauses.at(r, f.s, f.s..f.e);
        let marker = marker.map_or("", |r| &a.text()[a.span_of(r.start, r.end).range()]);
        let clause = Clause { tense: t, marker, sentence: a.sentence_of[f.s] };
        let (value, rule) = match ctx.dct {
            Some(dct) => ctx.value(&f.sem, dct, &clause),
            None => ctx.value_without_dct(&f.sem),
        };
        // comparisons ("a year earlier", "the year-ago quarter") name no period of their own
        let comparison = matches!(f.sem, Sem::Earlier(..) | Sem::Ago(..) | Sem::QuarterRel { q: None, .. });
        match (&f.sem, value.as_ref().and_then(|v| v.1)) {
            (_, Some(q @ V::Quarter(..))) if !comparison => {
                ctx.last_quarter = Some((q, clause.sentence));
                ctx.topic_quarter.get_or_insert(q);
            }
            // "the first nine months" (of the quarter's year): comparisons are with that year now
            (Sem::Duration(Count::N(n), Unit::Month), _) if *n > 3 => ctx.leave_quarter(),
            (Sem::Half { .. }, _) => ctx.leave_quarter(),
            _ => {}
        }
        // comparisons and vague references do not move the reference date
        let anchors = !comparison && !matches!(f.sem, Sem::Ref(_) | Sem::Anaphor(_));
        if anchors && f.kind != DateType::Duration && f.kind != DateType::Set {
            if let Some(v) = value.as_ref().and_then(|v| v.1) {
                ctx.last = Some(v);
                ctx.last_sentence = clause.sentence;
                if let V::Day(d) = v {
                    ctx.last_day = Some((d, clause.sentence));
                }
            }
        }
        out.push(TimeExpr { span: a.span_of(f.s, f.e), kind: f.kind, value: value.map(|v| v.0), rule: rule.into() });
    }
    out
}

type Val = Option<(String, Option<V>)>;

fn v(x: V) -> Val {
    Some((x.to_string(), Some(x)))
}

fn lit(s: &str) -> Val {
    Some((s.to_string(), None))
}

impl Ctx {
    /// Values that need no dct; the rest stay unresolved.
    fn value_without_dct(&self, sem: &Sem) -> (Val, String) {
        match sem {
            Sem::Cal { y: Some(y), m, d } => (self.cal(*y, *m, *d), "a full date".into()),
            Sem::Year(y) => (v(V::Year(*y)), "a year".into()),
            Sem::Decade(d) => (v(V::Decade(*d)), "a decade".into()),
            Sem::Century(c) => (v(V::Century(*c)), "a century".into()),
            Sem::Ref(r) => (lit(r), "a vague reference".into()),
            Sem::Duration(c, u) => (lit(&duration_value(*c, *u)), "a duration".into()),
            Sem::Set(s) => (lit(s), "a set".into()),
            _ => (None, "needs a publication date to resolve; none given or found".into()),
        }
    }

    fn cal(&self, y: i16, m: i8, d: Option<i8>) -> Val {
        match d {
            Some(d) => Date::new(y, m, d).ok().and_then(|x| v(V::Day(x))),
            None => v(V::Month(y, m)),
        }
    }

    fn value(&mut self, sem: &Sem, dct: Date, c: &Clause) -> (Val, String) {
        let dy = dct.year();
        match sem {
            Sem::Cal { y: Some(y), m, d } => (self.cal(*y, *m, *d), "a date written with its year".into()),
            Sem::Cal { y: None, m, d } => {
                let pick = pick_of(c.tense);
                let cands: Vec<(Date, V)> = (dy - 1..=dy + 1)
                    .filter_map(|y| match d {
                        Some(d) => Date::new(y, *m, *d).ok().map(|x| (x, V::Day(x))),
                        // a month counts as "before" the dct from its first day, "after" until its last
                        None => Date::new(y, *m, 1).ok().map(|x| {
                            let key = if pick == Pick::After { x.last_of_month() } else { x };
                            (key, V::Month(y, *m))
                        }),
                    })
                    .collect();
                let val = choose(&cands, dct, pick);
                let what = match d {
                    Some(d) => format!("{} {d}", MONTH_NAMES[(*m - 1) as usize]),
                    None => MONTH_NAMES[(*m - 1) as usize].to_string(),
                };
                let rule = format!(
                    "{what} without a year, in {}: the {} {what} {} the dct {dct}",
                    c,
                    pick_words(pick),
                    pick_tail(pick)
                );
                (val.and_then(v), rule)
            }
            Sem::MonthOf(m, sh) => {
                // "last April" in October is this year's April; a month just
                // over or about to begin would be "last/next month", so "last
                // February" in March is a year back
                let dm = dct.month();
                let (y, word, how) = match sh {
                    Shift::Last => (if *m < dm - 1 { dy } else { dy - 1 }, "last", "the latest one before the month before the dct's"),
                    Shift::Next => (if *m > dm + 1 { dy } else { dy + 1 }, "next", "the first one after the month after the dct's"),
                    _ => (dy, "this", "the one of the dct's year"),
                };
                let name = MONTH_NAMES[(*m - 1) as usize];
                (v(V::Month(y, *m)), format!("{word} {name}: {how} ({dct}), {y}"))
            }
            Sem::DayOfMonth(d) => {
                let pick = pick_of(c.tense);
                let cands: Vec<(Date, V)> = (-1..=1)
                    .filter_map(|n| {
                        let (y, m) = add_months(dy, dct.month(), n)?;
                        Date::new(y, m, *d).ok().map(|x| (x, V::Day(x)))
                    })
                    .collect();
                let rule = format!("day {d} of a month left unsaid, in {}: the {} one {} the dct {dct}", c, pick_words(pick), pick_tail(pick));
                (choose(&cands, dct, pick).and_then(v), rule)
            }
            Sem::Year(y) => (v(V::Year(*y)), "a year".into()),
            Sem::Decade(d) => (v(V::Decade(*d)), format!("a decade: the {}0s", d)),
            Sem::Century(cn) => (v(V::Century(*cn)), "a century (TIMEX3: its first two digits)".into()),
            Sem::Weekday(wd, shift) => self.weekday(*wd, *shift, dct, c),
            Sem::DayRel(n) => {
                let d = add_days(dct, *n as i64);
                let rule = match n {
                    0 => format!("today: the dct {dct}"),
                    -1 => format!("the day before the dct {dct}"),
                    1 => format!("the day after the dct {dct}"),
                    n => format!("{n:+} days from the dct {dct}"),
                };
                (d.and_then(|d| v(V::Day(d))), rule)
            }
            Sem::Rel(u, n) => {
                let val = rel(dct, *u, *n);
                let word = match n {
                    -1 => "last",
                    0 => "this",
                    1 => "next",
                    _ => "that",
                };
                (val.and_then(v), format!("{word} {}: counted from the dct {dct}", u.name()))
            }
            Sem::Ago(u, count, dir) => {
                let n = match count {
                    Count::N(n) | Count::Half(n) => *n as i32,
                    Count::X => {
                        let r = if *dir < 0 { "PAST_REF" } else { "FUTURE_REF" };
                        return (lit(r), "an unknown number of units before or after the dct: a vague reference".into());
                    }
                };
                // "profit fell from $5 a year ago": a comparison with a quarter named
                // in the last sentences is that quarter a year before
                if let (Some(x), Unit::Year) = (self.quarter_back(c, n * dir), u) {
                    return x;
                }
                let val = match u {
                    Unit::Day => add_days(dct, (n * dir) as i64).map(V::Day),
                    Unit::Week => add_days(dct, (7 * n * dir) as i64).map(week_of),
                    Unit::Hour | Unit::Minute | Unit::Second => Some(V::Day(dct)),
                    u => rel(dct, *u, n * dir),
                };
                let dir_w = if *dir < 0 { "before" } else { "after" };
                (val.and_then(v), format!("{n} {}(s) {dir_w} the dct {dct}, at the unit's precision", u.name()))
            }
            Sem::Following(u, n) => {
                let base = self.last.and_then(|b| coarsen(b, *u));
                let val = match base {
                    Some(b) => shift(b, *u, *n),
                    None => rel(dct, *u, *n),
                };
                let from = base.map(|b| format!("{b}, the last date mentioned")).unwrap_or_else(|| format!("the dct {dct}"));
                (val.and_then(v), format!("the {} {n:+} from {from}", u.name()))
            }
            Sem::Earlier(u, n) => {
                if let (Some(x), Unit::Year) = (self.quarter_back(c, *n), u) {
                    return x;
                }
                // "a year earlier" than a day or month: the year before
                let base = match (self.last, u) {
                    (Some(b @ (V::Day(_) | V::Month(..))), Unit::Year) => coarsen(b, Unit::Year),
                    (b, _) => b,
                };
                let val = match base {
                    Some(b) => shift(b, *u, *n).or_else(|| rel(dct, *u, *n)),
                    None => rel(dct, *u, *n),
                };
                let from = base.map(|b| format!("the last date mentioned ({b})")).unwrap_or_else(|| format!("the dct {dct}"));
                (val.and_then(v), format!("{n:+} {}(s) from {from}", u.name()))
            }
            Sem::Quarter { y: Some(y), q: None } => {
                let q = self.context_quarter(dct);
                (v(V::Quarter(*y, q)), format!("the quarter in context (Q{q}) of {y}"))
            }
            Sem::QuarterRel { years, q } => {
                let q = q.unwrap_or_else(|| self.context_quarter(dct));
                let y = dy + years;
                (v(V::Quarter(y, q)), format!("quarter {q} of the year {years:+} from the dct's ({dct})"))
            }
            Sem::QuarterEnding(day) => {
                let (val, rule) = self.value(day, dct, c);
                match val.and_then(|x| x.1) {
                    Some(V::Day(d)) => (v(V::Quarter(d.year(), quarter_of(d))), format!("the quarter ending on {d} ({rule})")),
                    _ => (None, rule),
                }
            }
            Sem::WeekOf(day) => {
                let (val, rule) = self.value(day, dct, c);
                match val.and_then(|x| x.1) {
                    Some(V::Day(d)) => (v(week_of(d)), format!("the week of {d} ({rule})")),
                    _ => (None, rule),
                }
            }
            Sem::InYear(inner, years) => {
                let y = dy + years;
                let sem = match **inner {
                    Sem::Cal { y: None, m, d } => Sem::Cal { y: Some(y), m, d },
                    Sem::Season { y: None, s, shift } => Sem::Season { y: Some(y), s, shift },
                    Sem::Quarter { y: None, q } => Sem::Quarter { y: Some(y), q },
                    ref other => other.clone(),
                };
                let (val, rule) = self.value(&sem, dct, c);
                (val, format!("{rule}, in the year {years:+} from the dct's ({y})"))
            }
            Sem::Quarter { y, q } => {
                let Some(q) = q else { return self.value(&Sem::Anaphor(Unit::Quarter), dct, c) };
                let dq = quarter_of(dct);
                let (year, how) = match y {
                    Some(y) => (*y, "a quarter of a given year".to_string()),
                    None => {
                        // the current quarter or one already begun: a later quarter is last year's
                        // unless the clause is about the future
                        let y = if *q > dq && c.tense != Tense::Future { dy - 1 } else { dy };
                        (y, format!("a quarter without a year, in {}: the latest one begun by the dct {dct} (a later one in a future clause)", c))
                    }
                };
                (v(V::Quarter(year, *q)), how)
            }
            Sem::Half { y, h } => {
                let year = y.unwrap_or(dy);
                (v(V::Half(year, *h)), "a half year".into())
            }
            Sem::Season { y, s, shift } => {
                let start = match *s {
                    "SP" => 3,
                    "SU" => 6,
                    "FA" => 9,
                    _ => 12,
                };
                let month = dct.month();
                let year = match (y, shift) {
                    (Some(y), _) => *y,
                    (None, Shift::Last) => {
                        if start + 3 <= month { dy } else { dy - 1 }
                    }
                    (None, Shift::Next) => {
                        if start > month { dy } else { dy + 1 }
                    }
                    (None, _) => dy,
                };
                (v(V::Season(year, s)), format!("a season, counted from the dct {dct}"))
            }
            Sem::Holiday(row) => self.holiday(*row, dct, c),
            Sem::Weekend(sh) => {
                // the weekend of the dct's ISO week, or the one before or after
                let wd = dct.weekday().to_monday_one_offset();
                let n = match sh {
                    Shift::Last => -1,
                    Shift::Next => 1,
                    Shift::This => 0,
                    Shift::None if c.tense == Tense::Future => 0,
                    // a past weekend: this week's once it has begun, else last week's
                    Shift::None => {
                        if wd >= 6 { 0 } else { -1 }
                    }
                };
                let d = add_days(dct, 7 * n);
                let val = d.map(|d| {
                    let w = d.iso_week_date();
                    V::Weekend(w.year(), w.week())
                });
                (val.and_then(v), format!("the weekend of the ISO week {n:+} from the dct {dct}'s, in {}", c))
            }
            Sem::Ref(r) => (lit(r), "a vague reference to the present, past or future".into()),
            Sem::Anaphor(u) => {
                let val = self.last.and_then(|b| coarsen(b, *u));
                match val {
                    Some(x) => (v(x), format!("the {} of the last date mentioned", u.name())),
                    None => {
                        // "the quarter" of results: the last one completed, unless the clause looks ahead
                        let x = if *u == Unit::Quarter && c.tense != Tense::Future {
                            rel(dct, Unit::Quarter, -1)
                        } else {
                            rel(dct, *u, 0)
                        };
                        (x.and_then(v), format!("the {} in context: none mentioned, so the dct's ({dct})", u.name()))
                    }
                }
            }
            Sem::Duration(count, u) => (lit(&duration_value(*count, *u)), format!("a duration in {}s", u.name())),
            Sem::Set(s) => (lit(s), "a set: a recurring time".into()),
            Sem::Part(base, p) => {
                let (day, how) = self.day_of(base.as_deref(), dct, c, *p == "NI");
                match day {
                    Some(d) => (Some((format!("{d}T{p}"), Some(V::Day(d)))), format!("part of day {p} of {how}")),
                    None => (None, "part of a day that could not be resolved".into()),
                }
            }
            Sem::Clock { base, h, m, zone } => {
                let (day, how) = self.day_of(base.as_deref(), dct, c, false);
                let z = if *zone { "Z" } else { "" };
                match day {
                    Some(d) => (Some((format!("{d}T{h:02}:{m:02}{z}"), Some(V::Day(d)))), format!("clock time on {how}")),
                    None => (None, "a clock time on a day that could not be resolved".into()),
                }
            }
            Sem::Range(a, b) => {
                let (va, ra) = self.value(a, dct, c);
                let (vb, _) = self.value(b, dct, c);
                match (va, vb) {
                    (Some((sa, xa)), Some((sb, _))) => (Some((format!("{sa}/{sb}"), xa)), format!("a range; its start: {ra}")),
                    _ => (None, "a range that could not be resolved".into()),
                }
            }
        }
    }

    /// A longer period of the year is named: the quarter is no longer the context.
    fn leave_quarter(&mut self) {
        self.last_quarter = None;
        if let Some(V::Quarter(y, _)) = self.last {
            self.last = Some(V::Year(y));
        }
    }

    /// The quarter of the year in context: the last one named, or the last one completed.
    fn context_quarter(&self, dct: Date) -> i8 {
        match self.topic_quarter {
            Some(V::Quarter(_, q)) => q,
            _ => match rel(dct, Unit::Quarter, -1) {
                Some(V::Quarter(_, q)) => q,
                _ => quarter_of(dct),
            },
        }
    }

    /// The quarter named in the last sentences moved by `n` years.
    fn quarter_back(&self, c: &Clause, n: i32) -> Option<(Val, String)> {
        let (q, at) = self.last_quarter?;
        // near it, or with no other date named since
        if c.sentence.saturating_sub(at) > QUARTER_REACH && !matches!(self.last, Some(V::Quarter(..))) {
            return None;
        }

        let x = shift(q, Unit::Year, n)?;
        Some((v(x), format!("{n:+} year(s) from {q}, the quarter it is compared with")))
    }

    /// The day a part of day or clock time belongs to: its own base, the
    /// last day named in the same sentence, or the dct (the night before it
    /// for "overnight" in a past clause).
    fn day_of(&mut self, base: Option<&Sem>, dct: Date, c: &Clause, night: bool) -> (Option<Date>, String) {
        if let Some(b) = base {
            let (val, rule) = self.value(b, dct, c);
            return match val.and_then(|x| x.1) {
                Some(V::Day(d)) => (Some(d), format!("{d} ({rule})")),
                _ => (None, rule),
            };
        }
        if let Some((d, s)) = self.last_day {
            if s == c.sentence {
                return (Some(d), format!("{d}, the day named earlier in the sentence"));
            }
        }
        if night && c.tense == Tense::Past {
            let d = add_days(dct, -1);
            return (d, format!("the night before the dct {dct} (past-tense clause)"));
        }
        (Some(dct), format!("the dct {dct}"))
    }

    fn weekday(&self, wd: i8, sh: Shift, dct: Date, c: &Clause) -> (Val, String) {
        let name = weekday_name(wd);
        let target = wd_of(wd);
        let on_or_before = || if dct.weekday() == target { Some(dct) } else { dct.nth_weekday(-1, target).ok() };
        let after = || dct.nth_weekday(1, target).ok();
        let (d, rule) = match sh {
            Shift::Last => (dct.nth_weekday(-1, target).ok(), format!("last {name}: the latest {name} before the dct {dct}")),
            Shift::Next => (after(), format!("next {name}: the first {name} after the dct {dct}")),
            Shift::This if c.tense == Tense::Past => (on_or_before(), format!("this {name} in {}: the latest {name} on or before the dct {dct}", c)),
            Shift::This => (if dct.weekday() == target { Some(dct) } else { after() }, format!("this {name}: the first {name} on or after the dct {dct}")),
            Shift::None if c.tense == Tense::Future => (after(), format!("weekday in {}: the next {name} after the dct {dct}", c)),
            Shift::None => (on_or_before(), format!("weekday in {}: the latest {name} on or before the dct {dct}", c)),
        };
        (d.and_then(|d| v(V::Day(d))), rule)
    }

    fn holiday(&self, row: u16, dct: Date, c: &Clause) -> (Val, String) {
        let list = List::DateHolidays;
        let name = list.canonical(row);
        let month_gran = list.field(row, 1) == Some("month");
        let dates = list.field(row, 2).unwrap_or("");
        let dy = dct.year();
        let cands: Vec<Date> = if dates.len() == 5 {
            let (m, d) = dates.split_once('-').unwrap_or(("1", "1"));
            let (m, d): (i8, i8) = (m.parse().unwrap_or(1), d.parse().unwrap_or(1));
            (dy - 1..=dy + 1).filter_map(|y| Date::new(y, m, d).ok()).collect()
        } else {
            // "1990: 0415 0331 …": the first year, then month and day year by
            // year; only the years around the dct's are read
            let (base, days) = dates.split_once(": ").unwrap_or(("0", ""));
            let base: i16 = base.parse().unwrap_or(0);
            days.split(' ')
                .zip(base..)
                .filter(|(_, y)| (y - dy).abs() <= 1)
                .filter_map(|(md, y)| Date::new(y, md.get(..2)?.parse().ok()?, md.get(2..)?.parse().ok()?).ok())
                .collect()
        };
        let pick = pick_of(c.tense);
        // a festival lasting weeks is "after" the dct until its month is over
        let cands: Vec<(Date, V)> = cands
            .into_iter()
            .map(|d| {
                let key = if month_gran && pick == Pick::After { d.last_of_month() } else { d };
                (key, if month_gran { V::Month(d.year(), d.month()) } else { V::Day(d) })
            })
            .collect();
        let val = choose(&cands, dct, pick);
        let rule = format!("holiday {name} in {}: the {} one {} the dct {dct}", c, pick_words(pick), pick_tail(pick));
        (val.and_then(v), rule)
    }
}

/// The period `n` units from the dct's: last week, this month, next year.
fn rel(dct: Date, u: Unit, n: i32) -> Option<V> {
    Some(match u {
        Unit::Day => V::Day(add_days(dct, n as i64)?),
        Unit::Week => week_of(add_days(dct, 7 * n as i64)?),
        Unit::Month => {
            let (y, m) = add_months(dct.year(), dct.month(), n)?;
            V::Month(y, m)
        }
        Unit::Quarter => {
            let (y, q) = add_quarters(dct.year(), quarter_of(dct), n);
            V::Quarter(y, q)
        }
        Unit::Year => V::Year(dct.year() + n as i16),
        Unit::Decade => V::Decade(dct.year() / 10 + n as i16),
        Unit::Century => V::Century(dct.year() / 100 + n as i16),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    })
}

/// A value at the precision of a unit: the year of a day, the month of a day.
fn coarsen(b: V, u: Unit) -> Option<V> {
    Some(match (b, u) {
        (V::Day(d), Unit::Day) => V::Day(d),
        (V::Day(d), Unit::Week) => week_of(d),
        (V::Day(d), Unit::Month) => V::Month(d.year(), d.month()),
        (V::Month(y, m), Unit::Month) => V::Month(y, m),
        (V::Day(d), Unit::Quarter) => V::Quarter(d.year(), quarter_of(d)),
        (V::Month(y, m), Unit::Quarter) => V::Quarter(y, (m - 1) / 3 + 1),
        (V::Quarter(y, q), Unit::Quarter) => V::Quarter(y, q),
        (V::Week(y, w), Unit::Week) => V::Week(y, w),
        (V::Day(d), Unit::Year) => V::Year(d.year()),
        (V::Month(y, _) | V::Quarter(y, _) | V::Year(y) | V::Season(y, _) | V::Half(y, _), Unit::Year) => V::Year(y),
        _ => return None,
    })
}

/// A value moved by `n` units, keeping its own precision where it is coarser.
fn shift(b: V, u: Unit, n: i32) -> Option<V> {
    Some(match (b, u) {
        (V::Day(d), Unit::Day) => V::Day(add_days(d, n as i64)?),
        (V::Day(d), Unit::Week) => V::Day(add_days(d, 7 * n as i64)?),
        (V::Day(d), Unit::Month) => V::Day(add_months_to_day(d, n)?),
        (V::Day(d), Unit::Year) => V::Day(add_months_to_day(d, n.checked_mul(12)?)?),
        (V::Month(y, m), Unit::Month) => {
            let (y, m) = add_months(y, m, n)?;
            V::Month(y, m)
        }
        (V::Month(y, m), Unit::Year) => V::Month(y + n as i16, m),
        (V::Quarter(y, q), Unit::Quarter) => {
            let (y, q) = add_quarters(y, q, n);
            V::Quarter(y, q)
        }
        (V::Quarter(y, q), Unit::Year) => V::Quarter(y + n as i16, q),
        (V::Year(y), Unit::Year) => V::Year(y + n as i16),
        (V::Week(y, w), Unit::Week) => {
            let d = jiff::civil::ISOWeekDate::new(y, w, Weekday::Monday).ok()?.date();
            week_of(add_days(d, 7 * n as i64)?)
        }
        (V::Season(y, s), Unit::Year) => V::Season(y + n as i16, s),
        _ => return None,
    })
}

