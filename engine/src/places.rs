//! The places stage: locations where things happen.
//!
//! First version: country names the actors stage read as locations, and
//! capitals.

use crate::document::{Actor, Place};
use crate::lexicon::List;
use crate::text::Analysis;

pub fn run(a: &Analysis, actors: &[Actor]) -> Vec<Place> {
    let taken = |span: crate::document::Span| actors.iter().flat_map(|x| &x.mentions).any(|m| m.span.overlaps(span));
    let mut out: Vec<Place> = Vec::new();
    for h in &a.hits {
        let span = a.span_of(h.start as usize, h.end as usize);
        if taken(span) || out.iter().any(|p| p.span.overlaps(span)) {
            continue;
        }
        let name = match h.list {
            List::Countries if crate::actors::country_is_place(a, h.start as usize) => h.canonical(),
            _ => continue,
        };
        out.push(Place { span, name: name.to_string(), rule: "country as location".into() });
    }
    out
}
