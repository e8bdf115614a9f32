//! State or place: a country (or capital) is a party when it acts or holds a
//! position, a location when it locates something or is attacked. Decided
//! from the words around it.

use super::lex::{self, Geo, GeoKind};
use super::words::{is_cap, is_in, same_sentence, sentence_initial, tok_in, tok_is, FUNCTION_WORDS, MONTHS_AND_DAYS};
use crate::text::tokens::TokKind;
use super::lex::View;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A party: a state mention.
    Actor,
    /// A location.
    Place,
    /// Part of a title or a name ("Ukraine Foreign Minister", "President of the DRC").
    Neither,
}

/// Messages sent to a government ("its concerns to Beijing").
const MESSAGE_NOUNS: &[&str] = &[
    "acceptable", "answer", "answers", "apologise", "apologize", "apology", "appeal", "appeals",
    "concerns", "letter", "letters", "loyal", "loyalty", "message", "messages", "note", "notes",
    "offer", "offers", "overtures", "proposal", "proposals", "protest", "protests", "request",
    "requests", "respond", "responded", "signal", "signals", "speak", "speaking", "spoke", "talk",
    "talking", "talks", "warning", "warnings",
];

/// Prepositions that make what follows a location.
const LOCATIVE: &[&str] = &[
    "across", "around", "at", "beyond", "from", "in", "inside", "into", "near", "off", "outside",
    "outskirts", "through", "throughout", "toward", "towards", "via", "within",
];

/// Verbs whose object is a target or a destination, not a party.
const ATTACK_OR_MOTION: &[&str] = &[
    "across", "annex", "annexed", "arrived", "assault", "attack", "attacked", "attacks", "bombed",
    "bombing", "bordered", "bordering", "borders", "capture", "captured", "destabilised",
    "destabilized", "enter", "entered", "escaped", "fled", "flee", "hit", "invade", "invaded",
    "invades", "invading", "invasion", "land", "landed", "leave", "leaving", "left", "liberated",
    "occupied", "occupy", "occupying", "offensive", "overran", "partition", "partitioned", "raided",
    "reach", "reached", "return", "returned", "shelled", "shelling", "strike", "strikes", "struck",
    "toured", "visit", "visited", "visiting", "visits", "war-torn",
];

/// Words that make a longer place name of the name after them ("Lake Chad",
/// "Mount Lebanon"): the name alone is no party.
pub(crate) const LANDFORMS: &[&str] = &["Cape", "Lake", "Mount", "Port"];

/// Words after which "to X" is a destination.
const MOTION: &[&str] = &[
    "arrive", "arrived", "back", "came", "come", "coming", "delivered", "deploy", "deployed",
    "drive", "driven", "escaped", "evacuated", "exports", "extradited", "fled", "flee", "flew",
    "flights", "flown", "fly", "flying", "go", "goes", "going", "gone", "head", "headed",
    "heading", "journey", "move", "moved", "moving", "relocated", "return", "returned",
    "returning", "returns", "route", "safety", "send", "sent", "shipped", "travel", "traveled",
    "traveling", "travelled", "travelling", "travels", "trip", "visit", "way", "went",
];

/// Nouns before "of X" that make X a location.
pub(crate) const GEO_OF: &[&str] = &[
    "airspace", "area", "areas", "border", "borders", "capital", "center", "centre", "cities",
    "citizens", "city", "coast", "corner", "corners", "countryside", "desert", "east", "forest",
    "forests", "half", "heart", "hills", "inhabitants", "integrity", "interior", "jungle",
    "jungles", "map", "mountains", "much", "north", "outskirts", "part", "parts", "people",
    "plains", "population", "province", "quarter", "region", "regions", "residents", "rest",
    "skies", "soil", "south", "streets", "suburbs", "swathes", "territories", "territory", "third",
    "thirds", "towns", "villages", "waters", "west",
];

/// Nouns after "X's" that make X a location ("Russia's new regions").
const GEO_AFTER: &[&str] = &[
    "airspace", "border", "borders", "capital", "cities", "citizens", "city", "civil", "civilians",
    "coast", "coastline", "countryside", "crisis", "districts", "east", "eastern", "economy",
    "farmers", "forests", "front", "frontline", "future", "heartland", "highlands", "hills",
    "interior", "island", "islands", "mountains", "north", "northeast", "northern", "northwest",
    "people", "population", "port", "ports", "province", "provinces", "region", "regions",
    "residents", "shores", "skies", "soil", "south", "southeast", "southern", "southwest",
    "streets", "territories", "territory", "towns", "unity", "victims", "villagers", "villages",
    "waters", "west", "western",
];

/// Nouns before "on X" / "from X" that make X a party ("pressure on Israel").
const PARTY_ON: &[&str] = &[
    "accusations", "aid", "answer", "assistance", "assurances", "backing", "call", "called",
    "calling", "calls", "commitment", "concessions", "criticism", "demand", "demands", "depend",
    "dependence", "dependent", "depends", "embargo", "expect", "expected", "expects", "fall",
    "falls", "financing", "focus", "funding", "guarantees", "help", "instructions", "message",
    "need", "needs", "offer", "offers", "orders", "pledges", "pressed", "presses", "pressure",
    "promise", "promises", "propaganda", "proposal", "proposals", "reliance", "reliant", "relies",
    "rely", "reply", "request", "requests", "response", "sanctions", "signal", "signals",
    "statement", "support", "threat", "threats", "urged", "want", "wanted", "wants", "war", "word",
];

/// Directions before a place name: "in north Kosovo", "in the eastern Democratic Republic of the Congo".
const DIRECTIONS: &[&str] = &[
    "central", "east", "eastern", "neighboring", "neighbouring", "north", "northeast",
    "northeastern", "northern", "northwest", "northwestern", "occupied", "south", "southeast",
    "southeastern", "southern", "southwest", "southwestern", "war-torn", "west", "western",
];

/// The token before `i`, skipping a determiner "the" and a direction.
fn before(a: &View, i: usize) -> Option<usize> {
    let mut j = i.checked_sub(1)?;
    if tok_in(a, j, DIRECTIONS) && is_lower_word_at(a, j) {
        j = j.checked_sub(1)?;
    }
    // (the lower-cased form at hand: no list to go through)
    if matches!(a.lower(j), "the" | "both" | "either") {
        j = j.checked_sub(1)?;
    }
    Some(j)
}

fn is_lower_word_at(a: &View, j: usize) -> bool {
    a.tok(j).chars().next().is_some_and(char::is_lowercase)
}

/// Is the phrase at `i` the object of an attack or motion verb ("attacked
/// Damasak", "Insurgents Strike Macomia")?
pub fn attacked(a: &View, i: usize) -> bool {
    before(a, i).is_some_and(|j| attack_verb(a, j))
}

/// An attack or motion verb ("attacked", "Strike", "entered").
pub fn attack_verb(a: &View, j: usize) -> bool {
    tok_in(a, j, ATTACK_OR_MOTION)
}

/// Is the phrase at `i` preceded by a locative preposition (or attack/motion verb)?
pub fn locative_before(a: &View, i: usize) -> bool {
    locative_at(a, i, before(a, i))
}

/// [`locative_before`] with `before(a, i)` at hand ([`role`] asks for it
/// several times).
fn locative_at(a: &View, i: usize, j: Option<usize>) -> bool {
    let Some(j) = j else { return false };
    let w = a.tok(j);
    if tok_in(a, j, ATTACK_OR_MOTION) {
        return true;
    }
    if w.eq_ignore_ascii_case("to") {
        // "driven across the border to Lithuania"
        return (j.saturating_sub(3)..j).any(|k| tok_in(a, k, MOTION)) || j.checked_sub(1).is_some_and(|k| tok_in(a, k, &["border", "frontier"]));
    }
    if (w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("from")) && to_verb_after(a, i) {
        return false;
    }
    if w.eq_ignore_ascii_case("on") {
        // "attack on Ukraine" (target), "conference on Ukraine" (topic): place;
        // "pressure on Israel", "called on Belgrade": party
        return !j.checked_sub(1).is_some_and(|k| tok_in(a, k, PARTY_ON) || tok_is(a, k, "sanctions"));
    }
    if w.eq_ignore_ascii_case("from") {
        return !j.checked_sub(1).is_some_and(|k| tok_in(a, k, PARTY_ON));
    }
    if w.eq_ignore_ascii_case("of") {
        // "the capital of Angola", "belligerents of central Mali"
        return j.checked_sub(1).is_some_and(|k| tok_in(a, k, GEO_OF) || (lex::head_at(a, k).is_some_and(|h| h.end == j && h.plural)));
    }
    tok_in(a, j, LOCATIVE) || w.eq_ignore_ascii_case("over")
}

/// "shuttled between Beirut and Jerusalem", "the border between X and Y":
/// "between" at `j` joins two locations, not two parties.
fn route_between(a: &View, j: usize) -> bool {
    j > 0 && {
        let w = a.tok(j - 1);
        tok_in(a, j - 1, MOTION) || tok_in(a, j - 1, ATTACK_OR_MOTION) || w.starts_with("shuttl") || is_in(&["border", "boundary", "corridor", "crossing", "crossings", "distance", "road", "roads", "route", "routes"], w)
    }
}

/// "between Syrian opposition and Damascus", "talks between Russia and
/// Ukraine": the members of a "between" pair are parties.
fn between_parties(a: &View, s: usize) -> bool {
    let mut k = s;
    let mut steps = 0;
    while k > 0 && steps < 6 && same_sentence(a, k - 1, s) {
        k -= 1;
        steps += 1;
        if tok_is(a, k, "between") {
            return !route_between(a, k);
        }
        // "between Syrian opposition and Damascus": any words but a clause's end
        if matches!(a.tok(k), "." | ";" | ":" | "\"") || lex::verb_at(a, k).is_some() {
            return false;
        }
    }
    false
}

/// "called on Belgrade and Pristina to focus", "falls on Russia to accept": a party.
fn to_verb_after(a: &View, i: usize) -> bool {
    let n = a.tokens.len();
    let mut k = i;
    while k < n && (is_cap(a, k) || tok_in(a, k, &["and", ","])) && k < i + 6 {
        k += 1;
    }
    // "from Tbilisi not to use force"
    if tok_is(a, k, "not") {
        k += 1;
    }
    k + 1 < n && tok_is(a, k, "to") && is_lower_word_at(a, k + 1) && !tok_in(a, k + 1, &["the", "a", "an"])
}

/// Does a title follow the phrase ending at `e`, itself followed by a name
/// ("Hamas leader Khaled Mashaal", "US envoy Robert Malley", "Kosovo Premier Albin Kurti")?
pub fn modifies_title(a: &View, e: usize) -> bool {
    modifies_title_after(a, e, false)
}

/// `modifies_title`, also over a lower-case head or modifier before the
/// title ("Sudan's army chief General …"): for countries.
fn modifies_title_after(a: &View, e: usize, lower: bool) -> bool {
    let mut k = e;
    if k < a.tokens.len() && a.tokens[k].kind == TokKind::Possessive {
        // "Colombia's President Juan Manuel Santos"
        k += 1;
    }
    // "Ukraine Foreign Minister", "European Union Foreign Affairs Chief Joseph Borrell"
    let mut titles = 0;
    while k < a.tokens.len() {
        if let Some(t) = lex::title_at(a, k) {
            k = t.end;
            titles += 1;
        } else if titles > 0 || k > e + 3 {
            break;
        } else if (is_cap(a, k) && lex::geo_at(a, k).is_none() && !(tok_in(a, k, super::words::HEADLINE_PREPOSITIONS) && super::words::in_headline(a, k))) || (lower && k < e + 3 && (lex::head_at(a, k).is_some() || lex::modifier_at(a, k).is_some())) {
            // "Foreign Affairs" before the title word, "army chief General …"
            k += 1;
        } else {
            break;
        }
    }
    // "special envoy for Sudan Tom Perriello"
    if titles > 0 && k + 2 < a.tokens.len() && tok_in(a, k, &["for", "to"]) {
        let j = if tok_is(a, k + 1, "the") { k + 2 } else { k + 1 };
        if let Some(end) = lex::geo_at(a, j).map(|g| g.end).or_else(|| lex::body_at(a, j).map(|b| b.end)) {
            k = end;
        }
    }
    // "Egypt's foreign minister, Badr Abdelatty, said": the name in apposition
    let possessed = e < a.tokens.len() && a.tokens[e].kind == TokKind::Possessive;
    // ("The United Nations Secretary-General, Antonio Guterres, called")
    let closed = || (k + 2..(k + 6).min(a.tokens.len())).find(|&j| !is_cap(a, j)).is_some_and(|j| tok_is(a, j, ","));
    if titles > 0 && k + 1 < a.tokens.len() && tok_is(a, k, ",") && is_cap(a, k + 1) && lex::geo_at(a, k + 1).is_none() && lex::body_at(a, k + 1).is_none() && (possessed || closed()) {
        k += 1;
    }
    titles > 0 && k < a.tokens.len() && is_cap(a, k) && a.tokens[k].newlines_before == 0
}

/// "the President of the DRC", "the Foreign Minister of Rwanda": part of a title.
pub fn title_of(a: &View, i: usize) -> bool {
    let Some(j) = before(a, i) else { return false };
    if !tok_is(a, j, "of") && !tok_is(a, j, "f") {
        return false;
    }
    let Some(k) = j.checked_sub(1) else { return false };
    // the title ends at k
    (k.saturating_sub(3)..=k).any(|s| lex::title_at(a, s).is_some_and(|t| t.end == k + 1 && t.class != "honorific"))
}

/// Is the name at [s, e) followed by a verb, as a subject (maybe after a
/// coordinated list: "Tehran, Moscow and Ankara also said")?
pub fn subject_of_verb(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    let mut k = e;
    // skip a coordinated list of capitalized names
    loop {
        if k < n && (tok_is(a, k, ",") || tok_is(a, k, "and")) && k + 1 < n && is_cap(a, k + 1) {
            k += 2;
            while k < n && is_cap(a, k) {
                k += 1;
            }
            continue;
        }
        break;
    }
    if k > e && k + 1 < n && plural_subject_verb(a, k) {
        return true;
    }
    // a time between subject and verb: "Cairo on Monday voiced", "the rebels last week rejected"
    if k + 2 < n && a.tokens[k + 1].newlines_before == 0 && ((tok_is(a, k, "on") && is_date_word(a, k + 1)) || (tok_in(a, k, &["last", "this", "earlier", "later"]) && (is_date_word(a, k + 1) || tok_in(a, k + 1, &["week", "month", "year", "weekend"])))) {
        k += 2;
    }
    // adverbs: "also", "still", "has previously"
    let mut steps = 0;
    while k < n && steps < 2 && a.tokens[k].kind == TokKind::Word {
        if lex::verb_at(a, k).is_some() {
            return !passive(a, k);
        }
        let w = a.tok(k);
        // "Riyadh remained committed", "Bogota expected": a past tense not followed by "by"
        let past = w.len() > 4 && w.ends_with("ed") && a.tokens[k].case == crate::text::tokens::Case::Lower && !tok_in(a, k + 1, &["by", "in", "at", "on"]);
        if past || tok_in(a, k, &["remains", "remain", "wants", "needs", "plans", "seeks"]) {
            return true;
        }
        if !(w.ends_with("ly") || is_in(&["also", "still", "now", "then", "too", "already", "again", "never", "not", "reportedly", "later", "earlier", "first"], w)) {
            break;
        }
        k += 1;
        steps += 1;
    }
    false
}

/// After coordinated names ("The longer Lima and Quito wait, the worse"):
/// a plain verb at `k` ending the clause; in a headline, "to" and a verb in
/// title case ("Lima and Quito to Resume Talks").
fn plural_subject_verb(a: &View, k: usize) -> bool {
    let w = a.tok(k);
    if tok_is(a, k, "to") && super::words::in_headline(a, k) {
        return a.tokens[k + 1].case == crate::text::tokens::Case::Title && lex::geo_at(a, k + 1).is_none() && lex::body_at(a, k + 1).is_none();
    }
    let clause_end = matches!(a.tok(k + 1), "," | "." | ";") || (a.tokens[k + 1].is_word() && tok_in(a, k + 1, super::words::FUNCTION_WORDS) && !tok_in(a, k + 1, &["of", "and", "or"]));
    is_lower_word_at(a, k) && w.len() > 2 && !w.ends_with('s') && !w.ends_with("ly") && lex::head_at(a, k).is_none()
        && !is_in(&["today", "yesterday", "tomorrow", "now", "again", "too", "alone", "together", "both"], w) && clause_end
}

/// "was enveloped", "were hit": a passive auxiliary at `k`.
fn passive(a: &View, k: usize) -> bool {
    if !tok_in(a, k, &["was", "were", "is", "are", "been", "be"]) {
        return false;
    }
    let mut j = k + 1;
    while j < a.tokens.len() && (a.tok(j).ends_with("ly") || tok_in(a, j, &["still", "being", "also", "been"])) {
        j += 1;
    }
    // "Kyiv was still enveloped by threats" (not "Moscow was concerned")
    j + 1 < a.tokens.len() && {
        let w = a.tok(j);
        a.tokens[j].kind == TokKind::Word && (w.ends_with("ed") || w.ends_with("en")) && w.len() > 4 && tok_in(a, j + 1, &["by", "with", "in", "from"])
    }
}

/// "X's" followed by a geographic noun: a location.
fn possessive_geo(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    if e >= n || a.tokens[e].kind != TokKind::Possessive {
        return false;
    }
    // (not a word that starts a longer head: "Japan's coast guard", "border guards")
    let in_head = |k: usize| lex::head_at(a, k).is_some_and(|h| h.end > k + 1);
    // Over the names and modifiers of the place, within its noun phrase:
    // "Congo's Ituri and North Kivu provinces", "Moldova's breakaway
    // Transnistria region", "Ethiopia's second most populous region"
    // (not past a function word or a head: "Russia's attack on Kyiv").
    let mut lower = 0;
    for k in e + 1..n.min(e + 7) {
        let t = &a.tokens[k];
        if t.newlines_before > 0 || (t.kind == TokKind::Punct && !(a.tok(k) == "-" && !t.space_before) && a.tok(k) != ",") {
            return false;
        }
        if tok_in(a, k, GEO_AFTER) && !in_head(k) {
            return true;
        }
        let hyphened = a.tok(k - 1) == "-" && !t.space_before;
        let joiner = tok_in(a, k, &["and", "most"]);
        if lex::head_at(a, k).is_some() || (tok_in(a, k, FUNCTION_WORDS) && !joiner && !hyphened) {
            return false;
        }
        if t.kind == TokKind::Word && !is_cap(a, k) && !joiner {
            lower += 1;
            // a noun of its own ("Russia's decision", "Egypt's call") ends the phrase
            if lower > 2 {
                return false;
            }
        }
    }
    false
}

/// "Myanmar's ethnic armed groups", "Yemen's Houthis": the country locates a
/// group within it (not its government, "Mali's government", nor the state's
/// own forces, "China's navy said", through which the state acts).
fn possessive_group(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    if e >= n || a.tokens[e].kind != TokKind::Possessive {
        return false;
    }
    let mut k = e + 1;
    while k < n && k < e + 6 {
        if let Some(h) = lex::head_at(a, k) {
            let state_forces = matches!(h.sense, "military" | "police" | "coast guard") && !tok_in(a, h.start, &["peacekeepers", "peacekeeping"]);
            return !matches!(h.class, "body" | "org") && !state_forces && !(!h.plural && super::phrases::followed_by_noun(a, h.end));
        }
        if let Some((end, _)) = lex::modifier_at(a, k) {
            k = end;
        } else if lex::body_at(a, k).is_some_and(|b| b.kind == "armed") {
            // "Yemen's Houthis", "Lebanon's Hezbollah"
            return true;
        } else if is_cap(a, k) && lex::geo_at(a, k).is_none() && lex::title_at(a, k).is_none() && lex::body_at(a, k).is_none() {
            // "Houthis", "Houthi movement"
            if a.tok(k).ends_with('s') && !(k + 1 < n && is_cap(a, k + 1)) && lex::head_at(a, k + 1).is_none() {
                return true;
            }
            if lex::head_at(a, k + 1).is_none() {
                return false;
            }
            k += 1;
        } else if k + 1 < n && a.tok(k + 1) == "-" && !a.tokens[k + 1].space_before {
            k += 2;
        } else {
            return false;
        }
    }
    false
}

/// "the Belarus-Ukraine border", "the Ukraine border": a country naming the
/// sides of a border (over the other countries hyphenated after it).
fn border_compound(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    let mut k = e;
    while k + 1 < n && a.tok(k) == "-" && !a.tokens[k].space_before && !a.tokens[k + 1].space_before {
        match lex::geo_at(a, k + 1) {
            Some(g) => k = g.end,
            None => return false,
        }
    }
    k < n && tok_in(a, k, &["border", "borders", "boundary", "frontier"])
}

/// "X's" followed by a noun that is not a place: a party ("Moscow's demands").
fn possessive_party(a: &View, e: usize) -> bool {
    e < a.tokens.len() && a.tokens[e].kind == TokKind::Possessive && !possessive_geo(a, e) && !possessive_group(a, e)
}

/// A dateline: a place at the start of a line before `,` `:` `-` (`KYIV, March 14`).
pub fn dateline(a: &View, s: usize, e: usize) -> bool {
    let line_start = s == 0 || a.tokens[s].newlines_before > 0;
    // "KYIV", "PORT-AU-PRINCE" (not "DR Congo, Rwanda agree")
    let caps = (s..e).all(|k| a.tokens[k].case == crate::text::tokens::Case::Upper || !a.tokens[k].is_word());
    // "ASTANA, Kazakhstan", "Kyiv, March 14" (not "Russia, Iran and Turkey")
    let city = lex::geo_at(a, s).is_some_and(|g| g.kind != GeoKind::Country);
    let then_place_or_date = e + 1 < a.tokens.len()
        && ((city && lex::geo_at(a, e + 1).is_some_and(|g| g.kind == GeoKind::Country)) || tok_in(a, e + 1, MONTHS_AND_DAYS));
    // "Pemba – The company said": a known town before a spaced dash
    let dashed = city && e + 1 < a.tokens.len() && a.tok(e) == "-" && a.tokens[e].space_before && a.tokens[e + 1].space_before;
    // "Also Read | Manipur: …": a linked story's place tag
    let tag = s >= 2 && a.tok(s - 1) == "|" && a.tokens[s - 2].newlines_before + a.tokens[s - 1].newlines_before == 0 && e < a.tokens.len() && a.tok(e) == ":";
    tag || (line_start && e < a.tokens.len() && matches!(a.tok(e), "," | ":" | "-") && (caps || then_place_or_date || dashed))
}

/// Words of an author's note ("X is a senior fellow at …").
const AUTHOR_NOTE_WORDS: &[&str] = &[
    "ambassador", "analyst", "author", "columnist", "commentator", "contributor", "correspondent", "diplomat",
    "director", "economist", "editor", "fellow", "historian", "journalist", "lecturer", "professor", "researcher",
    "scholar", "writer",
];

/// The token range of an opinion piece's closing author's note ("Leyla
/// Mammadova is a senior fellow at the … Institute in Tbilisi."): its last
/// paragraph, a short sentence opening with a name not used before, then
/// "is a/an/the": the writer's byline, naming no party and no place.
pub fn author_note(a: &View) -> Option<(usize, usize)> {
    let n = a.tokens.len();
    let p = (0..n).rev().take(60).find(|&k| a.tokens[k].newlines_before > 0)?;
    let mut k = p;
    // (particles too: "Zaid al-Rubaie")
    while k < n && k < p + 7 && (is_cap(a, k) || (k > p && (tok_in(a, k, &["al", "el", "bin", "ibn", "de", "van", "von"]) || (a.tok(k) == "-" && !a.tokens[k].space_before)))) {
        k += 1;
    }
    let named = k >= p + 2 && tok_is(a, k, "is") && tok_in(a, k + 1, &["a", "an", "the"]);
    // (the writer's byline, "By Leyla Mammadova", may name them before)
    let in_byline = |j: usize| (0..=j).rev().find(|&l| l == 0 || a.tokens[l].newlines_before > 0).is_some_and(|l| tok_is(a, l, "By"));
    let new_name = || (0..p).all(|j| !a.tokens[j].is_word() || a.tok(j) != a.tok(k - 1) || in_byline(j));
    (named && (k..n).any(|j| tok_in(a, j, AUTHOR_NOTE_WORDS)) && new_name()).then_some((p, n))
}

/// The country of the text's dateline ("MAPUTO, March 3 (Reuters) -"), in
/// its first lines.
pub fn dateline_state(a: &View) -> Option<&'static str> {
    let n = a.tokens.len().min(80);
    (0..n).filter(|&k| k == 0 || a.tokens[k].newlines_before > 0).find_map(|k| {
        let g = lex::geo_at(a, k)?;
        (matches!(g.kind, GeoKind::City | GeoKind::Capital) && !g.country.is_empty() && dateline(a, g.start, g.end)).then_some(g.country)
    })
}

/// After a place and a comma: "Kyiv, Ukraine", "Jeddah, Saudi Arabia",
/// "COTABATO CITY, Philippines" (a dateline's unknown town).
fn after_place(a: &View, s: usize) -> bool {
    s >= 2 && tok_is(a, s - 1, ",") && {
        let p = s - 2;
        // ("Port-au-Prince, Haiti": a hyphenated name of five tokens)
        (p.saturating_sub(5)..=p).any(|k| {
            lex::geo_at(a, k).is_some_and(|g| g.end == p + 1 && matches!(g.kind, GeoKind::City | GeoKind::Capital | GeoKind::Region))
        }) || caps_line_start(a, p + 1) || located_name_before(a, p + 1)
    }
}

/// "in Tongo, Sierra Leone": an unknown capitalized name (a word or two)
/// ending at `e`, right after a locative preposition.
fn located_name_before(a: &View, e: usize) -> bool {
    let mut k = e;
    while k > 0 && e - k < 2 && is_cap(a, k - 1) && a.tokens[k - 1].newlines_before == 0 && lex::geo_at(a, k - 1).is_none() && lex::body_at(a, k - 1).is_none() {
        k -= 1;
    }
    k < e && k > 0 && tok_in(a, k - 1, &["in", "at", "near", "outside"]) && !tok_in(a, k, super::words::FUNCTION_WORDS)
}

/// Do the words before `e` on its line (at most four) stand all in capitals
/// ("COTABATO CITY", "PORT-AU-PRINCE")?
pub fn caps_line_start(a: &View, e: usize) -> bool {
    let mut k = e;
    while k > 0 && k + 6 > e {
        k -= 1;
        let t = &a.tokens[k];
        if t.is_word() && t.case != crate::text::tokens::Case::Upper {
            return false;
        }
        if !t.is_word() && a.tok(k) != "-" {
            return false;
        }
        if k == 0 || t.newlines_before > 0 {
            return k < e && a.tokens[k].is_word() && a.tok(e - 1).chars().count() > 2;
        }
    }
    false
}

/// The role of a country or capital phrase.
pub fn role(a: &View, g: &Geo) -> Role {
    let (s, e) = (g.start, g.end);
    let n = a.tokens.len();
    let region = !matches!(g.kind, GeoKind::Country | GeoKind::Capital);
    let lower_after = |words: &[&str]| e < n && is_lower_word_at(a, e) && words.iter().any(|w| a.tok(e) == *w);
    if modifies_title_after(a, e, true) || title_of(a, s) {
        // ("president of the Amhara region": a region in a title still locates)
        let region_noun = region && lower_after(&["region", "province", "state", "district", "oblast", "governorate", "county", "zone"]);
        return if region_noun { Role::Place } else { Role::Neither };
    }
    // "according to Asmara": a source
    if !region && s >= 2 && tok_is(a, s - 1, "to") && tok_is(a, s - 2, "according") {
        return Role::Actor;
    }
    // "the border with Bangladesh": the other side of a border is a place
    let bef = before(a, s);
    if bef.is_some_and(|j| tok_is(a, j, "with") && j > 0 && tok_in(a, j - 1, &["border", "borders", "frontier", "boundary"])) {
        return Role::Place;
    }
    // "the Transnistria region", "the Tigray region": the land (not a
    // group's branch named after it: "what the Islamic State calls its Mozambique province")
    if lower_after(&["region", "province", "oblast", "governorate", "enclave"]) && !(s > 0 && tok_in(a, s - 1, &["its", "their"])) {
        return Role::Place;
    }
    // "the Amhara people", "Amhara nationalist militias": a people named after its land
    if region && lower_after(&["people", "peoples", "nationalist", "nationalists", "militia", "militias"]) {
        return Role::Neither;
    }
    // "Moscow-backed separatists", "China-brokered truce": the backer is a party
    if matches!(g.kind, GeoKind::Country | GeoKind::Capital) && e + 1 < a.tokens.len() && a.tok(e) == "-" && !a.tokens[e].space_before
        && tok_in(a, e + 1, &["backed", "led", "brokered", "sponsored", "supported", "funded", "armed", "installed", "mediated", "allied", "aligned", "controlled"])
    {
        return Role::Actor;
    }
    // "Lake Chad", "Mount Lebanon": part of a longer place name
    if s > 0 && tok_in(a, s - 1, LANDFORMS) && a.tokens[s].newlines_before == 0 {
        return Role::Place;
    }
    // "Jeju Island", "Niger State", "Gaza Strip": part of a longer place name
    if e < a.tokens.len() && lex::name_head(a, e).is_some() && is_cap(a, e) && a.tokens[e].newlines_before == 0 {
        return Role::Place;
    }
    if dateline(a, s, e) || border_compound(a, e) || possessive_geo(a, e) || possessive_group(a, e) || (g.kind == GeoKind::Country && after_place(a, s)) {
        return Role::Place;
    }
    if possessive_party(a, e) {
        return Role::Actor;
    }
    match coordinated_role(a, s) {
        Some(Role::Place) => return Role::Place,
        Some(Role::Actor) if g.kind == GeoKind::Capital => return Role::Actor,
        _ => {}
    }
    match g.kind {
        GeoKind::Country => {
            // "southern Syria remained demilitarised": a part of the country
            let part = s > 0 && is_lower_word_at(a, s - 1) && tok_in(a, s - 1, DIRECTIONS) && !tok_in(a, s - 1, &["occupied", "war-torn", "neighboring", "neighbouring"]);
            if part || locative_at(a, s, bef) {
                Role::Place
            } else {
                Role::Actor
            }
        }
        GeoKind::Capital => capital_role(a, g, bef),
        _ => Role::Place,
    }
}

/// A capital is a place unless it acts ("Moscow said"), owns a position
/// ("Moscow's demands"), is addressed ("urged Kyiv", "called on Belgrade to")
/// or is one of a pair ("between Seoul and Pyongyang").
fn capital_role(a: &View, g: &Geo, bef: Option<usize>) -> Role {
    let (s, e) = (g.start, g.end);
    // "offered Brasília as the venue": where a meeting is to be
    let venue = tok_is(a, e, "as") && (e + 1..(e + 3).min(a.tokens.len())).any(|k| tok_in(a, k, &["venue", "host", "location", "site"]));
    if locative_at(a, s, bef) || venue {
        return Role::Place;
    }
    let party_before = bef.is_some_and(|j| {
        (tok_is(a, j, "between") && !route_between(a, j))
            || tok_in(a, j, &["with", "by", "against", "told", "urged", "urges", "asked", "asks", "warned", "warns", "accuse", "accused", "accuses", "accusing", "courts", "courted", "courting", "urging", "blaming", "pressing", "asking", "blamed", "blames", "condemned", "condemns", "criticised", "criticized", "criticises", "criticizes", "pressed", "presses", "thanked", "invited", "backed", "supported", "sanctioned", "met", "meets", "called", "remind", "reminds", "reminded", "persuade", "persuaded", "convince", "convinced", "pressured", "pressuring", "lobbied", "lobbying", "ask", "reassure", "reassures", "reassured", "gave", "give", "gives", "help", "helps", "helped", "treat", "treats", "treated", "assured", "assures", "informed", "notified", "recognise", "recognised", "recognises", "recognize", "recognized", "recognizes", "assist", "assists", "assisted", "offered", "offer", "offers"])
            || (tok_is(a, j, "of") && j.checked_sub(1).is_some_and(|k| tok_in(a, k, &["ally", "allies", "partner", "partners", "backer", "backers", "rival", "rivals", "enemy", "enemies", "foe", "foes"])))
            || (tok_in(a, j, &["on", "from"]) && j.checked_sub(1).is_some_and(|k| tok_in(a, k, PARTY_ON)))
            // "conveyed its concerns to Beijing": the capital receives a message
            || (tok_is(a, j, "to") && j.checked_sub(1).is_some_and(|k| tok_in(a, k, MESSAGE_NOUNS)))
    });
    let to_verb = bef.is_some_and(|j| tok_in(a, j, &["on", "from"])) && to_verb_after(a, s);
    // "ordered Baghdad to pay", "urged Tbilisi not to"
    let object_to_verb = bef.is_some_and(|j| is_lower_word_at(a, j) && (a.tok(j).ends_with("ed") || tok_in(a, j, &["urge", "urges", "ask", "asks", "order", "orders", "allow", "allows", "force", "forces", "press", "presses", "tell", "tells", "want", "wants", "expect", "expects"]))) && to_verb_after(a, s);
    // "Tbilisi accusing Moscow", "without Baghdad approving the sales"
    let participle = e + 1 < a.tokens.len() && a.tokens[e].kind == TokKind::Word && a.tokens[e].case == crate::text::tokens::Case::Lower && a.tok(e).ends_with("ing") && a.tok(e).len() > 5
        && (is_cap(a, e + 1) || tok_in(a, e + 1, &["the", "a", "an", "its", "their", "to", "that"]));
    // "Ankara: deal 'will be judged…'": a live blog's speaker label
    let speaker = (s == 0 || a.tokens[s].newlines_before > 0) && e < a.tokens.len() && a.tok(e) == ":" && a.tokens[s].case != crate::text::tokens::Case::Upper;
    // "Beijing Pushes 'Early Harvest'" (a headline's verb); "says Kyiv 'will bring…'"
    let headline_verb = e < a.tokens.len() && super::words::headline_verb(a, e);
    let quoted_modal = e + 1 < a.tokens.len() && matches!(a.tok(e), "'" | "\"") && (tok_in(a, e + 1, &["will", "would", "must", "can", "cannot", "should", "won't", "wants", "is", "has"]) || (is_lower_word_at(a, e + 1) && a.tok(e + 1).len() > 3 && a.tok(e + 1).ends_with('s') && !a.tok(e + 1).ends_with("ss") && lex::head_at(a, e + 1).is_none()));
    // "Baku, for its part, insists": the subject after an aside
    let aside = e + 1 < a.tokens.len() && tok_is(a, e, ",") && is_lower_word_at(a, e + 1) && !tok_in(a, e + 1, &["and", "or", "the", "a", "an"]) && {
        // ("Tehran, stung by the bombings earlier this month and its inability to retaliate, showed")
        let close = (e + 2..(e + 25).min(a.tokens.len())).take_while(|&k| same_sentence(a, e, k)).find(|&k| tok_is(a, k, ","));
        close.is_some_and(|k| subject_of_verb(a, k + 1))
    };
    // "a nod to Tehran, which had urged its allies": the subject of a relative clause
    let relative = e + 2 < a.tokens.len() && tok_is(a, e, ",") && tok_in(a, e + 1, &["which", "who"]) && subject_of_verb(a, e + 2);
    // "Will Bangkok move on those?": a question's subject after its auxiliary
    // ("What role is Washington playing?": after a question word too; not
    // "Where is Kyiv located?")
    let auxiliary = |j: usize| tok_in(a, j, &["Will", "Would", "Can", "Could", "Should", "Does", "Did", "Has", "Is"]) && sentence_initial(a, j)
        || tok_in(a, j, &["will", "would", "can", "could", "should", "does", "did", "is"]) && (a.sentences[a.sentence_of[j] as usize].start as usize..j).any(|k| tok_in(a, k, &["What", "Why", "How", "When"]));
    let question = s > 0 && auxiliary(s - 1)
        && is_lower_word_at(a, e) && !tok_is(a, e, "be") && !a.tok(e).ends_with("ed") && lex::head_at(a, e).is_none() && (e + 1..(e + 12).min(a.tokens.len())).take_while(|&k| same_sentence(a, e, k)).any(|k| tok_is(a, k, "?"));
    // "the EU and Washington", "Washington and other donors": with a party
    let party_beside = (s >= 2 && tok_is(a, s - 1, "and") && lex::body_at(a, s - 2).is_some_and(|b| b.end == s - 1 && !b.media))
        || (e + 2 < a.tokens.len() && tok_is(a, e, "and") && {
            let k = if tok_in(a, e + 1, &["the", "its", "their", "other"]) { e + 2 } else { e + 1 };
            let k = if tok_is(a, k, "other") { k + 1 } else { k };
            lex::head_at(a, k).is_some_and(|h| h.plural && matches!(h.sense, "donors" | "allies" | "partners" | "nations" | "powers" | "mediators"))
        });
    if subject_of_verb(a, e) || present_verb_after(a, e) || mandative_subject(a, s, e) || headline_verb || quoted_modal || object_to_verb || participle || speaker || possessive_party(a, e) || party_before || to_verb || between_parties(a, s) || apposition_party(a, e) || aside || party_beside || question || relative {
        Role::Actor
    } else {
        Role::Place
    }
}

/// Verbs that take a "that" clause with a bare verb ("demanded that Skopje amend").
const MANDATIVE: &[&str] = &[
    "ask", "asked", "asking", "asks", "demand", "demanded", "demanding", "demands", "insist", "insisted",
    "insisting", "insists", "propose", "proposed", "proposes", "proposing", "recommend", "recommended",
    "request", "requested", "requests", "require", "required", "requires", "urge", "urged", "urges",
    "urging",
];

/// "insisted that Manila notify it", "Bulgaria's demand that Skopje amend":
/// the subject of a mandative clause acts.
fn mandative_subject(a: &View, s: usize, e: usize) -> bool {
    s >= 2 && tok_is(a, s - 1, "that") && (tok_in(a, s - 2, MANDATIVE) || tok_in(a, s - 2, &["demand", "demands", "insistence", "request", "requirement"]))
        && e < a.tokens.len() && is_lower_word_at(a, e) && a.tokens[e].kind == TokKind::Word
}

/// "return to Moscow and Kyiv", "the border of Ukraine and Belarus", "called
/// on Belgrade and Pristina to": the second of two coordinated names takes
/// the role of the first.
fn coordinated_role(a: &View, s: usize) -> Option<Role> {
    let prev = |s: usize| {
        let p = s.checked_sub(2)?;
        (p.saturating_sub(3)..=p).find_map(|k| lex::geo_at(a, k).filter(|g| g.end == p + 1 && g.is_place_name()))
    };
    if s < 2 || !tok_in(a, s - 1, &["and", "or", ","]) {
        return None;
    }
    let first = prev(s)?;
    // "leaders in Cairo, Addis Ababa and Khartoum": a list after a place preposition
    let mut head = first;
    for _ in 0..6 {
        match prev(head.start) {
            Some(g) if tok_is(a, head.start - 1, ",") => head = g,
            _ => break,
        }
    }
    // (not a fronted "In Cairo, Egypt and Qatar said", nor "in Moscow, Russia's …")
    let fronted = before(a, head.start).is_some_and(|j| is_cap(a, j));
    let listed = |e: usize| e < a.tokens.len() && tok_in(a, e, &["and", "or", ","]);
    let member = tok_is(a, s - 1, ",") && lex::geo_at(a, s).is_some_and(|g| listed(g.end));
    if (member || (head.start != first.start && !tok_is(a, s - 1, ","))) && !fronted && locative_before(a, head.start) {
        return Some(Role::Place);
    }
    if tok_is(a, s - 1, ",") {
        return None;
    }
    Some(role_simple(a, &first))
}

/// The role without looking at coordination (for the first conjunct).
fn role_simple(a: &View, g: &Geo) -> Role {
    let located = locative_before(a, g.start) && !possessive_party(a, g.end);
    match g.kind {
        GeoKind::Country | GeoKind::Capital if located => Role::Place,
        GeoKind::Country => Role::Actor,
        GeoKind::Capital => capital_role(a, g, before(a, g.start)),
        _ => Role::Place,
    }
}

/// "Beijing pushes for talks", "a figure Chisinau disputes": a verb in -s
/// right after the name, before a function word or the clause's end (not a
/// plural noun: "Moscow talks", "Kabul residents").
fn present_verb_after(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    if e + 1 >= n || a.tokens[e].kind != TokKind::Word || a.tokens[e].case != crate::text::tokens::Case::Lower {
        return false;
    }
    let w = a.tok(e);
    let noun = ["ss", "ions", "ments", "ties", "ness", "ists", "ers", "ants", "ents", "talks", "news", "sanctions"].iter().any(|x| w.ends_with(x)) || lex::head_at(a, e).is_some();
    let then = a.tok(e + 1);
    // ("a step Phnom Penh fears could take months")
    let next_ok = matches!(then, "." | "," | ";" | ":") || (a.tokens[e + 1].is_word() && (tok_in(a, e + 1, super::words::FUNCTION_WORDS) || matches!(then, "could" | "would" | "will" | "might" | "may")));
    w.len() > 3 && w.ends_with('s') && !noun && next_ok
}

/// "Cairo, a key mediator in truce negotiations": an apposition that names a party.
fn apposition_party(a: &View, e: usize) -> bool {
    e + 2 < a.tokens.len()
        && tok_is(a, e, ",")
        && tok_in(a, e + 1, &["a", "an", "the", "which", "who"])
        && (e + 2..(e + 6).min(a.tokens.len())).any(|k| {
            tok_in(a, k, &["mediator", "ally", "partner", "member", "sponsor", "guarantor", "backer", "party", "has", "have", "is"])
        })
}

/// Is a capitalized word at `i` a month, weekday or holiday?
pub fn is_date_word(a: &View, i: usize) -> bool {
    tok_in(a, i, MONTHS_AND_DAYS)
}

#[cfg(test)]
pub(crate) const LISTS_FOR_TESTS: [&[&str]; 9] = [LOCATIVE, ATTACK_OR_MOTION, MOTION, GEO_OF, GEO_AFTER, PARTY_ON, DIRECTIONS, MESSAGE_NOUNS, AUTHOR_NOTE_WORDS];
