//! The demands stage: who calls for, proposes, sets as a condition or
//! refuses what, of whom.
//!
//! 1. [`context`]: actor mentions by token, quotations and their speakers.
//! 2. [`triggers`]: each trigger of `lexicon/data/triggers.tsv` found in the
//!    text fires by its frame (verb + object, verb + addressee + infinitive,
//!    noun + complement, modal, impersonal "it is important to", condition
//!    clause …), unless negated ("did not call for"; "do not accept" is a
//!    refusal).
//! 3. [`content`]: the content phrase up to its natural end.
//! 4. [`holder`]: the subject, speaker, reporter or owner holding it.
//! 5. Here: weak conditions after a position ("ready to … once …"), nested
//!    positions resolved, spans made.

mod content;
mod context;
mod holder;
mod triggers;

#[cfg(test)]
mod tests;

use crate::document::{Actor, Demand, DemandKind};
use crate::lexicon::List;
use crate::text::Analysis;
use context::Ctx;
use holder::Via;
use triggers::{Cand, Frame, Row};

pub fn run(a: &Analysis, actors: &[Actor]) -> Vec<Demand> {
    let ctx = Ctx::new(a, actors);
    let cands = find(&ctx);
    cands
        .into_iter()
        .map(|c| Demand {
            span: a.span_of(c.content.0, c.content.1),
            trigger: a.span_of(c.trigger.0, c.trigger.1),
            kind: c.kind,
            holder: c.holder.0.map(|i| actors[i].id.clone()),
            addressee: c.addressee.map(|i| actors[i].id.clone()),
            rule: c.what.into(),
        })
        .collect()
}

/// Every position in the text, in trigger order.
fn find(ctx: &Ctx) -> Vec<Cand> {
    let a = ctx.a;
    let mut out: Vec<Cand> = Vec::new();
    let mut covered_to = 0usize;
    let mut h = 0;
    // (one vector for the rows of every start: most starts have one)
    let mut rows: Vec<Row> = Vec::new();
    while h < a.hits.len() {
        let start = a.hits[h].start as usize;
        rows.clear();
        while h < a.hits.len() && a.hits[h].start as usize == start {
            if let Some(r) = Row::of(&a.hits[h]) {
                rows.push(r);
            }
            h += 1;
        }
        if rows.is_empty() || start < covered_to {
            continue;
        }
        // a word after a determiner is a noun: the noun rows first (verb rows
        // like "call for" then read as nouns too)
        let nominal = |r: &Row| r.frame.is_nominal();
        match triggers::reading(ctx, start) {
            triggers::Reading::Verb => crate::sort::sort_by_key(&mut rows, nominal),
            _ => crate::sort::sort_by_key(&mut rows, |r| !nominal(r) && r.frame != Frame::Obj),
        }
        for row in &rows {
            if let Some(c) = triggers::fire(ctx, row) {
                covered_to = c.trigger.1;
                if let Some(w) = triggers::after_host(ctx, &c) {
                    out.push(c);
                    out.push(w);
                } else {
                    out.push(c);
                }
                break;
            }
        }
    }
    resolve(ctx, out)
}

/// Do the contents of `a` and `b` share a content word (a lower-case word of
/// four letters or more that is no function word)?
fn shares_word(ctx: &Ctx, a: &Cand, b: &Cand) -> bool {
    let content = |i: usize| ctx.a.tokens[i].is_word() && ctx.a.tokens[i].len() >= 4 && !ctx.has(i, u32::MAX);
    (b.content.0..b.content.1).filter(|&j| content(j)).any(|j| (a.content.0..a.content.1).any(|i| content(i) && ctx.tok(i).eq_ignore_ascii_case(ctx.tok(j))))
}

/// Nested positions: a condition or modal holds no position of its own in
/// its content; a that-clause holding positions of its own gives way to
/// them; "It's important to A and then B": A is a condition.
fn resolve(ctx: &Ctx, mut cands: Vec<Cand>) -> Vec<Cand> {
    let inside = |c: &Cand, t: usize| c.content.0 <= t && t < c.content.1;
    let mut keep = vec![true; cands.len()];
    // a pair matters only when the inner trigger is near the outer content:
    // the candidates by trigger start, and the longest trigger
    let mut by_trigger: Vec<usize> = (0..cands.len()).collect();
    crate::sort::sort_by_key(&mut by_trigger, |&j| cands[j].trigger.0);
    let longest = cands.iter().map(|c| c.trigger.1.saturating_sub(c.trigger.0)).max().unwrap_or(0);
    for (i, outer) in cands.iter().enumerate() {
        let (lo, hi) = (outer.content.0.saturating_sub(longest), outer.content.1.max(outer.content.0 + 1));
        let from = by_trigger.partition_point(|&j| cands[j].trigger.0 < lo);
        for &j in by_trigger[from..].iter().take_while(|&&j| cands[j].trigger.0 < hi) {
            let inner = &cands[j];
            // "would not accept X": the verb's refusal, not the modal's
            if i != j && outer.frame == Frame::NegModal && inner.trigger.0 <= outer.content.0 && outer.content.0 < inner.trigger.1 {
                keep[i] = false;
            }
            if i == j || !inside(outer, inner.trigger.0) || inner.frame == Frame::Weak {
                continue;
            }
            // "would not agree to Kyiv's proposal for a swap": the owner's
            // proposal stands beside the refusal
            if inner.frame.is_nominal() && inner.holder.0.is_some() && inner.holder.0 != outer.holder.0 && matches!(inner.holder.1, Via::Owner | Via::Agent) {
                continue;
            }
            let modal = matches!(inner.frame, Frame::Modal | Frame::Would | Frame::NegModal | Frame::Imp);
            // "called on X to encourage Y to …": the action asked of X
            let asked = ctx.is(outer.content.0, "to") && inner.trigger.0 == outer.content.0 + 1;
            if outer.frame.contains_others()
                || asked
                // "X would VP", "X will not VP" inside another position is part
                // of it, and so is another party's "would not" ("demanded
                // guarantees that NATO would not expand"); not the holder's own
                // ("insisted that he would not pay")
                || inner.frame == Frame::Would
                || inner.frame == Frame::NegModal && (ctx.is_any(inner.trigger.0, &["will", "won't"]) || inner.holder.0 != outer.holder.0)
                // "rejected the idea that the treaty should wait"
                || outer.kind == DemandKind::Refusal && modal
                // "insisted that the troops must leave": one demand
                || outer.that_clause && inner.frame == Frame::Modal && inner.kind == outer.kind
            {
                keep[j] = false;
            } else if outer.that_clause {
                keep[i] = false;
            }
        }
    }
    // "we are open to X, but it has to be verifiable": a requirement set
    // right after the holder's own offer is its condition
    for j in 0..cands.len() {
        let c = &cands[j];
        if c.frame != Frame::Modal || c.kind != DemandKind::Demand {
            continue;
        }
        let b = holder::clause_begin(ctx, c.trigger.0);
        let but = b >= 1 && ctx.is(b - 1, "but");
        let offered = |o: &Cand| o.kind == DemandKind::Proposal && o.holder.0 == c.holder.0 && o.content.1 < b && ctx.sentence(o.trigger.0) == ctx.sentence(b);
        if but && cands[..j].iter().any(offered) {
            cands[j].kind = DemandKind::Condition;
            cands[j].what.push_str("; after 'but' following the holder's offer: a condition");
        }
    }
    for c in &mut cands {
        if c.kind == DemandKind::Demand && ctx.is(c.content.1, "and") && ctx.is(c.content.1 + 1, "then") {
            c.kind = DemandKind::Condition;
            c.trigger = (c.content.1, c.content.1 + 2);
            c.what = format!("{}; 'and then' makes it a condition", c.what);
        }
    }
    // "rejected an offer from X to free the soldiers in return for …": a
    // condition right after a position's content is held with it (the
    // innermost position ending there: the offer, not its rejection)
    let mut by_end: Option<Vec<usize>> = None;
    for j in 0..cands.len() {
        if !matches!(cands[j].frame, Frame::Cond) {
            continue;
        }
        let t = cands[j].trigger.0;
        // (after a comma the condition goes with the main clause: "agreed to
        // accept X's proposal for …, subject to …" is the acceptor's)
        // ("willing to hold talks, but only if …": after ", but" too)
        let but_before = |e: usize| e < t && ctx.is(t - 1, "but") && (e..t).all(|k| ctx.is_any(k, &[",", "but"]));
        let ends_here = |c: &Cand| c.content.1 == t || but_before(c.content.1);
        // (nor to an offer accepted: "agreed to accept X's offer of …
        // subject to …" is the acceptor's)
        let accepted = |c: &Cand| (ctx.sentence(c.trigger.0).0..c.trigger.0).any(|k| ["accept", "agree"].iter().any(|w| ctx.tok(k).as_bytes().get(..w.len()).is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))));
        // (the candidates ending at `t`, in order)
        let by_end = by_end.get_or_insert_with(|| {
            let mut v: Vec<usize> = (0..cands.len()).collect();
            crate::sort::sort_by_key(&mut v, |&i| cands[i].content.1);
            v
        });
        let from = by_end.partition_point(|&i| cands[i].content.1 < t.saturating_sub(2));
        let host = by_end[from..]
            .iter()
            .copied()
            .take_while(|&i| cands[i].content.1 <= t)
            .filter(|&i| i != j && keep[i] && cands[i].frame != Frame::Cond && ends_here(&cands[i]) && cands[i].holder.0.is_some() && !accepted(&cands[i]))
            .max_by_key(|&i| cands[i].content.0);
        if let Some(i) = host {
            if cands[i].holder.0 != cands[j].holder.0 {
                cands[j].holder = cands[i].holder;
                cands[j].what.push_str("; holder: that of the position it follows");
            }
        }
    }
    // "the call for a ceasefire" with no owner: the holder of an earlier
    // position of its kind sharing a content word, else no position
    for j in 0..cands.len() {
        if !cands[j].anaphoric || !keep[j] {
            continue;
        }
        let found = (0..j).rev().find(|&i| keep[i] && cands[i].kind == cands[j].kind && cands[i].holder.0.is_some() && shares_word(ctx, &cands[i], &cands[j]));
        match found {
            Some(i) => {
                cands[j].holder = cands[i].holder;
                cands[j].what.push_str("; holder: that of the position named before");
            }
            None => keep[j] = false,
        }
    }
    // a weak condition goes with its host ("would not accept X without Y":
    // the modal gives way to the verb, and so does its condition)
    let mut host = None;
    for j in 0..cands.len() {
        if cands[j].frame != Frame::Weak {
            host = Some(j);
        } else if host.is_some_and(|h| !keep[h]) {
            keep[j] = false;
        }
    }
    let mut out: Vec<Cand> = cands.into_iter().zip(keep).filter(|(_, k)| *k).map(|(c, _)| c).collect();
    out.dedup_by(|b, a| a.content == b.content);
    // a position no party holds is not shown ("the families want …" when the
    // families are no actor)
    out.retain(|c| c.holder.0.is_some());
    let _ = List::Triggers;
    out
}
