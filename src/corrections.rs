//! Corrections by hand, kept as data and applied on top of the engine's
//! Document, so re-annotating (a new date, an improved engine) never loses them.
//!
//! A correction names annotations by an [`Anchor`]: a span of the text with
//! the text it covered. Actor ids are not used, since they change when the
//! engine finds one actor more; an actor is named by one of its mentions.
//! When the article is edited, an anchor whose text moved is looked for again
//! (the nearest occurrence); one whose text is gone is skipped.

use parley_engine::{
    annotate, Actor, ActorKind, DateType, Demand, DemandKind, Document, Mention, Options, Place, Span, TimeExpr,
};
use serde::{Deserialize, Serialize};

use crate::render::Layer;

/// A span of the article and the text it covered when the correction was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub start: u32,
    pub end: u32,
    pub text: String,
}

impl Anchor {
    /// The anchor of `span` in `text`.
    pub fn new(text: &str, span: Span) -> Anchor {
        Anchor { start: span.start, end: span.end, text: text.get(span.range()).unwrap_or_default().to_string() }
    }

    /// Where the anchor is in `text` now: in place, else the occurrence of its
    /// text nearest to where it was, else nowhere.
    pub fn resolve(&self, text: &str) -> Option<Span> {
        if self.text.is_empty() {
            return None;
        }
        let here = Span { start: self.start, end: self.end };
        if text.get(here.range()) == Some(self.text.as_str()) {
            return Some(here);
        }
        text.match_indices(self.text.as_str())
            .map(|(i, _)| i)
            .min_by_key(|&i| (i as i64 - self.start as i64).abs())
            .map(|i| Span::new(i, i + self.text.len()))
    }
}

/// One correction by hand. In JSON: `{"remove": {"layer": "date", "at": …}}`
/// (serde's external tagging: the smallest code in the wasm).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Correction {
    /// Removes an annotation (for actors: one mention; an actor left without
    /// mentions goes too).
    Remove { layer: Layer, at: Anchor },
    /// Adds an annotation over a selection. `kind` is an actor kind for
    /// actors and a demand kind for demands.
    Add {
        layer: Layer,
        at: Anchor,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<String>,
    },
    /// Changes the kind of the actor that has this mention.
    ActorKind { actor: Anchor, kind: ActorKind },
    /// Merges the actor of `from` into the actor of `into`.
    Merge { into: Anchor, from: Anchor },
    /// Sets the holder of a demand (`None`: no holder).
    Holder { demand: Anchor, holder: Option<Anchor> },
    /// Changes a demand's kind.
    DemandKind { demand: Anchor, kind: DemandKind },
}

impl Correction {
    /// A short sentence for the list of corrections.
    pub fn describe(&self) -> String {
        let q = |a: &Anchor| format!("“{}”", short(&a.text, 40));
        match self {
            Correction::Remove { layer, at } => format!("Removed {} {}", layer_word(*layer), q(at)),
            Correction::Add { layer, at, kind } => match kind {
                Some(k) => format!("Added {} {} ({k})", layer_word(*layer), q(at)),
                None => format!("Added {} {}", layer_word(*layer), q(at)),
            },
            Correction::ActorKind { actor, kind } => format!("Actor {} is a {}", q(actor), kind.as_str()),
            Correction::Merge { into, from } => format!("Merged {} into {}", q(from), q(into)),
            Correction::Holder { demand, holder: Some(h) } => format!("Demand {} is held by {}", q(demand), q(h)),
            Correction::Holder { demand, holder: None } => format!("Demand {} has no holder", q(demand)),
            Correction::DemandKind { demand, kind } => format!("Demand {} is a {}", q(demand), kind.as_str()),
        }
    }
}

fn layer_word(layer: Layer) -> &'static str {
    match layer {
        Layer::Actor => "actor",
        Layer::Place => "place",
        Layer::Date => "date",
        Layer::Demand => "demand",
    }
}

/// `s` cut at a char boundary to at most `max` chars, with an ellipsis.
pub fn short(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
    }
}

pub fn parse_actor_kind(s: &str) -> Option<ActorKind> {
    ActorKind::ALL.into_iter().find(|k| k.as_str() == s)
}

pub fn parse_demand_kind(s: &str) -> Option<DemandKind> {
    DemandKind::ALL.into_iter().find(|k| k.as_str() == s)
}

const BY_HAND: &str = "added by hand";

/// Index of the actor with a mention at `span`.
fn actor_at(doc: &Document, span: Span) -> Option<usize> {
    doc.actors.iter().position(|a| a.mentions.iter().any(|m| m.span == span))
}

/// Drops actor `i`, clearing the demands' references to it.
fn drop_actor(doc: &mut Document, i: usize) {
    let id = doc.actors.remove(i).id;
    for d in &mut doc.demands {
        if d.holder.as_deref() == Some(&id) {
            d.holder = None;
        }
        if d.addressee.as_deref() == Some(&id) {
            d.addressee = None;
        }
    }
}

/// An id no actor has yet: `H1`, `H2`, … (H for "by hand").
fn fresh_id(doc: &Document) -> String {
    (1..).map(|n| format!("H{n}")).find(|id| doc.actor(id).is_none()).unwrap_or_default()
}

/// The engine's reading of a date selected by hand, resolved against the dct.
fn read_date(snippet: &str, dct: Option<parley_engine::Ymd>) -> (DateType, Option<String>, String) {
    let options = Options { dct, fallback_dct: None };
    let doc = annotate(snippet, &options);
    match doc.dates.into_iter().max_by_key(|d| d.span.len()) {
        Some(d) => (d.kind, d.value, format!("{BY_HAND}; {}", d.rule)),
        None => (DateType::Date, None, format!("{BY_HAND}; no value could be read")),
    }
}

/// Applies `corrections` in order on top of `doc` (the engine's annotation of `text`).
pub fn apply(text: &str, doc: &Document, corrections: &[Correction]) -> Document {
    let mut doc = doc.clone();
    for c in corrections {
        apply_one(text, &mut doc, c);
    }
    doc
}

fn apply_one(text: &str, doc: &mut Document, c: &Correction) -> Option<()> {
    match c {
        Correction::Remove { layer, at } => {
            let span = at.resolve(text)?;
            match layer {
                Layer::Actor => {
                    let i = actor_at(doc, span)?;
                    doc.actors[i].mentions.retain(|m| m.span != span);
                    if doc.actors[i].mentions.is_empty() {
                        drop_actor(doc, i);
                    }
                }
                Layer::Place => doc.places.retain(|p| p.span != span),
                Layer::Date => doc.dates.retain(|d| d.span != span),
                Layer::Demand => doc.demands.retain(|d| d.span != span),
            }
        }
        Correction::Add { layer, at, kind } => {
            let span = at.resolve(text)?;
            let snippet = &text[span.range()];
            match layer {
                Layer::Actor => {
                    if actor_at(doc, span).is_some() {
                        return None;
                    }
                    let kind = kind.as_deref().and_then(parse_actor_kind).unwrap_or(ActorKind::Person);
                    let id = fresh_id(doc);
                    doc.actors.push(Actor {
                        id,
                        name: snippet.to_string(),
                        kind,
                        role: None,
                        affiliation: None,
                        mentions: vec![Mention { span, rule: BY_HAND.into() }],
                    });
                }
                Layer::Place => {
                    if doc.places.iter().all(|p| p.span != span) {
                        doc.places.push(Place { span, name: snippet.to_string(), rule: BY_HAND.into() });
                        parley_engine::sort::sort_by_key(&mut doc.places, |p| p.span);
                    }
                }
                Layer::Date => {
                    if doc.dates.iter().all(|d| d.span != span) {
                        let (kind, value, rule) = read_date(snippet, doc.dct);
                        doc.dates.push(TimeExpr { span, kind, value, rule: rule.into() });
                        parley_engine::sort::sort_by_key(&mut doc.dates, |d| d.span);
                    }
                }
                Layer::Demand => {
                    if doc.demands.iter().all(|d| d.span != span) {
                        let kind = kind.as_deref().and_then(parse_demand_kind).unwrap_or(DemandKind::Demand);
                        doc.demands.push(Demand {
                            span,
                            trigger: Span { start: span.start, end: span.start },
                            kind,
                            holder: None,
                            addressee: None,
                            rule: BY_HAND.into(),
                        });
                        parley_engine::sort::sort_by_key(&mut doc.demands, |d| (d.span, d.trigger));
                    }
                }
            }
        }
        Correction::ActorKind { actor, kind } => {
            let i = actor_at(doc, actor.resolve(text)?)?;
            doc.actors[i].kind = *kind;
        }
        Correction::Merge { into, from } => {
            let a = actor_at(doc, into.resolve(text)?)?;
            let b = actor_at(doc, from.resolve(text)?)?;
            if a == b {
                return None;
            }
            let from_actor = doc.actors[b].clone();
            let target = &mut doc.actors[a];
            target.mentions.extend(from_actor.mentions);
            parley_engine::sort::sort_by_key(&mut target.mentions, |m| m.span);
            target.role = target.role.take().or(from_actor.role);
            target.affiliation = target.affiliation.take().or(from_actor.affiliation);
            let into_id = target.id.clone();
            for d in &mut doc.demands {
                for r in [&mut d.holder, &mut d.addressee] {
                    if r.as_deref() == Some(&from_actor.id) {
                        *r = Some(into_id.clone());
                    }
                }
            }
            doc.actors.remove(b);
        }
        Correction::Holder { demand, holder } => {
            let span = demand.resolve(text)?;
            let id = match holder {
                Some(h) => Some(doc.actors[actor_at(doc, h.resolve(text)?)?].id.clone()),
                None => None,
            };
            doc.demands.iter_mut().find(|d| d.span == span)?.holder = id;
        }
        Correction::DemandKind { demand, kind } => {
            let span = demand.resolve(text)?;
            doc.demands.iter_mut().find(|d| d.span == span)?.kind = *kind;
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fixture::{anchor, doc, TEXT};

    #[test]
    fn removing_the_only_mention_drops_the_actor_and_its_references() {
        let out = apply(TEXT, &doc(), &[Correction::Remove { layer: Layer::Actor, at: anchor("Russia") }]);
        assert!(out.actor("A2").is_none());
        assert_eq!(out.demands[0].addressee, None);
        assert_eq!(out.demands[0].holder.as_deref(), Some("A1"));
    }

    #[test]
    fn removing_a_demand_keeps_the_others() {
        let out = apply(TEXT, &doc(), &[Correction::Remove { layer: Layer::Demand, at: anchor("talks") }]);
        assert_eq!(out.demands.len(), 1);
        assert_eq!(&TEXT[out.demands[0].span.range()], "a ceasefire");
    }

    #[test]
    fn adding_an_actor_a_place_and_a_demand() {
        let out = apply(
            TEXT,
            &doc(),
            &[
                Correction::Add { layer: Layer::Actor, at: anchor("ceasefire"), kind: Some("group".into()) },
                Correction::Add { layer: Layer::Place, at: anchor("Monday"), kind: None },
                Correction::Add { layer: Layer::Demand, at: anchor("spoke"), kind: Some("proposal".into()) },
            ],
        );
        let added = out.actor("H1").unwrap();
        assert_eq!((added.name.as_str(), added.kind), ("ceasefire", ActorKind::Group));
        assert_eq!(out.places[0].name, "Monday");
        let d = out.demands.iter().find(|d| d.rule == BY_HAND).unwrap();
        assert_eq!((d.kind, &TEXT[d.span.range()], d.trigger.is_empty()), (DemandKind::Proposal, "spoke", true));
    }

    #[test]
    fn an_added_date_is_read_against_the_dct() {
        let out = apply(TEXT, &doc(), &[Correction::Add { layer: Layer::Date, at: anchor("Monday"), kind: None }]);
        assert_eq!(out.dates.len(), 1);
        assert_eq!(out.dates[0].value.as_deref(), Some("2022-02-28"));
        assert!(out.dates[0].rule.starts_with(BY_HAND));
    }

    #[test]
    fn kind_merge_and_holder() {
        let out = apply(
            TEXT,
            &doc(),
            &[
                Correction::ActorKind { actor: anchor("Russia"), kind: ActorKind::State },
                Correction::Merge { into: anchor("Zelensky"), from: anchor("The president") },
                Correction::Holder { demand: anchor("a ceasefire"), holder: Some(anchor("Russia")) },
                Correction::DemandKind { demand: anchor("talks"), kind: DemandKind::Condition },
            ],
        );
        assert_eq!(out.actor("A2").unwrap().kind, ActorKind::State);
        assert!(out.actor("A3").is_none());
        let z = out.actor("A1").unwrap();
        assert_eq!(z.mentions.len(), 2);
        assert_eq!(z.role.as_deref(), Some("President"));
        assert_eq!(out.demands[0].holder.as_deref(), Some("A2"));
        // the merged actor's demand now belongs to the actor it joined
        assert_eq!(out.demands[1].holder.as_deref(), Some("A1"));
        assert_eq!(out.demands[1].kind, DemandKind::Condition);
    }

    #[test]
    fn anchors_follow_an_edited_text_or_are_skipped() {
        let edited = format!("Update: {TEXT}");
        let a = anchor("Russia");
        assert_eq!(a.resolve(&edited).map(|s| &edited[s.range()]), Some("Russia"));
        assert_eq!(a.resolve("nothing here"), None);
        // a correction whose anchor is gone changes nothing
        let out = apply("nothing here", &doc(), &[Correction::Remove { layer: Layer::Demand, at: a }]);
        assert_eq!(out, doc());
    }

    #[test]
    fn corrections_round_trip_as_json() {
        let list = vec![
            Correction::Add { layer: Layer::Date, at: anchor("Monday"), kind: None },
            Correction::Holder { demand: anchor("talks"), holder: None },
            Correction::ActorKind { actor: anchor("Russia"), kind: ActorKind::State },
        ];
        let json = serde_json::to_string(&list).unwrap();
        assert!(json.contains(r#"{"actor_kind":{"actor":"#), "{json}");
        assert_eq!(serde_json::from_str::<Vec<Correction>>(&json).unwrap(), list);
    }

    #[test]
    fn descriptions_quote_the_text() {
        let c = Correction::Merge { into: anchor("Zelensky"), from: anchor("The president") };
        assert_eq!(c.describe(), "Merged “The president” into “Zelensky”");
        assert_eq!(short("abcdef", 3), "abc…");
    }
}
