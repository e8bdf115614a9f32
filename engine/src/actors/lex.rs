//! Typed views of the lexicon hits the actors and places stages read:
//! geography (countries, capitals, cities, regions, demonyms), named bodies
//! (organizations, media), titles, group heads and modifiers, name heads,
//! verbs, and the common-words list.

use crate::lexicon::{Hit, List};
use crate::text::tokens::{Case, TokKind};
use crate::text::Analysis;
use crate::fast_hash::{self, BuildFx};
use std::collections::HashMap;

/// What the lexicons say about one token (as the start of a phrase).
/// Indices (plus one; 0 = none) into the View's phrase tables keep this small.
#[derive(Debug, Clone, Copy, Default)]
struct TokInfo {
    geo: u16,
    body: u16,
    title: u16,
    head: u16,
    modifier: Option<(u32, bool)>,
    verb: Option<&'static str>,
    name_head: Option<&'static str>,
    /// A capitalized token that is a common word, function word or date word.
    common: bool,
    function: bool,
    /// A word starting with a capital ([`super::words::is_cap`]).
    cap: bool,
}

/// The analysis with every lexicon lookup done once: the actors and places
/// stages ask the same questions about a token many times.
pub struct View<'a> {
    pub a: &'a Analysis,
    info: Vec<TokInfo>,
    geos: Vec<Geo>,
    bodies: Vec<Body>,
    titles: Vec<Title>,
    heads: Vec<Head>,
    /// Where each token's text occurs in the text; indexed at the first question.
    counts: std::cell::OnceCell<Occurrences>,
}

/// Words the occurrence index holds: those starting with a capital or a
/// non-ASCII letter, the only ones asked about (acronyms, names); the many
/// lower-case words and punctuation are left out.
fn indexed(w: &str) -> bool {
    w.as_bytes().first().is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii())
}

/// The tokens of each text (see [`indexed`]): by the text's hash, its first token, its last
/// token and how many there are; `next[k]`, the next token after `k` with
/// the same hash (`u32::MAX`: none).
#[derive(Default)]
struct Occurrences {
    by_hash: HashMap<u64, (u32, u32, u32), BuildFx>,
    next: Vec<u32>,
}

/// The tables of the last view built, kept for the next stage over the same
/// text (the places stage runs right after the actors stage).
struct Kept {
    hash: u64,
    info: Vec<TokInfo>,
    geos: Vec<Geo>,
    bodies: Vec<Body>,
    titles: Vec<Title>,
    heads: Vec<Head>,
}

thread_local! {
    static KEPT: std::cell::RefCell<Option<Kept>> = const { std::cell::RefCell::new(None) };
}

/// The same text gives the same analysis.
fn text_hash(a: &Analysis) -> u64 {
    fast_hash::hash(a.text())
}

impl<'a> View<'a> {
    /// Hands the tables over to the next stage reading the same text.
    pub fn keep(self) {
        let kept = Kept { hash: text_hash(self.a), info: self.info, geos: self.geos, bodies: self.bodies, titles: self.titles, heads: self.heads };
        KEPT.with(|k| *k.borrow_mut() = Some(kept));
    }

    /// How many tokens of the text read exactly as token `i` does.
    pub fn count_at(&self, i: usize) -> u32 {
        let w = self.a.tok(i);
        if !indexed(w) {
            return self.a.tokens.iter().filter(|t| t.text(self.a.text()) == w).count() as u32;
        }
        self.occurrences().by_hash.get(&fast_hash::hash(w)).map_or(0, |o| o.2)
    }

    fn occurrences(&self) -> &Occurrences {
        self.counts.get_or_init(|| {
            let n = self.a.tokens.len();
            let mut by_hash: HashMap<u64, (u32, u32, u32), BuildFx> = HashMap::with_capacity_and_hasher(n / 4, BuildFx);
            let mut next = vec![u32::MAX; n];
            let text = self.a.text();
            for (k, t) in self.a.tokens.iter().enumerate() {
                // `indexed` on the first byte, the token sliced only when it is
                if !text.as_bytes().get(t.start as usize).is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
                    continue;
                }
                let o = by_hash.entry(fast_hash::hash(t.text(text))).or_insert((k as u32, k as u32, 0));
                if o.2 > 0 {
                    next[o.1 as usize] = k as u32;
                }
                o.1 = k as u32;
                o.2 += 1;
            }
            Occurrences { by_hash, next }
        })
    }

    /// The tokens from `first` on with the same hash, in order.
    fn chain(&self, first: u32) -> impl Iterator<Item = usize> + '_ {
        let next = &self.occurrences().next;
        std::iter::successors(Some(first).filter(|&k| k != u32::MAX), move |&k| Some(next[k as usize]).filter(|&k| k != u32::MAX)).map(|k| k as usize)
    }

    /// Token `i` and the later tokens that read as it does, in order.
    pub fn same_from(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let w = self.a.tok(i);
        let n = self.a.tokens.len();
        // (a word the index leaves out: the tokens read one by one)
        let (first, scan) = if indexed(w) { (i as u32, n..n) } else { (u32::MAX, i..n) };
        self.chain(first).chain(scan).filter(move |&k| self.a.tok(k) == w)
    }

    /// The tokens that read exactly `w`, in order.
    pub fn reading<'s>(&'s self, w: &'s str) -> impl Iterator<Item = usize> + 's {
        let n = self.a.tokens.len();
        let (first, scan) = if indexed(w) { (self.occurrences().by_hash.get(&fast_hash::hash(w)).map_or(u32::MAX, |o| o.0), n..n) } else { (u32::MAX, 0..n) };
        self.chain(first).chain(scan).filter(move |&k| self.a.tok(k) == w)
    }

    /// The view kept by the stage before when it read this text, else a new one.
    pub fn reuse_or_new(a: &'a Analysis) -> View<'a> {
        let hash = text_hash(a);
        let kept = KEPT.with(|k| k.borrow_mut().take());
        match kept {
            Some(k) if k.hash == hash && k.info.len() == a.tokens.len() => {
                View { a, info: k.info, geos: k.geos, bodies: k.bodies, titles: k.titles, heads: k.heads, counts: Default::default() }
            }
            _ => View::new(a),
        }
    }
}

impl std::ops::Deref for View<'_> {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        self.a
    }
}

impl<'a> View<'a> {
    pub fn new(a: &'a Analysis) -> View<'a> {
        let n = a.tokens.len();
        let mut info = vec![TokInfo::default(); n];
        // (sized for a news article's phrases: they would grow a few times)
        let (mut geos, mut bodies, mut titles, mut heads) = (Vec::with_capacity(32), Vec::with_capacity(16), Vec::with_capacity(16), Vec::with_capacity(16));
        let slot = |v: usize| v as u16;
        // one pass over the hits; at each start the longest of a list comes first
        for h in &a.hits {
            let start = h.start as usize;
            let t = &mut info[start];
            match h.list {
                List::Countries | List::CountriesExtra | List::Capitals | List::PlacesExtra | List::Demonyms | List::DemonymsExtra | List::Breakaway => {
                    if let Some(g) = geo_of(a, h) {
                        if t.geo == 0 {
                            geos.push(g);
                            t.geo = slot(geos.len());
                        } else {
                            let b: &mut Geo = &mut geos[t.geo as usize - 1];
                            if g.end > b.end || (g.end == b.end && rank(g.kind) < rank(b.kind)) {
                                *b = g;
                            }
                        }
                    }
                }
                List::Organizations | List::Media if t.body == 0 => {
                    if let Some(b) = body_of(h) {
                        bodies.push(b);
                        t.body = slot(bodies.len());
                    }
                }
                List::Titles if t.title == 0 => {
                    titles.push(title_of(h));
                    t.title = slot(titles.len());
                }
                List::GroupHeads if t.head == 0 => {
                    heads.push(head_of(a, h));
                    t.head = slot(heads.len());
                }
                List::GroupModifiers if t.modifier.is_none() => t.modifier = Some((h.end, h.field(1) == Some("number"))),
                List::ReportingVerbs if t.verb.is_none() => t.verb = h.field(1),
                List::NameHeads if h.end == h.start + 1 => t.name_head = h.field(1),
                _ => {}
            }
        }
        for (k, tok) in a.tokens.iter().enumerate() {
            info[k].cap = tok.is_word() && tok.is_capitalized(a.text());
            if tok.kind != TokKind::Word || tok.case == Case::Lower {
                continue;
            }
            let function = super::words::in_at(a, k, super::words::FUNCTION_WORDS);
            info[k].function = function;
            if tok.case != Case::Lower {
                // (`is_common_word` of the token's lower-cased form, at hand)
                info[k].common = function || super::words::in_at(a, k, super::words::MONTHS_AND_DAYS) || common_words().contains(a.lower(k));
            }
            // cities from the gazetteer, where no longer or equal phrase starts here
            // a common word starts a city's name only before another capital ("New York")
            // "PORT-AU-PRINCE": a hyphenated name too
            let next_cap = a.tokens.get(k + 1).is_some_and(|t| (t.case == Case::Title && t.newlines_before == 0) || (a.tok(k + 1) == "-" && !t.space_before));
            if (info[k].common && !next_cap) || (info[k].geo != 0 && geos[info[k].geo as usize - 1].kind == GeoKind::Country) {
                continue;
            }
            if let Some(city) = city_at(a, k) {
                let slot_geo = info[k].geo;
                let keep = slot_geo != 0 && geos[slot_geo as usize - 1].end >= city.end;
                if !keep {
                    if slot_geo == 0 {
                        geos.push(city);
                        info[k].geo = slot(geos.len());
                    } else {
                        geos[slot_geo as usize - 1] = city;
                    }
                }
            }

        }
        View { a, info, geos, bodies, titles, heads, counts: Default::default() }
    }
}

fn pick<T: Copy>(table: &[T], slot: u16) -> Option<T> {
    slot.checked_sub(1).map(|k| table[k as usize])
}
pub fn geo_at(v: &View, i: usize) -> Option<Geo> {
    v.info.get(i).and_then(|t| pick(&v.geos, t.geo))
}
pub fn body_at(v: &View, i: usize) -> Option<Body> {
    v.info.get(i).and_then(|t| pick(&v.bodies, t.body))
}
pub fn title_at(v: &View, i: usize) -> Option<Title> {
    v.info.get(i).and_then(|t| pick(&v.titles, t.title))
}
pub fn head_at(v: &View, i: usize) -> Option<Head> {
    v.info.get(i).and_then(|t| pick(&v.heads, t.head))
}
pub fn modifier_at(v: &View, i: usize) -> Option<(usize, bool)> {
    v.info.get(i).and_then(|t| t.modifier.map(|(e, n)| (e as usize, n)))
}
pub fn name_head(v: &View, i: usize) -> Option<&'static str> {
    v.info.get(i).and_then(|t| t.name_head)
}
pub fn verb_at(v: &View, i: usize) -> Option<&'static str> {
    v.info.get(i).and_then(|t| t.verb)
}
/// A capitalized common word (or function or date word); lower-case words count as common.
pub fn common_at(v: &View, i: usize) -> bool {
    v.info.get(i).is_some_and(|t| t.common || (v.a.tokens[i].case == Case::Lower))
}
/// A word starting with a capital (found once per token).
#[inline]
pub fn cap_at(v: &View, i: usize) -> bool {
    v.info[i].cap
}
pub fn function_at(v: &View, i: usize) -> bool {
    v.info.get(i).is_some_and(|t| t.function)
}

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

/// The canonical name of a country given by its canonical name (as a
/// `'static` string), if it is one.
pub fn country_named(name: &str) -> Option<&'static str> {
    List::Countries.rows().iter().enumerate().find(|(i, _)| List::Countries.canonical(*i as u16) == name).map(|(i, _)| List::Countries.canonical(i as u16))
}

/// Whether a country's official name makes it a kingdom ("Kingdom of Morocco").
pub fn is_kingdom(name: &str) -> bool {
    List::Countries.rows().iter().enumerate().any(|(i, r)| List::Countries.canonical(i as u16) == name && r[0].contains("Kingdom"))
}

/// Whether a state is a de-facto state of breakaway.tsv ("Abkhazia").
pub fn is_breakaway(name: &str) -> bool {
    (0..List::Breakaway.rows().len()).any(|i| List::Breakaway.field(i as u16, 1) == Some("state") && List::Breakaway.canonical(i as u16) == name)
}

/// Canonical country name of an ISO 3166-1 alpha-2 code.
pub fn country_of_code(code: &str) -> &'static str {
    // (code, name) sorted by code, built once per process from countries.tsv
    static BY_CODE: std::sync::OnceLock<Vec<(&'static str, &'static str)>> = std::sync::OnceLock::new();
    let table = BY_CODE.get_or_init(|| {
        let mut v: Vec<(&'static str, &'static str)> = List::Countries
            .rows()
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((*r.get(3)?, List::Countries.canonical(i as u16))))
            .collect();
        crate::sort::sort_by(&mut v, Ord::cmp);
        v
    });
    table.binary_search_by(|(c, _)| (*c).cmp(code)).map(|i| table[i].1).unwrap_or("")
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
        List::PlacesExtra => {
            let kind = match h.field(1)? {
                "capital" => GeoKind::Capital,
                "city" => GeoKind::City,
                _ => GeoKind::Region,
            };
            let c = h.field(2).map(country_of_code).unwrap_or("");
            g(kind, c, h.canonical())
        }
        // de-facto states: the state row is a country, its seat a capital
        List::Breakaway => match h.field(1)? {
            "state" => g(GeoKind::Country, h.canonical(), h.canonical()),
            "capital" => g(GeoKind::Capital, h.field(2)?, h.canonical()),
            _ => {
                let text = a.text()[a.span_of(start, end).range()].trim_end_matches('\'');
                let kind = if text.ends_with('s') && !h.canonical().ends_with('s') { GeoKind::DemonymPlural } else { GeoKind::Demonym };
                g(kind, h.field(2)?, h.field(2)?)
            }
        },
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

fn body_of(h: &Hit) -> Option<Body> {
    {
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
    }
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

fn title_of(h: &Hit) -> Title {
    Title { start: h.start as usize, end: h.end as usize, role: h.field(1), class: h.field(2).unwrap_or("official") }
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

fn head_of(a: &Analysis, h: &Hit) -> Head {
    let last = a.tok(h.end as usize - 1);
    Head {
        start: h.start as usize,
        end: h.end as usize,
        sense: h.field(1).unwrap_or(""),
        class: h.field(2).unwrap_or("group"),
        plural: last.ends_with('s') && !last.ends_with("ss"),
    }
}




/// cities.txt, `Name<TAB>CC` lines sorted by lower-case name.
fn cities() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| crate::lexicon::front_decoded(include_bytes!(concat!(env!("OUT_DIR"), "/cities.front"))))
}

/// The longest city of cities.txt (`Name<TAB>CC` lines) whose name starts
/// at token `i`.
fn city_at(a: &Analysis, i: usize) -> Option<Geo> {
    let text = a.text();
    let from = a.tokens[i].start as usize;
    let rest = &text[from..];
    let caps = a.tokens[i].case == Case::Upper;
    // the lines by the lower-cased first token of their name, built once per
    // process: a city can only start where its first token does
    static BY_FIRST: std::sync::OnceLock<HashMap<String, Vec<(u32, u32)>, BuildFx>> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut map: HashMap<String, Vec<(u32, u32)>, BuildFx> = HashMap::with_hasher(BuildFx);
        let mut at = 0;
        for line in cities().lines() {
            let name = line.split('\t').next().unwrap_or(line);
            if let Some(t) = crate::text::tokens::tokenize(name).first() {
                map.entry(crate::text::case::lower(t.text(name))).or_default().push((at as u32, (at + line.len()) as u32));
            }
            at += line.len() + 1;
        }
        map
    });
    let Some(lines) = by_first.get(a.lower(i)) else { return None };
    let text = cities();
    let mut best: Option<Geo> = None;
    for &(s, e) in lines {
        let (name, cc) = text[s as usize..e as usize].split_once('\t')?;
        let matches = if caps { rest.get(..name.len()).is_some_and(|r| r.eq_ignore_ascii_case(name)) } else { rest.starts_with(name) };
        // `rest` may differ from `name` after the match: never slice it blindly
        let after = rest.get(name.len()..).and_then(|r| r.chars().next());
        if matches && !after.is_some_and(char::is_alphanumeric) {
            let end_byte = (from + name.len()) as u32;
            let end = (i..a.tokens.len()).find(|&k| a.tokens[k].end >= end_byte).map_or(i + 1, |k| k + 1);
            if best.is_none_or(|b| end > b.end) {
                let name: &'static str = name;
                best = Some(Geo { start: i, end, kind: GeoKind::City, country: country_of_code(cc), name });
            }
        }
    }
    best
}


/// Is `word` (any case) one of the most common English words (common_words.txt)?
pub fn is_common_word(word: &str) -> bool {
    let set = common_words();
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| set.contains(w))
    } else {
        set.contains(crate::text::case::lower(word).as_str())
    }
}

/// common_words.txt as a hash set of its lines, built once per process.
fn common_words() -> &'static std::collections::HashSet<&'static str, BuildFx> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, BuildFx>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let words: &'static str = crate::lexicon::front_decoded(include_bytes!(concat!(env!("OUT_DIR"), "/common_words.front"))).leak();
        words.lines().collect()
    })
}
