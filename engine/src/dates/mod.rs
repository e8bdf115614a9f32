//! The dates stage: temporal expressions with TIMEX3 values resolved against
//! the publication date (dct) and the tense of their clause.
//!
//! First version: weekdays (past tense → latest on or before the dct) and
//! "Month day[, year]".

pub mod dct;

use crate::document::{DateType, Span, TimeExpr, Ymd};
use crate::text::Analysis;
use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

pub const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

/// The latest `wd` on or before `dct`.
fn weekday_on_or_before(dct: Date, wd: Weekday) -> Date {
    let back = (dct.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7);
    dct.checked_sub((back as i64).days()).unwrap_or(dct)
}

pub fn run(a: &Analysis, dct: Option<Ymd>) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        let w = a.tok(i).to_lowercase();
        if a.tokens[i].is_capitalized(a.text()) {
            if let Some((_, wd)) = WEEKDAYS.iter().find(|(name, _)| *name == w) {
                let value = dct.map(|d| weekday_on_or_before(d.civil(), *wd).to_string());
                out.push(TimeExpr {
                    span: a.span_of(i, i + 1),
                    kind: DateType::Date,
                    value,
                    rule: "weekday: latest on or before the dct".into(),
                });
                i += 1;
                continue;
            }
            if let Some(m) = MONTHS.iter().position(|name| *name == w) {
                if i + 1 < n && a.tokens[i + 1].kind == crate::text::tokens::TokKind::Number {
                    if let Ok(day) = a.tok(i + 1).parse::<i8>() {
                        let mut end = i + 2;
                        let mut year = dct.map(|d| d.year);
                        if end + 1 < n && a.tok(end) == "," && a.tok(end + 1).len() == 4 {
                            year = a.tok(end + 1).parse().ok();
                            end += 2;
                        }
                        let value = year
                            .and_then(|y| Date::new(y, m as i8 + 1, day).ok())
                            .map(|d| d.to_string());
                        out.push(TimeExpr { span: a.span_of(i, end), kind: DateType::Date, value, rule: "month day".into() });
                        i = end;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    out
}

#[allow(dead_code)]
fn span(a: &Analysis, s: usize, e: usize) -> Span {
    a.span_of(s, e)
}
