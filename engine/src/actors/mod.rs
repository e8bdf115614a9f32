//! The actors stage: find mentions of persons, states, organizations, groups
//! and media; tell states from places; merge mentions into actors.
//!
//! First version: lexicon hits for states, organizations and media, runs of
//! capitalized words for person names, merged by canonical name and last name.

use crate::document::{Actor, ActorKind, Mention, Span};
use crate::lexicon::List;
use crate::text::tokens::{Case, TokKind};
use crate::text::Analysis;

/// Words before a country name that make it a location, not a party.
const PLACE_PREPOSITIONS: &[&str] = &["in", "to", "into", "near", "from", "across", "inside", "at", "invaded", "of"];

struct Candidate {
    tokens: (usize, usize),
    kind: ActorKind,
    /// Merge key: canonical name for lexicon entries, the full name for persons.
    name: String,
    affiliation: Option<String>,
    rule: crate::document::Rule,
}

/// Is the country name at token `i` used as a location?
pub fn country_is_place(a: &Analysis, i: usize) -> bool {
    i > 0 && PLACE_PREPOSITIONS.contains(&a.tok(i - 1).to_lowercase().as_str())
}

pub fn run(a: &Analysis) -> Vec<Actor> {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut covered = vec![false; a.tokens.len()];
    let mut i = 0;
    while i < a.tokens.len() {
        let hit = a.hits_at(i).iter().find(|h| matches!(h.list, List::Countries | List::Organizations | List::Media));
        if let Some(h) = hit {
            let (s, e) = (h.start as usize, h.end as usize);
            let (kind, affiliation) = match h.list {
                List::Countries => (ActorKind::State, Some(h.canonical().to_string())),
                List::Organizations => (ActorKind::Organization, h.field(2).map(str::to_string)),
                _ => (ActorKind::Media, None),
            };
            if !(h.list == List::Countries && country_is_place(a, s)) {
                cands.push(Candidate { tokens: (s, e), kind, name: h.canonical().to_string(), affiliation, rule: h.list.info().name.into() });
            }
            covered[s..e].iter_mut().for_each(|c| *c = true);
            i = e;
            continue;
        }
        // person: two or more capitalized words, not all at a sentence start
        let mut j = i;
        while j < a.tokens.len() && !covered[j] && a.tokens[j].kind == TokKind::Word && a.tokens[j].case == Case::Title && (j == i || a.tokens[j].newlines_before == 0) {
            j += 1;
        }
        if j - i >= 2 {
            let mut s = i;
            // drop a leading title ("President Vladimir Putin")
            while s < j && a.hits_at(s).iter().any(|h| h.list == List::Titles) {
                s += 1;
            }
            if j - s >= 2 {
                let name = (s..j).map(|t| a.tok(t)).collect::<Vec<_>>().join(" ");
                cands.push(Candidate { tokens: (s, j), kind: ActorKind::Person, name, affiliation: None, rule: "capitalized name".into() });
            }
            i = j;
            continue;
        }
        i += 1;
    }
    // single last names of persons already seen
    let last_names: Vec<(String, String)> = cands
        .iter()
        .filter(|c| c.kind == ActorKind::Person)
        .map(|c| (a.tok(c.tokens.1 - 1).to_string(), c.name.clone()))
        .collect();
    for t in 0..a.tokens.len() {
        if let Some((_, full)) = last_names.iter().find(|(last, _)| a.tok(t) == last) {
            if !cands.iter().any(|c| c.tokens.0 <= t && t < c.tokens.1) {
                cands.push(Candidate { tokens: (t, t + 1), kind: ActorKind::Person, name: full.clone(), affiliation: None, rule: "last name".into() });
            }
        }
    }
    cands.sort_by_key(|c| c.tokens.0);
    // merge by name, ids in order of first mention
    let mut actors: Vec<Actor> = Vec::new();
    for c in cands {
        let span: Span = a.span_of(c.tokens.0, c.tokens.1);
        let mention = Mention { span, rule: c.rule };
        match actors.iter_mut().find(|x| x.name == c.name && x.kind == c.kind) {
            Some(actor) => actor.mentions.push(mention),
            None => actors.push(Actor {
                id: format!("A{}", actors.len() + 1),
                name: c.name,
                kind: c.kind,
                role: None,
                affiliation: c.affiliation,
                mentions: vec![mention],
            }),
        }
    }
    actors
}
