//! Runs of capitalized words: "Ukrainian President Volodymyr Zelensky",
//! "Kremlin", "State Administration Council (SAC)", "Russia", "Kanyuka".
//! A run is cut into units (titles, places, bodies from the lexicons, and
//! free words); its last free words make a person's name when the cues allow
//! (two or more uncommon words, a title before, a reporting verb after…),
//! a name ending in "Council" or "Front" makes an organization, and places
//! and bodies stand alone otherwise.

use super::geo::{self, Role};
use super::lex::{self, Geo, GeoKind, Title};
use super::words::*;
use super::{Cand, Ctx, Key};
use crate::document::ActorKind;
use crate::text::tokens::TokKind;
use super::lex::View;

/// An acronym the text defines or uses as a party.
#[derive(Debug, Clone)]
pub(crate) struct Acronym {
    pub text: String,
    /// Used as a party (an organization), not a thing (NCA, JCPOA).
    pub actor: bool,
    /// The long form's canonical name, when the text gives it.
    pub long: Option<String>,
    /// Token range of the long form the text gives before "(ACR)", when it
    /// is no lexicon body (the long-form pass makes it a mention).
    pub span: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Copy)]
enum Unit {
    Title(Title),
    Geo(Geo),
    Body(lex::Body),
    /// A free word (maybe hyphenated: "Yong-chun"), tokens [s, e).
    Word(usize, usize),
    Acronym(usize),
    /// Glue inside a name: a particle ("al"), "of the", a quoted nickname.
    Glue(usize, usize),
}

impl Unit {
    fn range(&self) -> (usize, usize) {
        match *self {
            Unit::Title(t) => (t.start, t.end),
            Unit::Geo(g) => (g.start, g.end),
            Unit::Body(b) => (b.start, b.end),
            Unit::Word(s, e) | Unit::Glue(s, e) => (s, e),
            Unit::Acronym(i) => (i, i + 1),
        }
    }
}

/// "National", "Federal", "Central": a word before "Government" that names a
/// country's own government, not a body of its own ("Transitional Government").
fn national_word(a: &View, i: usize) -> bool {
    tok_in(a, i, &["National", "Federal", "Central"])
}

/// Words of a state's formal name before "of X": "the Federal Democratic Republic of".
const STATE_FORMS: &[&str] = &["Arab", "Bolivarian", "Democratic", "Federal", "Federative", "Islamic", "Kingdom", "People's", "Plurinational", "Republic", "Socialist", "State", "Sultanate", "United"];

/// "Government of the Republic of Mali": a government named by its state's formal name.
fn government_of_state_form(a: &View, s: usize, us: &[Unit]) -> bool {
    let Some(Unit::Geo(g)) = us.last() else { return false };
    let mut k = s + usize::from(national_word(a, s));
    if !(tok_is(a, k, "Government") && tok_is(a, k + 1, "of")) {
        return false;
    }
    k += 2;
    k += usize::from(tok_is(a, k, "the"));
    let forms = k;
    while k < g.start && tok_in(a, k, STATE_FORMS) {
        k += 1;
    }
    k > forms && k + 1 == g.start && tok_is(a, k, "of")
}

fn text(a: &View, s: usize, e: usize) -> String {
    a.text()[a.span_of(s, e).range()].to_string()
}

/// Finds acronyms defined in parentheses ("State Administration Council
/// (SAC)") and acronyms used as parties ("NDF warns", "FARC rebels").
pub fn acronyms_and_persons(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut out: Vec<Acronym> = Vec::new();
    for i in 0..n {
        // (an acronym or a title-case word, the only ones that can be one:
        // the cheap tests first, most tokens stop here; lower-case words
        // and punctuation are neither)
        let t = &a.tokens[i];
        if t.kind != TokKind::Acronym && (t.kind != TokKind::Word || t.case == crate::text::tokens::Case::Lower) {
            continue;
        }
        let acronym = is_acronym(a, i);
        if !acronym && !is_title_case(a, i) {
            continue;
        }
        let in_parens = i >= 2 && matches!(a.tok(i - 1), "(" | "[") && i + 1 < n && matches!(a.tok(i + 1), ")" | "]");
        // "Commission on Elections (Comelec)": a word acronym, defined in parentheses
        let word_acronym = in_parens && paren_word_acronym(a, i);
        if !(acronym || word_acronym) || is_common(a, i) || lex::body_at(a, i).is_some() || lex::geo_at(a, i).is_some() {
            continue;
        }
        let w = a.tok(i).to_string();
        // (an acronym used in a headline first is defined later: "BRN seeks
        // truce … the Barisan Revolusi Nasional (BRN)")
        if out.iter().any(|x| x.text == w && (x.long.is_some() || !in_parens)) {
            continue;
        }
        // defined: "Long Name (ACR)"
        let mut def: Option<(bool, Option<String>, Option<(usize, usize)>)> = None;
        if in_parens {
            let e = i - 1;
            let mut s = e;
            // "Forces for the Liberation of Rwanda", "Support Mission in Libya",
            // "Adviser on Peace, Reconciliation and Unity"
            // ("Jabhat Tahrir al-Sham wal-Nusra (JTSN)": the words after particles count)
            let glue = |k: usize| tok_in(a, k, &["of", "for", "the", "and", "in", "on"]) || tok_in(a, k, NAME_PARTICLES);
            let comma = |k: usize| tok_is(a, k, ",") && k >= 1 && is_cap(a, k - 1) && k + 1 < e && is_cap(a, k + 1);
            while s > 0
                && (is_cap(a, s - 1) || (glue(s - 1) && s >= 2 && (is_cap(a, s - 2) || (glue(s - 2) && s >= 3 && is_cap(a, s - 3)))) || a.tokens[s - 1].kind == TokKind::Possessive || tok_is(a, s - 1, "-") || comma(s - 1))
                && same_sentence(a, s - 1, e)
                && a.tokens[s].newlines_before == 0
            {
                s -= 1;
            }
            while s < e && (tok_in(a, s, &["The", "A", "An"]) || glue(s) || !is_cap(a, s)) {
                s += 1;
            }
            // "in Niamey of the Confederation of Sahel States (AES)": a place
            // before "of" is no part of the name
            if let Some(g) = lex::geo_at(a, s).filter(|g| g.start == s && g.end + 1 < e && tok_is(a, g.end, "of")) {
                s = g.end + 1;
                while s < e && (tok_in(a, s, &["the", "The"]) || !is_cap(a, s)) {
                    s += 1;
                }
            }
            // "on Monday the Independent Decommissioning Body (IDB)": the
            // long form starts at the first word with the acronym's letter
            let first = w.chars().next();
            let caps_from = |s: usize| -> Vec<char> { (s..e).filter(|&k| is_cap(a, k) && is_word(a, k)).filter_map(|k| a.tok(k).chars().next()).collect() };
            if a.tok(s).chars().next() != first {
                if let Some(k) = (s + 1..e).find(|&k| is_cap(a, k) && a.tok(k).chars().next() == first && (initials_spell(&w, &caps_from(k)) || (k + 1 == e && letters_in_order(&w, a.tok(k))))) {
                    s = k;
                }
            }
            if s < e {
                // (not "West Papua National Liberation Army (TPNPB)": names
                // before another country's body make another body)
                let own = |b: &lex::Body| b.start == s || !matches!(b.kind, "armed" | "party" | "gov") || lex::geo_at(a, s).is_some_and(|g| g.end == b.start && Some(g.country) == b.affiliation);
                let body = (s..e).find_map(|k| lex::body_at(a, k).filter(|b| b.end == e && b.start == k && own(b)));
                let last_head = (s..e).rev().find_map(|k| lex::name_head(a, k));
                // "Independent Decommissioning Body (IDB)", "Barisan Revolusi
                // Nasional (BRN)": a name of two or more capitalized words
                // whose initials spell the acronym is a body (not "Line of
                // Actual Control (LAC)", a place, nor "… Agreement (CAB)")
                let caps = caps_from(s);
                let spelled = caps.len() >= 2 && (word_acronym || initials_spell(&w, &caps));
                // "Kuomintang (KMT)": one uncommon word holding the acronym's letters in order
                let one_word = e == s + 1 && !word_acronym && !is_common(a, s) && w.len() >= 2 && a.tok(s).chars().next() == first && letters_in_order(&w, a.tok(s));
                // ("Islamic State West Africa Province (ISWAP)": an armed body's branch)
                let branch = lex::body_at(a, s).is_some_and(|b| b.kind == "armed");
                let named = (spelled || one_word) && (last_head.is_none_or(|h| h == "org" || h == "media") || branch);
                // (not an agreement: "the Suspension of Operations (SoO) pact")
                let agreement = i + 2 < n && is_lower_word(a, i + 2) && tok_in(a, i + 2, AGREEMENT_WORDS);
                let actor = (body.is_some() || last_head == Some("org") || named) && !agreement;
                // the acronym of another language may start with another letter
                // ("Democratic Forces for the Liberation of Rwanda (FDLR)")
                if actor || a.tok(s).chars().next() == first {
                    let span = (body.is_none() && actor && (caps.len() >= 2 || one_word)).then_some((s, e));
                    def = Some((actor, Some(body.map(|b| b.name.to_string()).unwrap_or_else(|| text(a, s, e))), span));
                }
            }
        }
        let (actor, long, span) = match def {
            Some(d) => d,
            None if word_acronym => continue,
            None => {
                // used as a party anywhere in the text?
                let used = a.same_from(i).any(|k| acronym_used_as_party(a, k));
                (used, None, None)
            }
        };
        out.retain(|x| x.text != w);
        out.push(Acronym { text: w, actor, long, span });
    }
    ctx.acronyms = out;
}

/// Nouns of agreements, after a name defined with its acronym.
const AGREEMENT_WORDS: &[&str] = &["accord", "agreement", "deal", "framework", "pact", "plan", "protocol", "roadmap", "treaty", "truce"];

/// Do the letters of `acr` appear in `word` in order, case aside ("KMT" in "Kuomintang")?
fn letters_in_order(acr: &str, word: &str) -> bool {
    // (ASCII case only: Unicode case tables would cost the wasm kilobytes)
    let mut letters = word.bytes().map(|b| b.to_ascii_lowercase());
    acr.bytes().filter(u8::is_ascii_alphabetic).map(|b| b.to_ascii_lowercase()).all(|c| letters.any(|l| l == c))
}

/// "Comelec", "Igad" in parentheses: one capitalized uncommon word, no
/// known name.
fn paren_word_acronym(a: &View, i: usize) -> bool {
    let len = a.tok(i).chars().count();
    is_title_case(a, i) && (3..=10).contains(&len) && !is_common(a, i) && i >= 3 && is_cap(a, i - 2)
}

/// Do the letters of `acr` (upper case, maybe a plural "s") appear in order
/// among the initials `caps`, the first with the first?
pub(crate) fn initials_spell(acr: &str, caps: &[char]) -> bool {
    let letters: Vec<char> = acr.trim_end_matches('s').chars().filter(|c| c.is_alphabetic()).collect();
    if letters.first() != caps.first() {
        return false;
    }
    let mut it = caps.iter();
    letters.iter().all(|l| it.any(|c| c == l))
}

/// Long forms of acronyms the text defines ("Independent Decommissioning
/// Body (IDB)"), when no lexicon knows them: organizations, keyed by the
/// long form as the acronym's uses are.
pub fn long_forms(ctx: &mut Ctx) {
    let found: Vec<(usize, usize, String)> = ctx.acronyms.iter().filter(|x| x.actor).filter_map(|x| Some((x.span?.0, x.span?.1, x.long.clone()?))).collect();
    for (s, e, long) in found {
        if ctx.free(s, e) {
            ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(long.clone()), name: long, role: None, affiliation: None, rule: "long form of an acronym", sense: "" });
        }
    }
}

fn acronym_used_as_party(a: &View, k: usize) -> bool {
    let n = a.tokens.len();
    let next = k + 1;
    if next >= n {
        return false;
    }
    if a.tokens[next].kind == TokKind::Possessive {
        return true;
    }
    if lex::verb_at(a, next).is_some() {
        return true;
    }
    // "FARC rebels", "NDF consultants", "NDF peace negotiator", "FARC Spokesman"
    (next..(next + 2).min(n)).any(|j| {
        lex::head_at(a, j).is_some_and(|h| h.class != "body") || lex::title_at(a, j).is_some_and(|t| t.class != "honorific")
            || tok_in(a, j, &["consultants", "members", "fighters"])
    })
}

fn acronym<'c>(ctx: &'c Ctx, w: &str) -> Option<&'c Acronym> {
    ctx.acronyms.iter().find(|x| x.text == w)
}

/// Cuts the capitalized run starting at `i` into units, in `out` (emptied
/// first: one buffer serves every run, not an allocation per run).
fn units(ctx: &Ctx, i: usize, mut out: Vec<Unit>) -> Vec<Unit> {
    let a = ctx.a;
    let n = a.tokens.len();
    out.clear();
    let mut k = i;
    while k < n && !ctx.taken[k] {
        // a line break inside a name only when the sentence goes on ("Volodymyr\nZelensky")
        if k > i && (a.tokens[k].newlines_before > 1 || (a.tokens[k].newlines_before == 1 && !(same_sentence(a, k - 1, k) && wrapped_line(a, k)))) {
            break;
        }
        let cap = is_cap(a, k) || (k == i && lex::body_at(a, k).is_some());
        // (and a preposition in a Title Case headline: "… Boat Near Second Thomas Shoal")
        if cap && k > i && (headline_verb(a, k) || (tok_in(a, k, HEADLINE_PREPOSITIONS) && in_headline(a, k))) {
            break;
        }
        if cap {
            // longest lexicon unit at k
            let t = lex::title_at(a, k);
            let b = lex::body_at(a, k);
            let g = lex::geo_at(a, k);
            let best = [t.map(|t| t.end), b.map(|b| b.end), g.map(|g| g.end)].into_iter().flatten().max();
            let compound = |end: usize| end + 1 < n && a.tok(end) == "-" && !a.tokens[end].space_before && !a.tokens[end + 1].space_before && is_acronym(a, end + 1);
            if let Some(end) = best.filter(|&end| ctx.free(k, end) && !compound(end)) {
                let unit = if b.is_some_and(|b| b.end == end) {
                    Unit::Body(b.unwrap())
                } else if g.is_some_and(|g| g.end == end) {
                    Unit::Geo(g.unwrap())
                } else {
                    Unit::Title(t.unwrap())
                };
                out.push(unit);
                k = end;
                continue;
            }
            // initials inside a name: "George W. Bush", "J.D. Vance"
            let initial = (a.tok(k).len() == 1 && k + 2 < n && a.tok(k + 1) == "." && !a.tokens[k + 1].space_before)
                || (a.tokens[k].kind == crate::text::tokens::TokKind::Acronym && a.tok(k).len() <= 4);
            let next_name = |j: usize| j < n && is_title_case(a, j) && a.tokens[j].newlines_before == 0 && !is_common(a, j);
            if initial && lex::geo_at(a, k).is_none() && lex::body_at(a, k).is_none() {
                let after = if a.tok(k).len() == 1 { k + 2 } else { k + 1 };
                if next_name(after) && matches!(out.last(), None | Some(Unit::Word(..)) | Some(Unit::Title(_))) {
                    out.push(Unit::Glue(k, after));
                    k = after;
                    continue;
                }
            }
            // a surname in capitals after a given name, as in French official
            // texts: "Mr Abdoulaye DIOP", "General Assimi GOÏTA"
            let caps_surname = a.tokens[k].case == crate::text::tokens::Case::Upper && a.tok(k).chars().count() >= 4 && !regnal_number(a.tok(k)) && lex::name_head(a, k).is_none()
                && matches!(out.last(), Some(Unit::Word(ps, pe)) if *pe == k && *pe == ps + 1 && is_title_case(a, *ps) && !is_common(a, *ps))
                && lex::body_at(a, k).is_none() && lex::geo_at(a, k).is_none() && !tok_is(a, k + 1, ")") && !tok_is(a, k - 1, "(");
            if caps_surname {
                let Some(Unit::Word(ps, _)) = out.last().copied() else { unreachable!() };
                *out.last_mut().unwrap() = Unit::Word(ps, k + 1);
                k += 1;
                continue;
            }
            // a regnal number ends a name: "King Mohammed VI", "Pope Leo XIV"
            if let Some(Unit::Word(ps, pe)) = out.last().copied().filter(|_| regnal_number(a.tok(k))) {
                if pe == k {
                    *out.last_mut().unwrap() = Unit::Word(ps, k + 1);
                    break;
                }
            }
            let hyphen_next = k + 2 < n && a.tok(k + 1) == "-" && !a.tokens[k + 1].space_before && !a.tokens[k + 2].space_before;
            let caps2 = a.tok(k).chars().nth(1).is_some_and(|c| c.is_uppercase() || c == '.');
            if is_acronym(a, k) && caps2 && !hyphen_next {
                out.push(Unit::Acronym(k));
                k += 1;
                continue;
            }
            // a word, with hyphenated parts: "Yong-chun", "Al-Sabaa", "Nord-Kivu"
            let mut e = k + 1;
            while e + 1 < n && a.tok(e) == "-" && !a.tokens[e].space_before && !a.tokens[e + 1].space_before && is_word(a, e + 1) {
                e += 2;
            }
            out.push(Unit::Word(k, e));
            k = e;
            continue;
        }
        // glue: particles, "of (the)" inside an organization's name, a quoted nickname
        let prev_word = matches!(out.last(), Some(Unit::Word(..)));
        // "Omar al-Bashir", "Abu Mohammed al-Jolani": a particle hyphenated to a name
        if prev_word && tok_in(a, k, NAME_PARTICLES) && k + 2 < n && a.tok(k + 1) == "-" && !a.tokens[k + 1].space_before && !a.tokens[k + 2].space_before && is_title_case(a, k + 2) {
            out.push(Unit::Word(k, k + 3));
            k += 3;
            continue;
        }
        // "von der Leyen", "de la Calle": one or more particles before a name
        if prev_word && tok_in(a, k, NAME_PARTICLES) {
            let mut j = k;
            while j < n && tok_in(a, j, NAME_PARTICLES) && a.tokens[j].newlines_before == 0 {
                j += 1;
            }
            if j < n && j - k <= 3 && is_title_case(a, j) && a.tokens[j].newlines_before == 0 {
                out.push(Unit::Glue(k, j));
                k = j;
                continue;
            }
        }
        // "Presidency of Ukraine", "Organization for Migration", "Commission on
        // Human Rights"; "Support Mission in Libya (UNSMIL)" only before its acronym
        // "Support of Islam and Muslims": "and" inside a name after "of"
        let and_ok = tok_is(a, k, "and") && out.iter().any(|u| matches!(u, Unit::Glue(g, _) if tok_in(a, *g, &["of", "for"])))
            && k + 1 < n && is_title_case(a, k + 1) && lex::geo_at(a, k + 1).is_none() && lex::body_at(a, k + 1).is_none() && !(k + 2 < n && is_cap(a, k + 2));
        // "Peoples' Equality and Democracy Party": "and" before a word and a body's head word
        if tok_is(a, k, "and") && matches!(out.last(), Some(Unit::Word(..))) && k + 2 < n && is_title_case(a, k + 1) && lex::geo_at(a, k + 1).is_none() && lex::body_at(a, k + 1).is_none()
            && lex::name_head(a, k + 2) == Some("org") && is_title_case(a, k + 2) && a.tokens[k + 1].newlines_before == 0 && !ctx.taken[k + 1]
        {
            out.push(Unit::Glue(k, k + 1));
            k += 1;
            continue;
        }
        if (and_ok || tok_in(a, k, &["of", "for", "on", "in"])) && k + 1 < n && !out.is_empty() {
            let (_, pe) = out.last().unwrap().range();
            // "Line of Actual Control", "Gulf of Aden": a place head before "of" too
            let org_before = (i..pe).any(|j| lex::name_head(a, j) == Some("org")) || (tok_is(a, k, "of") && pe == i + 1 && lex::name_head(a, i) == Some("place"));
            let mut j = k + 1;
            if tok_is(a, j, "the") {
                j += 1;
            }
            let in_ok = !tok_is(a, k, "in") || acronym_after_run(a, j);
            // (not a date: "Government House on Monday"; nor a headline's
            // gerund: "Accuses Coast Guard of Ramming Boat")
            let gerund = j < n && a.tok(j).ends_with("ing") && in_headline(a, j);
            if org_before && in_ok && !gerund && j < n && is_cap(a, j) && !ctx.taken[j] && a.tokens[j].newlines_before == 0 && !geo::is_date_word(a, j) {
                out.push(Unit::Glue(k, j));
                k = j;
                continue;
            }
        }
        // "Tigray People's Liberation Front": a possessive inside a body's name
        // ("Kurdish Workers' Party": a plural's apostrophe)
        let possessive = a.tokens[k].kind == TokKind::Possessive || (a.tok(k) == "'" && !a.tokens[k].space_before);
        if prev_word && possessive && k + 1 < n && is_cap(a, k + 1) && a.tokens[k + 1].newlines_before == 0 && (tok_in(a, k - 1, &["People", "Peoples", "Workers", "Women", "Farmers", "Martyrs", "Nations"])
            // "Sudan Doctors' Union": a plural's apostrophe before a body's head word
            || (a.tok(k) == "'" && a.tok(k - 1).ends_with('s') && lex::name_head(a, k + 1) == Some("org")))
        {
            out.push(Unit::Glue(k, k + 1));
            k += 1;
            continue;
        }
        if prev_word && a.tok(k) == "\"" && k + 3 < n && is_title_case(a, k + 1) && a.tok(k + 2) == "\"" && is_title_case(a, k + 3) {
            out.push(Unit::Glue(k, k + 3));
            k += 3;
            continue;
        }
        break;
    }
    // trailing glue is not part of the run
    while matches!(out.last(), Some(Unit::Glue(..))) {
        out.pop();
    }
    // a title word between name words is a name: "Hassan Sheikh Mohamud"
    for ui in 1..out.len().saturating_sub(1) {
        if let (Unit::Word(ps, _), Unit::Title(t), Unit::Word(ns, _)) = (out[ui - 1], out[ui], out[ui + 1]) {
            if t.end - t.start == 1 && matches!(t.class, "religious" | "head") && !is_common(a, ps) && !is_common(a, ns) && !sentence_initial(a, ps) {
                out[ui] = Unit::Word(t.start, t.end);
            }
        }
    }
    // a one-word body after name words is a surname: "Thérèse Kayikwamba Wagner"
    for ui in 1..out.len() {
        if let (Unit::Word(ps, pe), Unit::Body(b)) = (out[ui - 1], out[ui]) {
            if b.end - b.start == 1 && pe == b.start && is_title_case(a, b.start) && is_title_case(a, ps) && !is_common(a, ps) && lex::name_head(a, ps).is_none() {
                out[ui] = Unit::Word(b.start, b.end);
            }
        }
    }
    // a city's name inside a person's name: "Vladimir Putin", "Governor Bello", "Ahmad Gumi"
    for ui in 0..out.len() {
        if let Unit::Geo(g) = out[ui] {
            let city = matches!(g.kind, GeoKind::City | GeoKind::Region) || (g.kind == GeoKind::Capital && ui + 1 == out.len());
            let word = |u: Option<&Unit>| matches!(u, Some(Unit::Word(s, _)) if !is_common(a, *s));
            let prev_title = ui > 0 && matches!(out[ui - 1], Unit::Title(_));
            if city && g.end - g.start == 1 && is_title_case(a, g.start) && (word(ui.checked_sub(1).and_then(|p| out.get(p))) || word(out.get(ui + 1)) || prev_title) {
                out[ui] = Unit::Word(g.start, g.end);
            }
        }
    }
    out
}

/// Nouns after the name of a process or agreement ("the Tumaini talks"; not
/// "plan" or "deal": "the Witkoff plan" is a person's).
const PROCESS_NOUNS: &[&str] = &["accord", "accords", "agreement", "agreements", "declaration", "format", "negotiations", "process", "talks", "track"];

/// A Roman numeral of two letters or more (II … XXXIX), as in regnal names.
fn regnal_number(w: &str) -> bool {
    let rest = w.trim_start_matches('X');
    w.len() >= 2 && w.len() - rest.len() <= 3 && matches!(rest, "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX") && w != "X"
}

/// Nouns of places: "the town of X", "X and Y regions".
const PLACE_WORDS: &[&str] = &[
    "areas", "cities", "city", "counties", "county", "district", "districts", "island", "islands",
    "municipalities", "municipality", "province", "provinces", "region", "regions", "state",
    "states", "territories", "town", "towns", "village", "villages", "zone", "zones",
];

/// A name in a place's slot: after "the town of", before "regions", or
/// listed after a place ("in Hiraan and Middle Shabelle regions").
pub(crate) fn place_context(a: &View, s: usize, e: usize) -> bool {
    let of_place = s >= 2 && tok_is(a, s - 1, "of") && tok_in(a, s - 2, PLACE_WORDS);
    let n = a.tokens.len();
    let place_after = e < n && is_lower_word(a, e) && tok_in(a, e, PLACE_WORDS);
    // "the North Gondar and West Gojjam zones": the first of two names before one
    let coordinated = || {
        let mut k = e + 1;
        while k < n && k < e + 4 && is_cap(a, k) && a.tokens[k].newlines_before == 0 {
            k += 1;
        }
        e + 1 < n && tok_in(a, e, &["and", "or"]) && k > e + 1 && k < n && is_lower_word(a, k) && tok_in(a, k, PLACE_WORDS)
    };
    of_place || place_after || coordinated() || including_after_place_word(a, s - usize::from(s > 0 && tok_is(a, s - 1, "the")))
}

/// "towns including Gondar", "cities, such as Kidal": a name listed as one of some places.
fn including_after_place_word(a: &View, s: usize) -> bool {
    let k = if s >= 2 && tok_is(a, s - 1, "as") && tok_is(a, s - 2, "such") { s - 2 } else if s >= 1 && tok_is(a, s - 1, "including") { s - 1 } else { return false };
    let k = if k >= 1 && tok_is(a, k - 1, ",") { k - 1 } else { k };
    k >= 1 && is_lower_word(a, k - 1) && tok_in(a, k - 1, PLACE_WORDS)
}

/// "at Government House", "outside State House": a building named by "House"
/// or "Hall" after a preposition of place is a venue, not a body.
pub(crate) fn venue(a: &View, s: usize, e: usize) -> bool {
    let j = if s > 1 && tok_is(a, s - 1, "the") { s - 2 } else { s.wrapping_sub(1) };
    e > s + 1 && tok_in(a, e - 1, &["House", "Hall", "Building"]) && j < s && tok_in(a, j, &["at", "inside", "outside", "near"])
}

/// Prepositions after which a capitalized name is a location.
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &["across", "around", "at", "in", "inside", "into", "near", "outside", "throughout", "toward", "towards"];

/// "in Hiiraan and Middle Shabelle", "near Arawa, Buin or Panguna": the last
/// conjunct of names listed after a place preposition is a place too.
pub(crate) fn listed_after_locative(a: &View, s: usize) -> bool {
    // (not after a comma alone: "in Astana, Mohammed Alloush said"; a
    // comma inside a list going on: "from Nduga, Intan Jaya and Puncak")
    let mut e = s;
    while e < a.tokens.len() && (is_cap(a, e) || a.tok(e) == "-") && (e == s || a.tokens[e].newlines_before == 0) {
        e += 1;
    }
    let inside = tok_is(a, s.saturating_sub(1), ",") && e > s && e - s <= 4 && e < a.tokens.len() && tok_in(a, e, &["and", "or"]);
    if s < 3 || !(tok_in(a, s - 1, &["and", "or"]) || inside) || !is_cap(a, s - 2) {
        return false;
    }
    let mut k = s - 1;
    while k > 0 && k + 16 > s {
        if a.tokens[k].newlines_before > 0 {
            return false;
        }
        k -= 1;
        let glue = tok_in(a, k, &["and", "or", ",", "-", "the"]) || tok_in(a, k, NAME_PARTICLES);
        if is_cap(a, k) || glue {
            continue;
        }
        let first = if tok_is(a, k + 1, "the") { k + 2 } else { k + 1 };
        // ("In Kyiv, Jane Smith and Bob Doe met": a fronted place, then the subjects)
        if inside && sentence_initial(a, k) {
            return false;
        }
        return is_cap(a, first) && (tok_in(a, k, PLACE_PREPOSITIONS) || geo::locative_before(a, first) || including_after_place_word(a, first));
    }
    false
}

/// Are the words [s, e) written elsewhere in the text as a place: after a
/// locative preposition, or before a place word ("Lanao del Sur province")?
fn placed_elsewhere(ctx: &Ctx, s: usize, e: usize) -> bool {
    let a = ctx.a;
    let n = a.tokens.len();
    let len = e - s;
    // the other tokens reading as the first word (the index of tokens by
    // text) that start a capitalized run after "in", "at"… or before a place word
    a.reading(a.tok(s)).any(|k| {
        k != s
            && k + len <= n
            && (1..len).all(|j| a.tok(k + j) == a.tok(s + j))
            && !(k + len < n && is_cap(a, k + len))
            && run_from(a, k).is_some_and(|j| tok_in(a, k - 1, &["in", "at", "near", "across", "into", "inside", "throughout"]) || place_context(a, k, j))
    })
}

/// The end of the capitalized run that starts at `k`, if one does. Runs, read
/// from the text's start: from a capitalized word after one that is not, on
/// through capitalized words and name particles before one, on one line.
fn run_from(a: &View, k: usize) -> Option<usize> {
    let n = a.tokens.len();
    let on_line = |j: usize| a.tokens[j].newlines_before == 0;
    if k == 0 || !is_cap(a, k) || is_cap(a, k - 1) {
        return None;
    }
    // "Ahmad bin Salman": inside the run of the capital before the particle
    if k >= 2 && on_line(k) && on_line(k - 1) && is_cap(a, k - 2) && tok_in(a, k - 1, NAME_PARTICLES) && in_run(a, k - 2) {
        return None;
    }
    let mut j = k + 1;
    while j < n && (is_cap(a, j) || (tok_in(a, j, NAME_PARTICLES) && j + 1 < n && is_cap(a, j + 1))) && on_line(j) {
        j += 1;
    }
    Some(j)
}

/// Is the capitalized token `c` in a run (see [`run_from`])? A capital after
/// one that is not always is (it starts one or goes on through a particle);
/// after a capital, only on the same line as it and if that one is.
fn in_run(a: &View, mut c: usize) -> bool {
    loop {
        if c == 0 {
            return false;
        }
        if !is_cap(a, c - 1) {
            return true;
        }
        if a.tokens[c].newlines_before != 0 {
            return false;
        }
        c -= 1;
    }
}

/// Is the word at `i` written elsewhere in the text?
fn used_elsewhere(a: &View, i: usize) -> bool {
    a.count_at(i) > 1
}

/// "Secretary to the [Government of X]": the name completes a title.
fn title_to(a: &View, s: usize) -> bool {
    s >= 3 && tok_is(a, s - 1, "the") && tok_is(a, s - 2, "to") && (s.saturating_sub(5)..s - 2).any(|k| lex::title_at(a, k).is_some_and(|t| t.end == s - 2))
}

/// Is the capitalized run starting at `j` followed by an acronym in
/// parentheses ("Mission in Libya (UNSMIL)")?
fn acronym_after_run(a: &View, j: usize) -> bool {
    let n = a.tokens.len();
    let mut k = j;
    while k < n && k < j + 6 && (is_cap(a, k) || tok_in(a, k, &["of", "the", "and"])) && (k == j || a.tokens[k].newlines_before == 0) {
        k += 1;
    }
    k > j && k + 2 < n && tok_is(a, k, "(") && is_acronym(a, k + 1) && tok_is(a, k + 2, ")")
}

/// A title ending just before the comma at `c`, maybe with "of COUNTRY":
/// its role and the country.
fn title_before_comma(a: &View, c: usize) -> (Option<&'static str>, Option<Geo>) {
    let mut e = c;
    let mut country = None;
    // "of Kenya"
    if let Some(g) = (e.saturating_sub(4)..e).find_map(|k| lex::geo_at(a, k).filter(|g| g.end == e)) {
        let mut of = g.start.saturating_sub(1);
        if tok_is(a, of, "the") {
            of = of.saturating_sub(1);
        }
        if tok_is(a, of, "of") {
            country = Some(g);
            e = of;
        }
    }
    let t = (e.saturating_sub(3)..e).find_map(|k| lex::title_at(a, k).filter(|t| t.end == e && t.class != "honorific"));
    // "Egypt's foreign minister, Badr Abdelatty", over up to two more words
    // ("Eritrea's information minister")
    let owner_end = t.filter(|_| country.is_none()).map(|t| (t.start.saturating_sub(2)..t.start).rev().take_while(|&k| is_lower_word(a, k)).last().unwrap_or(t.start));
    if let Some(ts) = owner_end.filter(|&ts| ts >= 2 && a.tokens[ts - 1].kind == TokKind::Possessive) {
        let p = ts - 1;
        country = (p.saturating_sub(4)..p).find_map(|k| lex::geo_at(a, k).filter(|g| g.end == p && matches!(g.kind, GeoKind::Country | GeoKind::Capital)));
    }
    (t.and_then(|t| t.role), t.and(country))
}

/// Does the line ending before token `k` wrap running prose (mostly lower-case
/// words), rather than end a headline or caption?
fn wrapped_line(a: &View, k: usize) -> bool {
    let mut j = k;
    let (mut words, mut lower) = (0, 0);
    while j > 0 {
        j -= 1;
        if a.tokens[j].is_word() {
            words += 1;
            lower += usize::from(is_lower_word(a, j));
        }
        if a.tokens[j].newlines_before > 0 {
            break;
        }
    }
    words >= 6 && lower * 2 >= words
}

pub fn run(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut i = 0;
    let mut buf = Vec::new();
    while i < n {
        // ("… Plan to Disarm Hezbollah": a headline's infinitive before a party)
        let infinitive = || i > 0 && tok_is(a, i - 1, "to") && in_headline(a, i) && lex::geo_at(a, i).is_none() && lex::body_at(a, i).is_none() && (lex::geo_at(a, i + 1).is_some() || lex::body_at(a, i + 1).is_some());
        // (`cap_at` inline: this runs at every token)
        if ctx.taken[i] || !(lex::cap_at(a, i) || lex::body_at(a, i).is_some()) || headline_verb(a, i) || infinitive() {
            i += 1;
            continue;
        }
        let us = units(ctx, i, std::mem::take(&mut buf));
        if us.is_empty() {
            buf = us;
            i += 1;
            continue;
        }
        let end = us.last().unwrap().range().1;
        interpret(ctx, &us);
        buf = us;
        i = end.max(i + 1);
    }
}

/// A person's name made of the free words `ws` (token ranges)?
fn person_words_ok(a: &View, ws: &[(usize, usize)]) -> bool {
    if ws.is_empty() || ws.len() > 5 {
        return false;
    }
    let mut common = Vec::with_capacity(ws.len());
    for &(s0, e) in ws {
        // "al-Bashir": judge the name after the particle
        let s = if e - s0 == 3 && tok_in(a, s0, NAME_PARTICLES) { e - 1 } else { s0 };
        if !is_title_case(a, s) || geo::is_date_word(a, s) || lex::name_head(a, e - 1).is_some() {
            return false;
        }
        if tok_in(a, s, FUNCTION_WORDS) || lex::modifier_at(a, s).is_some() {
            return false;
        }
        common.push(e - s == 1 && is_common(a, s));
    }
    // common words only as a first name ("Mark Rutte") or as the last one
    // after uncommon ones ("Theresa May"): not "Putin Opens Door"
    let n = common.len();
    let inner_common = common.iter().enumerate().any(|(k, &c)| c && k > 0 && k + 1 < n);
    let (ls, le) = ws[n - 1];
    let plural_or_verb = le - ls == 1 && a.tok(ls).ends_with('s');
    let last_common = n > 1 && common[n - 1] && (common[..n - 1].iter().any(|&c| c) || plural_or_verb);
    !common.iter().all(|&c| c) && !inner_common && !last_common
}

fn interpret(ctx: &mut Ctx, us: &[Unit]) {
    let a = ctx.a;
    let (run_s, run_e) = (us[0].range().0, us.last().unwrap().range().1);
    // "16:40 PKT", "10:20 am EAT": a time zone after a clock time
    let clock = |k: usize| a.tokens[k].kind == TokKind::Number && (a.tok(k).contains(':') || (k >= 2 && a.tok(k - 1) == ":" && a.tokens[k - 2].kind == TokKind::Number));
    // (the number before the word first: rarely there)
    let after_clock = run_s > 0 && (clock(run_s - 1) || (run_s > 1 && clock(run_s - 2) && tok_in(a, run_s - 1, &["am", "pm", "a.m.", "p.m."])));
    if run_e == run_s + 1 && after_clock && a.tokens[run_s].case == crate::text::tokens::Case::Upper {
        return;
    }
    // "Tumaini can only complement the accord": a word the text uses as the
    // name of a process ("the Tumaini talks")
    if let &[Unit::Word(ws, we)] = us {
        let process = |k: usize| k + 1 < a.tokens.len() && a.tokens[k + 1].newlines_before == 0 && k > 0 && a.tokens[k + 1].case == crate::text::tokens::Case::Lower
            && tok_in(a, k - 1, &["the", "draft"]) && tok_in(a, k + 1, PROCESS_NOUNS);
        if we == ws + 1 && a.reading(a.tok(ws)).any(process) {
            return;
        }
    }
    // "President of the Republic": the form of a state, no one's name
    if run_e == run_s + 1 && tok_in(a, run_s, &["Republic", "Kingdom", "Federation", "REPUBLIC", "KINGDOM"]) {
        return;
    }
    let headline = in_headline(a, run_s);
    // a leading function word or common word at a sentence start: "The", "Also", "Despite"
    let mut us = us;
    // "Three Brotherhood Alliance": a name with an organization's head keeps its common words
    let org_name = matches!(us.last(), Some(Unit::Word(_, e)) if lex::name_head(a, e - 1) == Some("org"));
    while let Some(Unit::Word(s, e)) = us.first().copied() {
        let lead = tok_in(a, s, FUNCTION_WORDS) || (e - s == 1 && is_common(a, s) && (sentence_initial(a, s) || headline) && us.len() > 1 && !(org_name && us.len() > 2));
        if !lead {
            break;
        }
        us = &us[1..];
    }
    if us.is_empty() {
        return;
    }
    // a name ending in a word like "Council", "Agreement", "Island", or
    // "Presidency of Ukraine", "Ministry of Defence"
    let of_head = us.windows(2).find_map(|w| match (w[0], w[1]) {
        (Unit::Word(_, e), Unit::Glue(g, _)) if tok_in(a, g, &["of", "for", "on", "in"]) => lex::name_head(a, e - 1),
        _ => None,
    });
    let last_head = match (of_head, us.last()) {
        (Some("org"), _) => of_head,
        (_, Some(Unit::Word(_, e))) => lex::name_head(a, e - 1).or(of_head),
        // "Al Masirah TV"
        (_, Some(Unit::Acronym(k))) if us.len() > 1 && matches!(lex::name_head(a, *k), Some("media" | "org")) => lex::name_head(a, *k),
        _ => of_head,
    };
    // "African Union Transition Mission": a body's name may open a longer one
    let words_only = us.iter().enumerate().all(|(ui, u)| matches!(u, Unit::Word(..) | Unit::Glue(..) | Unit::Geo(..) | Unit::Acronym(..)) || (ui == 0 && matches!(u, Unit::Body(b) if !b.media)));
    if let Some(class) = last_head {
        let (s, e) = (us[0].range().0, run_e);
        if words_only || class != "org" {
            match class {
                // "Secretary to the Government of X": part of a title
                // "the Government of Sudan": the state
                // "the National Government of X", "the Federal Government of X" too
                // "the Government of the Republic of Mali" too (a state's formal name)
                "org" if ((us.len() == 3 || (us.len() == 4 && national_word(a, s))) && tok_is(a, us[us.len() - 3].range().0, "Government") || government_of_state_form(a, s, &us))
                    && matches!(us[us.len() - 1], Unit::Geo(g) if g.kind == GeoKind::Country && g.end == e) && !title_to(a, s) =>
                {
                    let Unit::Geo(g) = us[us.len() - 1] else { unreachable!() };
                    ctx.push(Cand::state(s, e, g.country, "government of a country", "government"));
                }
                // "the National Government" alone: the government named before
                "org" if us.len() == 2 && e == s + 2 && national_word(a, s) && tok_is(a, s + 1, "Government") && !title_to(a, s) => {
                    ctx.push(Cand { s, e, kind: ActorKind::State, key: Key::Government, name: text(a, s, e), role: None, affiliation: None, rule: "the government", sense: "government" });
                }
                // "at Government House": a building where things happen (a place)
                "org" if venue(a, s, e) => ctx.take(s, e),
                "org" if us.len() > 1 && !title_to(a, s) => {
                    let name = text(a, s, e);
                    // (a region of no one country, "Sahel", gives none)
                    let aff = us.iter().find_map(|u| if let Unit::Geo(g) = u { (!g.country.is_empty()).then(|| g.country.to_string()) } else { None });
                    let last = a.tok(e - 1);
                    let sense = if COMPANY_HEADS.iter().any(|h| h.eq_ignore_ascii_case(last)) { "company" } else { "" };
                    ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(name.clone()), name, role: None, affiliation: aff, rule: "organization by its head word", sense });
                }
                // "Caracol Radio", "Geo News": an outlet named by its last word
                "media" if us.len() > 1 && !headline => {
                    let name = text(a, s, e);
                    ctx.push(Cand { s, e, kind: ActorKind::Media, key: Key::Body(name.clone()), name, role: None, affiliation: None, rule: "media by its head word", sense: "" });
                }
                _ => ctx.take(s, e),
            }
            return;
        }
    }
    // the person's name: free words at the end of the run
    let mut first_name_unit = us.len();
    while first_name_unit > 0 && matches!(us[first_name_unit - 1], Unit::Word(..) | Unit::Glue(..)) {
        first_name_unit -= 1;
    }
    while first_name_unit < us.len() && matches!(us[first_name_unit], Unit::Glue(..)) {
        first_name_unit += 1;
    }
    let mut words: Vec<(usize, usize)> = us[first_name_unit..].iter().filter_map(|u| if let Unit::Word(s, e) = u { Some((*s, *e)) } else { None }).collect();
    // "European Union Foreign Affairs Chief Joseph Borrell": the name is the
    // longest tail of two or more words that reads as one
    let titled_run = first_name_unit > 0 && us[..first_name_unit].iter().any(|u| matches!(u, Unit::Body(_) | Unit::Title(_) | Unit::Geo(_)));
    while titled_run && words.len() > 2 && !person_words_ok(a, &words) {
        words.remove(0);
    }
    // "Minister for Reintegration Levan Davitashvili": the portfolio's words before the name
    let portfolio = run_s >= 2 && tok_in(a, run_s - 1, &["for", "of"]) && (run_s.saturating_sub(6)..run_s - 1).any(|k| lex::title_at(a, k).is_some_and(|t| t.end == run_s - 1));
    let noun_like = |k: usize| is_common(a, k) || ["tion", "ment", "ity", "ance", "ence", "ism", "ness", "ure", "ing", "ics"].iter().any(|x| a.tok(k).ends_with(x));
    while portfolio && words.len() > 2 && noun_like(words[0].0) {
        words.remove(0);
    }
    let pre_end = words.first().map_or(us.len(), |&(s, _)| us.iter().position(|u| u.range().0 == s).unwrap_or(first_name_unit));
    let pre = &us[..pre_end];
    if !words.is_empty() && person_words_ok(a, &words) {
        let (mut ns, ne) = (words[0].0, words.last().unwrap().1);
        // a leading initial: "J.D. Vance"
        if let Some(Unit::Glue(gs, ge)) = us.iter().rev().find(|u| u.range().1 == ns).copied() {
            if ge == ns && (a.tokens[gs].kind == TokKind::Acronym || a.tok(gs).len() == 1) && is_cap(a, gs) {
                ns = gs;
            }
        }
        // the title: inside the run, or lower case just before it ("spokesperson Dmitry Peskov")
        let mut title = pre.iter().rev().find_map(|u| if let Unit::Title(t) = u { Some(*t) } else { None });
        let mut aff_units: Vec<Unit> = pre.to_vec();
        if title.is_none() && run_s > 0 {
            let same_line = |k: usize| same_sentence(a, k, run_s) && (k + 1..=run_s).all(|j| a.tokens[j].newlines_before == 0);
            if let Some(t) = (run_s.saturating_sub(3)..run_s).find_map(|k| lex::title_at(a, k).filter(|t| t.end == run_s && same_line(t.start))) {
                title = Some(t);
                // "Kremlin spokesperson", "Turkish foreign minister": the affiliation before the title
                if t.start > 0 {
                    if let Some(g) = (t.start.saturating_sub(3)..t.start).find_map(|k| lex::geo_at(a, k).filter(|g| g.end == t.start)) {
                        aff_units.push(Unit::Geo(g));
                    } else if let Some(b) = (t.start.saturating_sub(4)..t.start).find_map(|k| lex::body_at(a, k).filter(|b| b.end == t.start)) {
                        aff_units.push(Unit::Body(b));
                    }
                }
            }
        }
        // "CCTV America's Michael Voss": the outlet's journalist, not a party
        let possessive_before = run_s >= 2 && (a.tokens[run_s - 1].kind == TokKind::Possessive || (a.tok(run_s - 1) == "'" && a.tok(run_s - 2).ends_with('s')));
        let journalist = possessive_before
            && (run_s.saturating_sub(5)..run_s - 1).any(|k| lex::body_at(a, k).is_some_and(|b| b.media) && (k..run_s - 1).all(|j| is_cap(a, j)));
        let byline = ns > 0 && a.tok(ns - 1) == "By" && (ns == 1 || a.tokens[ns - 1].newlines_before > 0);
        let single = words.len() == 1;
        let cue = title.is_some()
            || followed_by_say(a, ne)
            || according_to(a, ns)
            || apposition_title(a, ne);
        // "in El Geneina", "near Tal Afar": a name after a place preposition is a place
        let located = title.is_none() && ns == run_s && ns > 0 && tok_in(a, ns - 1, &["in", "at", "near", "inside", "outside", "across", "into", "toward", "towards", "around"]);
        // "the town of Bulo Marer", "in Hiraan and Middle Shabelle regions"
        let located = located || (title.is_none() && ns == run_s && (place_context(a, ns, ne) || listed_after_locative(a, ns) || geo::attacked(a, ns)));
        // "residents of Kagara said", "the outskirts of Kagara"
        let located = located || (title.is_none() && ns == run_s && ns >= 2 && tok_is(a, ns - 1, "of") && tok_in(a, ns - 2, geo::GEO_OF));
        // "Mohamed Hamdan Dagalo, widely known as Hemedti": another name of the person before
        if single && ns >= 2 && tok_is(a, ns - 1, "as") && tok_in(a, ns - 2, &["known", "nicknamed", "dubbed", "called"]) {
            // the name before the comma ("Dagalo, widely known as"), else the person named in the sentence
            let mut j = ns - 2;
            while j > 0 && j + 4 > ns && is_lower_word(a, j - 1) {
                j -= 1;
            }
            let before = (j >= 2 && tok_is(a, j - 1, ",")).then(|| a.tok(j - 2));
            let owner = before.and_then(|w| ctx.cands.iter().find(|c| matches!(&c.key, Key::Person(t) if t.last().is_some_and(|l| same_name_word(l, w)))));
            let owner = owner.or_else(|| ctx.cands.iter().rev().find(|c| matches!(c.key, Key::Person(_)) && same_sentence(a, c.s, ns)));
            if let Some(key) = owner.map(|c| c.key.clone()) {
                let name = text(a, ns, ne);
                ctx.aliases.push((name.clone(), key.clone(), ActorKind::Person, ""));
                ctx.push(Cand { s: ns, e: ne, kind: ActorKind::Person, key, name, role: None, affiliation: None, rule: "another name", sense: "" });
                return;
            }
        }
        // a lone capitalized word heading its sentence ("Famine confirmed in …")
        // is a name only with a title or when the text uses it elsewhere
        let speaks = tok_in(a, ne, &["said", "says", "told", "added", "insisted", "warned", "wrote", "has", "had"]);
        let lone_opener = single && title.is_none() && sentence_initial(a, ns) && !speaks && !used_elsewhere(a, ns);
        let company = single && (company_cue_before(a, ns) || body_cue_before(a, ns) || camel_case(a.tok(ns)));
        let alias = single && ctx.aliases.iter().any(|x| x.0 == a.tok(words[0].0));
        let ok = !company && !alias && !journalist && !byline && !headline && !located && !lone_opener && (!single || cue) && !(single && ctx.acronyms.iter().any(|x| x.text == a.tok(words[0].0)));
        // "Lanao del Sur said" when the text also writes "in Lanao del Sur"
        let ok = ok && !(title.is_none() && ns == run_s && placed_elsewhere(ctx, ns, ne));
        if ok {
            // "Juan Ortez Jr.": the surname is the word before the suffix
            let key_words = if words.len() > 1 && name_suffix(a.tok(words[words.len() - 1].0)) { &words[..words.len() - 1] } else { &words[..] };
            let name_tokens: Vec<String> = key_words.iter().map(|&(s, e)| text(a, s, e)).collect();
            let mut roles: Vec<&str> = pre.iter().filter_map(|u| if let Unit::Title(t) = u { t.role } else { None }).collect();
            // "The secretary-general's spokesman, Stephane Dujarric", "the president of Kenya, William Ruto"
            if title.is_none() && run_s >= 2 && tok_is(a, run_s - 1, ",") {
                let (r, aff) = title_before_comma(a, run_s - 1);
                if let Some(r) = r {
                    roles.push(r);
                }
                if let Some(g) = aff {
                    aff_units.push(Unit::Geo(g));
                }
            }
            if let Some(r) = title.and_then(|t| t.role) {
                if !roles.contains(&r) {
                    roles.push(r);
                }
            }
            // "Junta chief Senior General Min Aung Hlaing": a lower-case title before the run too
            if run_s > 0 {
                if let Some(r) = (run_s.saturating_sub(3)..run_s)
                    .find_map(|k| lex::title_at(a, k).filter(|t| t.end == run_s && is_lower_word(a, t.start) && same_sentence(a, t.start, run_s) && a.tokens[run_s].newlines_before == 0))
                    .and_then(|t| t.role)
                {
                    if !roles.contains(&r) {
                        roles.push(r);
                    }
                }
            }
            let (app_role, app_aff) = apposition_role(a, ne);
            if let Some(r) = app_role.as_deref() {
                if !roles.contains(&r) {
                    roles.push(r);
                }
            }
            let mut role = (!roles.is_empty()).then(|| roles.join("; "));
            if run_s >= 2 && a.tokens[run_s - 1].kind == TokKind::Possessive {
                if let Some(g) = (run_s.saturating_sub(4)..run_s - 1).find_map(|k| lex::geo_at(a, k).filter(|g| g.end == run_s - 1)) {
                    aff_units.push(Unit::Geo(g));
                }
            }
            let mut affiliation = aff_units.iter().find_map(|u| match u {
                Unit::Geo(g) if !g.country.is_empty() => Some(g.country.to_string()),
                Unit::Body(b) => Some(b.affiliation.filter(|_| b.kind == "seat").unwrap_or(b.name).to_string()),
                _ => None,
            });
            affiliation = affiliation.or(app_aff);
            role = role.filter(|r| !r.is_empty());
            ctx.take(run_s, ns);
            ctx.push(Cand {
                s: ns,
                e: ne,
                kind: ActorKind::Person,
                key: Key::Person(name_tokens),
                name: text(a, ns, ne),
                role,
                affiliation,
                rule: if single { "name with a cue" } else { "name" },
                sense: "",
            });
            return;
        }
        if journalist || byline {
            ctx.take(ns, ne);
        }
    }
    // "West Papua National Liberation Army": names before a known body of
    // another country name another body (not Colombia's ELN)
    let foreign_from = |bi: usize| -> Option<usize> {
        let Unit::Body(b) = us[bi] else { return None };
        if b.media || !matches!(b.kind, "armed" | "party" | "gov") || b.affiliation.is_none() {
            return None;
        }
        let mut fi = bi;
        while fi > 0 && us[fi - 1].range().1 == us[fi].range().0 && match us[fi - 1] {
            Unit::Geo(g) => Some(g.country) != b.affiliation,
            Unit::Word(ws, _) => !headline && is_title_case(a, ws) && (!is_common(a, ws) || tok_in(a, ws, &["Central", "East", "Eastern", "North", "Northern", "South", "Southern", "West", "Western"])),
            _ => false,
        } {
            fi -= 1;
        }
        (fi < bi).then_some(fi)
    };
    let foreign: Option<(usize, usize)> = (0..us.len()).find_map(|bi| foreign_from(bi).map(|fi| (fi, bi)));
    // no person: each unit on its own
    for (ui, u) in us.iter().enumerate() {
        let (s, e) = u.range();
        if !ctx.free(s, e) {
            continue;
        }
        if let Some((fi, bi)) = foreign.filter(|&(fi, bi)| (fi..=bi).contains(&ui)) {
            if ui == fi {
                let (_, be) = us[bi].range();
                let name = text(a, s, be);
                ctx.push(Cand { s, e: be, kind: ActorKind::Organization, key: Key::Body(name.clone()), name, role: None, affiliation: None, rule: "names before another country's body", sense: "" });
            }
            continue;
        }
        match *u {
            // "Radio France Internationale": a country inside a longer name
            Unit::Geo(g) if ui > 0 && matches!(us[ui - 1], Unit::Word(..)) && matches!(us.get(ui + 1), Some(Unit::Word(..))) && !headline => ctx.take(g.start, g.end),
            // "Mocímboa da Praia": a place name's last word after a particle
            Unit::Geo(g) if ui > 1 && matches!(us[ui - 1], Unit::Glue(gs, _) if tok_in(a, gs, NAME_PARTICLES)) && matches!(us[ui - 2], Unit::Word(..)) => ctx.take(g.start, g.end),
            Unit::Geo(g) => geo_unit(ctx, g),
            Unit::Body(b) => {
                // (a possessor still acts: "the European Union's special
                // representative for Central Asia, Terhi Hakala")
                let possessor = e < a.tokens.len() && a.tokens[e].kind == TokKind::Possessive;
                if geo::modifies_title(a, e) && !possessor {
                    ctx.take(s, e);
                    continue;
                }
                // "UN Charter", "UN Security Council resolution 2254": a thing named after the body
                if matches!(us.get(ui + 1), Some(Unit::Word(_, we)) if lex::name_head(a, we - 1) == Some("thing")) || tok_in(a, e, &["resolution", "resolutions", "charter", "mandate"]) {
                    continue;
                }
                let kind = if b.media { ActorKind::Media } else { ActorKind::Organization };
                let affiliation = b.affiliation.map(str::to_string);
                ctx.push(Cand { s, e, kind, key: Key::Body(b.name.to_string()), name: b.name.to_string(), role: None, affiliation, rule: if b.media { "media" } else { "organization" }, sense: b.kind });
            }
            Unit::Acronym(k) if us.len() == 1 && body_cue_before(a, k) && !geo::modifies_title(a, k + 1) => {
                let name = text(a, k, k + 1);
                ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(name.clone()), name, role: None, affiliation: None, rule: "body by its type noun", sense: "" });
            }
            Unit::Acronym(k) if ctx.aliases.iter().any(|x| x.0 == a.tok(k)) => {
                let (_, key, kind, sense) = ctx.aliases.iter().find(|x| x.0 == a.tok(k)).cloned().unwrap();
                let name = a.tok(k).to_string();
                ctx.push(Cand { s, e, kind, key, name, role: None, affiliation: None, rule: "acronym of a mention", sense });
            }
            Unit::Acronym(k) => {
                let w = a.tok(k).to_string();
                if acronym(ctx, &w).is_some_and(|x| x.actor) && !geo::modifies_title(a, k + 1) {
                    let long = acronym(ctx, &w).and_then(|x| x.long.clone());
                    ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(long.clone().unwrap_or(w.clone())), name: long.unwrap_or(w), role: None, affiliation: None, rule: "acronym", sense: "" });
                }
            }
            // "Governor rejects…": a capitalized title heading its sentence stands for the person
            // (not "Deputy Prime Minister for Reintegration X": the name comes later)
            Unit::Title(t) if us.len() == 1 && sentence_initial(a, s) && e < a.tokens.len() && is_lower_word(a, e) && t.class != "honorific" && !(tok_in(a, e, &["for", "of"]) && is_cap(a, e + 1)) => {
                if let Some(role) = t.role {
                    ctx.push(Cand { s, e, kind: ActorKind::Person, key: Key::Desc { role, aff: None }, name: role.to_string(), role: Some(role.to_string()), affiliation: None, rule: "title as subject", sense: "" });
                }
            }
            // "the regional bloc Zamco", "the armed group Tarsa": a body, and
            // so is the word wherever else the text writes it
            Unit::Word(ws, we) if we - ws == 1 && us.len() == 1 && !headline && !is_common(a, ws) && body_cue_before(a, ws) => {
                let name = text(a, ws, we);
                ctx.aliases.push((name.clone(), Key::Body(name.clone()), ActorKind::Organization, ""));
                ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(name.clone()), name, role: None, affiliation: None, rule: "body by its type noun", sense: "" });
            }
            Unit::Word(ws, we) if we - ws == 1 && ctx.aliases.iter().any(|x| x.0 == a.tok(ws)) => {
                let (_, key, kind, sense) = ctx.aliases.iter().find(|x| x.0 == a.tok(ws)).cloned().unwrap();
                let name = a.tok(ws).to_string();
                ctx.push(Cand { s, e, kind, key, name, role: None, affiliation: None, rule: "another name of a body", sense });
            }
            // "energy giant Gazprom", "TotalEnergies will not…": a company
            Unit::Word(ws, we) if we - ws == 1 && us.len() == 1 && !headline && !is_common(a, ws) && (company_cue_before(a, ws) || (camel_case(a.tok(ws)) && (geo::subject_of_verb(a, we) || company_cue_before(a, ws)))) => {
                let name = text(a, ws, we);
                ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(name.clone()), name, role: None, affiliation: None, rule: "company", sense: "company" });
            }
            // "Comelec" after "Commission on Elections (Comelec)"
            Unit::Word(ws, we) if we - ws == 1 && acronym(ctx, a.tok(ws)).is_some_and(|x| x.actor && x.span.is_some()) => {
                let x = acronym(ctx, a.tok(ws)).unwrap();
                let long = x.long.clone().unwrap_or_default();
                ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(long.clone()), name: long, role: None, affiliation: None, rule: "acronym", sense: "" });
            }
            Unit::Word(ws, we) if we - ws == 1 => special_word(ctx, ws),
            Unit::Word(ws, we) if (ws..we).step_by(2).all(|k| is_acronym(a, k)) => {
                // "CPP-NDF": a body made of two
                let name = text(a, ws, we);
                ctx.push(Cand { s, e, kind: ActorKind::Organization, key: Key::Body(name.clone()), name, role: None, affiliation: None, rule: "compound acronym", sense: "" });
            }
            _ => {}
        }
    }
}

/// Acronyms in parentheses right after a phrase mention ("ethnic armed
/// organisations [EAOs]") name that mention's actor everywhere in the text.
pub fn register_aliases(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut found = Vec::new();
    for c in &ctx.cands {
        let k = c.e + 1;
        if k + 1 < n && tok_in(a, c.e, &["(", "["]) && is_acronym(a, k) && tok_in(a, k + 1, &[")", "]"]) && initials_match(a, c, k) {
            found.push((a.tok(k).to_string(), c.key.clone(), c.kind, c.sense));
        }
    }
    ctx.aliases.extend(found);
}

/// Does the acronym at `k` start like the mention `c` ("EAOs" for "ethnic armed organisations")?
fn initials_match(a: &View, c: &Cand, k: usize) -> bool {
    let acr = a.tok(k);
    let words: Vec<char> = (c.s..c.e).filter(|&j| is_word(a, j) && !tok_in(a, j, DETERMINERS)).filter_map(|j| a.tok(j).chars().next()).collect();
    acr.chars().next().zip(words.first()).is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
}

/// Last words of companies' names ("Mozambique LNG", "Vostok Holdings").
const COMPANY_HEADS: &[&str] = &["Company", "Corporation", "Corp", "Inc", "Ltd", "Plc", "LNG", "Holdings", "Petroleum"];

/// A lower-case noun for a company right before the name: "energy giant
/// Gazprom", "the oil firm Rosneft", "operator Eni".
fn company_cue_before(a: &View, s: usize) -> bool {
    s > 0 && is_lower_word(a, s - 1) && tok_in(a, s - 1, &["giant", "company", "firm", "operator", "producer", "conglomerate", "contractor", "supplier", "maker", "manufacturer", "major", "multinational"])
}

/// A lower-case noun for a body right before a name: "the regional bloc
/// Zamco", "the armed group Tarsa".
fn body_cue_before(a: &View, s: usize) -> bool {
    s > 0 && is_lower_word(a, s - 1) && tok_in(a, s - 1, &["bloc", "group", "alliance", "coalition", "organisation", "organization", "movement", "militia", "agency", "body", "faction", "outfit", "network"])
}

/// "TotalEnergies", "PetroChina": a capital inside a word after lower-case
/// letters, as brands write them (not "McDonald", "DeSantis", "MacArthur").
fn camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    let name_prefix = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Al", "El", "Ab", "Ould"].iter().any(|p| w.starts_with(p) && b.get(p.len()).is_some_and(u8::is_ascii_uppercase));
    !name_prefix && b.first().is_some_and(u8::is_ascii_uppercase) && b.windows(2).skip(1).any(|x| x[0].is_ascii_lowercase() && x[1].is_ascii_uppercase())
}

/// "the West", "the North" (of a divided country named in the text).
fn special_word(ctx: &mut Ctx, i: usize) {
    let a = ctx.a;
    let next_cap = i + 1 < a.tokens.len() && is_cap(a, i + 1) && a.tokens[i + 1].newlines_before == 0;
    let w = a.tok(i);
    if next_cap || (w == "West" && geo::locative_before(a, i)) {
        return;
    }
    if w == "West" {
        ctx.push(Cand { s: i, e: i + 1, kind: ActorKind::Group, key: Key::Group { sense: "bloc", aff: "West".into(), mods: String::new() }, name: "West".into(), role: None, affiliation: Some("West".into()), rule: "the West", sense: "bloc" });
        return;
    }
    if (w == "North" || w == "South") && i > 0 && tok_is(a, i - 1, "the") {
        // the country "North X" / "South X" mentioned in the text
        // (the same for the whole text: looked up once)
        let country = *ctx.north_south[usize::from(w == "South")].get_or_init(|| {
            a.hits.iter().find_map(|h| {
                let g = lex::geo_at(a, h.start as usize)?;
                let named = matches!(g.kind, GeoKind::Country | GeoKind::Demonym | GeoKind::DemonymPlural);
                (named && g.country.starts_with(w) && g.country.contains(' ')).then_some(g.country)
            })
        });
        if let Some(c) = country {
            ctx.push(Cand::state(i, i + 1, c, "the North/South", ""));
        }
    }
}

/// A geographic unit on its own: a state mention, a place (left to the
/// places stage), or neither.
fn geo_unit(ctx: &mut Ctx, g: Geo) {
    let a = ctx.a;
    match g.kind {
        GeoKind::Country | GeoKind::Capital => match geo::role(a, &g) {
            Role::Actor => {
                let rule = if g.kind == GeoKind::Capital { "capital as government" } else { "country as party" };
                ctx.push(Cand::state(g.start, g.end, g.country, rule, ""));
            }
            Role::Place => {}
            Role::Neither => ctx.take(g.start, g.end),
        },
        GeoKind::DemonymPlural => {
            // "the Russians", "Americans should decide" (not "85% of Israelis", "for Russians back home")
            let j = g.start.checked_sub(1);
            // "the released Ukrainians", "wounded Israelis": victims, not their
            // state; "ethnic Armenians", "agreed among Yemenis": the people
            let quantified = j.is_some_and(|j| {
                tok_in(a, j, &["of", "for", "among", "ethnic", "million", "thousand", "thousands", "many", "some", "most", "ordinary", "fellow", "young"]) || a.tokens[j].kind == TokKind::Number || (is_lower_word(a, j) && a.tok(j).ends_with("ed"))
            });
            if !quantified && !geo::modifies_title(a, g.end) {
                ctx.push(Cand::state(g.start, g.end, g.country, "people for their state", ""));
            }
        }
        _ => {}
    }
}

fn followed_by_say(a: &View, e: usize) -> bool {
    let n = a.tokens.len();
    let mut k = e;
    if k < n && a.tokens[k].kind == TokKind::Possessive {
        return false;
    }
    // "Kanyuka, the spokesman, said": skip nothing here; "X has said", "X also said"
    let mut steps = 0;
    let mut plural = false;
    while k < n && steps < 3 {
        plural |= tok_in(a, k, &["say", "have", "are", "were"]);
        match lex::verb_at(a, k) {
            // "Analysts say", "Observers have said": a plural noun, not a person
            Some("say") => return !(plural && e > 0 && a.tok(e - 1).ends_with('s')),
            Some("aux") | None if steps < 2 && (tok_in(a, k, &["has", "had", "have", "also", "later", "then", "earlier", "previously", "reportedly", "would", "will"]) ) => {}
            _ => return false,
        }
        k += 1;
        steps += 1;
    }
    false
}

fn according_to(a: &View, s: usize) -> bool {
    s >= 2 && tok_is(a, s - 1, "to") && tok_is(a, s - 2, "according")
}

/// "Amadou Koufa, leader of…", "Vladimir Khokhlov, the spokesman for…".
fn apposition_title(a: &View, e: usize) -> bool {
    apposition_role(a, e).0.is_some()
}

fn apposition_role(a: &View, e: usize) -> (Option<String>, Option<String>) {
    let n = a.tokens.len();
    if e >= n || !tok_is(a, e, ",") {
        return (None, None);
    }
    let mut k = e + 1;
    let mut aff = None;
    let limit = (e + 6).min(n);
    while k < limit {
        // "Jubaland, whose leader …": the title is someone else's
        if tok_in(a, k, &["whose", "which", "where"]) {
            break;
        }
        // "Mohammed Abdulsalam, the Houthis' chief negotiator"
        if is_cap(a, k) && lex::geo_at(a, k).is_none() && k + 1 < limit && (a.tokens[k + 1].kind == TokKind::Possessive || a.tok(k + 1) == "'") {
            aff = aff.or_else(|| Some(lex::body_at(a, k).map_or_else(|| a.tok(k).trim_end_matches('s').to_string(), |b| b.name.to_string())));
            k += 2;
            continue;
        }
        if let Some(g) = lex::geo_at(a, k) {
            if g.country.is_empty() {
                break;
            }
            aff = Some(g.country.to_string());
            k = g.end;
            continue;
        }
        if let Some(t) = lex::title_at(a, k) {
            if t.class == "honorific" {
                break;
            }
            // "leader of the Macina Liberation Front", "spokesman for the Russian Embassy"
            if aff.is_none() && t.end + 1 < n && tok_in(a, t.end, &["of", "for", "to"]) {
                let mut j = t.end + 1;
                if tok_is(a, j, "the") {
                    j += 1;
                }
                if let Some(b) = lex::body_at(a, j) {
                    aff = Some(b.name.to_string());
                } else if let Some(g) = lex::geo_at(a, j) {
                    aff = Some(g.country.to_string());
                }
            }
            return (t.role.map(str::to_string), aff);
        }
        if !(tok_in(a, k, &["the", "a", "an", "one", "of", "his", "her", "senior", "top", "former", "chief", "deputy", "'"]) || a.tokens[k].kind == TokKind::Possessive || is_lower_word(a, k) && k < e + 4) {
            break;
        }
        k += 1;
    }
    (None, None)
}

/// Last names (and spelling variants) of persons found elsewhere, anywhere
/// in the text, headlines included: "Putin Opens Door", "said Zelensky".
pub fn known_names(ctx: &mut Ctx) {
    let a = ctx.a;
    // each name once, in order of first mention (the first match wins): a
    // long text mentions the same few persons thousands of times
    // (the fast hash: SipHash costs about a hundred instructions a name)
    let mut seen: std::collections::HashSet<_, crate::fast_hash::BuildFx> = Default::default();
    let persons: Vec<Vec<String>> = ctx
        .cands
        .iter()
        .filter_map(|c| if let Key::Person(t) = &c.key { Some(t) } else { None })
        .filter(|t| seen.insert(*t))
        .cloned()
        .collect();
    if persons.is_empty() {
        return;
    }
    // persons by the first letter of their first and of their last word: two
    // spellings of a name word share their first letter (`same_name_word`)
    // (with the length of the word without its article: `same_name_word`
    // needs lengths within two bytes, a cheap first test)
    let (mut by_first, mut by_last): (Vec<Vec<(usize, usize)>>, Vec<Vec<(usize, usize)>>) = (vec![Vec::new(); 256], vec![Vec::new(); 256]);
    let bare_len = |w: &str| without_article(w).len();
    // middle names used alone ("Makuach" for "Deng Makuach Riak"), by letter
    let mut by_middle: Vec<Vec<&str>> = vec![Vec::new(); 256];
    for (k, p) in persons.iter().enumerate() {
        by_first[usize::from(name_letter(&p[0]))].push((k, bare_len(&p[0])));
        by_last[usize::from(name_letter(p.last().unwrap()))].push((k, bare_len(p.last().unwrap())));
        if p.len() >= 3 {
            for m in p[1..p.len() - 1].iter().filter(|m| m.chars().count() >= 4 && !in_sorted(NAME_PARTICLES, m)) {
                by_middle[usize::from(name_letter(m))].push(m);
            }
        }
    }
    // the persons whose first word a word may be and the first whose last
    // word it may be, found once per spelling (a long text repeats its
    // capitalized words): a range of `firsts` and an index (u32::MAX: none),
    // by the word's hash (with a token reading it: two words of one hash
    // are told apart, the second not kept)
    let mut by_word: std::collections::HashMap<u64, usize, crate::fast_hash::BuildFx> = Default::default();
    let mut memo: Vec<(usize, (u32, u32, u32))> = Vec::new();
    let mut firsts: Vec<u32> = Vec::new();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        if ctx.taken[i] || !lex::cap_at(a, i) {
            i += 1;
            continue;
        }
        let letter = usize::from(name_letter(a.tok(i)));
        let w = a.tok(i);
        // (no person's word starts with the letter: no question)
        let asked = !(by_first[letter].is_empty() && by_last[letter].is_empty());
        let h = if asked { crate::fast_hash::hash(w) } else { 0 };
        let known = if asked { by_word.get(&h).map(|&m| memo[m]) } else { None };
        let (f0, f1, last) = if !asked {
            (0, 0, u32::MAX)
        } else if let Some((_, found)) = known.filter(|&(t, _)| a.tok(t) == w) {
            found
        } else {
            let len_w = bare_len(w);
            let near_len = |&&(_, l): &&(usize, usize)| l.abs_diff(len_w) <= 2;
            let f0 = firsts.len() as u32;
            firsts.extend(by_first[letter].iter().filter(near_len).filter(|&&(k, _)| same_name_word(w, &persons[k][0])).map(|&(k, _)| k as u32));
            let last = by_last[letter].iter().filter(near_len).find(|&&(k, _)| same_name_word(w, persons[k].last().unwrap()));
            let found = (f0, firsts.len() as u32, last.map_or(u32::MAX, |&(k, _)| k as u32));
            if known.is_none() {
                by_word.entry(h).or_insert(memo.len());
                memo.push((i, found));
            }
            found
        };
        // a full name again (in a headline, or after a capitalized word)
        let mut matched: Option<(usize, Vec<String>)> = None;
        for p in firsts[f0 as usize..f1 as usize].iter().map(|&k| &persons[k as usize]) {
            let len = p.len();
            // (its first word matches: `firsts`; token i is free)
            if i + len <= n && (1..len).all(|k| same_name_word(a.tok(i + k), &p[k]) && !ctx.taken[i + k]) {
                matched = Some((i + len, p.clone()));
                break;
            }
        }
        // its first words ("Hassan Sheikh said" after "Hassan Sheikh Mohamud")
        if matched.is_none() {
            for p in firsts[f0 as usize..f1 as usize].iter().map(|&k| &persons[k as usize]) {
                let m = (1..p.len()).take_while(|&k| i + k < n && a.tokens[i + k].newlines_before == 0 && a.tok(i + k) == p[k] && !ctx.taken[i + k]).count() + 1;
                if m >= 2 && m < p.len() && !(i + m < n && is_title_case(a, i + m) && a.tokens[i + m].newlines_before == 0) {
                    matched = Some((i + m, p[..m].to_vec()));
                    break;
                }
            }
        }
        if matched.is_none() {
            let w = a.tok(i);
            let hyphen_next = i + 1 < n && a.tok(i + 1) == "-" && !a.tokens[i + 1].space_before;
            let next_cap_name = i + 1 < n && is_title_case(a, i + 1) && a.tokens[i + 1].newlines_before == 0 && !is_common(a, i + 1);
            if !hyphen_next && !next_cap_name && a.tokens[i].case != crate::text::tokens::Case::Upper || a.tokens[i].case == crate::text::tokens::Case::Upper && w.len() > 3 {
                if let Some(p) = persons.get(last as usize) {
                    matched = Some((i + 1, vec![p.last().unwrap().clone()]));
                } else if by_middle[letter].iter().any(|m| *m == w) && !is_common(a, i) {
                    matched = Some((i + 1, vec![w.to_string()]));
                } else if first_name_of_one(&persons, &by_first[letter], w) && !is_common(a, i) && lex::geo_at(a, i).is_none() && lex::body_at(a, i).is_none() {
                    // "Tesfaye said" after "Tesfaye Gebre": a person called by the first word of the full name
                    matched = Some((i + 1, vec![w.to_string()]));
                }
            }
        }
        // another name given before ("widely known as Hemedti")
        if matched.is_none() {
            if let Some((_, key, _, _)) = ctx.aliases.iter().find(|x| x.2 == ActorKind::Person && x.0 == a.tok(i) && ctx.free(i, i + 1)) {
                let key = key.clone();
                ctx.push(Cand { s: i, e: i + 1, kind: ActorKind::Person, key, name: a.tok(i).to_string(), role: None, affiliation: None, rule: "another name", sense: "" });
                i += 1;
                continue;
            }
        }
        match matched {
            Some((e, toks)) => {
                ctx.push(Cand {
                    s: i,
                    e,
                    kind: ActorKind::Person,
                    key: Key::Person(toks),
                    name: text(a, i, e),
                    role: None,
                    affiliation: None,
                    rule: "known name",
                    sense: "",
                });
                i = e;
            }
            None => i += 1,
        }
    }
}

/// Is `w` the first word of one (and only one) full name among `persons`
/// (indices `cands`, with their first word's length)?
fn first_name_of_one(persons: &[Vec<String>], cands: &[(usize, usize)], w: &str) -> bool {
    w.chars().count() >= 3 && cands.iter().filter(|&&(k, _)| persons[k].len() >= 2 && persons[k][0] == w).count() == 1
}

/// "the Caribbean Community (CARICOM)", "the Democratic Forces for the
/// Liberation of Rwanda (FDLR)" found by the later passes: the acronym in
/// parentheses and its other uses mean the organization. The acronym starts
/// like the name or uses all its capitals in another order (a name
/// translated from another language).
pub fn late_aliases(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut found: Vec<(String, Key, ActorKind, &'static str, String)> = Vec::new();
    let mut found2: Vec<(usize, Key, ActorKind, &'static str, String)> = Vec::new();
    let mut described_bodies: Vec<(usize, usize, Key, String)> = Vec::new();
    for c in &ctx.cands {
        let k = c.e + 1;
        // (most mentions stand before neither: that test first)
        if c.e >= n || !matches!(a.tok(c.e), "(" | ",") {
            continue;
        }
        let institution = c.kind == ActorKind::Organization || (c.kind == ActorKind::Group && c.e - c.s <= 3 && is_lower_word(a, c.e - 1) && !a.tok(c.e - 1).ends_with('s'));
        // "the National Commission on Human Rights (Komnas HAM)": a two-word short name
        if institution && k + 2 < n && tok_is(a, c.e, "(") && tok_is(a, k + 2, ")") && is_title_case(a, k) && is_acronym(a, k + 1) && lex::body_at(a, k).is_none() && lex::geo_at(a, k).is_none() {
            found2.push((k, c.key.clone(), c.kind, c.sense, c.name.clone()));
            continue;
        }
        // "the United Nations mission, MINUSCA.": an acronym in apposition to a mission or force
        let apposed = k + 1 < n && tok_is(a, c.e, ",") && tok_in(a, c.e - 1, &["mission", "force", "operation", "coalition", "alliance", "movement"]) && (is_acronym(a, k) || (a.tokens[k].case == crate::text::tokens::Case::Upper && a.tok(k).len() <= 8)) && matches!(a.tok(k + 1), "." | "," | ";") && lex::body_at(a, k).is_none() && lex::geo_at(a, k).is_none();
        if apposed && !ctx.aliases.iter().any(|x| x.0 == a.tok(k)) {
            found.push((a.tok(k).to_string(), c.key.clone(), c.kind, c.sense, c.name.clone()));
            continue;
        }
        // "the United Nations mission, MINUSCA", "the AU's new mission, known
        // as AUSSOM": a description of a known body named in apposition
        // ("the four countries, known as the Quad")
        let known_as = tok_is(a, k, "known") && tok_is(a, k + 1, "as");
        let j = if known_as && tok_is(a, k + 2, "the") { k + 3 } else if known_as { k + 2 } else { k };
        let described = tok_is(a, c.e, ",") && j + 1 < n && (known_as || tok_in(a, c.e - 1, &["mission", "force", "operation", "coalition", "alliance"])) && matches!(a.tok(j + 1), "." | "," | ";");
        let body = if described { ctx.cands.iter().find(|b| b.s == j && b.e == j + 1 && b.kind == ActorKind::Organization && lex::body_at(a, j).is_some()) } else { None };
        if let Some(body) = body {
            described_bodies.push((c.s, c.e, body.key.clone(), body.name.clone()));
            continue;
        }
        if !institution || k + 1 >= n || !tok_is(a, c.e, "(") || !tok_is(a, k + 1, ")") || !is_cap(a, k) || a.tok(k).chars().count() < 2 {
            continue;
        }
        let acr = a.tok(k);
        // "The Indonesian military (TNI)": an acronym of the name in its own language
        let translated = is_acronym(a, k) && acr.len() <= 6 && lex::body_at(a, k).is_none() && lex::geo_at(a, k).is_none();
        if translated && !ctx.aliases.iter().any(|x| x.0 == acr) {
            found.push((acr.to_string(), c.key.clone(), c.kind, c.sense, c.name.clone()));
            continue;
        }
        if c.kind != ActorKind::Organization {
            continue;
        }
        let letters: Vec<char> = acr.chars().filter(|ch| ch.is_alphabetic()).map(|ch| ch.to_ascii_uppercase()).collect();
        let caps: Vec<char> = (c.s..c.e).filter(|&j| is_cap(a, j) && is_word(a, j)).filter_map(|j| a.tok(j).chars().next()).collect();
        let mut left = caps.clone();
        let same_start = caps.first().is_some_and(|&f| letters.first() == Some(&f));
        let reordered = letters.len() >= 3 && letters.len() == caps.len() && letters.iter().all(|ch| left.iter().position(|x| x == ch).map(|p| left.swap_remove(p)).is_some());
        if (same_start || reordered) && letters.len() <= 8 && !ctx.aliases.iter().any(|x| x.0 == acr) {
            found.push((acr.to_string(), c.key.clone(), c.kind, c.sense, c.name.clone()));
        }
    }
    for (s, e, key, name) in described_bodies {
        for c in ctx.cands.iter_mut().filter(|c| c.s == s && c.e == e) {
            c.key = key.clone();
            c.name = name.clone();
            c.kind = ActorKind::Organization;
        }
    }
    quoted_aliases(ctx);
    for (acr, key, kind, sense, name) in found {
        for c in ctx.cands.iter_mut().filter(|c| matches!(&c.key, Key::Body(b) if *b == acr)) {
            c.key = key.clone();
            c.kind = kind;
        }
        for k in a.reading(&acr) {
            if ctx.free(k, k + 1) {
                ctx.push(Cand { s: k, e: k + 1, kind, key: key.clone(), name: name.clone(), role: None, affiliation: None, rule: "acronym of a name", sense });
            }
        }
        ctx.aliases.push((acr, key, kind, sense));
    }
    for (k, key, kind, sense, name) in found2 {
        let (w1, w2) = (a.tok(k), a.tok(k + 1));
        let uses: Vec<usize> = a.reading(w1).filter(|&j| j + 1 < n && a.tok(j + 1) == w2).collect();
        for j in uses {
            if ctx.free(j, j + 1) {
                // (the acronym alone may have been taken as a body of its own)
                ctx.cands.retain(|c| !(c.s == j + 1 && c.e == j + 2 && matches!(&c.key, Key::Body(b) if b == w2)));
                if ctx.cands.iter().any(|c| c.s <= j + 1 && c.e > j + 1) {
                    continue;
                }
                ctx.taken[j + 1] = false;
                ctx.push(Cand { s: j, e: j + 2, kind, key: key.clone(), name: name.clone(), role: None, affiliation: None, rule: "short name", sense });
            }
        }
    }
}

/// The quoted words at `k` (`"the Rightful"`): the token range of the name
/// inside the quotes, without "the".
fn quoted_name(a: &View, k: usize) -> Option<(usize, usize)> {
    if !tok_is(a, k, "\"") {
        return None;
    }
    let s = if tok_is(a, k + 1, "the") || tok_is(a, k + 1, "The") { k + 2 } else { k + 1 };
    let e = (s..(s + 5).min(a.tokens.len())).find(|&j| tok_is(a, j, "\""))?;
    (e > s && (s..e).all(|j| is_cap(a, j) || tok_in(a, j, &["of", "the", "-"])) && is_cap(a, s)).then_some((s, e))
}

/// `Ahl al-Haqq ("the Rightful")`, `the militia, known locally as "Zalendo"`:
/// a quoted other name of a body, group or person is a mention of it, there and
/// wherever else the text writes it.
fn quoted_aliases(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (ci, c) in ctx.cands.iter().enumerate() {
        if !matches!(c.kind, ActorKind::Organization | ActorKind::Group | ActorKind::Person) || c.e + 3 >= n {
            continue;
        }
        let mut k = c.e;
        if tok_is(a, k, "(") {
            k += 1;
        } else if tok_is(a, k, ",") {
            k += 1;
            if tok_in(a, k, &["also", "locally", "widely"]) {
                k += 1;
            }
            if !tok_is(a, k, "known") {
                continue;
            }
            k += 1;
            if tok_in(a, k, &["locally", "widely"]) {
                k += 1;
            }
            if !tok_is(a, k, "as") {
                continue;
            }
            k += 1;
        } else {
            continue;
        }
        if let Some((s, e)) = quoted_name(a, k) {
            found.push((ci, s, e));
        }
    }
    for (ci, s, e) in found {
        let (key, kind, sense, name) = { let c = &ctx.cands[ci]; (c.key.clone(), c.kind, c.sense, c.name.clone()) };
        let len = e - s;
        let same = |k: usize| k + len <= n && (0..len).all(|j| a.tok(k + j) == a.tok(s + j)) && !(k + len < n && is_cap(a, k + len));
        // mentions taken as something else ("The Rightful said": a person) are this body
        for c in ctx.cands.iter_mut().filter(|c| c.e - c.s == len && same(c.s)) {
            c.key = key.clone();
            c.kind = kind;
            c.name = name.clone();
        }
        for k in s..n {
            if same(k) && ctx.free(k, k + len) {
                ctx.push(Cand { s: k, e: k + len, kind, key: key.clone(), name: name.clone(), role: None, affiliation: None, rule: "another name of a body", sense });
            }
        }
    }
}

/// "Abkhazia rejected it … the region would accept help only if…": "the
/// region" acting (before a verb, or a clause and a verb) is the breakaway
/// state named last before it.
pub(crate) fn the_region(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    for i in 1..n {
        // (the length first: one read of the token, most stop there)
        if a.tokens[i].end - a.tokens[i].start != 6 || ctx.taken[i] || a.tok(i) != "region" || !tok_is(a, i - 1, "the") {
            continue;
        }
        let acts = |k: usize| k < n && (lex::verb_at(a, k).is_some() || tok_in(a, k, &["would", "will", "could", "has", "had", "wants", "refused", "rejected", "accepted", "agreed"]));
        // "The region, where … troops are based, said"
        let after_clause = tok_is(a, i + 1, ",") && tok_in(a, i + 2, &["where", "which", "whose"]) && (i + 3..(i + 25).min(n)).take_while(|&k| same_sentence(a, i, k)).any(|k| tok_is(a, k, ",") && acts(k + 1));
        if !(acts(i + 1) || after_clause || (i + 1 < n && a.tokens[i + 1].kind == TokKind::Possessive)) {
            continue;
        }
        let state = ctx.cands.iter().filter(|c| c.e <= i && i - c.e < 400).filter_map(|c| if let Key::State(k) = c.key { Some((c.s, k)) } else { None }).filter(|(_, k)| lex::is_breakaway(k)).max();
        if let Some((_, k)) = state {
            ctx.push(Cand::state(i, i + 1, k, "the region", "government"));
        }
    }
}

/// "demanded that the Centre hold talks": in Indian English, India's union
/// government (in a text about India; not "the Centre for …").
pub(crate) fn the_centre(ctx: &mut Ctx) {
    let a = ctx.a;
    let n = a.tokens.len();
    let mut india = None;
    for i in a.reading("Centre") {
        if ctx.taken[i] || (i + 1 < n && (tok_in(a, i + 1, &["for", "of"]) || (is_cap(a, i + 1) && a.tokens[i + 1].newlines_before == 0))) {
            continue;
        }
        // ("Centre, Kuki-Zo groups renew …": a headline's first word)
        let first_of_headline = in_headline(a, i) && (i == 0 || a.tokens[i].newlines_before > 0);
        if !(i > 0 && a.tok(i - 1).eq_ignore_ascii_case("the") || first_of_headline) {
            continue;
        }
        if *india.get_or_insert_with(|| (0..n).any(|k| lex::geo_at(a, k).is_some_and(|g| g.country == "India"))) {
            ctx.push(Cand::state(i, i + 1, "India", "the Centre", "government"));
        }
    }
}

/// "Bourita said the kingdom would negotiate": "the kingdom" is the kingdom
/// (by its official name) named as a party shortly before it, if it is the only one.
pub(crate) fn the_kingdom(ctx: &mut Ctx) {
    let a = ctx.a;
    for i in 1..a.tokens.len() {
        if a.tokens[i].end - a.tokens[i].start != 7 || ctx.taken[i] || !a.tok(i).eq_ignore_ascii_case("kingdom") || a.tokens[i].case != crate::text::tokens::Case::Lower || !tok_is(a, i - 1, "the") {
            continue;
        }
        // only when one kingdom acts in the stretch before ("Spain" and "Morocco": neither)
        let mut kingdoms = ctx.cands.iter().filter(|c| c.e <= i && i - c.e < 200).filter_map(|c| if let Key::State(k) = c.key { Some(k) } else { None }).filter(|k| lex::is_kingdom(k));
        let Some(k) = kingdoms.next() else { continue };
        if kingdoms.all(|k2| k2 == k) {
            ctx.push(Cand::state(i, i + 1, k, "the kingdom", "government"));
        }
    }
}

