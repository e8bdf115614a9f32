//! The content of a position: the complement of its trigger (object noun
//! phrase, to-infinitive, that-clause, quoted words) up to its natural end —
//! the end of the clause, the closing quotation mark, a condition that
//! follows ("… without guarantees") — trimmed as the guidelines say.

use super::context::{class, Ctx};

/// A content phrase as tokens `[start, end)`, and the word it stopped at
/// when that word may open a condition of its own ("after", "once", "but not").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Content {
    pub start: usize,
    pub end: usize,
    pub stop: Option<usize>,
}

/// Words of class `end` that end a content phrase only with the next word
/// ("and then", "so that", "in order", "on condition", "only if", "as long as").
const END_WITH_NEXT: &[&str] = &["and", "or", "as", "so", "in", "on", "only"];

/// Words a complement cannot start with.
const NOT_A_START: &[&str] = &[
    "as", "and", "but", "or", "while", "if", "because", "for", "is", "are", "was", "were", "be", "been", "not",
    "by", "in", "at", "from", "since", "so", "than", "who", "which", "when", "whether", "has", "have",
    "had", "will", "would", "can", "could", "should", "must", "may", "might", "do", "does", "did",
];

/// Does a subject and then a verb start at `i` ("and they would", "and Russia has")?
fn clause_starts(ctx: &Ctx, i: usize) -> bool {
    if ctx.is_any(i, &["he", "she", "they", "we", "i", "it", "that"]) {
        return true;
    }
    let mut j = if ctx.is(i, "the") { i + 1 } else { i };
    // titles before a name: "President Barack Obama is …"
    while j < i + 4 && ctx.mention_starting(j).is_none() && ctx.is_word(j) && ctx.a.tokens[j].is_capitalized(ctx.a.text()) {
        j += 1;
    }
    if let Some(m) = ctx.mention_starting(j) {
        let v = m.end;
        // "all US and EU sanctions": coordinated names before a noun
        let plural_noun = ctx.tok(v).ends_with('s') && ctx.mention_ending(i.saturating_sub(1)).is_some();
        return ctx.has(v, class::AUX) || ctx.is_lower_word(v) && (ctx.tok(v).ends_with("ed") || ctx.tok(v).ends_with('s') && !plural_noun);
    }
    // a name the actor stage did not mark, then a past verb: "…, and Erdogan invited …"
    j > i && !ctx.is(i, "the") && (ctx.has(j, class::AUX) || ctx.is_speech_verb(j) || ctx.is_lower_word(j) && ctx.tok(j).ends_with("ed"))
}

/// Does a new verb phrase start at `i` ("and said", "and has offered")?
fn verb_starts(ctx: &Ctx, i: usize) -> bool {
    let i = if ctx.is_lower_word(i) && ctx.tok(i).ends_with("ly") || ctx.is_any(i, &["also", "then", "later"]) { i + 1 } else { i };
    ctx.has(i, class::AUX) || ctx.is_speech_verb(i) || ctx.is_lower_word(i) && ctx.tok(i).ends_with("ed")
}

/// Does the content phrase end before token `i`?
fn stops_at(ctx: &Ctx, i: usize) -> bool {
    if ctx.is_word(i) && !ctx.has(i, class::END) {
        return false;
    }
    let t = ctx.tok(i);
    match t {
        ";" | "." | "!" | "?" | ":" => return true,
        "-" => return ctx.a.tokens[i].space_before && i + 1 < ctx.len() && ctx.a.tokens[i + 1].space_before,
        "," => {
            // lists and infinitives go on: "logistics, insurance, and …", "…, to tell …"
            if ctx.is_any(i + 1, &["and", "or"]) && !clause_starts(ctx, i + 2) && !verb_starts(ctx, i + 2) {
                return false;
            }
            if ctx.is(i + 1, "to") && ctx.is_lower_word(i + 2) {
                return false;
            }
            if ctx.is(i + 1, "as") && ctx.is(i + 2, "well") {
                return false;
            }
            return true;
        }
        _ => {}
    }
    if !ctx.has(i, class::END) {
        return false;
    }
    if !ctx.is_any(i, END_WITH_NEXT) {
        return !(ctx.is(i, "once") && ctx.is_any(i + 1, &["again", "more", "and"]));
    }
    if ctx.is_any(i, &["and", "or"]) && (ctx.is(i + 1, "then") || clause_starts(ctx, i + 1) || verb_starts(ctx, i + 1)) {
        return true;
    }
    if ctx.is(i, "as") && clause_starts(ctx, i + 1) {
        return true;
    }
    // "so that", "in order to", "on condition that", "in exchange for", "as long as" …
    let two = |a: &str, b: &str| ctx.is(i, a) && ctx.is(i + 1, b);
    if two("so", "that") || two("in", "order") || two("on", "condition") || two("on", "the") && ctx.is(i + 2, "condition")
        || two("in", "exchange") || two("in", "return") || two("as", "long") || two("as", "soon") || two("only", "if")
        || two("only", "after") || two("only", "when") || two("provided", "that")
    {
        return true;
    }
    ctx.is(i, "or") && ctx.is(i + 1, "else")
}

/// The natural end of a content phrase starting at `start`; the phrase stays
/// inside its sentence and, when it starts inside a quotation, inside it.
pub fn natural_end(ctx: &Ctx, start: usize) -> Content {
    let (_, se) = ctx.sentence(start);
    let mut limit = se;
    if let Some(q) = ctx.quote_of(start) {
        limit = limit.min(ctx.quotes[q].close);
    }
    // a quotation as content: its words, and the phrase may go on after it
    let mut i = start;
    while i < limit {
        if let Some(k) = relative_in_subject(ctx, i, limit).or_else(|| participle_aside(ctx, i, limit)) {
            i = k + 1;
            continue;
        }
        // "not to share photos until they are identified": one request
        let refrain_until = ctx.is(i, "until") && ctx.is(start, "not") && ctx.is(start + 1, "to");
        if i > start && stops_at(ctx, i) && !refrain_until {
            return Content { start, end: i, stop: ctx.is_word(i).then_some(i) };
        }
        if i > start && ctx.is_quote_mark(i) && ctx.is_word(i + 1) && stops_at(ctx, i + 1) && ctx.quote_marked(i).is_some_and(|q| ctx.quotes[q].open == i) {
            // `ready to help "as soon as …"`: a quotation opening with the end word
            return Content { start, end: i, stop: Some(i + 1) };
        }
        if ctx.is_quote_mark(i) && ctx.quote_of(i + 1).is_some() && ctx.quote_of(start).is_none() {
            // skip over the quoted words ("direct discussion")
            let q = ctx.quotes[ctx.quote_of(i + 1).unwrap_or(0)];
            if q.open == i {
                i = q.close.min(limit.saturating_sub(1)).max(i) + 1;
                continue;
            }
        }
        i += 1;
    }
    Content { start, end: limit, stop: None }
}

/// ", who fought alongside them, must leave": a relative clause between a
/// subject and its verb, opened by the comma at `i`; the closing comma.
fn relative_in_subject(ctx: &Ctx, i: usize, limit: usize) -> Option<usize> {
    if !(ctx.is(i, ",") && ctx.has(i + 1, class::RELATIVE)) {
        return None;
    }
    let k = (i + 2..limit.min(i + 30)).find(|&k| ctx.is_punct(k) && !ctx.is_any(k, &["-", "'"]))?;
    (ctx.is(k, ",") && ctx.has(k + 1, class::AUX)).then_some(k)
}

/// "the decree, renewed every year since 2005, to be lifted": a participial
/// aside opened by the comma at `i` before the infinitive of the object; the
/// closing comma.
fn participle_aside(ctx: &Ctx, i: usize, limit: usize) -> Option<usize> {
    if !(ctx.is(i, ",") && ctx.is_lower_word(i + 1) && (ctx.tok(i + 1).ends_with("ed") || ctx.tok(i + 1).ends_with("en"))) {
        return None;
    }
    let k = (i + 2..limit.min(i + 14)).find(|&k| ctx.is_punct(k) && !ctx.is_any(k, &["-", "'"]))?;
    (ctx.is(k, ",") && ctx.is(k + 1, "to") && ctx.is_lower_word(k + 2)).then_some(k)
}

/// The end of a condition clause: the comma, the sentence or the quotation.
pub fn clause_end(ctx: &Ctx, start: usize) -> Content {
    let (_, se) = ctx.sentence(start);
    let mut limit = se;
    if let Some(q) = ctx.quote_of(start) {
        limit = limit.min(ctx.quotes[q].close);
    }
    let end = (start + 1..limit).find(|&i| ctx.is_any(i, &[",", ";", ":", ".", "!", "?"])).unwrap_or(limit);
    Content { start, end, stop: None }
}

/// Drops punctuation at both ends; quotation marks at the ends go in pairs.
pub fn trim(ctx: &Ctx, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    loop {
        // "demanding instead a withdrawal": the adverb is no part of the content
        while s < e && (ctx.is_punct(s) && !ctx.is_quote_mark(s) && !ctx.is_any(s, &["(", "["]) || ctx.is(s, "instead") && s + 1 < e) {
            s += 1;
        }
        while e > s && ctx.is_punct(e - 1) && !ctx.is_quote_mark(e - 1) && !ctx.is_any(e - 1, &[")", "]"]) {
            e -= 1;
        }
        if e <= s {
            return None;
        }
        let first = ctx.is_quote_mark(s);
        let last = ctx.is_quote_mark(e - 1);
        if first && last && e - s > 2 {
            return Some((s, e));
        }
        if first {
            s += 1;
        } else if last {
            e -= 1;
        } else {
            return Some((s, e));
        }
    }
}

/// Is the phrase at `[s, e)` one that makes no position ("some hope", "to comment")?
fn is_stop(ctx: &Ctx, s: usize, e: usize) -> bool {
    let mut i = s;
    while i < e && (ctx.is_determiner(i) || ctx.is_any(i, &["to", "some", "any", "more", "further", "\""])) {
        i += 1;
    }
    if i < e && ctx.word_class(i, "stop") {
        return true;
    }
    // "want everyone to hear me": rhetoric, not a position
    (i..e.min(i + 4)).any(|j| ctx.is(j, "to") && ctx.word_class(j + 1, "stop"))
}

/// The complement starting at token `i` (after its trigger).
pub fn complement(ctx: &Ctx, mut i: usize) -> Option<Content> {
    if ctx.is(i, ":") {
        i += 1;
    }
    // "demanded on Friday that …"
    if ctx.is(i, "on") && is_date_word(ctx, i + 1) && ctx.is(i + 2, "that") {
        i += 2;
    }
    if ctx.is(i, "that") && !ctx.is_lower_word(i + 1) || ctx.is(i, "that") && ctx.is_any(i + 1, &["the", "a", "an", "he", "she", "they", "we", "it", "i"]) {
        i += 1;
    }
    // the complement starts in the trigger's sentence
    if i >= ctx.len() || i > 0 && ctx.sentence(i) != ctx.sentence(i - 1) {
        return None;
    }
    let compound = ctx.is(i + 1, "-") && !ctx.a.tokens[i + 1].space_before;
    let not_to = ctx.is(i, "not") && ctx.is(i + 1, "to");
    if ctx.is_any(i, NOT_A_START) && !compound && !not_to {
        return None;
    }
    if ctx.is_punct(i) && !ctx.is_quote_mark(i) {
        return None;
    }
    let c = natural_end(ctx, i);
    let (s, e) = trim(ctx, c.start, c.end)?;
    if is_stop(ctx, s, e) || e == s + 1 && ctx.is_any(s, &["you", "him", "her", "them", "us", "me", "it", "not", "this", "that"]) {
        return None;
    }
    Some(Content { start: s, end: e, stop: c.stop })
}

/// After a trigger ending at `te`: "ACTOR (and ACTOR) to VP" or "ACTOR for NP".
/// Returns the first actor (`None` for a name the actor stage did not mark)
/// and the index of "to"/"for".
pub fn addressee_then(ctx: &Ctx, te: usize) -> Option<(Option<usize>, usize)> {
    let mut i = te;
    // "called on June 20 on Belgrade …", "urged on Monday …"
    let on_date = ctx.is(i, "on") && is_date_word(ctx, i + 1);
    if on_date || ctx.is(i - 1, "on") && is_date_word(ctx, i) {
        i += if on_date { 2 } else { 1 };
        while i < ctx.len() && (ctx.a.tokens[i].kind == crate::text::tokens::TokKind::Number || ctx.is(i, ",")) {
            i += 1;
        }
        if ctx.is(i, "on") {
            i += 1;
        }
    }
    let mut first = None;
    // a name the actor stage did not mark, a party named by a common noun
    // ("the parties", "donors", "envoys from 25 countries"); after the head,
    // only its prepositional phrase ("residents of more than 60 villages")
    let (mut named, mut party, mut in_pp) = (false, false, false);
    let mut j = i;
    while j < (i + 20).min(ctx.len()) {
        // an apposition or acronym between dashes or brackets: "two
        // mediators - X and Y - to …", "the Red Cross (ICRC) to …"
        if j > i && (ctx.is(j, "(") || ctx.is(j, "-") && ctx.a.tokens[j].space_before) {
            let close = if ctx.is(j, "(") { ")" } else { "-" };
            if let Some(k) = (j + 1..(j + 25).min(ctx.len())).take_while(|&k| !ctx.is_any(k, &[".", ";", "\""])).find(|&k| ctx.is(k, close)) {
                for k in j + 1..k {
                    if let Some(m) = ctx.mention_starting(k) {
                        first.get_or_insert(m.actor);
                    }
                }
                named |= ctx.is(j, "(");
                party = true;
                j = k + 1;
                continue;
            }
        }
        if let Some(m) = ctx.mention_starting(j) {
            first.get_or_insert(m.actor);
            j = m.end;
            continue;
        }
        if first.is_some() || named || party {
            // "to VP", "not to VP", "\"to VP\"", "for NP"
            let to = if ctx.is(j, "not") || ctx.is_quote_mark(j) { j + 1 } else { j };
            if ctx.is(to, "to") {
                let ok = ctx.is_word(to + 1) && !ctx.is_determiner(to + 1) && ctx.mention_starting(to + 1).is_none() || ctx.is_quote_mark(to + 1);
                return ok.then_some((first, if ctx.is(j, "not") { j } else { to }));
            }
            if ctx.is(j, "for") {
                return Some((first, j));
            }
        }
        let t = &ctx.a.tokens[j];
        let capitalized = t.is_word() && t.is_capitalized(ctx.a.text()) && !ctx.title_case(j);
        // "our friends in the bloc": a noun before a preposition is a head
        let noun_before = j > i && ctx.is_lower_word(j - 1) && !ctx.has(j - 1, u32::MAX) && ctx.tok(j - 1).ends_with('s');
        let head = first.is_some() || named || party || noun_before && ctx.is_preposition(j);
        in_pp |= head && ctx.is_preposition(j) && !ctx.has(j, class::OPENER);
        named |= capitalized;
        // "asked relatives not to …": a plural noun right before the infinitive
        party |= ctx.has(j, class::PARTY) || ctx.is_lower_word(j) && !ctx.has(j, u32::MAX) && ctx.tok(j).ends_with('s') && (ctx.is(j + 1, "to") || ctx.is(j + 1, "not") && ctx.is(j + 2, "to"));
        // modifiers before the head ("all armed groups") and in its
        // prepositional phrase ("residents of more than 60 villages")
        let word = ctx.is_lower_word(j) && !ctx.has(j, class::AUX | class::NEG | class::OPENER | class::RELATIVE | class::SUBJECT_PRONOUN | class::COORD)
            || t.kind == crate::text::tokens::TokKind::Number;
        let modifier = word && (!head && !ctx.is_preposition(j) || in_pp);
        let fine = ctx.is_determiner(j) && !ctx.is(j, "that") || ctx.is_any(j, &["and", ",", "\"", "of"]) || capitalized || modifier;
        if !fine {
            return None;
        }
        j += 1;
    }
    None
}

pub fn is_date_word(ctx: &Ctx, i: usize) -> bool {
    const WORDS: &[&str] = &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];
    ctx.is_any(i, WORDS)
}
