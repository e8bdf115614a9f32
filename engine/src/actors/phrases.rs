//! Noun phrases built around a head noun: groups ("Russian troops", "both
//! sides", "Officials from Ukraine and Russia"), states named by their
//! government ("the Turkish government", "the Russian side"), bodies named
//! by their members ("M23 rebels", "Hamas rulers") and persons described
//! without a name ("the Ukrainian president", "a FARC spokesman").

use super::lex::{self, GeoKind};
use super::words::*;
use super::{Cand, Ctx, Key};
use crate::document::ActorKind;
use crate::text::tokens::{Case, TokKind};
use super::lex::View;

/// What the words before a head tell about it.
#[derive(Default, Debug)]
struct Left {
    /// First token of the span.
    s: usize,
    /// Affiliations: countries, blocs, bodies ("Ukraine", "Europe", "M23").
    affs: Vec<String>,
    /// The affiliations that are states.
    states: Vec<&'static str>,
    bodies: Vec<String>,
    /// Other modifiers, lower case ("senior", "defense", "two-member").
    mods: Vec<String>,
    /// Any modifier at all (adjective, number, affiliation).
    modified: bool,
    /// "two", "both", "17".
    counted: bool,
    /// Token range of a possessor ("Zelensky" in "Zelensky's advisor").
    possessor: Option<(usize, usize)>,
    /// The determiner before the phrase, lower case, and its token.
    det: Option<String>,
    det_at: usize,
    /// "the EU's special representative"
    the_before_possessor: bool,
}

impl Left {
    /// First token of the whole noun phrase, determiner or possessor included.
    fn np_start(&self) -> usize {
        match (self.possessor, &self.det) {
            (Some((ps, _)), _) if self.the_before_possessor => ps - 1,
            (Some((ps, _)), _) => ps,
            (None, Some(_)) => self.det_at,
            _ => self.s,
        }
    }
}

/// A lexicon affiliation (demonym, country, capital, body, acronym) ending at
/// token `e`: (start, name, the state if it is one, is a body).
fn aff_ending(ctx: &Ctx, e: usize) -> Option<(usize, String, Option<&'static str>, bool)> {
    let a = ctx.a;
    for s in e.saturating_sub(6)..e {
        if let Some(g) = lex::geo_at(a, s).filter(|g| g.end == e) {
            let state = matches!(g.kind, GeoKind::Country | GeoKind::Capital | GeoKind::Demonym | GeoKind::DemonymPlural);
            let name = if g.country.is_empty() { g.name } else { g.country };
            return Some((s, name.to_string(), state.then_some(name), false));
        }
        if let Some(b) = lex::body_at(a, s).filter(|b| b.end == e && !b.media) {
            return Some((s, b.name.to_string(), None, true));
        }
    }
    if e > 0 && is_acronym(a, e - 1) && !is_common(a, e - 1) && ctx.acronyms.iter().any(|x| x.text == a.tok(e - 1) && x.actor) {
        let name = ctx.acronyms.iter().find(|x| x.text == a.tok(e - 1)).and_then(|x| x.long.clone()).unwrap_or_else(|| a.tok(e - 1).to_string());
        return Some((e - 1, name, None, true));
    }
    None
}

fn scan_left(ctx: &Ctx, head_start: usize) -> Left {
    let a = ctx.a;
    let mut l = Left { s: head_start, ..Default::default() };
    let mut j = head_start;
    let mut last_was_aff = false;
    let mut saw_and = false;
    while j > 0 && same_sentence(a, j - 1, head_start) && !ctx.taken[j - 1] {
        let k = j - 1;
        let w = a.tok(k);
        if let Some((s, name, state, body)) = aff_ending(ctx, j) {
            if ctx.taken[s..j].iter().any(|t| *t) {
                break;
            }
            l.affs.push(name.clone());
            if let Some(st) = state {
                l.states.push(st);
            }
            if body {
                l.bodies.push(name);
            }
            l.modified = true;
            l.s = s;
            j = s;
            last_was_aff = true;
            continue;
        }
        // coordination of affiliations: "Ukrainian and Russian", "U.S. and European"
        if last_was_aff && (w == "and" || w == "or" || (w == "," && saw_and)) && k > 0 && aff_ending(ctx, k).is_some() {
            saw_and |= w != ",";
            j = k;
            last_was_aff = false;
            continue;
        }
        last_was_aff = false;
        if let Some((_, number)) = lex::modifier_at(a, k) {
            l.modified = true;
            l.counted |= number;
            l.mods.push(w.to_ascii_lowercase());
            l.s = k;
            j = k;
            continue;
        }
        if a.tokens[k].kind == TokKind::Number {
            l.modified = true;
            l.counted = true;
            l.s = k;
            j = k;
            continue;
        }
        // a capitalized body name before the head: "Unification Ministry official"
        if is_cap(a, k) && lex::name_head(a, k) == Some("org") {
            let mut s = k;
            while s > 0 && is_title_case(a, s - 1) && !ctx.taken[s - 1] && !tok_in(a, s - 1, FUNCTION_WORDS) && lex::geo_at(a, s - 1).is_none() {
                s -= 1;
            }
            let name = a.text()[a.span_of(s, k + 1).range()].to_string();
            l.affs.push(name.clone());
            l.bodies.push(name);
            l.modified = true;
            l.s = s;
            j = s;
            continue;
        }
        // a head used as a modifier: "government officials", "defense ministers"
        if lex::head_at(a, k).is_some_and(|h| h.end == j) || (is_lower_word(a, k) && lex::title_at(a, k).is_some_and(|t| t.end == j)) {
            l.modified = true;
            l.mods.push(w.to_ascii_lowercase());
            l.s = k;
            j = k;
            continue;
        }
        // "Saudi-led", "Russian-backed", "Iran-aligned": a compound modifier
        if is_lower_word(a, k) && k >= 2 && a.tok(k - 1) == "-" && !a.tokens[k - 1].space_before && !a.tokens[k].space_before && is_cap(a, k - 2) && !ctx.taken[k - 2] && a.tok(k).ends_with("ed")
            && !lex::geo_at(a, k - 2).is_some_and(|g| matches!(g.kind, GeoKind::Country | GeoKind::Capital))
        {
            l.modified = true;
            l.mods.push(format!("{}-{}", a.tok(k - 2).to_ascii_lowercase(), w));
            l.s = k - 2;
            j = k - 2;
            continue;
        }
        // hyphenated modifier: "two-member", "anti-war", "non-signatories"
        if w == "-" && k > 0 && !a.tokens[k].space_before && is_word(a, k - 1) && l.s == j {
            l.modified = true;
            l.mods.push(a.tok(k - 1).to_ascii_lowercase());
            l.s = k - 1;
            j = k - 1;
            continue;
        }
        // an unknown capitalized word right before the head: "Tigrayan forces", "Kurdish fighters"
        let demonym_like = ["an", "ian", "i", "ese", "ish", "ic"].iter().any(|x| w.ends_with(x));
        if k + 1 == head_start && is_title_case(a, k) && !is_common(a, k) && !in_headline(a, k) && lex::name_head(a, k).is_none() && lex::title_at(a, k).is_none() && (demonym_like || !sentence_initial(a, k)) {
            l.affs.push(w.to_string());
            l.modified = true;
            l.s = k;
            j = k;
            last_was_aff = true;
            continue;
        }
        if a.tokens[k].kind == TokKind::Possessive && k > 0 {
            let ps = if let Some((s, ..)) = aff_ending(ctx, k) {
                s
            } else if is_cap(a, k - 1) {
                let mut ps = k - 1;
                while ps > 0 && is_cap(a, ps - 1) && same_sentence(a, ps - 1, k) && !tok_in(a, ps - 1, FUNCTION_WORDS) {
                    ps -= 1;
                }
                ps
            } else if k >= 2 && lex::title_at(a, k - 2).is_some_and(|t| t.end == k) {
                // "the prime minister's office"
                k - 2
            } else {
                k - 1
            };
            l.possessor = Some((ps, k));
            l.the_before_possessor = ps > 0 && tok_is(a, ps - 1, "the");
            break;
        }
        if in_sorted(DETERMINERS, w) {
            l.det = Some(w.to_ascii_lowercase());
            l.det_at = k;
            if w.eq_ignore_ascii_case("both") || w.eq_ignore_ascii_case("all") {
                l.counted = true;
            }
            break;
        }
        break;
    }
    l
}

/// Extends a group phrase to the right: "Officials [from Ukraine and Russia]",
/// "leaders [on both sides]", "defense ministers [of the two Koreas]".
fn extend_right(ctx: &Ctx, e: usize, affs: &mut Vec<String>, states: &mut Vec<&'static str>) -> usize {
    let a = ctx.a;
    let n = a.tokens.len();
    if e + 2 < n && tok_in(a, e, &["on", "from"]) && tok_is(a, e + 1, "both") && tok_is(a, e + 2, "sides") {
        return e + 3;
    }
    if e + 1 < n && tok_in(a, e, &["from", "of"]) {
        let mut k = e + 1;
        if tok_is(a, k, "the") {
            k += 1;
        }
        let mut end = None;
        let mut found = Vec::new();
        while k < n {
            match lex::geo_at(a, k).filter(|g| g.kind == GeoKind::Country) {
                Some(g) if ctx.free(g.start, g.end) => {
                    found.push(g.country);
                    k = g.end;
                    end = Some(k);
                    if k + 1 < n && (tok_is(a, k, ",") || tok_is(a, k, "and")) && lex::geo_at(a, k + 1).is_some() {
                        k += 1;
                    } else if k + 2 < n && tok_is(a, k, ",") && tok_is(a, k + 1, "and") {
                        k += 2;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        if let Some(end) = end {
            for c in found {
                affs.push(c.to_string());
                states.push(c);
            }
            return end;
        }
        // "of the two countries", "of the three guarantor powers", "of the
        // Greek Cypriot and Turkish Cypriot communities", "from some 25 countries"
        if let Some((end, found)) = of_plural_phrase(ctx, k) {
            for c in found {
                affs.push(c.to_string());
                states.push(c);
            }
            return end;
        }
        // "of the two Koreas"
        if k + 1 < n && tok_in(a, k, &["two", "both"]) && is_cap(a, k + 1) && lex::head_at(a, k + 2).is_none() && !(k + 2 < n && is_cap(a, k + 2)) {
            return k + 2;
        }
    }
    e
}

/// A plural noun phrase after "of (the)" naming the members of a group: a
/// count or demonyms, then at most two other words, then a plural noun.
fn of_plural_phrase(ctx: &Ctx, k0: usize) -> Option<(usize, Vec<&'static str>)> {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut k = k0;
    let mut counted = false;
    let mut found = Vec::new();
    if tok_is(a, k, "some") {
        k += 1;
    }
    if k < n && (a.tokens[k].kind == TokKind::Number || lex_number(&a.tok(k).to_ascii_lowercase()).is_some()) {
        counted = true;
        k += 1;
    }
    let mut others = 0;
    while k < n && k < k0 + 9 && !ctx.taken[k] && same_sentence(a, k, k0) {
        if let Some(h) = lex::head_at(a, k).filter(|h| h.plural) {
            return (counted || !found.is_empty()).then_some((h.end, found));
        }
        if let Some(g) = lex::geo_at(a, k).filter(|g| matches!(g.kind, GeoKind::Demonym | GeoKind::Bloc)) {
            if !g.country.is_empty() && g.kind == GeoKind::Demonym {
                found.push(g.country);
            }
            k = g.end;
        } else if let Some((end, _)) = lex::modifier_at(a, k) {
            k = end;
        } else if tok_is(a, k, "and") || (is_cap(a, k) && !found.is_empty()) {
            k += 1;
        } else if is_lower_word(a, k) && !tok_in(a, k, FUNCTION_WORDS) && lex::verb_at(a, k).is_none() && others < 2 {
            let w = a.tok(k);
            if counted && w.ends_with('s') && !w.ends_with("ss") && !(k + 1 < n && is_lower_word(a, k + 1) && !tok_in(a, k + 1, FUNCTION_WORDS)) {
                return Some((k + 1, found));
            }
            others += 1;
            k += 1;
        } else {
            return None;
        }
    }
    None
}

/// "members of the Israeli delegation", "signatories to the Nationwide
/// Ceasefire Agreement": the head and the phrase after `of`/`to` make one
/// span. Returns its end and the inner head, if any.
fn extend_of_group(ctx: &Ctx, e: usize) -> Option<(usize, Option<lex::Head>)> {
    let a = ctx.a;
    let n = a.tokens.len();
    if e + 1 >= n || !tok_in(a, e, &["of", "to"]) {
        return None;
    }
    let mut k = e + 1;
    let limit = (e + 9).min(n);
    while k < limit && same_sentence(a, k, e) && !ctx.taken[k] {
        if let Some(h) = lex::head_at(a, k) {
            // the inner head must end its own phrase
            if lex::head_at(a, h.end).is_none() {
                return Some((h.end, Some(h)));
            }
        }
        if is_acronym(a, k) && !is_common(a, k) && !(k + 1 < n && is_cap(a, k + 1)) {
            return Some((k + 1, None));
        }
        if is_cap(a, k) && lex::name_head(a, k).is_some() && !(k + 1 < n && is_cap(a, k + 1)) {
            return Some((k + 1, None));
        }
        if matches!(a.tok(k), "," | "." | ";" | ":" | "\"" | "(") || lex::verb_at(a, k).is_some() {
            return None;
        }
        k += 1;
    }
    None
}

/// Is a capitalized name right after `e` (a title before a name, not a description)?
fn name_follows(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    let mut k = e;
    // "Maj-Gen Zaw Min Tun", "President Volodymyr"
    while let Some(t) = lex::title_at(a, k) {
        k = t.end;
    }
    // "special envoy for Sudan Tom Perriello"
    if k + 2 < n && tok_in(a, k, &["for", "to", "of"]) {
        let mut j = k + 1;
        if tok_is(a, j, "the") {
            j += 1;
        }
        if let Some(end) = lex::geo_at(a, j).map(|g| g.end).or_else(|| lex::body_at(a, j).map(|b| b.end)) {
            k = end;
        }
    }
    k < n && is_title_case(a, k) && a.tokens[k].newlines_before == 0 && !is_common(a, k) && lex::geo_at(a, k).is_none_or(|g| g.kind == GeoKind::City)
}

/// A person's name (not a place or body) ending at token `e` (exclusive).
fn name_before(a: &View, e: usize) -> bool {
    e > 0 && is_title_case(a, e - 1) && !is_common(a, e - 1) && lex::geo_at(a, e - 1).is_none() && lex::body_at(a, e - 1).is_none()
        && !(e >= 2 && lex::geo_at(a, e - 2).is_some_and(|g| g.end == e))
}

/// A name before the phrase and a comma ("Vladimir Khokhlov, the spokesman"),
/// or a comma and a name after it ("Zelensky's advisor, Mikhail Podolyak"):
/// an apposition, which only describes the named person.
fn apposition(a: &View, np_start: usize, e: usize) -> bool {
    let n = a.tokens.len();
    // "Cairo, a key mediator": after a place or body too
    let named_before = np_start >= 2 && tok_is(a, np_start - 1, ",") && (name_before(a, np_start - 1) || is_cap(a, np_start - 2));
    // after: ", NAME" possibly after "of the X" or "for the X (ACR)" within a few words
    let mut k = e;
    let limit = (e + 12).min(n);
    while k < limit && !matches!(a.tok(k), "," | "." | ";" | ":" | "\"") {
        k += 1;
    }
    let named_after = k + 1 < n && tok_is(a, k, ",") && is_title_case(a, k + 1) && !is_common(a, k + 1) && lex::geo_at(a, k + 1).is_none() && lex::body_at(a, k + 1).is_none();
    // "an opposition delegate to talks in Astana said": a subject, not an apposition
    let says = (e..(e + 8).min(n)).take_while(|&k| !matches!(a.tok(k), "," | "." | ";")).any(|k| lex::verb_at(a, k).is_some() || (is_lower_word(a, k) && a.tok(k).ends_with("ed")));
    (named_before && !says) || named_after
}

/// Does the word at `i` read as a verb after a singular noun ("delegation
/// arrived", "conference urges", "team negotiating")?
fn verb_like(a: &View, i: usize, strict: bool) -> bool {
    let w = a.tok(i);
    let s_verb = w.ends_with('s') && !w.ends_with("ss") && w.len() > 3;
    // "the government fails to", "the regime endeavours to"
    let s_verb_before_object = s_verb && (tok_in(a, i + 1, &["to", "that", "the", "a", "an", "its", "their", "his"]) || (i + 1 < a.tokens.len() && is_cap(a, i + 1)));
    lex::verb_at(a, i).is_some() || w.ends_with("ed") || w.contains('\'') || s_verb_before_object || (!strict && (w.ends_with("ing") || s_verb))
}

/// Singular heads mostly used as adjectives ("military activities", "rebel
/// minefields", "troop deployments"): a head only before a sure verb.
const ADJECTIVAL_HEADS: &[&str] = &[
    "army", "council", "government", "junta", "military", "militia", "opposition", "police",
    "rebel", "regime", "security", "troop",
];

/// After a singular head, a lower-case noun makes the head its modifier
/// ("military activities", "rebel minefields", "delegation members").
pub(crate) fn followed_by_noun(a: &View, e: usize) -> bool {
    let strict = e > 0 && tok_in(a, e - 1, ADJECTIVAL_HEADS);
    e < a.tokens.len()
        && is_lower_word(a, e)
        && a.tokens[e].newlines_before == 0
        && !verb_like(a, e, strict)
        && !tok_in(a, e, FUNCTION_WORDS)
        && !tok_in(a, e, &["that", "which", "who", "whose", "said", "will", "would", "has", "had", "is", "was", "must", "should", "could", "can", "last", "next", "this", "every", "each"])
        // (a verb's particle: "pull the army out of")
        && !tok_in(a, e, &["away", "back", "down", "off", "out", "up"])
}

/// Part of a capitalized name ("State Administration Council", "Biden
/// Administration") or of a lexicon name: left to the names pass.
fn in_proper_name(a: &View, s: usize, e: usize) -> bool {
    if a.tokens[s].case == Case::Lower {
        return false;
    }
    let n = a.tokens.len();
    let next_cap = e < n && is_cap(a, e) && a.tokens[e].newlines_before == 0;
    let prev_cap = s > 0 && is_cap(a, s - 1) && !sentence_initial(a, s - 1) && lex::geo_at(a, s - 1).is_none() && lex::body_at(a, s - 1).is_none() && !is_acronym(a, s - 1);
    let in_lexicon = (s.saturating_sub(5)..=s).any(|k| {
        lex::body_at(a, k).is_some_and(|b| b.end > s && b.end - b.start > 1) || lex::geo_at(a, k).is_some_and(|g| g.end > s && g.end - g.start > 1)
    });
    if in_headline(a, s) {
        return in_lexicon;
    }
    // "The Group for the Support of Islam", "Council of State"
    let of_name = tok_in(a, e, &["of", "for"]) && e + 2 < n && (is_cap(a, e + 1) || (tok_is(a, e + 1, "the") && is_cap(a, e + 2)));
    (next_cap && !sentence_initial(a, s)) || prev_cap || in_lexicon || (of_name && (!sentence_initial(a, s) || a.tokens[s].case == Case::Title))
}

pub fn run(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        if ctx.taken[i] {
            i += 1;
            continue;
        }
        if let Some(h) = lex::head_at(a, i) {
            // a head followed by another head is its modifier ("government officials")
            let followed = h.end < n && (lex::head_at(a, h.end).is_some() || (is_lower_word(a, h.end) && lex::title_at(a, h.end).is_some()));
            if !followed && ctx.free(h.start, h.end) && !in_proper_name(a, h.start, h.end) {
                if let Some(c) = group_phrase(ctx, h) {
                    let e = c.e;
                    push_coordinated(ctx, c);
                    i = e;
                    continue;
                }
            }
            i = h.end;
            continue;
        }
        if let Some(t) = lex::title_at(a, i) {
            if t.class != "honorific" && ctx.free(t.start, t.end) {
                if let Some(c) = description(ctx, t) {
                    let e = c.e;
                    ctx.push(c);
                    i = e;
                    continue;
                }
            }
            i = t.end;
            continue;
        }
        i += 1;
    }
}

/// Pushes a group, joining it with a group just before it and "and":
/// "[92 countries and 55 heads of state]", "[Tuaregs and jihadists]".
fn push_coordinated(ctx: &mut Ctx, c: Cand) {
    let a = ctx.a;
    if c.kind == ActorKind::Group && c.s >= 2 && tok_is(a, c.s - 1, "and") {
        if let Some(prev) = ctx.cands.last_mut() {
            if prev.kind == ActorKind::Group && prev.e == c.s - 1 {
                prev.e = c.e;
                prev.name = a.text()[a.span_of(prev.s, prev.e).range()].to_string();
                let aff = [prev.affiliation.clone(), c.affiliation.clone()].into_iter().flatten().collect::<Vec<_>>().join("; ");
                prev.affiliation = (!aff.is_empty()).then_some(aff.clone());
                if let Key::Group { aff: ka, .. } = &mut prev.key {
                    *ka = aff;
                }
                let (s, e) = (c.s - 1, c.e);
                ctx.take(s, e);
                return;
            }
        }
    }
    ctx.push(c);
}

fn text(a: &View, s: usize, e: usize) -> String {
    a.text()[a.span_of(s, e).range()].to_string()
}

fn org(s: usize, e: usize, key: String, name: String, sense: &'static str, rule: &'static str) -> Cand {
    Cand { s, e, kind: ActorKind::Organization, key: Key::Body(key), name, role: None, affiliation: None, rule, sense }
}

/// The nearest named body before token `i` (within a few sentences).
fn body_before(ctx: &Ctx, i: usize) -> Option<String> {
    let a = ctx.a;
    (i.saturating_sub(120)..i).rev().find_map(|k| lex::body_at(a, k).filter(|b| !b.media).map(|b| b.name.to_string()))
}

/// Verbs that make the people they affect victims, not parties ("killed two
/// soldiers", "soldiers were wounded").
const CASUALTY: &[&str] = &[
    "abducted", "arrested", "captured", "detained", "executed", "injured", "injuring", "kidnapped",
    "killed", "killing", "kills", "massacred", "murdered", "shot", "wounded", "wounding",
];

fn victims(a: &View, s: usize, e: usize) -> bool {
    let before = (s.saturating_sub(3)..s).any(|k| tok_in(a, k, CASUALTY));
    let after = e + 1 < a.tokens.len() && tok_in(a, e, &["were", "was", "have", "had", "being", "been"]) && (e + 1..(e + 3).min(a.tokens.len())).any(|k| tok_in(a, k, CASUALTY));
    // "14 soldiers captured in the raid" (not "soldiers killed two fighters")
    let counted = s < e && (s..e).any(|k| a.tokens[k].kind == TokKind::Number || lex::modifier_at(a, k).is_some_and(|(_, number)| number));
    let participle = counted && e < a.tokens.len() && tok_in(a, e, CASUALTY)
        && !(e + 1 < a.tokens.len() && (tok_in(a, e + 1, DETERMINERS) || a.tokens[e + 1].kind == TokKind::Number || is_cap(a, e + 1) || lex::modifier_at(a, e + 1).is_some()));
    before || after || participle
}

/// Is the capitalized word at `i` part of a body's name ending in "of …":
/// "Authority of [Heads] of State and [Government]"?
fn inside_body_name(a: &View, i: usize) -> bool {
    let mut k = i;
    // ("Council of Ministers of the [Confederation]")
    // (a bare head only: "of the DEM Party" names a body of its own)
    while k >= 2 && k + 6 > i && (is_cap(a, k - 1) || tok_in(a, k - 1, &["of", "and"]) || (k == i && tok_is(a, k - 1, "the"))) && a.tokens[k].newlines_before == 0 {
        if tok_is(a, k - 1, "of") && lex::name_head(a, k - 2) == Some("org") {
            return true;
        }
        k -= 1;
    }
    false
}

fn group_phrase(ctx: &Ctx, h: lex::Head) -> Option<Cand> {
    let a = ctx.a;
    let mut l = scan_left(ctx, h.start);
    if h.class == "group" && h.sense == "military" && victims(a, l.s, h.end) {
        return None;
    }
    // "the Authority of Heads of State and Government": inside a body's name
    if is_cap(a, h.start) && inside_body_name(a, h.start) {
        return None;
    }
    let multiword = h.end - h.start > 1;
    l.modified |= multiword;
    // "the Lebanese army deploys": after an affiliation a word in -s is a verb
    let verb_next = || {
        let w = a.tok(h.end);
        h.end + 1 < a.tokens.len() && a.tokens[h.end + 1].is_word() && verb_like(a, h.end, false) && !["ments", "tions", "sions", "ness", "ies", "ings"].iter().any(|x| w.ends_with(x))
    };
    if !h.plural && followed_by_noun(a, h.end) && !(!l.affs.is_empty() && verb_next()) {
        return None;
    }
    // "the main opposition Kuomintang", "the opposition Congress": the party is named
    if tok_is(a, h.end - 1, "opposition") && h.end < a.tokens.len() && is_title_case(a, h.end) && a.tokens[h.end].newlines_before == 0 && !super::geo::is_date_word(a, h.end) {
        return None;
    }
    let mut e = h.end;
    let subject = super::geo::subject_of_verb(a, e);
    // "the Viv Ansanm gang coalition", "the Mai-Mai militia": an unknown name before the head
    let apposed = l.np_start() > 0 && tok_is(a, l.np_start() - 1, ",");
    if !h.plural && matches!(h.class, "member" | "org") && l.possessor.is_none() && l.affs.is_empty() && !matches!(l.det.as_deref(), Some("a" | "an")) && !apposed {
        let mut ns = l.s;
        while ns > 0 && ns + 3 > l.s && is_title_case(a, ns - 1) && !ctx.taken[ns - 1] && !is_common(a, ns - 1) && !sentence_initial(a, ns - 1)
            && a.tokens[ns].newlines_before == 0 && lex::geo_at(a, ns - 1).is_none() && lex::body_at(a, ns - 1).is_none() && lex::title_at(a, ns - 1).is_none()
        {
            ns -= 1;
        }
        let indefinite = ns > 0 && (tok_in(a, ns - 1, &["a", "an", ","]));
        if ns < l.s && !indefinite {
            let name = text(a, ns, e);
            return Some(org(ns, e, text(a, ns, l.s), name, h.sense, "body named before its head noun"));
        }
    }
    // "the interim authorities in Damascus", "the junta in Niamey": the government seated there
    let ruling = matches!(h.sense, "government" | "authorities") || tok_in(a, h.start, &["junta", "regime"]);
    if h.class == "body" && ruling && l.states.is_empty() && l.possessor.is_none() && tok_is(a, e, "in") {
        if let Some(g) = lex::geo_at(a, e + 1).filter(|g| g.start == e + 1 && g.kind == GeoKind::Capital) {
            // (the capital stays a place: where the government sits)
            return Some(state(l.s, e, g.country, "government of a country"));
        }
    }
    if let Some(c) = anaphor(ctx, h, &l, subject) {
        return Some(c);
    }
    match h.class {
        "body" => {
            if let Some((ps, pe)) = l.possessor {
                // "Mali's government" -> the state
                if let Some(g) = lex::geo_at(a, ps).filter(|g| g.end == pe && matches!(g.kind, GeoKind::Country | GeoKind::Capital)) {
                    let word = a.tok(h.start).to_ascii_lowercase();
                    // "Myanmar's military government", "Haiti's transitional council": a body of its own
                    if matches!(word.as_str(), "junta" | "regime") || l.mods.iter().any(|m| m == "military") {
                        return Some(Cand { s: l.s, e, kind: ActorKind::Organization, key: Key::Government, name: text(a, l.s, e), role: None, affiliation: Some(g.country.to_string()), rule: "junta", sense: h.sense });
                    }
                    if word == "council" {
                        let mut c = org(l.s, e, crate::text::case::lower(&text(a, l.s, e)), text(a, l.s, e), h.sense, "council of a country");
                        c.affiliation = Some(g.country.to_string());
                        return Some(c);
                    }
                    if matches!(h.sense, "government" | "authorities") {
                        return Some(state(h.start, e, g.country, "government of a country"));
                    }
                }
                if matches!(h.sense, "office" | "government") {
                    // "Netanyahu's office", "Putin's administration": keyed by the owner
                    let name = format!("{}'s {}", text(a, ps, pe), text(a, h.start, e));
                    return Some(org(h.start, e, format!("{}@{}", h.sense, pe - 1), name, h.sense, "office of a person"));
                }
                if h.sense == "conference" {
                    return Some(org(l.s, e, "conference".into(), text(a, l.s, e), h.sense, "conference"));
                }
                return None;
            }
            let compound = e < a.tokens.len() && a.tok(e) == "-" && !a.tokens[e].space_before;
            // "restore civil administration": a function of the state, no party
            let function = tok_is(a, h.end - 1, "administration") && l.mods.iter().any(|m| m == "civil" || m == "public");
            if h.sense == "office" || function || (l.det.is_none() && !l.modified && !subject && !compound) {
                return None;
            }
            if h.sense == "conference" {
                // "a peace conference said" acts; "a summit could be held" does not
                let said = (e..(e + 2).min(a.tokens.len())).any(|k| lex::verb_at(a, k) == Some("say"));
                if (matches!(l.det.as_deref(), Some("a" | "an")) && !said) || !(subject || (l.modified && !l.affs.is_empty())) {
                    return None;
                }
                let mut c = org(l.s, e, "conference".into(), text(a, l.s, e), h.sense, "conference");
                c.affiliation = l.states.first().map(|s| s.to_string());
                return Some(c);
            }
            // "the Burkina Faso junta", "Myanmar's military government": the junta, a body of its own
            let word = a.tok(h.start).to_ascii_lowercase();
            let junta = matches!(word.as_str(), "junta" | "regime") || (h.sense == "government" && l.mods.iter().any(|m| m == "military"));
            if junta && l.affs.len() <= 1 && l.bodies.is_empty() {
                let affiliation = l.states.first().map(|s| s.to_string());
                return Some(Cand { s: l.s, e, kind: ActorKind::Organization, key: Key::Government, name: text(a, l.s, e), role: None, affiliation, rule: "junta", sense: h.sense });
            }
            if l.states.len() == 1 && l.bodies.is_empty() && l.affs.len() == 1 {
                return Some(state(l.s, e, l.states[0], "state by its government"));
            }
            // "the Ortega government": the government its leader heads (the
            // leader's state, found when merging)
            if h.sense == "government" && !h.plural && l.affs.len() == 1 && l.states.is_empty() && l.bodies.is_empty() && l.det.as_deref() == Some("the") {
                if let Some(k) = (l.s..h.start).find(|&k| is_title_case(a, k) && lex::geo_at(a, k).is_none() && !is_common(a, k)) {
                    return Some(org(l.s, e, format!("government@{k}"), text(a, l.s, e), h.sense, "leader's government"));
                }
            }
            // "Western governments", "Turkish and Russian governments": a group
            if l.affs.len() > 1 || (!l.affs.is_empty() && l.states.is_empty() && l.bodies.is_empty()) {
                return Some(group(l.s, e, h.sense, &l, text(a, l.s, e)));
            }
            if h.sense == "side" {
                return None;
            }
            if matches!(l.det.as_deref(), Some("a" | "an")) && !subject {
                return None;
            }
            if !l.bodies.is_empty() {
                let b = l.bodies[0].clone();
                return Some(org(l.s, e, b.clone(), b, h.sense, "body by its head"));
            }
            // "the two governments", "both governments": the sides, no one state
            if h.plural && word == "governments" && l.states.is_empty() {
                return Some(group(l.s, e, "nations", &l, text(a, l.s, e)));
            }
            let kind = if matches!(word.as_str(), "junta" | "regime" | "council") { ActorKind::Organization } else { ActorKind::State };
            Some(Cand { s: l.s, e, kind, key: Key::Government, name: text(a, l.s, e), role: None, affiliation: None, rule: "the government", sense: h.sense })
        }
        "org" => {
            // "Lebanon's health ministry", "the Russian embassy": a body named by the phrase
            if !(l.modified || l.possessor.is_some()) {
                // "parliament's turn", "parliament voted": the country's parliament acting
                let possessive = e < a.tokens.len() && a.tokens[e].kind == TokKind::Possessive;
                if tok_is(a, h.start, "parliament") && e == h.start + 1 && matches!(l.det.as_deref(), None | Some("the")) && (subject || possessive) {
                    return Some(org(l.s, e, "parliament".into(), text(a, l.s, e), h.sense, "parliament"));
                }
                return None;
            }
            let s = match l.possessor {
                Some((ps, pe)) if lex::geo_at(a, ps).is_some_and(|g| g.end == pe) => ps,
                _ => l.s,
            };
            let name = text(a, s, e);
            let mut c = org(l.s, e, crate::text::case::lower(&name), name, h.sense, "body by its head noun");
            c.affiliation = l.states.first().map(|s| s.to_string()).or_else(|| {
                l.possessor.and_then(|(ps, pe)| lex::geo_at(a, ps).filter(|g| g.end == pe).map(|g| g.country.to_string()))
            });
            Some(c)
        }
        "member" => {
            if !l.bodies.is_empty() {
                let b = l.bodies[0].clone();
                return Some(org(l.s, e, b.clone(), b, h.sense, "body by its members"));
            }
            // "terrorists" as a label ("no talks with terrorists"); "the terrorists" name a party
            if h.sense == "terrorists" && l.det.as_deref() != Some("the") {
                return None;
            }
            if !h.plural {
                // "the Saudi-led coalition", "an ethnic rebel alliance said": a body named by the phrase
                if l.modified && l.affs.is_empty() && (l.det.as_deref() == Some("the") || subject) && l.mods.iter().any(|m| m.contains('-') || !lex_adjective(m)) {
                    let name = text(a, l.s, e);
                    return Some(org(l.s, e, crate::text::case::lower(&name), name, h.sense, "body named by its head noun"));
                }
                return None;
            }
            Some(group(l.s, e, h.sense, &l, text(a, l.s, e)))
        }
        _ => {
            let mut affs = l.affs.clone();
            let mut states = l.states.clone();
            let mut sense = h.sense;
            let e2 = extend_right(ctx, e, &mut affs, &mut states);
            if e2 > e {
                if tok_is(a, e2 - 1, "sides") && tok_is(a, e, "on") {
                    l.mods.push("sides".into());
                }
                e = e2;
                l.modified = true;
            } else if matches!(h.sense, "members" | "delegation" | "leaders" | "signatories") {
                if let Some((e3, inner)) = extend_of_group(ctx, e) {
                    e = e3;
                    l.modified = true;
                    if let Some(inner) = inner.filter(|_| h.sense == "members") {
                        // "members of the Israeli delegation" are the delegation
                        let il = scan_left(ctx, inner.start);
                        affs.extend(il.affs);
                        sense = inner.sense;
                    }
                }
            }
            // "China's navy": the country's own
            if let Some((ps, pe)) = l.possessor.filter(|_| affs.is_empty()) {
                if let Some(g) = lex::geo_at(a, ps).filter(|g| g.end == pe && matches!(g.kind, GeoKind::Country | GeoKind::Capital)) {
                    affs.push(g.country.to_string());
                }
            }
            l.affs = affs;
            if l.mods.iter().any(|m| m == "non") {
                sense = "others";
            }
            let bare = !l.modified && l.possessor.is_none();
            // ("Police said": a singular that names many)
            let many = h.plural || (h.sense == "police" && subject);
            if bare && !many && l.det.as_deref() != Some("the") {
                return None;
            }
            let needs_count = matches!(h.sense, "sides" | "nations" | "powers" | "community" | "partners" | "counterparts" | "allies" | "agencies" | "members" | "organizations");
            // "urged the parties to", "called on the parties to", "invite the parties"
            let np = l.np_start();
            let addressed = np > 0 && (tok_in(a, np - 1, &["urge", "urges", "urged", "urging", "invite", "invites", "invited", "told", "asked", "asks", "pressed", "presses", "among", "between"])
                || (np > 1 && tok_is(a, np - 1, "on") && tok_in(a, np - 2, &["call", "calls", "called", "calling"])));
            if bare && needs_count && !l.counted && !((l.det.as_deref() == Some("the") || addressed) && (subject || addressed)) {
                return None;
            }
            // "both capitals" only as a party: "called on both capitals to" (not "officials in both capitals")
            let after_preposition = np > 0 && tok_in(a, np - 1, &["in", "at", "from", "to", "across", "between", "of"]);
            if bare && h.class == "bare" && !(l.counted && h.plural && (addressed || subject && !after_preposition)) {
                return None;
            }
            // bare "troops" as a subject, heading a sentence ("Troops on the
            // border pulled back") or as the object of a withdrawal or deployment
            let moved = np > 0 && tok_in(a, np - 1, &["withdraw", "withdrew", "withdrawn", "withdrawing", "withdraws", "pull", "pulled", "pulling", "pulls", "deploy", "deployed", "deploying", "deploys", "redeploy", "redeployed", "send", "sent", "sending", "sends", "mobilise", "mobilised", "mobilize", "mobilized", "station", "stationed", "move", "moved", "moving"]);
            if bare && h.sense == "military" && l.det.is_none() && !subject && !moved && !(sentence_initial(a, h.start) && a.tokens[h.start].case == Case::Title) {
                return None;
            }
            if l.possessor.is_some() && !l.modified && matches!(h.sense, "members" | "sources" | "allies" | "partners" | "counterparts") {
                return None;
            }
            // "both sides" counts "both" but leaves it out of the span
            Some(group(l.s, e, sense, &l, text(a, l.s, e)))
        }
    }
}

/// Heads that can stand for a body named before ("the alliance", "the
/// group", "the junta") and the heads of bodies' names they match.
const ANAPHORIC: &[&str] = &[
    "alliance", "authority", "bloc", "coalition", "commission", "committee", "community", "company",
    "confederation", "council", "court", "faction", "firm", "force", "front", "group", "junta", "militia", "mission", "movement",
    "organisation", "organization", "panel", "party", "regime", "tribunal",
];

/// Anaphoric heads that stand only for a body of their own type ("the
/// force" for a mission, "the company" for a firm), never for whatever body
/// was named last; they may carry a country ("the French energy company").
pub(crate) const TYPED_ANAPHORS: &[&str] = &["company", "court", "firm", "force", "mission", "party", "tribunal"];

/// Plain adjectives that leave "the [adj] group" a reference to a body named
/// before ("the Islamist group", "the armed movement").
fn lex_adjective(m: &str) -> bool {
    matches!(m, "armed" | "islamist" | "jihadist" | "militant" | "rebel" | "military" | "ruling" | "paramilitary" | "separatist" | "insurgent" | "guerrilla" | "regional" | "main" | "political" | "ethnic" | "extremist" | "rival" | "opposition" | "powerful" | "key")
}

/// "the alliance", "the Islamist group", "the junta": a definite singular
/// head standing for a body named before; resolved when merging.
fn anaphor(ctx: &Ctx, h: lex::Head, l: &Left, subject: bool) -> Option<Cand> {
    let a = ctx.a;
    let head = a.tok(h.end - 1).to_ascii_lowercase();
    let typed = TYPED_ANAPHORS.contains(&head.as_str());
    // ("the authority to negotiate": a power, not "the Authority")
    // ("the community": people; "the Community": the body named before)
    if matches!(head.as_str(), "authority" | "community") && a.tokens[h.start].case == Case::Lower || head == "community" && sentence_initial(a, h.start - 1) {
        return None;
    }
    if h.plural || l.det.as_deref() != Some("the") || l.possessor.is_some() || !(l.affs.is_empty() || (typed && l.bodies.is_empty())) || !in_sorted(ANAPHORIC, &head) {
        return None;
    }
    let e = h.end;
    let adjectives_only = l.mods.iter().all(|m| lex_adjective(m));
    let n = a.tokens.len();
    let possessive = e < n && a.tokens[e].kind == TokKind::Possessive;
    let according = l.det_at >= 2 && tok_is(a, l.det_at - 1, "to") && tok_is(a, l.det_at - 2, "according");
    let loose = !typed && adjectives_only && (subject || possessive || according);
    // "the third party", "the sole firm": a typed head makes a body of its
    // own only with a country or a "-led" modifier ("the Kenyan-led force")
    let own_body = if typed { !l.affs.is_empty() || l.mods.iter().any(|m| m.contains('-')) } else { !adjectives_only && l.modified };
    // what the phrase is when no body fits
    let fallback = match h.class {
        "body" => {
            let kind = if matches!(head.as_str(), "junta" | "regime" | "council") { ActorKind::Organization } else { ActorKind::State };
            Some((Box::new(Key::Government), kind))
        }
        _ if own_body => Some((Box::new(Key::Body(crate::text::case::lower(&text(a, l.s, e)))), ActorKind::Organization)),
        // a body from the lexicons named before, maybe only inside a title ("Hamas spokesperson")
        _ if loose => body_before(ctx, h.start).map(|b| (Box::new(Key::Body(b)), ActorKind::Organization)),
        _ => None,
    };
    let (s, rule) = (l.s, "a body named before");
    Some(Cand { s, e, kind: ActorKind::Organization, key: Key::Anaphor { head, loose, fallback }, name: text(a, s, e), role: None, affiliation: None, rule, sense: h.sense })
}

fn lex_number(m: &str) -> Option<()> {
    matches!(m, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "both" | "all").then_some(())
}

fn state(s: usize, e: usize, country: &'static str, rule: &'static str) -> Cand {
    Cand::state(s, e, country, rule, "government")
}

/// Modifiers that do not tell one set of conflict parties from another.
const SIDE_MODS: &[&str] = &["both", "opposing", "rival", "two", "warring"];

fn group(s: usize, e: usize, sense: &'static str, l: &Left, name: String) -> Cand {
    let mut affs: Vec<String> = l.affs.clone();
    affs.reverse();
    affs.dedup();
    let aff = affs.join("; ");
    // "both sides", "the two sides", "the warring parties": the parties to the
    // conflict the text is about, however counted or qualified
    let sides = sense == "sides";
    let mut mods: Vec<&str> = l.mods.iter().map(String::as_str).filter(|m| lex_number(m).is_none() && !(sides && SIDE_MODS.contains(m))).collect();
    if l.counted && !sides {
        // "two nations", "both leaders": a counted pair is its own group
        mods.push("#count");
    }
    crate::sort::sort_by(&mut mods, Ord::cmp);
    Cand {
        s,
        e,
        kind: ActorKind::Group,
        key: Key::Group { sense, aff: aff.clone(), mods: mods.join(" ") },
        name,
        role: None,
        affiliation: (!aff.is_empty()).then_some(aff),
        rule: "group",
        sense,
    }
}

/// "the Ukrainian president", "a FARC spokesman", "Turkey's president",
/// "regime spokesman" in a headline: a person described without a name.
fn description(ctx: &Ctx, t: lex::Title) -> Option<Cand> {
    let a = ctx.a;
    if name_follows(a, t.end) {
        return None;
    }
    // "PORT-AU-PRINCE": a title word inside a place's name
    if (t.start.saturating_sub(6)..t.start).any(|k| lex::geo_at(a, k).is_some_and(|g| g.end > t.start)) {
        return None;
    }
    // plural forms are groups, handled by the group heads
    if a.tok(t.end - 1).ends_with('s') && !a.tok(t.end - 1).ends_with("ss") {
        return None;
    }
    // "a general amnesty", "a general strike": an adjective before its noun
    if t.end == t.start + 1 && tok_is(a, t.start, "general") && t.end < a.tokens.len() && is_lower_word(a, t.end) && !tok_in(a, t.end, FUNCTION_WORDS) && lex::verb_at(a, t.end).is_none() {
        return None;
    }
    // "Hassan Sheikh said" after "Hassan Sheikh Mohamud": a title word
    // inside a name the text writes in full
    if t.end == t.start + 1 && t.start > 0 && is_title_case(a, t.start) && is_cap(a, t.start - 1) {
        let full = a.reading(a.tok(t.start - 1)).any(|k| k + 2 < a.tokens.len() && a.tok(k + 1) == a.tok(t.start) && is_title_case(a, k + 2) && a.tokens[k + 2].newlines_before == 0 && lex::geo_at(a, k + 2).is_none());
        if full {
            return None;
        }
    }
    let l = scan_left(ctx, t.start);
    let article = matches!(l.det.as_deref(), Some("the" | "a" | "an"));
    if !(article || l.possessor.is_some() || (l.modified && (in_headline(a, t.start) || sentence_initial(a, l.s)))) {
        return None;
    }
    if apposition(a, l.np_start(), t.end) {
        return None;
    }
    // "the head of state", "a chief": vague titles need a modifier or a possessor
    let vague = matches!(t.role, Some("head" | "chief" | "deputy" | "counterpart" | "leader" | "official" | "source" | "director" | "Secretary" | "Minister"));
    if vague && !l.modified && l.possessor.is_none() && !(article && t.end < a.tokens.len() && !tok_is(a, t.end, "of") && matches!(t.role, Some("official" | "source" | "leader"))) {
        return None;
    }
    let role = t.role?;
    let mut aff = l.states.first().map(|s| s.to_string()).or_else(|| l.affs.first().cloned());
    if aff.is_none() {
        if let Some((ps, pe)) = l.possessor {
            if let Some(g) = lex::geo_at(a, ps).filter(|g| g.end == pe) {
                aff = Some(g.country.to_string());
            }
        }
    }
    // a person's description keeps its article: "[the Ukrainian president]",
    // "[a FARC spokesman]", and its country: "[Turkey's president]"
    let s = match l.possessor {
        Some((ps, pe)) if lex::geo_at(a, ps).is_some_and(|g| g.end == pe) => ps,
        Some(_) => l.s,
        None if article => l.det_at,
        None => l.s,
    };
    Some(Cand {
        s,
        e: t.end,
        kind: ActorKind::Person,
        key: Key::Desc { role, aff: aff.clone() },
        name: a.text()[a.span_of(l.s, t.end).range()].to_string(),
        role: Some(role.to_string()),
        affiliation: aff,
        rule: "description",
        sense: "",
    })
}

#[cfg(test)]
pub(crate) const CASUALTY_FOR_TESTS: &[&str] = CASUALTY;
