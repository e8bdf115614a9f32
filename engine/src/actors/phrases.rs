//! Noun phrases built around a head noun: groups ("Russian troops", "both
//! sides", "Officials from Ukraine and Russia"), states named by their
//! government ("the Turkish government", "the Russian side"), bodies named
//! by their members ("M23 rebels", "Hamas rulers") and persons described
//! without a name ("the Ukrainian president", "a FARC spokesman").

use super::lex::{self, GeoKind};
use super::words::*;
use super::{Cand, Ctx, Key};
use crate::document::ActorKind;
use crate::text::tokens::TokKind;
use crate::text::Analysis;

/// What the words before a head tell about it.
#[derive(Default, Debug)]
struct Left {
    /// First token of the span.
    s: usize,
    /// Affiliations: countries, blocs, bodies ("Ukraine", "Europe", "M23").
    affs: Vec<String>,
    /// Some affiliation is a state (not a bloc or a body).
    states: Vec<&'static str>,
    bodies: Vec<String>,
    /// Any modifier at all (adjective, number, affiliation).
    modified: bool,
    /// "two", "both", "17".
    counted: bool,
    /// Token range of a possessor ("Zelensky" in "Zelensky's advisor").
    possessor: Option<(usize, usize)>,
    /// The determiner before the phrase, lower case, and its token.
    det: Option<String>,
    det_at: usize,
}

/// A lexicon affiliation (demonym, country, capital, body) ending at token `e`.
fn aff_ending(a: &Analysis, e: usize) -> Option<(usize, String, Option<&'static str>, bool)> {
    for s in (e.saturating_sub(6)..e).rev() {
        if let Some(g) = lex::geo_at(a, s).filter(|g| g.end == e) {
            let state = matches!(g.kind, GeoKind::Country | GeoKind::Capital | GeoKind::Demonym | GeoKind::DemonymPlural);
            let name = if g.country.is_empty() { g.name } else { g.country };
            return Some((s, name.to_string(), state.then_some(name), false));
        }
        if let Some(b) = lex::body_at(a, s).filter(|b| b.end == e) {
            return Some((s, b.name.to_string(), None, true));
        }
    }
    if e > 0 && is_acronym(a, e - 1) && !is_common(a, e - 1) {
        return Some((e - 1, a.tok(e - 1).to_string(), None, true));
    }
    None
}

fn scan_left(ctx: &Ctx, head_start: usize) -> Left {
    let a = ctx.a;
    let mut l = Left { s: head_start, ..Default::default() };
    let mut j = head_start;
    let mut last_was_aff = false;
    while j > 0 && same_sentence(a, j - 1, head_start) && !ctx.taken[j - 1] {
        let k = j - 1;
        let w = a.tok(k);
        if let Some((s, name, state, body)) = aff_ending(a, j) {
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
        if last_was_aff && (w == "and" || w == "," || w == "or") && k > 0 && aff_ending(a, k).is_some() {
            j = k;
            last_was_aff = false;
            continue;
        }
        last_was_aff = false;
        if let Some((_, number)) = lex::modifier_at(a, k) {
            l.modified = true;
            l.counted |= number;
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
        // a head used as a modifier: "government officials", "defense ministers"
        if lex::head_at(a, k).is_some_and(|h| h.end == j) || (is_lower_word(a, k) && lex::title_at(a, k).is_some_and(|t| t.end == j)) {
            l.modified = true;
            l.s = k;
            j = k;
            continue;
        }
        // hyphenated modifier: "two-member", "anti-war", "junta-organised"
        if w == "-" && k > 0 && !a.tokens[k].space_before && is_word(a, k - 1) && l.s == j {
            l.modified = true;
            l.s = k - 1;
            j = k - 1;
            continue;
        }
        // a capitalized body name before the head: "Unification Ministry official"
        if is_cap(a, k) && lex::name_head(a, k) == Some("org") {
            let mut s = k;
            while s > 0 && is_title_case(a, s - 1) && !ctx.taken[s - 1] && !is_in(FUNCTION_WORDS, a.tok(s - 1)) && lex::geo_at(a, s - 1).is_none() {
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
        if a.tokens[k].kind == TokKind::Possessive && k > 0 {
            let mut ps = k - 1;
            if is_cap(a, ps) {
                while ps > 0 && is_cap(a, ps - 1) && same_sentence(a, ps - 1, k) && !is_in(FUNCTION_WORDS, a.tok(ps - 1)) {
                    ps -= 1;
                }
            } else if ps > 0 && lex::title_at(a, ps - 1).is_some_and(|t| t.end == k) {
                // "the prime minister's office"
                ps -= 1;
            }
            l.possessor = Some((ps, k));
            break;
        }
        if is_in(DETERMINERS, w) {
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
/// "leaders [on both sides]", "members [of the Israeli delegation]".
fn extend_right(ctx: &Ctx, e: usize, affs: &mut Vec<String>, states: &mut Vec<&'static str>) -> usize {
    let a = ctx.a;
    let n = a.tokens.len();
    if e + 2 < n && tok_is(a, e, "on") && tok_is(a, e + 1, "both") && tok_is(a, e + 2, "sides") {
        return e + 3;
    }
    if e + 1 < n && tok_in(a, e, &["from", "of"]) {
        // a list of countries
        let mut k = e + 1;
        if tok_is(a, k, "the") {
            k += 1;
        }
        let mut end = None;
        let mut found = Vec::new();
        while k < n {
            match lex::geo_at(a, k).filter(|g| matches!(g.kind, GeoKind::Country)) {
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
        // "of the two Koreas"
        if k + 1 < n && tok_in(a, k, &["two", "both"]) && is_cap(a, k + 1) {
            return k + 2;
        }
    }
    e
}

/// "members of the Israeli delegation", "signatories to the Nationwide
/// Ceasefire Agreement": the head and the phrase after `of`/`to` make one span.
fn extend_of_group(ctx: &Ctx, e: usize) -> Option<usize> {
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
                return Some(h.end);
            }
        }
        if is_acronym(a, k) && !is_common(a, k) && !(k + 1 < n && is_cap(a, k + 1)) {
            return Some(k + 1);
        }
        if is_cap(a, k) && lex::name_head(a, k).is_some() && !(k + 1 < n && is_cap(a, k + 1)) {
            return Some(k + 1);
        }
        if matches!(a.tok(k), "," | "." | ";" | ":" | "\"" | "(") || lex::verb_at(a, k).is_some() {
            return None;
        }
        k += 1;
    }
    None
}

/// Is a capitalized name right after `e` (a title before a name, not a description)?
fn name_follows(a: &Analysis, e: usize) -> bool {
    let n = a.tokens.len();
    let mut k = e;
    // "Maj-Gen Zaw Min Tun", "President Volodymyr"
    while k < n && lex::title_at(a, k).is_some() {
        k = lex::title_at(a, k).unwrap().end;
    }
    k < n && is_title_case(a, k) && a.tokens[k].newlines_before == 0 && !is_common(a, k) && lex::geo_at(a, k).is_none()
}

/// A name before the phrase and a comma ("Vladimir Khokhlov, the spokesman"),
/// or a comma and a name after it ("Zelensky's advisor, Mikhail Podolyak"):
/// an apposition, which only describes the named person.
fn apposition(a: &Analysis, s: usize, e: usize, det: bool) -> bool {
    let n = a.tokens.len();
    let before = if det { s.checked_sub(2) } else { s.checked_sub(1) };
    let named_before = before.is_some_and(|b| tok_is(a, b, ",") && b > 0 && is_title_case(a, b - 1) && !is_common(a, b - 1));
    // after: ", NAME" possibly after "of the X" or "for the X" within a few words
    let mut k = e;
    let limit = (e + 8).min(n);
    while k < limit && !matches!(a.tok(k), "," | "." | ";" | ":" | "\"") {
        k += 1;
    }
    let named_after = k + 1 < n && tok_is(a, k, ",") && is_title_case(a, k + 1) && !is_common(a, k + 1) && lex::geo_at(a, k + 1).is_none()
        && (k + 2 >= n || is_cap(a, k + 2) || !is_lower_word(a, k + 2) || lex::verb_at(a, k + 2).is_none());
    named_before || named_after
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
            if !followed && ctx.free(h.start, h.end) {
                if let Some(c) = group_phrase(ctx, h) {
                    let e = c.e;
                    ctx.push(c);
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

fn group_phrase(ctx: &Ctx, h: lex::Head) -> Option<Cand> {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut l = scan_left(ctx, h.start);
    // "the military" is a noun only when nothing noun-like follows
    if h.sense == "military" && !h.plural && h.end < n && is_lower_word(a, h.end) && lex::verb_at(a, h.end).is_none() {
        return None;
    }
    if !h.plural && h.class == "group" && h.end < n && is_lower_word(a, h.end) && lex::verb_at(a, h.end).is_none() && !tok_in(a, h.end, &["and", "or", "of", "to", "in", "from", "on", "for", "with", "that", "which", "who"]) {
        // "delegation members", "team leader": a modifier, not a head
        return None;
    }
    let mut e = h.end;
    let text = |s: usize, e: usize| a.text()[a.span_of(s, e).range()].to_string();
    match h.class {
        "body" => {
            // a possessor that is a country: "Mali's government" -> the state
            if let Some((ps, pe)) = l.possessor {
                if let Some(g) = lex::geo_at(a, ps).filter(|g| g.end == pe && matches!(g.kind, GeoKind::Country | GeoKind::Capital)) {
                    if matches!(h.sense, "government" | "authorities") {
                        return Some(state(h.start, e, g.country, "government of a country"));
                    }
                }
                if matches!(h.sense, "office" | "government") {
                    // "Netanyahu's office", "Putin's administration"
                    return Some(Cand {
                        s: h.start,
                        e,
                        kind: ActorKind::Organization,
                        key: Key::Body(format!("{}@{}", h.sense, ps)),
                        name: format!("{}'s {}", text(ps, pe), text(h.start, e)),
                        role: None,
                        affiliation: None,
                        rule: "office of a person",
                    });
                }
                return None;
            }
            if h.sense == "office" {
                return None;
            }
            if h.sense == "conference" {
                if !l.modified && !super::geo::subject_of_verb(a, e) {
                    return None;
                }
                return Some(Cand {
                    s: l.s,
                    e,
                    kind: ActorKind::Organization,
                    key: Key::Body(a.tok(h.start).to_ascii_lowercase()),
                    name: text(l.s, e),
                    role: None,
                    affiliation: l.states.first().map(|s| s.to_string()),
                    rule: "conference",
                });
            }
            if l.states.len() == 1 && l.bodies.is_empty() && l.affs.len() == 1 {
                return Some(state(l.s, e, l.states[0], "state by its government"));
            }
            if l.affs.len() > 1 {
                return Some(group(l.s, e, h.sense, &l.affs, text(l.s, e)));
            }
            if h.sense == "side" {
                return None;
            }
            if matches!(l.det.as_deref(), Some("a" | "an")) {
                return None;
            }
            if !l.bodies.is_empty() {
                return Some(Cand {
                    s: l.s,
                    e,
                    kind: ActorKind::Organization,
                    key: Key::Body(l.bodies[0].clone()),
                    name: l.bodies[0].clone(),
                    role: None,
                    affiliation: None,
                    rule: "body by its head",
                });
            }
            let kind = if matches!(h.sense, "government") && matches!(a.tok(h.start).to_ascii_lowercase().as_str(), "junta" | "regime") {
                ActorKind::Organization
            } else {
                ActorKind::State
            };
            Some(Cand {
                s: l.s,
                e,
                kind,
                key: Key::Government,
                name: text(l.s, e),
                role: None,
                affiliation: None,
                rule: "the government",
            })
        }
        "member" => {
            if !l.bodies.is_empty() {
                let b = l.bodies[0].clone();
                return Some(Cand {
                    s: l.s,
                    e,
                    kind: ActorKind::Organization,
                    key: Key::Body(b.clone()),
                    name: b,
                    role: None,
                    affiliation: None,
                    rule: "body by its members",
                });
            }
            if !h.plural {
                // "the group": the last armed body, resolved when merging
                if l.det.as_deref() == Some("the") && !l.modified {
                    return Some(Cand {
                        s: h.start,
                        e,
                        kind: ActorKind::Organization,
                        key: Key::Body(String::new()),
                        name: String::new(),
                        role: None,
                        affiliation: None,
                        rule: "the group (anaphor)",
                    });
                }
                return None;
            }
            Some(group(l.s, e, h.sense, &l.affs, text(l.s, e)))
        }
        _ => {
            let mut affs = l.affs.clone();
            let mut states = l.states.clone();
            let e2 = extend_right(ctx, e, &mut affs, &mut states);
            if e2 > e {
                e = e2;
                l.modified = true;
            } else if matches!(h.sense, "members" | "delegation" | "leaders" | "signatories") {
                if let Some(e3) = extend_of_group(ctx, e) {
                    e = e3;
                    l.modified = true;
                }
            }
            let bare = !l.modified && l.possessor.is_none();
            if bare && (h.class == "bare" || !h.plural && l.det.as_deref() != Some("the")) {
                return None;
            }
            if bare && matches!(h.sense, "sides" | "nations" | "powers" | "community" | "partners" | "counterparts" | "allies" | "agencies" | "members" | "organizations") && !l.counted {
                return None;
            }
            if l.possessor.is_some() && !l.modified && matches!(h.sense, "members" | "sources" | "allies" | "partners" | "counterparts") {
                return None;
            }
            // "both sides" counts "both" but leaves it out of the span
            Some(group(l.s, e, h.sense, &affs, text(l.s, e)))
        }
    }
}

fn state(s: usize, e: usize, country: &'static str, rule: &'static str) -> Cand {
    Cand { s, e, kind: ActorKind::State, key: Key::State(country), name: country.to_string(), role: None, affiliation: Some(country.to_string()), rule }
}

fn group(s: usize, e: usize, sense: &'static str, affs: &[String], name: String) -> Cand {
    let mut affs: Vec<String> = affs.to_vec();
    affs.dedup();
    let aff = affs.join("; ");
    Cand {
        s,
        e,
        kind: ActorKind::Group,
        key: Key::Group { sense, aff: aff.clone() },
        name,
        role: None,
        affiliation: (!aff.is_empty()).then_some(aff),
        rule: "group",
    }
}

/// "the Ukrainian president", "a FARC spokesman", "Turkey's president",
/// "Governor" heading a headline: a person described without a name.
fn description(ctx: &Ctx, t: lex::Title) -> Option<Cand> {
    let a = ctx.a;
    if name_follows(a, t.end) {
        return None;
    }
    // plural forms are groups, handled by the group heads
    if a.tok(t.end - 1).ends_with('s') && !a.tok(t.end - 1).ends_with("ss") {
        return None;
    }
    let l = scan_left(ctx, t.start);
    let det = l.det.is_some();
    let headline_subject = sentence_initial(a, t.start) && is_cap(a, t.start) && t.end < a.tokens.len() && is_lower_word(a, t.end);
    if !(det || l.possessor.is_some() || headline_subject || (l.modified && (in_headline(a, t.start) || sentence_initial(a, l.s)))) {
        return None;
    }
    if matches!(l.det.as_deref(), Some("his" | "her" | "their" | "its" | "our" | "my" | "your")) && !l.modified {
        // "his adviser": a pronoun's description; left to the reader
        return None;
    }
    if apposition(a, l.s, t.end, det) {
        return None;
    }
    // "the head of state", "head of the delegation": only with a modifier
    if matches!(t.role, Some("head" | "chief" | "deputy" | "counterpart" | "leader" | "official" | "source" | "director")) && !l.modified && l.possessor.is_none() {
        if !(det && t.end < a.tokens.len() && !tok_is(a, t.end, "of") && matches!(t.role, Some("official" | "source" | "leader"))) {
            return None;
        }
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
    // span: with the possessor when it is a country ("Turkey's president"), else from the modifiers
    let s = match l.possessor {
        Some((ps, pe)) if lex::geo_at(a, ps).is_some_and(|g| g.end == pe) => ps,
        _ => l.s,
    };
    // a person's description keeps its article: "[the Ukrainian president]", "[a FARC spokesman]"
    let s = if matches!(l.det.as_deref(), Some("the" | "a" | "an")) && l.possessor.is_none() { l.det_at } else { s };
    Some(Cand {
        s,
        e: t.end,
        kind: ActorKind::Person,
        key: Key::Desc { role, aff: aff.clone() },
        name: a.text()[a.span_of(l.s, t.end).range()].to_string(),
        role: Some(role.to_string()),
        affiliation: aff,
        rule: "description",
    })
}
