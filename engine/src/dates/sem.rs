//! What a recognized temporal expression means, before it is resolved
//! against the publication date: the meeting point of `recognize` (which
//! builds these) and `normalize` (which turns them into TIMEX3 values).

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// From the unit code of `date_units.tsv`; the second value multiplies the
    /// count (a fortnight is two weeks), `None` = an unknown count (generations).
    pub fn from_code(code: &str) -> Option<(Unit, Option<u32>)> {
        Some(match code {
            "second" => (Unit::Second, Some(1)),
            "minute" => (Unit::Minute, Some(1)),
            "hour" => (Unit::Hour, Some(1)),
            "day" => (Unit::Day, Some(1)),
            "week" => (Unit::Week, Some(1)),
            "fortnight" => (Unit::Week, Some(2)),
            "month" => (Unit::Month, Some(1)),
            "quarter" => (Unit::Quarter, Some(1)),
            "year" => (Unit::Year, Some(1)),
            "decade" => (Unit::Decade, Some(1)),
            "century" => (Unit::Century, Some(1)),
            "generation" => (Unit::Year, None),
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }
}

/// A count of units: a number, or unknown ("several", "hours": TIMEX3 `X`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    N(u32),
    /// `n` and a half ("a minute and a half", "half an hour" = 0 and a half).
    Half(u32),
    X,
}

/// Which one of a repeated day or period: "last Monday", "next week".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// No word: the tense decides.
    None,
    Last,
    This,
    Next,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// A month-based date; `y: None` = the year is inferred from the dct and
    /// the tense; `d: None` = the whole month.
    Cal { y: Option<i16>, m: i8, d: Option<i8> },
    /// "last May", "next March", "this September": a month of the previous,
    /// next or current calendar year.
    MonthOf(i8, Shift),
    /// "the 28th": a day of a month left unsaid.
    DayOfMonth(i8),
    Year(i16),
    /// "the 1990s" = 199.
    Decade(i16),
    /// "the 20th century" = 19.
    Century(i16),
    /// ISO weekday 1..=7.
    Weekday(i8, Shift),
    /// A day counted from the dct: today 0, yesterday -1.
    DayRel(i32),
    /// This, last or next week, month, year…: the period `n` units from the dct's.
    Rel(Unit, i32),
    /// "two years ago" (`n` < 0), "in two days" (`n` > 0): a date at the unit's granularity.
    Ago(Unit, Count, i32),
    /// "a year earlier": relative to the last date mentioned, at its granularity.
    Earlier(Unit, i32),
    /// "the following year", "the previous month": the unit after or before
    /// the one of the last date mentioned, at the unit's granularity.
    Following(Unit, i32),
    /// `q: None` with a year: the quarter in context of that year ("the 1988 quarter").
    Quarter { y: Option<i16>, q: Option<i8> },
    /// "the weekend" (TIMEX3 2022-W09-WE).
    Weekend(Shift),
    Half { y: Option<i16>, h: i8 },
    Season { y: Option<i16>, s: &'static str, shift: Shift },
    /// A row of `date_holidays.tsv`.
    Holiday(u16),
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// "that month", "the quarter", "the same day": the last such period mentioned.
    Anaphor(Unit),
    Duration(Count, Unit),
    /// A TIMEX3 set value (`P1D`, `XXXX-WXX-1`).
    Set(String),
    /// A part of a day (`EV`, `MO`…): of `base`, or of the day in context.
    Part(Option<Box<Sem>>, &'static str),
    /// A clock time on `base` (or the day in context); `zone` = GMT/UTC.
    Clock { base: Option<Box<Sem>>, h: i8, m: i8, zone: bool },
    /// From one date to another ("June 15-16").
    Range(Box<Sem>, Box<Sem>),
    /// The ISO week of a day: "the week of March 6", "Easter week".
    WeekOf(Box<Sem>),
    /// A date without a year in a year counted from the dct's: "January this
    /// year" (0), "June last year" (-1).
    InYear(Box<Sem>, i16),
    /// A quarter of a year counted from the dct's ("next year's first
    /// quarter"); `q: None` = the quarter in context ("last year's quarter").
    QuarterRel { years: i16, q: Option<i8> },
    /// "the quarter ended Sept. 30": the quarter of that day.
    QuarterEnding(Box<Sem>),
}
