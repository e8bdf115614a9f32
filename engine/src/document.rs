//! The annotated document: the text's standoff layers.
//!
//! Every span is a pair of **byte** offsets into the text exactly as given to
//! [`crate::annotate`]. The corpus JSON (code point offsets) is produced from
//! this model by [`crate::corpus_json`].

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Provenance: which rule or list made an annotation (static in the common case).
pub type Rule = Cow<'static, str>;

/// A half-open byte range `[start, end)` into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start: start as u32, end: end as u32 }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A calendar date without time zone (the publication date).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: i16,
    pub month: i8,
    pub day: i8,
}

impl Ymd {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(s: &str) -> Option<Ymd> {
        // By hand rather than jiff's parser, whose RFC 9557 machinery would
        // cost the site ~10 KB for one fixed format.
        let b = s.trim().as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<i16> {
            b[r].iter().try_fold(0i16, |n, &c| c.is_ascii_digit().then(|| n * 10 + (c - b'0') as i16))
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let d = jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
        Some(Ymd::from_civil(d))
    }
    pub fn from_civil(d: jiff::civil::Date) -> Ymd {
        Ymd { year: d.year(), month: d.month(), day: d.day() }
    }
    pub fn civil(self) -> jiff::civil::Date {
        // Not `jiff::civil::date`, whose panic message would link jiff's whole
        // error formatting (~40 KB of wasm); a Ymd is checked when parsed.
        jiff::civil::Date::new(self.year, self.month, self.day).unwrap_or_default()
    }
}

impl std::fmt::Display for Ymd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Ymd {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Ymd {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ymd::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a date: {s:?}")))
    }
}

/// Where the publication date (document creation time) came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum DctSource {
    /// Given by the caller (`--dct`, the page's date field).
    Given,
    /// Found in the text: `rule` names the pattern ("dateline", "updated", …)
    /// and `span` is where it was read.
    Detected { rule: Rule, span: Span },
    /// Nothing found and nothing given: the caller's fallback date was used.
    Assumed,
    /// Nothing found, nothing given, no fallback: relative dates stay unresolved.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    State,
    Organization,
    Group,
    Media,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
            ActorKind::Media => "media",
        }
    }
    pub const ALL: [ActorKind; 5] = [
        ActorKind::Person,
        ActorKind::State,
        ActorKind::Organization,
        ActorKind::Group,
        ActorKind::Media,
    ];
}

/// One party: all its mentions merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// `A1`, `A2`, … in order of first mention.
    pub id: String,
    /// Fullest proper form seen in the text.
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// In text order.
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    /// Why this mention exists (lexicon list, rule name), for the page and tests.
    pub rule: Rule,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub span: Span,
    /// Canonical name when the lexicon knows it ("Kyiv" for "KYIV", "Kiev").
    pub name: String,
    pub rule: Rule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateType {
    Date,
    Time,
    Duration,
    Set,
}

impl DateType {
    pub fn as_str(self) -> &'static str {
        match self {
            DateType::Date => "date",
            DateType::Time => "time",
            DateType::Duration => "duration",
            DateType::Set => "set",
        }
    }
}

/// A temporal expression with its TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: DateType,
    /// TIMEX3 value (`2022-02-28`, `P23D`, `PRESENT_REF`…), `None` if unresolved.
    pub value: Option<String>,
    /// How the value was found, e.g. "weekday, past tense: latest on or before the dct".
    pub rule: Rule,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DemandKind {
    Demand,
    Proposal,
    Condition,
    Refusal,
}

impl DemandKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DemandKind::Demand => "demand",
            DemandKind::Proposal => "proposal",
            DemandKind::Condition => "condition",
            DemandKind::Refusal => "refusal",
        }
    }
    pub const ALL: [DemandKind; 4] =
        [DemandKind::Demand, DemandKind::Proposal, DemandKind::Condition, DemandKind::Refusal];
}

/// A position an actor takes: `holder` `trigger`s `span` (the content) of `addressee`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Demand {
    /// The content: what is demanded, proposed, set as condition or refused.
    pub span: Span,
    pub trigger: Span,
    pub kind: DemandKind,
    /// Actor id.
    pub holder: Option<String>,
    /// Actor id.
    pub addressee: Option<String>,
    pub rule: Rule,
}

/// The annotation of one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The publication date the dates were resolved against.
    pub dct: Option<Ymd>,
    pub dct_source: DctSource,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub dates: Vec<TimeExpr>,
    pub demands: Vec<Demand>,
}

impl Document {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
}
