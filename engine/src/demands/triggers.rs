//! Trigger rows (`lexicon/data/triggers.tsv`) and their frames: for one
//! trigger found in the text, where its content is, who holds it and of whom.

use super::content::{self, Content};
use super::context::{class, Ctx};
use super::holder::{self, Found, Via};
use crate::document::DemandKind;
use crate::lexicon::{Hit, List};

/// How the content and the parties sit around a trigger (field 2 of a row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    Obj,
    Addr,
    AddrTo,
    Want,
    Hope,
    Clause,
    Later,
    NeedVerb,
    ObjNoun,
    Headline,
    Named,
    Only,
    Inf,
    Noun,
    NounTo,
    Need,
    Pressure,
    Modal,
    NegModal,
    Would,
    Imp,
    Imper,
    ImperVerb,
    Cond,
    Until,
    Weak,
    Pre,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "obj" => Frame::Obj,
            "addr" => Frame::Addr,
            "addr-to" => Frame::AddrTo,
            "want" => Frame::Want,
            "hope" => Frame::Hope,
            "clause" => Frame::Clause,
            "later" => Frame::Later,
            "need-verb" => Frame::NeedVerb,
            "obj-noun" => Frame::ObjNoun,
            "headline" => Frame::Headline,
            "named" => Frame::Named,
            "only" => Frame::Only,
            "inf" => Frame::Inf,
            "noun" => Frame::Noun,
            "noun-to" => Frame::NounTo,
            "need" => Frame::Need,
            "pressure" => Frame::Pressure,
            "modal" => Frame::Modal,
            "negmodal" => Frame::NegModal,
            "would" => Frame::Would,
            "imp" => Frame::Imp,
            "imper" => Frame::Imper,
            "imper-verb" => Frame::ImperVerb,
            "cond" => Frame::Cond,
            "until" => Frame::Until,
            "weak" => Frame::Weak,
            "pre" => Frame::Pre,
            _ => return None,
        })
    }
    /// Frames of a noun trigger.
    pub fn is_nominal(self) -> bool {
        matches!(self, Frame::Noun | Frame::NounTo | Frame::Need)
    }

    /// Frames whose content holds no further position of its own
    /// ("if other parties are ready to …": one condition, no proposal).
    pub fn contains_others(self) -> bool {
        matches!(self, Frame::Cond | Frame::Until | Frame::Modal | Frame::Imp | Frame::Imper | Frame::Would | Frame::NegModal)
    }
}

pub fn kind_of(s: Option<&str>) -> Option<DemandKind> {
    Some(match s? {
        "demand" => DemandKind::Demand,
        "proposal" => DemandKind::Proposal,
        "condition" => DemandKind::Condition,
        "refusal" => DemandKind::Refusal,
        _ => return None,
    })
}

/// A position found, in tokens, before it becomes a [`crate::document::Demand`].
#[derive(Debug, Clone)]
pub struct Cand {
    pub trigger: (usize, usize),
    pub content: (usize, usize),
    pub kind: DemandKind,
    pub holder: Found,
    pub addressee: Option<usize>,
    pub frame: Frame,
    /// The content is a that-clause.
    pub that_clause: bool,
    /// A definite noun with no owner ("the call for a ceasefire"): it takes
    /// the holder of an earlier position on the same thing, or goes.
    pub anaphoric: bool,
    /// Where the content stopped, when at a word that may open a condition.
    pub stop: Option<usize>,
    /// What fired, in words.
    pub what: String,
}

/// One trigger row as found in the text.
pub struct Row {
    pub hit: Hit,
    pub kind: Option<DemandKind>,
    pub frame: Frame,
    pub negated_kind: Option<DemandKind>,
}

impl Row {
    pub fn of(hit: &Hit) -> Option<Row> {
        if hit.list != List::Triggers {
            return None;
        }
        let &(kind, frame, negated_kind) = parsed_rows().get(hit.row as usize)?;
        Some(Row { hit: *hit, kind, frame: frame?, negated_kind })
    }
}

type Parsed = (Option<DemandKind>, Option<Frame>, Option<DemandKind>);

/// The fields of every row of `triggers.tsv`, parsed once.
fn parsed_rows() -> &'static [Parsed] {
    static ROWS: std::sync::OnceLock<Vec<Parsed>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        List::Triggers
            .rows()
            .iter()
            .map(|r| {
                let f = |n: usize| r.get(n).copied().filter(|f| !f.is_empty() && *f != "-");
                (kind_of(f(1)), f(2).and_then(Frame::parse), kind_of(f(3)))
            })
            .collect()
    })
}

/// Is the word at `s` used as a noun ("the call for", "Putin's proposal")?
/// Only words with a noun row can be; a determiner right before makes it
/// certain ([`Reading::Noun`]), an adjective between leaves it open.
pub fn reading(ctx: &Ctx, s: usize) -> Reading {
    let noun_row = ctx.a.hits_at(s).iter().any(|h| Row::of(h).is_some_and(|r| r.frame.is_nominal()));
    if !noun_row {
        return Reading::Verb;
    }
    if s > 0 && ctx.is_determiner(s - 1) && !ctx.is(s - 1, "that") {
        return Reading::Noun;
    }
    // "That offer stands.": a sentence's first word "That" is a determiner
    if s > 0 && ctx.a.tok(s - 1) == "That" && ctx.sentence(s).0 == s - 1 {
        return Reading::Noun;
    }
    // "an Ethiopian offer", "a fresh offer": an article, one adjective (not
    // a party: "the rebels offer")
    if s > 1 && ctx.is_any(s - 2, &["a", "an"]) && ctx.is_word(s - 1) && ctx.mention_at(s - 1).is_none() && !ctx.tok(s - 1).ends_with('s') && !ctx.has(s - 1, class::AUX) {
        return Reading::Noun;
    }
    // "rejected calls for talks", "renewed calls for": the object of a past verb
    if s > 0 && ctx.is_lower_word(s - 1) && ctx.tok(s - 1).ends_with("ed") && !ctx.has(s - 1, class::AUX) && ctx.tok(s).ends_with('s') {
        return Reading::Noun;
    }
    if object_of_trigger(ctx, s) {
        return Reading::Noun;
    }
    if noun_context(ctx, s) {
        Reading::Either
    } else {
        Reading::Verb
    }
}

/// "rejects Somali call for talks", "accepts offer to mediate": a word right
/// after a verb trigger taking an object (maybe past one modifier) is that
/// object, a noun.
fn object_of_trigger(ctx: &Ctx, s: usize) -> bool {
    let mut p = s;
    if p > 0 && ctx.is_word(p - 1) && !ctx.has(p - 1, u32::MAX) && ctx.mention_at(p - 1).is_none() && ctx.a.hits_at(p - 1).iter().all(|h| Row::of(h).is_none()) {
        p -= 1;
    }
    let verb = |h: &Hit| {
        h.end as usize == p
            && Row::of(h).is_some_and(|r| matches!(r.frame, Frame::Obj | Frame::Addr | Frame::AddrTo | Frame::Want) && !r.frame.is_nominal())
    };
    (p.saturating_sub(3)..p).any(|q| ctx.a.hits_at(q).iter().any(verb) && ctx.is_lower_word(p - 1) || ctx.a.tokens[p - 1].case == crate::text::tokens::Case::Title && ctx.title_line(q).is_some() && ctx.a.hits_at(q).iter().any(verb))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Noun,
    Verb,
    Either,
}

fn noun_context(ctx: &Ctx, s: usize) -> bool {
    let mut p = s;
    for _ in 0..2 {
        if p > 0 && ctx.is_lower_word(p - 1) && !ctx.is_determiner(p - 1) && !ctx.has(p - 1, class::AUX) && !ctx.tok(p - 1).ends_with("ly") && !ctx.is_any(p - 1, &["also", "to", "not", "never", "still", "now", "always"]) {
            p -= 1;
        } else {
            break;
        }
    }
    p > 0 && ctx.is_determiner(p - 1) && !(ctx.is(p - 1, "that") && p == s)
}

/// The negation before the trigger at `s` ("did not call for", "is not
/// willing"): the token where the negated phrase starts.
fn negated(ctx: &Ctx, s: usize) -> Option<usize> {
    let mut p = s;
    for _ in 0..3 {
        let q = p.checked_sub(1)?;
        if ctx.is_negation(q) {
            // "do not", "did not", "would not": the auxiliary too
            let aux = q > 0 && ctx.is(q, "not") && ctx.is_any(q - 1, &["do", "does", "did", "will", "would", "is", "are", "was", "were"]);
            return Some(if aux { q - 1 } else { q });
        }
        if ctx.is_lower_word(q) && (ctx.tok(q).ends_with("ly") || ctx.is_any(q, &["yet", "ever", "even", "always", "so", "far", "be", "been"])) {
            p = q;
        } else {
            return None;
        }
    }
    None
}

/// Is the verb at `s` passive ("was urged", "has been rejected")?
fn passive(ctx: &Ctx, s: usize) -> bool {
    passive_aux(ctx, s).is_some()
}

/// The form of "be" of a passive participle at `s` (past adverbs and "not").
fn passive_aux(ctx: &Ctx, s: usize) -> Option<usize> {
    let w = ctx.tok(s);
    if !(w.ends_with("ed") || w.ends_with("ght")) {
        return None;
    }
    let mut p = s;
    for _ in 0..3 {
        let q = p.checked_sub(1)?;
        if ctx.has(q, class::BE) || ctx.is_any(q, &["'s", "'re"]) {
            return Some(q);
        }
        if ctx.is_lower_word(q) && (ctx.tok(q).ends_with("ly") || ctx.is_any(q, &["not", "also", "never"])) {
            p = q;
        } else {
            return None;
        }
    }
    None
}

/// The agent of a passive: the last mention of "by …" in tokens `[from, to)`.
fn by_agent(ctx: &Ctx, from: usize, to: usize) -> Option<(usize, usize)> {
    let by = (from..to).find(|&i| ctx.is(i, "by"))?;
    let mut last = None;
    let mut i = by + 1;
    while i < to.min(by + 10) && !ctx.is_any(i, &[",", ".", ";", "to", "for"]) {
        if let Some(m) = ctx.mention_starting(i) {
            let possessor = ctx.is_possessive(m.end);
            if !possessor {
                last = Some((m.actor, m.end));
            }
            i = m.end;
            continue;
        }
        i += 1;
    }
    last
}

fn first_mention_in(ctx: &Ctx, s: usize, e: usize, not: Option<usize>) -> Option<usize> {
    (s..e).filter_map(|i| ctx.mention_starting(i)).map(|m| m.actor).find(|&a| Some(a) != not)
}

/// The subject right before token `t` in its clause (an addressee of a modal).
fn clause_subject(ctx: &Ctx, t: usize) -> Option<usize> {
    let found = holder::subject(ctx, t, false);
    (found.1 == Via::Subject).then_some(found.0).flatten()
}

fn cand(trigger: (usize, usize), c: Content, kind: DemandKind, holder: Found, frame: Frame, what: String) -> Cand {
    Cand { trigger, content: (c.start, c.end), kind, holder, addressee: None, frame, that_clause: false, anaphoric: false, stop: c.stop, what }
}

/// "X had submitted a separate ceasefire proposal", "X made an offer": a
/// noun trigger at `[s, e)` ending the object of a verb that makes it; the
/// object is the content, the verb (with its auxiliaries) the trigger.
fn produced(ctx: &Ctx, s: usize, e: usize, kind: DemandKind, phrase: &str) -> Option<Cand> {
    if e < ctx.len() && !(ctx.is_punct(e) && !ctx.is_any(e, &["-", "("]) || ctx.has(e, class::COORD | class::PREP)) {
        return None;
    }
    let d = (s.saturating_sub(4)..s).rev().find(|&k| ctx.is_determiner(k) && !ctx.is(k, "that"))?;
    if !(d + 1..s).all(|k| ctx.is_word(k) && !ctx.has(k, class::AUX | class::PREP)) {
        return None;
    }
    let v = d.checked_sub(1)?;
    if !ctx.word_class(v, "produce") || ctx.has(v, class::AUX) {
        return None;
    }
    let mut t = v;
    while t > 0 && ctx.has(t - 1, class::AUX) {
        t -= 1;
    }
    let h = holder::of_trigger(ctx, v, false);
    h.0?;
    let c = Content { start: d, end: e, stop: None };
    Some(cand((t, v + 1), c, kind, h, Frame::Noun, format!("'{}' + object ending in the noun '{phrase}'; holder: {}", ctx.tok(v), h.1.as_str())))
}

/// "X made the return of the hostages a condition for …", "X set a
/// withdrawal as a precondition", "the release of prisoners is a
/// precondition, X said": the noun phrase named a condition at `[s, e)` is
/// the content; the verb's subject holds it, or the reporter of the copula.
fn made_a_condition(ctx: &Ctx, s: usize, e: usize, phrase: &str) -> Option<Cand> {
    let mut d = s;
    if d > 0 && ctx.is_lower_word(d - 1) && !ctx.has(d - 1, u32::MAX) {
        d -= 1; // "a key condition"
    }
    if !ctx.is_any(d.checked_sub(1)?, &["a", "an", "the"]) {
        return None;
    }
    d -= 1;
    if ctx.is(d.saturating_sub(1), "as") {
        d -= 1;
    }
    let (ss, _) = ctx.sentence(s);
    let floor = d.saturating_sub(20).max(ss);
    let v = (floor..d).rev().find(|&k| ctx.is_any(k, &["made", "make", "makes", "making", "set", "sets", "setting", "named", "considers", "considered", "sees", "saw", "is", "was", "remains", "remained"]))?;
    if (v + 1..d).any(|k| ctx.is_punct(k) && !ctx.is_any(k, &["-", "'"]) || ctx.has(k, class::RELATIVE)) {
        return None;
    }
    let copula = ctx.has(v, class::BE) || ctx.is_any(v, &["remains", "remained"]);
    let (from, to) = if copula { (holder::clause_begin(ctx, v), v) } else { (v + 1, d) };
    let (cs, ce) = content::trim(ctx, from, to)?;
    if ce - cs < 2 || (cs..ce).any(|k| ctx.has(k, class::SUBJECT_PRONOUN)) {
        return None;
    }
    let h = if copula { holder::of_modal(ctx, v) } else { holder::of_trigger(ctx, v, false) };
    h.0?;
    let c = Content { start: cs, end: ce, stop: None };
    let mut d = cand((d, e), c, DemandKind::Condition, h, Frame::Noun, format!("noun phrase named a '{phrase}'; holder: {}", h.1.as_str()));
    d.addressee = first_mention_in(ctx, cs, ce, h.0);
    Some(d)
}

/// A time adverbial starting at `i` ("in February", "again on Monday", "last
/// week"), then "for" or "on"/"upon" (not a date): that word's index.
fn after_time(ctx: &Ctx, i: usize) -> Option<usize> {
    // adverbs that may stand between the verb and "for"/"on": "called again on X to", "called instead for"
    const ADVERBS: &[&str] = &["again", "repeatedly", "instead", "publicly", "jointly"];
    const TIME: &[&str] = &["in", "on", "last", "this", "earlier", "also", "week", "month", "year", "weekend", "ago", "the", "early", "late", "mid"];
    let mut timed = false;
    for j in i..(i + 6).min(ctx.len()) {
        let date = content::is_date_word(ctx, j) || ctx.a.tokens[j].kind == crate::text::tokens::TokKind::Number || ctx.is_any(j, &["week", "month", "year", "weekend"]);
        let next_dated = content::is_date_word(ctx, j + 1) || ctx.a.tokens.get(j + 1).is_some_and(|t| t.kind == crate::text::tokens::TokKind::Number) || ctx.is_any(j + 1, &["the", "this", "last"]);
        if timed && (ctx.is(j, "for") || ctx.is_any(j, &["on", "upon"]) && !next_dated) {
            return Some(j);
        }
        timed |= date || ctx.is_any(j, ADVERBS);
        if !(date || ctx.is_any(j, TIME) || ctx.is_any(j, ADVERBS) || ctx.is(j, ",")) {
            return None;
        }
    }
    None
}

/// "mediated by X at the request of Y", "at Y's invitation": a request or
/// invitation as the circumstance of an act, no position of its own.
fn circumstance(ctx: &Ctx, s: usize) -> bool {
    if !ctx.is_any(s, &["request", "invitation", "behest", "urging", "suggestion"]) || s < 2 {
        return false;
    }
    let d = if ctx.is_possessive(s - 1) { ctx.mention_ending(s - 1).map_or(s.saturating_sub(2), |m| m.start) } else { s - 1 };
    let d = if ctx.is_possessive(s - 1) && ctx.is(d.wrapping_sub(1), "the") { d - 1 } else { d };
    (ctx.is_determiner(d) || ctx.is_possessive(s - 1)) && ctx.is(d.wrapping_sub(1), "at")
}

/// A verb of support governing the noun phrase of the noun at `s` ("backed
/// [Georgia's] call", "supported the willingness"): its index.
fn supported_by(ctx: &Ctx, s: usize) -> Option<usize> {
    let mut p = s;
    for _ in 0..4 {
        let q = p.checked_sub(1)?;
        if ctx.is_possessive(q) {
            p = ctx.mention_ending(q).map_or(q.checked_sub(1)?, |m| m.start);
        } else if ctx.is_determiner(q) && !ctx.is(q, "that") || ctx.is_lower_word(q) && !ctx.has(q, u32::MAX) && !ctx.tok(q).ends_with("ed") {
            p = q;
        } else {
            break;
        }
    }
    let v = p.checked_sub(1)?;
    let support = ["backed", "supported", "endorsed", "echoed", "backs", "supports", "endorses", "echoes", "back", "support", "endorse", "echo", "backing", "supporting", "endorsing", "echoing"];
    (p < s && ctx.is_any(v, &support)).then_some(v)
}

/// Does a word in `[s, e)` name a position ("the proposal", "an idea", "a
/// demand")?
fn names_position(ctx: &Ctx, s: usize, e: usize) -> bool {
    let noun = |k: usize| ctx.a.hits_at(k).iter().any(|h| Row::of(h).is_some_and(|r| r.frame.is_nominal()));
    (s..e).any(|k| noun(k) || ctx.is_any(k, &["idea", "ideas", "plan", "plans", "initiative", "suggestion", "suggestions", "overture", "overtures", "notion", "partition", "formula", "option"]))
}

/// Words after "after" that make it a time, not a condition ("after the 42nd day").
fn is_time_after(ctx: &Ctx, i: usize) -> bool {
    let j = if ctx.is_any(i, &["the", "a"]) { i + 1 } else { i };
    j >= ctx.len()
        || ctx.a.tokens[j].kind == crate::text::tokens::TokKind::Number
        || ctx.tok(j).ends_with("ing")
        || ctx.tok(j).chars().next().is_some_and(|c| c.is_ascii_digit())
        || ctx.is_any(j, &["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "that", "this", "which", "midnight", "noon", "talks", "meeting", "meetings", "a", "several", "two", "three", "coup", "coups", "attack", "attacks", "invasion", "election", "elections", "war", "summit", "clashes", "incident", "vote", "referendum", "death", "killing", "killings", "fall", "end", "start", "collapse"])
        || content::is_date_word(ctx, j)
}

/// Fires the trigger row `row` at tokens `[s, e)`: the position it expresses, if any.
pub fn fire(ctx: &Ctx, row: &Row) -> Option<Cand> {
    let mut d = fire_row(ctx, row)?;
    // "offered no sign of compromise"
    if d.kind == DemandKind::Proposal && matches!(d.frame, Frame::Obj | Frame::Addr) && ctx.is(d.content.0, "no") {
        return None;
    }
    // "X backed Georgia's call for …", "supported the willingness of Y to …":
    // the supporter demands it too, and the text gives it to the supporter
    if d.frame.is_nominal() {
        if let Some(v) = supported_by(ctx, d.trigger.0) {
            let h = holder::of_trigger(ctx, v, false);
            if h.0.is_some() {
                // (the owner is who must act: "the willingness of X to …")
                d.addressee = d.holder.0.filter(|&o| Some(o) != h.0).or(d.addressee);
                d.holder = h;
                d.kind = DemandKind::Demand;
                d.what.push_str("; backed by the subject of the verb before: its demand");
            }
        }
    }
    // a negated trigger's span takes in the negation ("do not accept")
    let (s, e) = d.trigger;
    if !row.frame.is_nominal() && e == row.hit.end as usize && d.kind == DemandKind::Refusal {
        if let Some(n) = negated(ctx, s) {
            d.trigger = (n, e);
        }
    }
    Some(d)
}

fn fire_row(ctx: &Ctx, row: &Row) -> Option<Cand> {
    let (s, e) = (row.hit.start as usize, row.hit.end as usize);
    if circumstance(ctx, s) {
        return None;
    }
    let phrase = &ctx.a.text()[ctx.a.span_of(s, e).range()];
    let is_neg = !matches!(row.frame, Frame::NegModal | Frame::Cond | Frame::Until | Frame::Imper | Frame::ImperVerb | Frame::Noun | Frame::NounTo) && negated(ctx, s).is_some();
    let kind = if is_neg { row.negated_kind? } else { row.kind? };
    let neg = if is_neg { "negated " } else { "" };
    let r = reading(ctx, s);
    if matches!(row.frame, Frame::Obj | Frame::Addr | Frame::AddrTo) && r != Reading::Verb {
        // "the call for a ceasefire", "our call for talks": a noun with its owner
        let noun = || {
            let start = if ctx.is_any(e, &["include", "includes", "included", ":"]) { e + 1 } else { e };
            let c = noun_phrase(ctx, content::complement(ctx, start)?);
            let h = holder::of_noun(ctx, s, e).or_else(|| (s > 0 && ctx.is(s - 1, "the")).then_some((None, Via::None)))?;
            let mut d = cand((s, e), c, kind, h, Frame::Noun, format!("noun '{phrase}' + complement; holder: {}", h.1.as_str()));
            d.anaphoric = h.0.is_none();
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        };
        if let Some(d) = noun() {
            return Some(d);
        }
        if r == Reading::Noun {
            return None;
        }
    }
    if matches!(row.frame, Frame::Obj | Frame::Addr | Frame::AddrTo) && passive(ctx, s) && !ctx.is(e, "by") {
        // "were expected to …", "was invited to …" with no agent right after
        return None;
    }
    match row.frame {
        Frame::Obj | Frame::Addr | Frame::AddrTo if ctx.is(e, "by") || ctx.tok(e).ends_with("ly") && ctx.is(e + 1, "by") => {
            // passive: "was urged by X to …", "talks invited by X", "a plan rejected by X"
            let (se_, _) = ctx.sentence(s);
            let (_, send) = ctx.sentence(s);
            let agent = by_agent(ctx, e, send);
            let (actor, after) = agent?;
            if passive(ctx, s) {
                let Some(start) = (after..send).take(4).find(|&i| ctx.is(i, "to") && ctx.is_lower_word(i + 1)) else {
                    // "X's proposal was rejected by Y": the subject is what Y refused
                    if kind != DemandKind::Refusal {
                        return None;
                    }
                    let aux = passive_aux(ctx, s)?;
                    let from = (se_..aux).rev().find(|&i| ctx.is_any(i, &[",", ";", "that", "but", "\""])).map_or(se_, |i| i + 1);
                    let (cs, ce) = content::trim(ctx, from, aux)?;
                    let c = Content { start: cs, end: ce, stop: None };
                    return Some(cand((s, e), c, kind, (Some(actor), Via::Agent), row.frame, format!("passive '{phrase}' by agent; content the subject")));
                };
                let c = content::complement(ctx, start)?;
                let mut d = cand((s, e), c, kind, (Some(actor), Via::Agent), row.frame, format!("passive '{phrase}' by agent + infinitive"));
                d.addressee = clause_subject(ctx, s);
                Some(d)
            } else {
                // the noun phrase before the participle
                let mut b = s;
                while b > se_ && b + 4 > s && ctx.is_lower_word(b - 1) && !ctx.is_any(b - 1, &["to", "of", "the", "a", "an", "are", "is", "was", "were"]) {
                    b -= 1;
                }
                let (cs, ce) = content::trim(ctx, b, s)?;
                let c = Content { start: cs, end: ce, stop: None };
                Some(cand((s, e), c, kind, (Some(actor), Via::Agent), row.frame, format!("participle '{phrase}' + agent; content before")))
            }
        }
        // "as opposed to", "as requested": a comparison, no position
        Frame::Obj if ctx.is(s.wrapping_sub(1), "as") => None,
        Frame::Obj | Frame::ObjNoun => {
            // "does not recognise, and will never recognise, the court": past the aside
            let aside = || {
                let k = (e + 2..(e + 10).min(ctx.len())).find(|&k| ctx.is_punct(k))?;
                (ctx.is(e, ",") && ctx.is_any(e + 1, &["and", "or", "but", "nor"]) && ctx.is(k, ",")).then(|| content::complement(ctx, k + 1)).flatten()
            };
            // "dismissed the proposal", not "dismissed the minister"
            let position = |c: &Content| row.frame != Frame::ObjNoun || names_position(ctx, c.start, (c.start + 5).min(c.end));
            let Some(c) = content::complement(ctx, e).or_else(aside).filter(position) else {
                // "a demand the army rejected": the noun the relative clause is on
                let (c, b) = object_relative(ctx, s, e)?;
                let h = (subject_party(ctx, b), Via::Subject);
                h.0?;
                if row.frame == Frame::ObjNoun && !names_position(ctx, c.start, c.end) {
                    return None;
                }
                return Some(cand((s, e), c, kind, h, row.frame, format!("{neg}verb '{phrase}' ending a relative clause on its object; holder: subject")));
            };
            // "there will be no talks until …": the condition alone
            if ctx.is(s, "there") && c.stop.is_some_and(|w| ctx.is_any(w, &["until", "unless", "if", "without", "before", "once", "when", "while"])) {
                // "there can be no normalization when …": the condition
                // opened by a word no condition row has
                let w = c.stop?;
                if !ctx.is_any(w, &["when", "while"]) {
                    return None;
                }
                let k = content::clause_end(ctx, w + 1);
                let (cs, ce) = content::trim(ctx, k.start, k.end)?;
                let h = holder::of_trigger(ctx, s, false);
                let c = Content { start: cs, end: ce, stop: None };
                return Some(cand((s, w + 1), c, DemandKind::Condition, h, Frame::Cond, format!("'{phrase} … {}' + clause; holder: {}", ctx.tok(w), h.1.as_str())));
            }
            let h = holder::of_trigger(ctx, s, false);
            let mut d = cand((s, e), c, kind, h, row.frame, format!("{neg}verb '{phrase}' + object; holder: {}", h.1.as_str()));
            d.that_clause = ctx.is(e, "that") || phrase.ends_with("that");
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Addr | Frame::AddrTo => {
            let expletive = ctx.is_any(s, &["falls", "fall", "fell", "falling"]);
            let h = holder::of_trigger(ctx, s, expletive);
            if let Some((actor, j)) = content::addressee_then(ctx, e) {
                let start = if ctx.is(j, "for") { j + 1 } else { j };
                let c = content::complement(ctx, start)?;
                let mut d = cand((s, e), c, kind, h, row.frame, format!("{neg}verb '{phrase}' + addressee + infinitive; holder: {}", h.1.as_str()));
                d.addressee = actor;
                return Some(d);
            }
            if row.frame == Frame::AddrTo {
                return None;
            }
            let c = content::complement(ctx, e)?;
            let mut d = cand((s, e), c, kind, h, row.frame, format!("{neg}verb '{phrase}' + object; holder: {}", h.1.as_str()));
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Later => {
            // "called in February for the group to disband", "called again on X to …"
            let j = after_time(ctx, e)?;
            let h = holder::of_trigger(ctx, s, false);
            if ctx.is(j, "for") {
                let c = content::complement(ctx, j + 1)?;
                let mut d = cand((s, e), c, kind, h, row.frame, format!("verb '{phrase}' + time + 'for' + object; holder: {}", h.1.as_str()));
                d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
                return Some(d);
            }
            let (actor, k) = content::addressee_then(ctx, j + 1)?;
            let c = content::complement(ctx, if ctx.is(k, "for") { k + 1 } else { k })?;
            let mut d = cand((s, e), c, kind, h, row.frame, format!("verb '{phrase}' + time + 'on' + addressee + infinitive; holder: {}", h.1.as_str()));
            d.addressee = actor;
            Some(d)
        }
        Frame::Named => {
            // "the junta called its withdrawal irreversible": the object named so
            let v = (s.saturating_sub(8)..s).rev().find(|&k| ctx.is_any(k, &["called", "calls", "call", "described", "describes", "termed", "declared", "declares", "deemed", "considers", "considered"]))?;
            if (v + 1..s).any(|k| ctx.is_punct(k) && !ctx.is_possessive(k) || ctx.has(k, class::AUX | class::RELATIVE)) || ctx.is_any(v + 1, &["on", "for", "it"]) {
                return None;
            }
            let (cs, ce) = content::trim(ctx, v + 1, s)?;
            let h = holder::of_trigger(ctx, v, false);
            let c = Content { start: cs, end: ce, stop: None };
            Some(cand((s, e), c, kind, h, row.frame, format!("object named '{phrase}'; holder: {}", h.1.as_str())))
        }
        Frame::Only => {
            // "it will only talk about independence": a party's sole terms
            let aux = s.checked_sub(1)?;
            if !ctx.is_any(aux, &["will", "would", "'ll", "can", "could"]) || subject_before(ctx, aux).is_none() || !ctx.is_lower_word(e) {
                return None;
            }
            let c = content::complement(ctx, e)?;
            // ("would only sign it once …": an offer on the condition after it)
            if threat(ctx, c.start, c.end) || c.stop.is_some_and(|w| ctx.is_any(w, &["if", "once", "unless", "provided", "when"])) {
                return None;
            }
            let h = holder::of_trigger(ctx, aux, false);
            let mut d = cand((s, e), c, kind, h, row.frame, format!("'{} {phrase}' + verb phrase; holder: {}", ctx.tok(aux), h.1.as_str()));
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Headline => {
            // "Capital Pushes 'Early Harvest'": a verb of demand in a Title Case headline
            if !ctx.title_case(s) {
                return None;
            }
            let c = content::complement(ctx, if ctx.is(e, "'") { e + 1 } else { e })?;
            let h = holder::of_trigger(ctx, s, false);
            Some(cand((s, e), c, kind, h, row.frame, format!("headline verb '{phrase}' + object; holder: {}", h.1.as_str())))
        }
        Frame::NeedVerb => {
            // "the force needed "at least 2,500 personnel"", "X needs more funds"
            let j = if ctx.is_quote_mark(e) { e + 1 } else { e };
            let number = |k: usize| ctx.a.tokens.get(k).is_some_and(|t| t.kind == crate::text::tokens::TokKind::Number);
            let resource = number(j) || ctx.is(j, "at") && ctx.is(j + 1, "least") || ctx.is_any(j, &["$", "more", "additional", "further", "extra", "funding", "funds", "money", "troops", "weapons", "equipment", "reinforcements"]) && !ctx.is(j + 1, "than");
            let h = holder::subject(ctx, s, false);
            if !resource || h.0.is_none() || negated(ctx, s).is_some() {
                return None;
            }
            let c = content::complement(ctx, e)?;
            Some(cand((s, e), c, kind, h, row.frame, format!("verb '{phrase}' + a resource; holder: {}", h.1.as_str())))
        }
        Frame::Want => {
            // "the most wanted list", "wanted for questioning": an adjective
            if s > 0 && (ctx.is_determiner(s - 1) || ctx.is(s - 1, "most")) || ctx.is(e, "for") {
                return None;
            }
            // "the result we would like to obtain": a relative clause's gap
            let relative = s >= 3 && ctx.is_any(s - 1, &["we", "they", "i", "he", "she", "you"]) && ctx.is_lower_word(s - 2) && ctx.is_determiner(s - 3);
            if relative {
                return None;
            }
            let c = content::complement(ctx, e)?;
            let t = &ctx.a.tokens[c.start];
            let np = ctx.is(c.start, "to") || ctx.is_determiner(c.start) || ctx.is_quote_mark(c.start) || ctx.mention_starting(c.start).is_some()
                || t.is_capitalized(ctx.a.text()) || t.kind == crate::text::tokens::TokKind::Number
                || ctx.is_any(c.start, &["him", "her", "them", "us", "me", "it", "peace", "talks", "negotiations", "guarantees", "sanctions", "all", "every", "both"])
                // "wanted good relations": a noun phrase, not "wanted for questioning"
                || ctx.is_lower_word(c.start) && !ctx.has(c.start, u32::MAX) && !ctx.tok(c.start).ends_with("ing") && ctx.is_lower_word(c.start + 1);
            if !np {
                return None;
            }
            let own = ctx.is(c.start, "to");
            let kind = if own { DemandKind::Proposal } else { kind };
            let h = holder::of_trigger(ctx, s, false);
            let what = if own { "verb 'want' + own infinitive" } else { "verb 'want' + object" };
            let mut d = cand((s, e), c, kind, h, row.frame, format!("{what}; holder: {}", h.1.as_str()));
            d.addressee = if own { None } else { first_mention_in(ctx, c.start, c.end, h.0) };
            Some(d)
        }
        Frame::Hope | Frame::Clause => {
            let clause = ctx.is(e, "that") || {
                let j = if ctx.is(e, "the") { e + 1 } else { e };
                ctx.mention_starting(j).is_some() || ctx.is_any(e, &["they", "he", "she", "we", "it"])
            } || row.frame == Frame::Clause && finite_clause(ctx, e);
            if !clause {
                return None;
            }
            let c = content::complement(ctx, e)?;
            // "insisted the deal cannot be signed until …": the condition alone
            if row.frame == Frame::Clause && c.stop.is_some_and(|w| ctx.is_any(w, &["until", "unless"])) {
                return None;
            }
            let h = holder::of_trigger(ctx, s, false);
            let mut d = cand((s, e), c, kind, h, row.frame, format!("verb '{phrase}' + clause; holder: {}", h.1.as_str()));
            d.that_clause = true;
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Inf => {
            // "ready to talk", "ready \"to talk\"", "willing to \"play a role\""
            let to = if ctx.is_quote_mark(e) { e + 1 } else { e };
            let verb = if ctx.is_quote_mark(to + 1) { to + 2 } else { to + 1 };
            let start = if ctx.is(to, "to") && ctx.is_lower_word(verb) {
                e
            } else if ctx.is(e, "for") {
                e + 1
            } else if ctx.title_case(s) && kind == DemandKind::Proposal && ctx.is_word(e) && !ctx.is(e, "to") {
                // "Government Promises Legal Steps": a headline's object
                e
            } else {
                return None;
            };
            if thing_subject(ctx, s) {
                return None;
            }
            let c = content::complement(ctx, start)?;
            // "ready to respond to any attack": a threat, no offer
            if kind == DemandKind::Proposal && threat(ctx, c.start, c.end) {
                return None;
            }
            let h = holder::of_trigger(ctx, s, false);
            let mut d = cand((s, e), c, kind, h, row.frame, format!("{neg}'{phrase}' + infinitive; holder: {}", h.1.as_str()));
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Noun => {
            // "his conditions of detention", "living conditions": a state of things
            if kind == DemandKind::Condition && ctx.tok(s).ends_with('s') && (ctx.is(e, "of") && ctx.is_lower_word(e + 1) && !ctx.is_determiner(e + 1) || s > 0 && ctx.is_any(s - 1, &["living", "humanitarian", "weather", "prison", "detention", "harsh", "dire", "poor", "difficult", "economic", "security", "inhumane", "appalling", "working"])) {
                return None;
            }
            if kind == DemandKind::Condition {
                if let Some(d) = made_a_condition(ctx, s, e, phrase) {
                    return Some(d);
                }
            }
            let Some((mut c, addressee)) = noun_content(ctx, e, phrase) else {
                return produced(ctx, s, e, kind, phrase);
            };
            // "X's condition for talks is the recognition of …": what it is
            if kind == DemandKind::Condition && ctx.is_any(c.end, &["is", "was", "remains", "remained"]) && !ctx.is_any(c.end + 1, &["that", "not"]) {
                c = content::complement(ctx, c.end + 1)?;
            }
            // "X said two conditions remained: …": a list stated by the clause's subject or reporter
            let listed = c.start > 0 && ctx.is_any(c.start - 1, &[":", "include", "includes", "included", "including"]);
            let h = match holder::of_noun(ctx, s, e) {
                Some(h) => h,
                None if listed && holder::of_trigger(ctx, s, false).0.is_some() => holder::of_trigger(ctx, s, false),
                // "the call for a ceasefire": a position named before ([`super::resolve`])
                None if s > 0 && ctx.is(s - 1, "the") => (None, Via::None),
                None => return None,
            };
            let mut d = cand((s, e), c, kind, h, row.frame, format!("noun '{phrase}' + complement; holder: {}", h.1.as_str()));
            d.anaphoric = h.0.is_none();
            d.addressee = addressee.or_else(|| first_mention_in(ctx, c.start, c.end, h.0));
            Some(d)
        }
        Frame::NounTo => {
            // "warnings from the army to stay away", "a pledge to name a governor"
            let mut j = e;
            let mut owner = None;
            if ctx.is_any(j, &["from", "by", "of"]) {
                j += 1;
                while j < (e + 10).min(ctx.len()) && !ctx.is(j, "to") && ctx.is_word(j) {
                    if let Some(m) = ctx.mention_starting(j) {
                        owner = Some(m.actor);
                        j = m.end;
                    } else {
                        j += 1;
                    }
                }
            }
            if !(ctx.is(j, "to") && ctx.is_lower_word(j + 1)) {
                return None;
            }
            let c = content::complement(ctx, j)?;
            let h = match owner {
                Some(a) => (Some(a), Via::Agent),
                // "X ended the talks with a pledge to …"
                None if s >= 2 && ctx.is(s - 2, "with") && ctx.is_any(s - 1, &["a", "an", "the"]) => holder::of_trigger(ctx, s - 2, false),
                None => holder::of_noun(ctx, s, e)?,
            };
            let mut d = cand((s, e), c, kind, h, row.frame, format!("noun '{phrase}' + infinitive; holder: {}", h.1.as_str()));
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Need => {
            if !noun_context(ctx, s) {
                return None;
            }
            let start = if ctx.is(e, "to") && ctx.is_lower_word(e + 1) {
                e
            } else if ctx.is_any(e, &["for", "of"]) {
                e + 1
            } else {
                return None;
            };
            let c = content::complement(ctx, start)?;
            let h = holder::of_trigger(ctx, s, false);
            h.0?;
            let mut d = cand((s, e), c, kind, h, row.frame, format!("noun '{phrase}' (need) + complement; holder: {}", h.1.as_str()));
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Pressure => {
            let (actor, j) = content::addressee_then(ctx, e)?;
            if !ctx.is(j, "to") {
                return None;
            }
            let c = content::complement(ctx, j)?;
            let h = holder::of_trigger(ctx, s, false);
            let mut d = cand((s, e), c, kind, h, row.frame, format!("'pressure on' + addressee + infinitive; holder: {}", h.1.as_str()));
            d.addressee = actor;
            Some(d)
        }
        Frame::Modal => modal(ctx, s, e, phrase, kind),
        Frame::NegModal => {
            // "we will not sign" is a refusal, "the talks will not resume" a forecast
            if ctx.is_any(s, &["will", "won't"]) && subject_before(ctx, s).is_none() {
                return None;
            }
            let mut j = e;
            while ctx.is_lower_word(j) && ctx.tok(j).ends_with("ly") {
                j += 1;
            }
            let c = content::complement(ctx, j)?;
            let h = holder::of_trigger(ctx, s, false);
            let mut d = cand((s, e), c, kind, h, row.frame, format!("'{phrase}' + verb phrase; holder: {}", h.1.as_str()));
            d.addressee = first_mention_in(ctx, c.start, c.end, h.0);
            Some(d)
        }
        Frame::Would => {
            if ctx.is_any(e, &["be", "have", "not", "like", "rather", "never", "also", "probably", "likely", "\""]) || !ctx.is_lower_word(e) {
                return None;
            }
            let c = content::natural_end(ctx, e);
            // "X would impose sanctions if …": a threat, no offer (also one
            // reported as a warning: "warned that it will boycott … unless")
            let warned = subject_before(ctx, s).is_some_and(|b| (b.saturating_sub(2)..b).any(|k| ctx.tok(k).starts_with("warn") || ctx.tok(k).starts_with("threat")));
            if warned || threat(ctx, c.start, c.end) {
                return None;
            }
            let conditional = c.stop.is_some_and(|stop| {
                ctx.is_any(stop, &["if", "unless", "once", "provided"])
                    || ctx.is(stop, "after") && !is_time_after(ctx, stop + 1)
                    || ctx.is(stop, "as") && ctx.is(stop + 1, "soon")
                    || ctx.is(stop, "only") && ctx.is_any(stop + 1, &["if", "after", "when", "once"])
            });
            // "said it would continue the operations until …": the condition alone
            // ("X will keep its weapons unless …" warns, it offers nothing)
            let will_unless = ctx.is(s, "will") && c.stop.is_some_and(|w| ctx.is(w, "unless"));
            if subject_before(ctx, s).is_none() || will_unless || !conditional && (ctx.is(s, "will") || !reported_promise(ctx, s) || c.stop.is_some_and(|w| ctx.is(w, "until"))) {
                return None;
            }
            let (cs, ce) = content::trim(ctx, c.start, c.end)?;
            let h = holder::of_trigger(ctx, s, false);
            h.0?;
            let cs = if ctx.is(cs, "only") && conditional { cs + 1 } else { cs };
            let c = Content { start: cs, end: ce, stop: c.stop };
            let what = if conditional { "'would' + verb phrase + condition" } else { "reported 'X would' + verb phrase" };
            // "X would only accept …": a condition (but "would only make the
            // change once …" offers the change, on the condition after it)
            let kind = if ctx.is(e, "only") && !conditional { DemandKind::Condition } else { kind };
            Some(cand((s, e), c, kind, h, row.frame, format!("{what}; holder: {}", h.1.as_str())))
        }
        Frame::Imp => {
            // it is (extremely) important to …, it's time to …
            let mut p = s;
            if p > 0 && ctx.is_lower_word(p - 1) && (ctx.tok(p - 1).ends_with("ly") || ctx.is_any(p - 1, &["very", "so", "most", "high", "now", "also", "about"])) {
                p -= 1;
            }
            if !(p >= 2 && ctx.is_any(p - 1, &["is", "'s", "was", "remains"]) && ctx.is(p - 2, "it")) {
                return None;
            }
            let to = ctx.is(e, "to") && ctx.is_lower_word(e + 1);
            if !(to || ctx.is(e, "that") && !ctx.is(s, "time")) {
                return None;
            }
            let c = content::complement(ctx, e)?;
            let h = holder::of_modal(ctx, s);
            h.0?;
            Some(cand((p - 2, e), c, kind, h, row.frame, format!("'it is {phrase}' + complement; holder: {}", h.1.as_str())))
        }
        Frame::Imper | Frame::ImperVerb => {
            // "Don't waste time," "Stop the shelling now," opening a quoted sentence
            let q = ctx.quote_of(s)?;
            let at_start = s == ctx.quotes[q].open + 1 || ctx.sentence(s).0 == s;
            // "X should: "Negotiate …"": the modal's content
            let o = ctx.quotes[q].open;
            if o >= 2 && ctx.is(o - 1, ":") && ctx.has(o - 2, class::AUX) {
                return None;
            }
            if !at_start || !ctx.is_lower_word(e) {
                return None;
            }
            let c = if row.frame == Frame::Imper {
                content::complement(ctx, e)?
            } else {
                if !ctx.a.tokens[s].is_capitalized(ctx.a.text()) || ctx.has(e, class::AUX | class::PREP) && !ctx.is_any(e, &["to", "with"]) {
                    return None;
                }
                let c = content::natural_end(ctx, s);
                let (cs, ce) = content::trim(ctx, c.start, c.end)?;
                Content { start: cs, end: ce, stop: c.stop }
            };
            let h = (ctx.quotes[q].speaker, Via::Speaker);
            h.0?;
            Some(cand((s, e), c, kind, h, row.frame, format!("imperative '{phrase}' in a quotation; holder: speaker")))
        }
        Frame::Cond | Frame::Until => condition(ctx, s, e, phrase, row.frame, kind),
        // "there will be no deal without guarantees"
        Frame::Weak if ctx.is(s, "without") && (s.saturating_sub(6)..s).any(|i| ctx.is(i, "no")) && !ctx.tok(e).ends_with("ing") => {
            condition(ctx, s, e, phrase, Frame::Cond, DemandKind::Condition)
        }
        Frame::Weak => None,
        Frame::Pre => {
            let b = holder::clause_begin(ctx, s);
            let (cs, ce) = content::trim(ctx, b, s)?;
            let h = holder::of_modal(ctx, s);
            let c = Content { start: cs, end: ce, stop: None };
            Some(cand((s, e), c, kind, h, row.frame, format!("'{phrase}' after its content; holder: {}", h.1.as_str())))
        }
    }
}

/// Does the phrase `[s, e)` threaten ("impose sanctions", "respond to any
/// attack"), no relief word before the threat ("halt the strikes")?
fn threat(ctx: &Ctx, s: usize, e: usize) -> bool {
    let relieved = |k: usize| (k.saturating_sub(3).max(s)..k).any(|r| ctx.has(r, class::RELIEF));
    (s..e).any(|k| ctx.has(k, class::THREAT) && !relieved(k))
}

/// "the treaty is ready for signing": the subject right before the verb "be"
/// ending at `s` is a thing (a common noun after a determiner, no party).
fn thing_subject(ctx: &Ctx, s: usize) -> bool {
    let mut p = s;
    while p > 0 && (ctx.has(p - 1, class::BE | class::NEG) || ctx.is_quote_mark(p - 1) || ctx.is_lower_word(p - 1) && ctx.tok(p - 1).ends_with("ly")) {
        p -= 1;
    }
    if p == s || p < 2 {
        return false;
    }
    let n = p - 1;
    ctx.is_lower_word(n) && ctx.mention_at(n).is_none() && !ctx.has(n, u32::MAX) && ctx.is_determiner(n - 1) && holder::description(ctx, n - 1).is_none()
}

/// "insisted [the vote would] go ahead": a subject (a determiner and up to
/// four words) and an auxiliary start a clause at `i`.
fn finite_clause(ctx: &Ctx, i: usize) -> bool {
    if !(ctx.is_determiner(i) || ctx.is_word(i) && ctx.a.tokens[i].is_capitalized(ctx.a.text())) || ctx.is(i, "that") {
        return false;
    }
    // a modal: "insists his country is not a party" is a claim
    let modal = |k: usize| ctx.is_any(k, &["will", "would", "must", "should", "can", "cannot", "could", "shall", "'ll", "won't", "wouldn't", "can't", "must not"]);
    let word = |k: usize| ctx.is_word(k) && (!ctx.has(k, class::PREP | class::COORD | class::RELATIVE | class::OPENER) || ctx.is_any(k, &["of", "and"]));
    (i + 1..(i + 8).min(ctx.len())).take_while(|&k| word(k)).any(modal)
}

/// "X said (that) ACTOR would VP": a party's own commitment, reported. The
/// subject right before "would" at `s` is a party or a pronoun, and a speech
/// verb or "that" right before the subject.
fn reported_promise(ctx: &Ctx, s: usize) -> bool {
    subject_before(ctx, s).is_some_and(|b| b > 0 && (ctx.is(b - 1, "that") || ctx.is_speech_verb(b - 1)))
}

/// "a demand the army rejected.", "a position that X has rejected,": the
/// verb at `[s, e)` ends its clause, its subject follows a noun phrase (and
/// "that"/"which"); that noun phrase and the subject's start.
fn object_relative(ctx: &Ctx, s: usize, e: usize) -> Option<(Content, usize)> {
    // (past a short adverbial: "dismissed within hours", "rejected outright")
    let mut f = e;
    while f < (e + 3).min(ctx.len()) && (ctx.is_any(f, &["within", "hours", "days", "outright", "immediately", "quickly", "swiftly", "publicly", "last", "week", "yesterday", "today", "on"]) || content::is_date_word(ctx, f)) {
        f += 1;
    }
    if f < ctx.len() && !(ctx.is_any(f, &[",", ".", ";", "!", "?"]) || ctx.sentence(f).0 == f) {
        return None;
    }
    let mut p = s;
    while p > 0 && (ctx.has(p - 1, class::AUX | class::NEG) || ctx.is_lower_word(p - 1) && (ctx.tok(p - 1).ends_with("ly") || ctx.is_any(p - 1, &["also", "long", "since", "so", "far", "yet", "already"]))) {
        p -= 1;
    }
    let b = subject_before(ctx, p)?;
    let q = if b > 0 && ctx.is_any(b - 1, &["that", "which"]) { b - 1 } else { b };
    let n = q.checked_sub(1)?;
    if !(ctx.is_lower_word(n) && !ctx.has(n, u32::MAX) && ctx.mention_at(n).is_none()) {
        return None;
    }
    let d = (n.saturating_sub(3)..n).rev().find(|&k| ctx.is_determiner(k) && !ctx.is(k, "that"))?;
    if !(d + 1..n).all(|k| ctx.is_lower_word(k) && !ctx.has(k, u32::MAX)) || d == 0 || !ctx.is_any(d - 1, &[",", "-", ":"]) {
        return None;
    }
    Some((Content { start: d, end: n + 1, stop: None }, b))
}

/// The party of a subject starting at `b` ([`subject_before`]).
fn subject_party(ctx: &Ctx, b: usize) -> Option<usize> {
    let i = if ctx.is(b, "the") && ctx.mention_starting(b).is_none() && holder::description(ctx, b).is_none() { b + 1 } else { b };
    if let Some(m) = ctx.mention_starting(i).or_else(|| holder::description(ctx, i)) {
        return Some(m.actor);
    }
    holder::resolve_pronoun(ctx, i).0
}

/// The start of a party or a personal pronoun ending right before token `s`
/// ("[Russia] would", "[they] will not", "[the group] would").
fn subject_before(ctx: &Ctx, s: usize) -> Option<usize> {
    // (a quotation may open between them: 'Bangladesh "will not legitimise …"')
    let s = if s > 1 && ctx.is_quote_mark(s - 1) && !ctx.a.tokens[s].space_before { s - 1 } else { s };
    let p = s.checked_sub(1)?;
    if ctx.is_any(p, &["he", "she", "they", "it", "we", "i"]) {
        return Some(p);
    }
    let m = ctx.mention_ending(s).or_else(|| (s.saturating_sub(3)..p).find_map(|i| holder::description(ctx, i)).filter(|m| m.end == s))?;
    if (m.start..m.end).any(|k| ctx.is_possessive(k)) || ctx.kind(m.actor) == crate::document::ActorKind::Media {
        return None;
    }
    Some(if ctx.is(m.start.wrapping_sub(1), "the") { m.start - 1 } else { m.start })
}

/// The content of a noun trigger ending at `e`: "proposal by X for NP",
/// "invitation to X for NP", "willingness of X to VP", "condition that S".
fn noun_content(ctx: &Ctx, e: usize, phrase: &str) -> Option<(Content, Option<usize>)> {
    if phrase.ends_with(" for") || phrase.ends_with(" to") || phrase.ends_with(" on") {
        return Some((noun_phrase(ctx, content::complement(ctx, e)?), None));
    }
    let mut j = e;
    let mut addressee = None;
    if ctx.is_any(j, &["by", "from"]) {
        let limit = (j + 14).min(ctx.len());
        j = (j + 1..limit).find(|&i| ctx.is_any(i, &["for", "to", "of", "on", "that"]))?;
    }
    if ctx.is_any(j, &["to", "of"]) {
        let mut k = j + 1;
        while k < j + 5 && ctx.mention_starting(k).is_none() && (ctx.is(k, "the") || ctx.is_word(k) && ctx.a.tokens[k].is_capitalized(ctx.a.text())) {
            k += 1;
        }
        if let Some(m) = ctx.mention_starting(k) {
            if ctx.is(j, "to") {
                addressee = Some(m.actor);
            }
            j = m.end;
            while j < ctx.len() && (ctx.is_any(j, &["and", ","]) && ctx.mention_starting(j + 1).is_some()) {
                j = ctx.mention_starting(j + 1).map_or(j + 1, |m| m.end);
            }
        }
    }
    let start = if ctx.is(j, "to") && ctx.is_lower_word(j + 1) && !ctx.is_determiner(j + 1) {
        j
    } else if ctx.is_any(j, &["for", "of", "on", "that"]) {
        j + 1
    } else if ctx.is_any(j, &["include", "includes", "included", "including", ":"]) {
        // "its demands include …", "two conditions: …", "conditions remained: …"
        j + 1
    } else if ctx.is_lower_word(j) && ctx.is(j + 1, ":") && !ctx.has(j, u32::MAX) {
        j + 2
    } else {
        return None;
    };
    if ctx.is(start, "that") && ctx.is(j, ":") {
        return None;
    }
    Some((noun_phrase(ctx, content::complement(ctx, start)?), addressee))
}

/// The complement of a noun often ends its sentence's subject: it stops
/// before the verb ("the call for a ceasefire [was] ignored").
fn noun_phrase(ctx: &Ctx, c: Content) -> Content {
    if ctx.is(c.start, "to") {
        return c;
    }
    match (c.start + 1..c.end).find(|&i| ctx.is_any(i, &["is", "was", "were", "are", "has", "have", "had", "will", "would", "went", "remains", "remained"])) {
        Some(v) => Content { start: c.start, end: v, stop: None },
        None => c,
    }
}

/// "X must VP" (addressee X), "should X decline …" (a condition), "X must be
/// freed" (the whole clause).
fn modal(ctx: &Ctx, s: usize, e: usize, phrase: &str, kind: DemandKind) -> Option<Cand> {
    // inverted conditional: "sanctions … should Putin decline to agree"
    if ctx.is(s, "should") {
        let j = if ctx.is(e, "the") { e + 1 } else { e };
        if let Some(m) = ctx.mention_starting(j) {
            if ctx.is_lower_word(m.end) {
                let verb = m.end;
                let c = content::complement(ctx, verb + 1).or_else(|| content::complement(ctx, verb))?;
                let h = holder::of_trigger(ctx, s, false);
                let mut d = cand((s, verb + 1), c, DemandKind::Condition, h, Frame::Cond, format!("'should X {}' (a condition); holder: {}", ctx.tok(verb), h.1.as_str()));
                d.addressee = Some(m.actor);
                return Some(d);
            }
        }
    }
    if ctx.is_any(s.wrapping_sub(1), &["what", "which", "who", "that", "how", "why"]) {
        return None;
    }
    // "must have been" (a guess), "Should patients …" (a question)
    let j = if ctx.is(e, "not") { e + 1 } else { e };
    if ctx.is(j, "have") && ctx.is_lower_word(j + 1) && ctx.tok(j + 1).ends_with("ed") || ctx.is_any(j, &["have", "be"]) && ctx.is(j + 1, "been") {
        return None;
    }
    if s == ctx.sentence(s).0 || ctx.is_any(s.wrapping_sub(1), &["\"", ","]) && ctx.a.tokens[s].is_capitalized(ctx.a.text()) {
        return None;
    }
    let h = holder::of_modal(ctx, s);
    h.0?;
    // (a position's that-clause: the subject is in it or there is none)
    let addressee = clause_subject(ctx, s).filter(|_| h.1 != Via::Owner);
    let mut j = e;
    if ctx.is(j, ":") {
        j += 1;
    }
    if ctx.is(j, "be") || ctx.is(j, "not") && ctx.is(j + 1, "be") {
        // passive: the whole clause is the content ("the abductees must be freed")
        let b = holder::clause_begin(ctx, s);
        let c = content::natural_end(ctx, j);
        let (cs, ce) = content::trim(ctx, b, c.end)?;
        let c = Content { start: cs, end: ce, stop: c.stop };
        let mut d = cand((s, e), c, kind, h, Frame::Modal, format!("modal '{phrase}' + passive; holder: {}", h.1.as_str()));
        d.addressee = addressee;
        return Some(d);
    }
    if !(ctx.is_lower_word(j) || ctx.is_quote_mark(j)) {
        return None;
    }
    let c = content::natural_end(ctx, j);
    let (cs, ce) = content::trim(ctx, c.start, c.end)?;
    let c = Content { start: cs, end: ce, stop: c.stop };
    let mut d = cand((s, e), c, kind, h, Frame::Modal, format!("modal '{phrase}' + verb phrase; holder: {}", h.1.as_str()));
    d.addressee = addressee;
    Some(d)
}

/// Negations and suspensions before "until" make it a condition
/// ("no talks until …", "postponement of the talks until …").
fn negative_before(ctx: &Ctx, s: usize) -> bool {
    let (ss, _) = ctx.sentence(s);
    (ss..s).any(|i| {
        ctx.is_negation(i) && !ctx.is(i + 1, "to")
            || ctx.is(i, "no")
            || ["refus", "reject", "postpon", "suspen", "halt", "freez", "delay", "shut", "close", "withh"].iter().any(|p| ctx.tok(i).to_ascii_lowercase().starts_with(p))
    })
}

/// A promise to go on before "until" makes it a condition ("would keep
/// fighting until …", "sanctions will remain until …", "vowed to continue
/// the war until …"): "will", "would" or a verb of promise, then a verb of
/// going on, in the clause before `s`.
fn continuing_before(ctx: &Ctx, s: usize) -> bool {
    let (ss, _) = ctx.sentence(s);
    let from = s.saturating_sub(8).max(ss);
    let modal = (from..s).find(|&i| ctx.is_any(i, &["will", "would", "'ll", "vow", "vows", "vowed", "pledged", "promised", "threatened", "threatens"]));
    modal.is_some_and(|m| (m + 1..s).any(|i| ["keep", "continu", "remain", "stay", "fight"].iter().any(|p| ctx.tok(i).to_ascii_lowercase().starts_with(p))))
}

/// A condition clause opened by `phrase` at `[s, e)`.
fn condition(ctx: &Ctx, s: usize, e: usize, phrase: &str, frame: Frame, kind: DemandKind) -> Option<Cand> {
    if frame == Frame::Until && (!(negative_before(ctx, s) || continuing_before(ctx, s)) || ctx.is_any(e, &["now", "recently", "then", "today", "further"])) {
        return None;
    }
    // "as soon as Tuesday", "until March 6", "as long as a month": times
    let temporal = phrase.split(' ').any(|w| ["as", "until", "after", "once", "when"].iter().any(|t| w.eq_ignore_ascii_case(t)));
    if temporal && is_time_after(ctx, e) {
        return None;
    }
    if ctx.is(s, "if") && ctx.is(e, "only") {
        return None;
    }
    // ("food, provided by the UN," is a participle)
    if e == s + 1 && ctx.is_any(s, &["provided", "providing"]) && (!ctx.is_any(s.wrapping_sub(1), &[",", "only", "but"]) || ctx.is_preposition(e) || ctx.is_any(e, &["under", "through"])) {
        return None;
    }
    if ctx.is(s, "if") {
        let p = s.checked_sub(1);
        let questioned = p.is_some_and(|p| ctx.is_any(p, &["even", "as", "what", "only"]) || ctx.word_class(p, "question"))
            || p.and_then(|p| p.checked_sub(1)).is_some_and(|p| ctx.word_class(p, "question"));
        if questioned {
            return None;
        }
    }
    let c = content::clause_end(ctx, e);
    let (cs, ce) = content::trim(ctx, c.start, c.end)?;
    let content = Content { start: cs, end: ce, stop: c.stop };
    // the clause subject is who must act
    let addressee = {
        // ("the president": a description's mention starts at its article)
        let j = if ctx.is(cs, "the") { cs + 1 } else { cs };
        ctx.mention_starting(cs).or_else(|| ctx.mention_starting(j)).map(|m| m.actor).or_else(|| {
            ctx.is_any(cs, &["they", "he", "she", "it"]).then(|| holder::resolve_pronoun(ctx, cs).0).flatten()
        })
    };
    // "If S, X will …": the main clause after the comma holds it
    let (ss, se) = ctx.sentence(s);
    let fronted = s == ss
        || ctx.quote_of(s).is_some_and(|q| ctx.quotes[q].open + 1 == s)
        || ctx.is_any(s - 1, &[",", "\"", ":", "and", "but", "then", "that"]);
    let mut h = (None, Via::None);
    if fronted && ctx.is(ce, ",") {
        let limit = ctx.quote_of(s).map_or(se, |q| ctx.quotes[q].close.min(se));
        h = holder::main_clause_subject(ctx, ce + 1, limit);
        // ("If Jakarta has nothing to hide, it should let the UN in," Wenda
        // said: who must act does not set the condition; the speaker does)
        if h.0.is_some() && h.0 == addressee {
            if let Some(speaker) = ctx.quote_of(s).and_then(|q| ctx.quotes[q].speaker) {
                h = (Some(speaker), Via::Speaker);
            }
        }
    }
    if h.0.is_none() {
        h = holder::of_trigger(ctx, s, false);
    }
    if h.0.is_none() {
        if let Some(q) = ctx.quote_of(s) {
            h = (ctx.quotes[q].speaker, Via::Speaker);
        }
    }
    let mut d = cand((s, e), content, kind, h, frame, format!("condition '{phrase}' + clause; holder: {}", h.1.as_str()));
    d.addressee = addressee;
    Some(d)
}

/// "return "without delay"", "visit "without conditions"": a manner after
/// "without", no condition.
fn without_manner(ctx: &Ctx, i: usize) -> bool {
    let i = if ctx.is_any(i, &["further", "any", "undue"]) { i + 1 } else { i };
    ctx.is_any(i, &["delay", "delays", "conditions", "condition", "preconditions", "precondition", "hesitation", "exception", "interruption", "interference", "hindrance", "restriction", "restrictions", "obstruction", "obstacles", "impediment"])
}

/// A weak condition right after the content of `host` ("ready to … once
/// they lay down their arms", "rejected a ceasefire without guarantees",
/// "would agree to A but not B").
pub fn after_host(ctx: &Ctx, host: &Cand) -> Option<Cand> {
    let w = host.stop?;
    if host.kind == DemandKind::Condition {
        return None;
    }
    let (kind, start, what) = if ctx.is(w, "but") && ctx.is(w + 1, "not") {
        (DemandKind::Refusal, w + 2, "'but not' after a position")
    } else if ctx.is(w, "once") && !ctx.is_any(w + 1, &["and", "again", "more"])
        // "without waiting for …" is a manner, "without guarantees" a condition
        || ctx.is(w, "without") && !ctx.tok(w + 1).ends_with("ing") && !without_manner(ctx, w + 1)
        || ctx.is(w, "after") && !is_time_after(ctx, w + 1)
    {
        (DemandKind::Condition, w + 1, "condition after a position")
    } else {
        return None;
    };
    let c = content::natural_end(ctx, start);
    let (cs, ce) = content::trim(ctx, c.start, c.end)?;
    let c = Content { start: cs, end: ce, stop: None };
    let mut d = cand((w, start), c, kind, host.holder, Frame::Weak, format!("{what} ('{}'); holder: that of the position", ctx.tok(w)));
    d.addressee = host.addressee.or_else(|| ctx.mention_starting(cs).map(|m| m.actor));
    Some(d)
}
