//! The places stage: locations where things happen. Countries and capitals
//! the actors stage did not take as parties, cities and regions from the
//! lexicons, and unknown names in a place's position: after a locative
//! preposition ("in Kagara"), before a place word ("Jeju Island", "the
//! Buergenstock resort"), in a list after a place ("Kagara, Niger State"),
//! before "-based" ("Kaduna-based").

use crate::actors::geo;
use crate::actors::lex::{self, function_at, GeoKind};
use crate::actors::words::*;
use crate::document::{Actor, Place, Span};
use crate::text::tokens::TokKind;
use crate::actors::lex::View;

/// Lower-case nouns after a name that make it a place ("the Buergenstock resort").
const PLACE_NOUNS: &[&str] = &[
    "airport", "area", "base", "border", "camp", "checkpoint", "city", "complex", "counties",
    "county", "crossing", "crossings", "dam", "district", "districts", "enclave", "exclave",
    "facility", "field", "governorate", "hospital", "island", "mine", "municipality",
    "neighborhood", "neighbourhood", "oblast", "plant", "port", "post", "province", "provinces",
    "refinery", "region", "regions", "resort", "river", "settlement", "site", "state", "terminal",
    "town", "valley", "village",
];

/// Lower-case words between a name and its place noun ("the Vorukh water
/// facility", "the Kessa border post").
const PLACE_NOUN_MODIFIERS: &[&str] = &["air", "border", "gas", "military", "naval", "oil", "power", "refugee", "water"];

/// Verbs whose object, an unknown name, is a place held or taken ("as it
/// defended Badme", "the rebels seized Kessa").
const HOLD_OR_TAKE: &[&str] = &["besieged", "captured", "defended", "overran", "recaptured", "retook", "seized", "shelled"];

/// Events named after where they happened ("the Komanda attack").
const EVENT_NOUNS: &[&str] = &["ambush", "attack", "bombing", "clashes", "killings", "massacre", "raid", "siege", "shelling", "strike"];

/// A place noun at `e`, maybe after a modifier: "crossing", "water facility".
fn place_noun_at(a: &View, e: usize) -> bool {
    let k = if tok_in(a, e, PLACE_NOUN_MODIFIERS) && e + 1 < a.tokens.len() { e + 1 } else { e };
    k < a.tokens.len() && is_lower_word(a, k) && tok_in(a, k, PLACE_NOUNS)
}

/// "the Torkham and Chaman crossings": names coordinated before a plural
/// place noun; `e` ends the first name.
fn coordinated_before_place_noun(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    if !(e + 1 < n && tok_in(a, e, &["and", "or"]) && is_cap(a, e + 1)) {
        return false;
    }
    let mut k = e + 1;
    while k < n && k < e + 4 && is_cap(a, k) && a.tokens[k].newlines_before == 0 {
        k += 1;
    }
    place_noun_at(a, k)
}

/// First words of a news agency's credit line in parentheses ("(Reporting by …").
const CREDIT_WORDS: &[&str] = &["Additional", "Compiled", "Editing", "Reporting", "Writing"];

/// Particles inside place names ("Lanao del Sur", "Cabo de Hornos").
const PLACE_PARTICLES: &[&str] = &["al", "da", "das", "de", "del", "do", "dos", "du", "el", "la", "las", "los"];

pub fn run(a: &crate::text::Analysis, actors: &[Actor]) -> Vec<Place> {
    let view = View::reuse_or_new(a);
    let a = &view;
    let mut taken: Vec<Span> = actors.iter().flat_map(|x| x.mentions.iter().map(|m| m.span)).collect();
    crate::sort::sort_by_position(&mut taken, a.text().len() / 8 + 1, |s| (s.start as usize / 8, (u64::from(s.start) << 32) | u64::from(s.end)));
    let overlaps = |taken: &[Span], s: Span| {
        let i = taken.partition_point(|t| t.end <= s.start);
        taken.get(i).is_some_and(|t| t.overlaps(s))
    };
    // (an opinion piece's closing author's note locates nothing)
    let n = geo::author_note(a).map_or(a.tokens.len(), |(s, _)| s);
    let mut out: Vec<Place> = Vec::new();
    let mut i = 0;
    while i < n {
        // (`cap_at` inline: this runs at every token)
        if !lex::cap_at(a, i) {
            i += 1;
            continue;
        }
        // "(Reporting by A in Lima; Editing by B)": a credit line locates no event
        if i > 0 && tok_is(a, i - 1, "(") && tok_in(a, i, CREDIT_WORDS) {
            while i < n && a.tok(i) != ")" && a.tokens[i].newlines_before == 0 {
                i += 1;
            }
            continue;
        }
        if let Some(g) = lex::geo_at(a, i).filter(|g| g.is_place_name()) {
            let mut e = g.end;
            // "Niger State", "Jeju Island": the place word belongs to the name
            if e < n && is_cap(a, e) && lex::name_head(a, e) == Some("place") && a.tokens[e].newlines_before == 0 {
                e += 1;
            }
            let span = a.span_of(g.start, e);
            // "Kyiv Independent", and "Khartoum time" (a clock, not a location)
            let modifier = (e == g.end && e < n && is_cap(a, e) && a.tokens[e].newlines_before == 0 && !geo::is_date_word(a, e) && lex::geo_at(a, e).is_none()) || (e < n && tok_is(a, e, "time"));
            if !overlaps(&taken, span) && !modifier && geo::role(a, &g) != geo::Role::Neither {
                out.push(Place { span, name: if e == g.end { g.name.to_string() } else { a.text()[span.range()].to_string() }, rule: "gazetteer".into() });
            }
            i = e;
            continue;
        }
        // an unknown capitalized name (not starting with a function word: "While Kyiv")
        // (`function_at` answers for the words the view tested: capitalized, not acronyms)
        if function_at(a, i) || (a.tokens[i].kind != TokKind::Word && tok_in(a, i, FUNCTION_WORDS)) {
            i += 1;
            continue;
        }
        // a headline's verb ends a name and is none: "Insurgents Strike Macomia"
        let headline = in_headline(a, i);
        // (a headline's preposition: "… Supply Boat Near Second Thomas Shoal")
        let preposition = |k: usize| headline && tok_in(a, k, HEADLINE_PREPOSITIONS);
        if headline && (geo::attack_verb(a, i) || preposition(i)) {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i;
        // (a gazetteer name ends the run, unless a particle joins it: "Mocímboa da Praia")
        // ("Grand Ethiopian Renaissance Dam": a demonym inside a name with a place head)
        let inner_demonym = |e: usize| e > s && lex::geo_at(a, e).is_some_and(|g| g.kind == GeoKind::Demonym && g.end == e + 1) && named_place_ahead(a, e + 1);
        // ("Lake Chad", "Mount Lebanon": a country's name inside a place's)
        let landform = |e: usize| e == s + 1 && tok_in(a, s, geo::LANDFORMS);
        while e < n && is_cap(a, e) && (e == s || a.tokens[e].newlines_before == 0) && (e == s || lex::geo_at(a, e).is_none() || tok_in(a, e - 1, PLACE_PARTICLES) || inner_demonym(e) || landform(e)) && !(e > s && headline && (geo::attack_verb(a, e) || preposition(e))) {
            e += 1;
            while e + 1 < n && a.tok(e) == "-" && !a.tokens[e].space_before && !a.tokens[e + 1].space_before && is_word(a, e + 1) && a.tok(e + 1) != "based" {
                e += 2;
            }
            // "Lanao del Sur", "Rio de Oro": a particle inside the name
            if e + 1 < n && is_lower_word(a, e) && tok_in(a, e, PLACE_PARTICLES) && is_title_case(a, e + 1) && a.tokens[e + 1].newlines_before == 0 {
                e += 1;
            }
        }
        // "Line of Actual Control", "Strait of Tiran": a place head, "of (the)", a name
        let mut head_of = false;
        if e == s + 1 && lex::name_head(a, s) == Some("place") && e + 1 < n && tok_is(a, e, "of") {
            let mut k = e + 1;
            if tok_is(a, k, "the") {
                k += 1;
            }
            let mut end = k;
            while end < n && is_cap(a, end) && a.tokens[end].newlines_before == 0 && !tok_in(a, end, FUNCTION_WORDS) {
                end += 1;
            }
            if end > k {
                e = end;
                head_of = true;
            }
        }
        i = e.max(s + 1);
        if e == s || (e == s + 1 && a.tok(s).chars().count() < 2) {
            continue;
        }
        // "the Commander in Chief": a title word, no place
        if e == s + 1 && lex::title_at(a, s).is_some() {
            continue;
        }
        // "English-speaking", "Tamil-majority": an adjective, not a name
        if e >= s + 3 && is_lower_word(a, e - 1) && a.tok(e - 2) == "-" {
            continue;
        }
        let span = a.span_of(s, e);
        if overlaps(&taken, span) || (s..e).any(|k| geo::is_date_word(a, k) || lex::geo_at(a, k).is_some_and(|g| !g.is_place_name() && !inner_demonym(k)) || (tok_in(a, k, FUNCTION_WORDS) && !((head_of || k > s) && is_lower_word(a, k)))) {
            continue;
        }
        if (s..e).any(|k| a.tokens[k].kind == TokKind::Acronym || is_acronym(a, k)) {
            continue;
        }
        let last_head = lex::name_head(a, e - 1);
        let by_head = (last_head == Some("place") && e - s >= 2) || head_of;
        // ("the Buergenstock resort", "patrols on Kuyu river")
        let noun_after = (e < n && tok_in(a, e, PLACE_NOUNS) && s > 0 && (tok_is(a, s - 1, "the") || (geo::locative_before(a, s) && !sentence_initial(a, s)))) || (!sentence_initial(a, s) && crate::actors::names::place_context(a, s, e));
        // "the Vorukh water facility", "the Torkham and Chaman crossings" (both names)
        let noun_after = noun_after || (e < n && s > 0 && tok_is(a, s - 1, "the") && (place_noun_at(a, e) || coordinated_before_place_noun(a, e)))
            || (s >= 2 && tok_in(a, s - 1, &["and", "or"]) && place_noun_at(a, e) && out.last().is_some_and(|p| p.span.end == a.tokens[s - 2].end));
        // "the Komanda attack": a name before an event that happened there
        // ("Israel strikes near Damascus after Sweida clashes")
        let event = e == s + 1 && s > 0 && (tok_is(a, s - 1, "the") || tok_in(a, s - 1, &["after", "since", "amid", "during", "before"])) && e < n && is_lower_word(a, e) && tok_in(a, e, EVENT_NOUNS) && !is_common(a, s);
        // "as it defended Badme", "the rebels seized Kessa"
        let held = s > 0 && tok_in(a, s - 1, HOLD_OR_TAKE) && !in_headline(a, s) && e - s <= 2;
        // "Kessa has seen a low-level insurgency", "Kessa has been hit by floods"
        let seen = e + 2 < n && tok_is(a, e, "has") && (tok_in(a, e + 1, &["seen", "witnessed", "suffered"]) || (tok_is(a, e + 1, "been") && tok_in(a, e + 2, &["hit", "struck", "plagued", "gripped", "rocked"]))) && last_head.is_none_or(|h| h == "place");
        // ("the prefectures of Ouham-Pendé, …", "the fishermen of Zambales")
        let city_of = s >= 2 && tok_is(a, s - 1, "of") && tok_in(a, s - 2, &["city", "town", "village", "region", "province", "capital", "port", "towns", "villages", "regions", "provinces", "prefecture", "prefectures", "districts", "district", "fishermen", "villagers", "residents", "inhabitants"]);
        let based = e + 2 < n && a.tok(e) == "-" && tok_is(a, e + 1, "based");
        // (not before a title: "In Washington, Pentagon spokesman X")
        let listed = s >= 2 && tok_is(a, s - 1, ",") && out.last().is_some_and(|p| p.span.end == a.tokens[s - 2].end) && lex::title_at(a, s).is_none() && lex::title_at(a, e).is_none();
        // "Nduga, Intan Jaya and Puncak", "Palawan and Zambales": the last of a
        // list of places, where the list or the sentence goes on
        let list_end = e >= n || matches!(a.tok(e), "," | "." | ";" | ":" | ")") || tok_in(a, e, &["and", "or"]) || place_noun_at(a, e);
        let listed = listed || (s >= 2 && tok_in(a, s - 1, &["and", "or"]) && e - s <= 3 && list_end && out.last().is_some_and(|p| p.span.end == a.tokens[s - 2].end) && lex::title_at(a, s).is_none());
        let located = (geo::locative_before(a, s) || crate::actors::names::listed_after_locative(a, s)) && !sentence_initial(a, s) && !in_headline(a, s) && last_head.is_none_or(|h| h == "place") && (e - s > 1 || !is_common(a, s));
        // "from Kagara to Zuru", "between Kagara and Zuru": the second end of a route
        let route = s >= 2 && lex::title_at(a, s).is_none() && out.last().is_some_and(|p| {
            p.span.end == a.tokens[s - 2].end && (s.saturating_sub(6)..s - 2).any(|k| a.tokens[k + 1].start == p.span.start && ((tok_is(a, k, "from") && tok_is(a, s - 1, "to")) || (tok_is(a, k, "between") && tok_is(a, s - 1, "and"))))
        });
        // "Kagara, 25 km west of Zuru"
        let distance = e + 2 < n && a.tok(e) == "," && a.tokens[e + 1].kind == TokKind::Number && tok_in(a, e + 2, &["km", "kilometres", "kilometers", "miles"]);
        // "Insurgents Strike Macomia Again": a headline's object of an attack verb
        let struck = in_headline(a, s) && geo::attacked(a, s) && last_head.is_none();
        let venue = crate::actors::names::venue(a, s, e);
        if struck {
            while e > s + 1 && is_common(a, e - 1) {
                e -= 1;
            }
        }
        let span = a.span_of(s, e);
        let landform_name = e == s + 2 && landform(s + 1) && lex::geo_at(a, s + 1).is_some();
        if venue || by_head || landform_name || noun_after || event || held || seen || city_of || based || listed || located || struck || ((route || distance) && last_head.is_none_or(|h| h == "place")) {
            if (last_head == Some("org") && !venue) || last_head == Some("thing") {
                continue;
            }
            out.push(Place { span, name: a.text()[span.range()].to_string(), rule: "place by context".into() });
        }
    }
    acronym_places(a, &taken, &mut out);
    repeat_places(a, &taken, &mut out);
    out
}

/// "the Line of Actual Control (LAC)": the acronym after a place, there and
/// wherever else it is written, is that place.
fn acronym_places(a: &View, taken: &[Span], out: &mut Vec<Place>) {
    let n = a.tokens.len();
    let mut acrs: Vec<&str> = Vec::new();
    for p in out.iter() {
        let e = a.tokens.partition_point(|t| t.end <= p.span.end);
        let s = a.tokens.partition_point(|t| t.start < p.span.start);
        let caps: Vec<char> = (s..e).filter(|&k| is_cap(a, k)).filter_map(|k| a.tok(k).chars().next()).collect();
        if e + 2 < n && a.tokens[e - 1].end == p.span.end && tok_is(a, e, "(") && is_acronym(a, e + 1) && tok_is(a, e + 2, ")") && crate::actors::names::initials_spell(a.tok(e + 1), &caps) {
            acrs.push(a.tok(e + 1));
        }
    }
    if acrs.is_empty() {
        return;
    }
    crate::sort::sort_by(&mut acrs, Ord::cmp);
    acrs.dedup();
    let mut at: Vec<usize> = acrs.iter().flat_map(|w| a.reading(w)).collect();
    crate::sort::sort_by(&mut at, Ord::cmp);
    for k in at {
        let span = a.span_of(k, k + 1);
        if !taken.iter().any(|t| t.overlaps(span)) {
            out.push(Place { span, name: a.tok(k).to_string(), rule: "acronym of a place".into() });
        }
    }
    crate::sort::sort_by_key(out, |p| p.span.start);
}

/// A name found as a place by its context is a place wherever else it is
/// written after a lower-case word and ends a phrase ("fighting near Kagara
/// ... the fall of Kagara."); not where it may act ("Kagara says", "called
/// on Kagara to"), nor acronyms.
fn repeat_places(a: &View, taken: &[Span], out: &mut Vec<Place>) {
    let n = a.tokens.len();
    // token ranges of the places found by context, sorted by first word
    let mut names: Vec<(usize, usize)> = out
        .iter()
        .filter(|p| p.rule == "place by context")
        .filter_map(|p| {
            let s = a.tokens.partition_point(|t| t.start < p.span.start);
            let e = a.tokens.partition_point(|t| t.end <= p.span.end);
            (s < e && a.tokens[s].start == p.span.start && a.tokens[s].kind != TokKind::Acronym && !is_acronym(a, s)).then_some((s, e))
        })
        .collect();
    if names.is_empty() {
        return;
    }
    crate::sort::sort_by(&mut names, |x, y| a.tok(x.0).cmp(a.tok(y.0)));
    let placed: Vec<Span> = out.iter().map(|p| p.span).collect();
    let overlaps = |spans: &[Span], s: Span| {
        let i = spans.partition_point(|t| t.end <= s.start);
        spans.get(i).is_some_and(|t| t.overlaps(s))
    };
    // a quick "no" for most tokens: the names' first bytes and lengths
    let (mut firsts, mut lens) = ([0u64; 4], 0u64);
    let bytes = a.text().as_bytes();
    for &(s, _) in &names {
        let b = bytes.get(a.tokens[s].start as usize).copied().unwrap_or(0);
        firsts[usize::from(b >> 6)] |= 1 << (b & 63);
        lens |= 1 << a.tokens[s].len().min(63);
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for k in 1..n {
        let b = bytes.get(a.tokens[k].start as usize).copied().unwrap_or(0);
        if firsts[usize::from(b >> 6)] & (1 << (b & 63)) == 0 || lens & (1 << a.tokens[k].len().min(63)) == 0 {
            continue;
        }
        let w = a.tok(k);
        let first = names.partition_point(|x| a.tok(x.0) < w);
        for &(s, e) in names[first..].iter().take_while(|x| a.tok(x.0) == w) {
            let len = e - s;
            if k == s || k + len >= n || !(0..len).all(|j| a.tok(k + j) == a.tok(s + j)) {
                continue;
            }
            let ends_phrase = (a.tokens[k + len].kind == TokKind::Punct && a.tok(k + len) != "-") || tok_in(a, k + len, &["after", "and", "before", "near", "or", "until", "where", "which"]);
            let bounded = is_lower_word(a, k - 1) && !tok_in(a, k - 1, &["and", "on", "that"]) && ends_phrase;
            let span = a.span_of(k, k + len);
            if bounded && !overlaps(taken, span) && !overlaps(&placed, span) && found.last().is_none_or(|&(_, fe)| fe <= k) {
                found.push((k, k + len));
                break;
            }
        }
    }
    for (s, e) in found {
        let span = a.span_of(s, e);
        out.push(Place { span, name: a.text()[span.range()].to_string(), rule: "place named before".into() });
    }
    crate::sort::sort_by_key(out, |p| p.span.start);
}

/// Does a run of capitalized words from `k` end with a place head ("…
/// Renaissance Dam")?
fn named_place_ahead(a: &View, k: usize) -> bool {
    let mut e = k;
    while e < a.tokens.len() && e < k + 4 && is_cap(a, e) && a.tokens[e].newlines_before == 0 && lex::geo_at(a, e).is_none() {
        e += 1;
    }
    e > k && lex::name_head(a, e - 1) == Some("place")
}
