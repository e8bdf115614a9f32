//! Typed views of the lexicon hits the actors and places stages read:
//! geography (countries, capitals, cities, regions, demonyms), named bodies
//! (organizations, media), titles, group heads and modifiers, name heads,
//! verbs, and the common-words list.

use crate::lexicon::{Hit, List};
use crate::text::Analysis;

/// What a geographic phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeoKind {
    Country,
    Capital,
    City,
    Region,
    /// "Russian", "Ukrainian" (adjective).
    Demonym,
    /// "Russians", "Israelis" (plural noun).
    DemonymPlural,
    /// "European", "Western": a region or bloc, never a state.
    Bloc,
}

#[derive(Debug, Clone, Copy)]
pub struct Geo {
    pub start: usize,
    pub end: usize,
    pub kind: GeoKind,
    /// Canonical country name (countries.tsv), or the bloc's name; "" when unknown.
    pub country: &'static str,
    /// Canonical name of the place itself ("Kyiv" for "Kiev").
    pub name: &'static str,
}

impl Geo {
    pub fn is_place_name(&self) -> bool {
        matches!(self.kind, GeoKind::Country | GeoKind::Capital | GeoKind::City | GeoKind::Region)
    }
}

/// Canonical country name of an ISO 3166-1 alpha-2 code.
pub fn country_of_code(code: &str) -> &'static str {
    List::Countries
        .rows()
        .iter()
        .enumerate()
        .find(|(_, r)| r.get(3) == Some(&code))
        .map(|(i, _)| List::Countries.canonical(i as u16))
        .unwrap_or("")
}

fn first_alt(field: Option<&'static str>) -> &'static str {
    field.map(|f| f.split('|').next().unwrap_or(f)).unwrap_or("")
}

fn geo_of(a: &Analysis, h: &Hit) -> Option<Geo> {
    let (start, end) = (h.start as usize, h.end as usize);
    let g = |kind, country: &'static str, name: &'static str| Some(Geo { start, end, kind, country, name });
    match h.list {
        List::Countries => g(GeoKind::Country, h.canonical(), h.canonical()),
        List::CountriesExtra => g(GeoKind::Country, h.field(1)?, h.field(1)?),
        List::Capitals => g(GeoKind::Capital, h.field(1)?, h.canonical()),
        List::Cities => {
            let c = country_of_code(h.field(1)?);
            g(GeoKind::City, c, h.canonical())
        }
        List::PlacesExtra => {
            let kind = match h.field(1)? {
                "capital" => GeoKind::Capital,
                "city" => GeoKind::City,
                _ => GeoKind::Region,
            };
            let c = h.field(2).map(country_of_code).unwrap_or("");
            g(kind, c, h.canonical())
        }
        List::Demonyms | List::DemonymsExtra => {
            let bloc = h.list == List::DemonymsExtra && h.field(2) == Some("bloc");
            let text = a.text()[a.span_of(start, end).range()].trim_end_matches('\'');
            let plural = h.alt > 0 && text.ends_with('s') && !h.canonical().ends_with('s');
            let kind = if bloc {
                GeoKind::Bloc
            } else if plural {
                GeoKind::DemonymPlural
            } else {
                GeoKind::Demonym
            };
            let c = first_alt(h.field(1));
            g(kind, c, c)
        }
        _ => None,
    }
}

/// The longest geographic phrase starting at token `i`. Countries win over
/// cities of the same length ("Georgia").
pub fn geo_at(a: &Analysis, i: usize) -> Option<Geo> {
    let mut best: Option<Geo> = None;
    for h in a.hits_at(i) {
        if let Some(g) = geo_of(a, h) {
            let better = match best {
                None => true,
                Some(b) => g.end > b.end || (g.end == b.end && rank(g.kind) < rank(b.kind)),
            };
            if better {
                best = Some(g);
            }
        }
    }
    best
}

fn rank(k: GeoKind) -> u8 {
    match k {
        GeoKind::Country => 0,
        GeoKind::DemonymPlural | GeoKind::Demonym => 1,
        GeoKind::Bloc => 2,
        GeoKind::Capital => 3,
        GeoKind::Region => 4,
        GeoKind::City => 5,
    }
}

/// A named body: organization or media outlet.
#[derive(Debug, Clone, Copy)]
pub struct Body {
    pub start: usize,
    pub end: usize,
    pub media: bool,
    pub name: &'static str,
    /// organizations.tsv type (intl, armed, seat…), "media" for outlets.
    pub kind: &'static str,
    pub affiliation: Option<&'static str>,
}

pub fn body_at(a: &Analysis, i: usize) -> Option<Body> {
    a.hits_at(i).iter().find_map(|h| {
        let (start, end) = (h.start as usize, h.end as usize);
        match h.list {
            List::Organizations => Some(Body {
                start,
                end,
                media: false,
                name: h.canonical(),
                kind: h.field(1).unwrap_or("intl"),
                affiliation: h.field(2),
            }),
            List::Media => Some(Body { start, end, media: true, name: h.canonical(), kind: "media", affiliation: h.field(1) }),
            _ => None,
        }
    })
}

/// Classes of titles (titles.tsv, field 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title {
    pub start: usize,
    pub end: usize,
    /// Role as displayed; None for honorifics.
    pub role: Option<&'static str>,
    pub class: &'static str,
}

pub fn title_at(a: &Analysis, i: usize) -> Option<Title> {
    a.hits_at(i).iter().find(|h| h.list == List::Titles).map(|h| Title {
        start: h.start as usize,
        end: h.end as usize,
        role: h.field(1),
        class: h.field(2).unwrap_or("official"),
    })
}

/// A group head noun (group_heads.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    pub start: usize,
    pub end: usize,
    pub sense: &'static str,
    /// group, member, body, bare
    pub class: &'static str,
    /// The plural form (or a singular that names many: "the military").
    pub plural: bool,
}

pub fn head_at(a: &Analysis, i: usize) -> Option<Head> {
    a.hits_at(i).iter().find(|h| h.list == List::GroupHeads).map(|h| {
        let last = a.tok(h.end as usize - 1);
        Head {
            start: h.start as usize,
            end: h.end as usize,
            sense: h.field(1).unwrap_or(""),
            class: h.field(2).unwrap_or("group"),
            plural: last.ends_with('s') && !last.ends_with("ss"),
        }
    })
}

/// A modifier word of groups (group_modifiers.tsv): Some(true) for numbers.
pub fn modifier_at(a: &Analysis, i: usize) -> Option<(usize, bool)> {
    a.hits_at(i)
        .iter()
        .find(|h| h.list == List::GroupModifiers)
        .map(|h| (h.end as usize, h.field(1) == Some("number")))
}

/// What a capitalized name ending in this word is (name_heads.tsv): org, thing, place.
pub fn name_head(a: &Analysis, i: usize) -> Option<&'static str> {
    a.hits_at(i).iter().find(|h| h.list == List::NameHeads && h.end as usize == i + 1).and_then(|h| h.field(1))
}

/// Verb class of the word at `i` (reporting_verbs.tsv): say, act, aux.
pub fn verb_at(a: &Analysis, i: usize) -> Option<&'static str> {
    a.hits_at(i).iter().find(|h| h.list == List::ReportingVerbs).and_then(|h| h.field(1))
}

static COMMON_WORDS: &str = include_str!("../lexicon/data/common_words.txt");

/// Is `word` (any case) one of the most common English words (common_words.txt)?
pub fn is_common_word(word: &str) -> bool {
    let bytes = COMMON_WORDS.as_bytes();
    let (mut lo, mut hi) = (0usize, bytes.len());
    // binary search over line starts: [lo, hi) always starts at a line start
    while lo < hi {
        let mut mid = lo + (hi - lo) / 2;
        while mid > lo && bytes[mid - 1] != b'\n' {
            mid -= 1;
        }
        let end = bytes[mid..hi].iter().position(|&b| b == b'\n').map_or(hi, |p| mid + p);
        let line = &COMMON_WORDS[mid..end];
        match cmp_lower(word, line) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => hi = mid,
            std::cmp::Ordering::Greater => lo = (end + 1).min(hi),
        }
    }
    false
}

/// Compares `word` lower-cased with `line` (already lower case), without allocating.
fn cmp_lower(word: &str, line: &str) -> std::cmp::Ordering {
    let mut w = word.chars().flat_map(char::to_lowercase);
    let mut l = line.chars();
    loop {
        match (w.next(), l.next()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) if x != y => return x.cmp(&y),
            _ => {}
        }
    }
}
