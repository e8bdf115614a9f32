//! The demands stage: who calls for, proposes, sets as a condition or refuses
//! what, of whom.
//!
//! First version: trigger phrases from the lexicon, content up to the clause
//! end, holder = the last actor mentioned before the trigger in its sentence.

use crate::document::{Actor, Demand, DemandKind, Span};
use crate::lexicon::List;
use crate::text::Analysis;

fn kind_of(field: Option<&str>) -> Option<DemandKind> {
    Some(match field? {
        "demand" => DemandKind::Demand,
        "proposal" => DemandKind::Proposal,
        "condition" => DemandKind::Condition,
        "refusal" => DemandKind::Refusal,
        _ => return None,
    })
}

pub fn run(a: &Analysis, actors: &[Actor]) -> Vec<Demand> {
    let mut out = Vec::new();
    for h in a.hits.iter().filter(|h| h.list == List::Triggers) {
        let Some(kind) = kind_of(h.field(1)) else { continue };
        let sentence = a.sentences[a.sentence_of[h.start as usize] as usize];
        let (start, mut end) = (h.end as usize, h.end as usize);
        while end < sentence.end as usize && !matches!(a.tok(end), "," | ";" | "." | ":" | "\"" | "!" | "?") {
            end += 1;
        }
        if end == start {
            continue;
        }
        let trigger = a.span_of(h.start as usize, h.end as usize);
        let sentence_start = a.tokens[sentence.start as usize].start;
        let holder = actors
            .iter()
            .flat_map(|x| x.mentions.iter().map(move |m| (m.span, &x.id)))
            .filter(|(s, _)| s.start >= sentence_start && s.end <= trigger.start)
            .max_by_key(|(s, _)| s.start)
            .map(|(_, id)| id.clone());
        let span: Span = a.span_of(start, end);
        out.push(Demand { span, trigger, kind, holder, addressee: None, rule: "trigger verb".into() });
    }
    out
}
