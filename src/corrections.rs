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
/// (serde's external tagging). Read by the hand-written `Deserialize` below,
/// which accepts exactly what serde's derive would.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// Where a field of a variant goes while a correction is read.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Layer,
    /// The first anchor (`at`, `actor`, `into`, `demand`).
    First,
    /// Merge's `from`.
    From,
    /// Holder's `holder` (may be null or missing).
    Holder,
    /// Add's `kind` (may be null or missing).
    Label,
    ActorKind,
    DemandKind,
}

/// The variants' names, as serde's derive reads them, with their fields in
/// order and where each goes.
const VARIANT_NAMES: &[&str] = &["remove", "add", "actor_kind", "merge", "holder", "demand_kind"];
const FIELD_NAMES: [&[&str]; 6] =
    [&["layer", "at"], &["layer", "at", "kind"], &["actor", "kind"], &["into", "from"], &["demand", "holder"], &["demand", "kind"]];
const FIELD_SLOTS: [&[Slot]; 6] = [
    &[Slot::Layer, Slot::First],
    &[Slot::Layer, Slot::First, Slot::Label],
    &[Slot::First, Slot::ActorKind],
    &[Slot::First, Slot::From],
    &[Slot::First, Slot::Holder],
    &[Slot::First, Slot::DemandKind],
];

/// The fields read so far.
#[derive(Default)]
struct Slots {
    layer: Option<Layer>,
    first: Option<Anchor>,
    from: Option<Anchor>,
    holder: Option<Option<Anchor>>,
    label: Option<Option<String>>,
    actor_kind: Option<ActorKind>,
    demand_kind: Option<DemandKind>,
}

impl Slots {
    fn has(&self, slot: Slot) -> bool {
        match slot {
            Slot::Layer => self.layer.is_some(),
            Slot::First => self.first.is_some(),
            Slot::From => self.from.is_some(),
            Slot::Holder => self.holder.is_some(),
            Slot::Label => self.label.is_some(),
            Slot::ActorKind => self.actor_kind.is_some(),
            Slot::DemandKind => self.demand_kind.is_some(),
        }
    }

    /// Reads the value of `slot` with `n` (a map's value or a sequence's
    /// element); false when a sequence has ended.
    fn read<'de, N: Next<'de>>(&mut self, slot: Slot, n: &mut N) -> Result<bool, N::Error> {
        macro_rules! take {
            ($f:ident) => {
                match n.next()? {
                    Some(v) => {
                        self.$f = Some(v);
                        true
                    }
                    None => false,
                }
            };
        }
        Ok(match slot {
            Slot::Layer => take!(layer),
            Slot::First => take!(first),
            Slot::From => take!(from),
            Slot::Holder => take!(holder),
            Slot::Label => take!(label),
            Slot::ActorKind => take!(actor_kind),
            Slot::DemandKind => take!(demand_kind),
        })
    }

    /// The correction of variant `v`; a required field missing is an error
    /// (`holder` and Add's `kind` may be missing: none).
    fn build<E: serde::de::Error>(self, v: usize) -> Result<Correction, E> {
        let need = |x: Option<Anchor>, name| x.ok_or_else(|| E::missing_field(name));
        Ok(match v {
            0 => Correction::Remove { layer: self.layer.ok_or_else(|| E::missing_field("layer"))?, at: need(self.first, "at")? },
            1 => Correction::Add {
                layer: self.layer.ok_or_else(|| E::missing_field("layer"))?,
                at: need(self.first, "at")?,
                kind: self.label.flatten(),
            },
            2 => Correction::ActorKind { actor: need(self.first, "actor")?, kind: self.actor_kind.ok_or_else(|| E::missing_field("kind"))? },
            3 => Correction::Merge { into: need(self.first, "into")?, from: need(self.from, "from")? },
            4 => Correction::Holder { demand: need(self.first, "demand")?, holder: self.holder.flatten() },
            _ => Correction::DemandKind { demand: need(self.first, "demand")?, kind: self.demand_kind.ok_or_else(|| E::missing_field("kind"))? },
        })
    }
}

/// A map's next value or a sequence's next element.
trait Next<'de> {
    type Error: serde::de::Error;
    fn next<T: Deserialize<'de>>(&mut self) -> Result<Option<T>, Self::Error>;
}

struct MapValues<A>(A);
impl<'de, A: serde::de::MapAccess<'de>> Next<'de> for MapValues<A> {
    type Error = A::Error;
    fn next<T: Deserialize<'de>>(&mut self) -> Result<Option<T>, A::Error> {
        self.0.next_value().map(Some)
    }
}

struct SeqElements<A>(A);
impl<'de, A: serde::de::SeqAccess<'de>> Next<'de> for SeqElements<A> {
    type Error = A::Error;
    fn next<T: Deserialize<'de>>(&mut self) -> Result<Option<T>, A::Error> {
        self.0.next_element()
    }
}

/// Reads a name among `names` (a variant or a field); `None` for another.
struct Name(&'static [&'static str]);
impl<'de> serde::de::DeserializeSeed<'de> for Name {
    type Value = Option<usize>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_identifier(self)
    }
}
impl<'de> serde::de::Visitor<'de> for Name {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a name")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|n| *n == v))
    }
    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|n| n.as_bytes() == v))
    }
}

/// Reads a correction: `{"variant": {fields…}}` (or the fields as a list),
/// as serde's derive for an externally tagged enum does.
struct CorrectionVisitor;
impl<'de> serde::de::Visitor<'de> for CorrectionVisitor {
    type Value = Correction;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a correction")
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Correction, A::Error> {
        use serde::de::{Error, VariantAccess};
        let (v, body) = data.variant_seed(Name(VARIANT_NAMES))?;
        let v = v.ok_or_else(|| A::Error::unknown_variant("?", VARIANT_NAMES))?;
        body.struct_variant(FIELD_NAMES[v], Body(v))
    }
}

/// The fields of variant `.0`.
struct Body(usize);
impl<'de> serde::de::Visitor<'de> for Body {
    type Value = Correction;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a correction's fields")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Correction, A::Error> {
        use serde::de::Error;
        let (names, fields) = (FIELD_NAMES[self.0], FIELD_SLOTS[self.0]);
        let mut slots = Slots::default();
        while let Some(key) = map.next_key_seed(Name(names))? {
            match key {
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                Some(i) => {
                    if slots.has(fields[i]) {
                        return Err(A::Error::duplicate_field(names[i]));
                    }
                    slots.read(fields[i], &mut MapValues(&mut map))?;
                }
            }
        }
        slots.build(self.0)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Correction, A::Error> {
        use serde::de::Error;
        let mut seq = SeqElements(seq);
        let mut slots = Slots::default();
        for (i, &slot) in FIELD_SLOTS[self.0].iter().enumerate() {
            // only Add's `kind` has a default when the list ends early
            if !slots.read(slot, &mut seq)? && slot != Slot::Label {
                return Err(A::Error::invalid_length(i, &"the variant's fields"));
            }
        }
        if slots.label.is_none() {
            slots.label = Some(None);
        }
        slots.build(self.0)
    }
}

impl<'de> Deserialize<'de> for Correction {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Correction, D::Error> {
        d.deserialize_enum("Correction", VARIANT_NAMES, CorrectionVisitor)
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

    /// serde's derive, which the hand-written reading must match.
    #[derive(Debug, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Derived {
        Remove { layer: Layer, at: Anchor },
        Add {
            layer: Layer,
            at: Anchor,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            kind: Option<String>,
        },
        ActorKind { actor: Anchor, kind: ActorKind },
        Merge { into: Anchor, from: Anchor },
        Holder { demand: Anchor, holder: Option<Anchor> },
        DemandKind { demand: Anchor, kind: DemandKind },
    }

    #[test]
    fn corrections_are_read_as_serde_derive_reads_them() {
        let a = r#"{"start":1,"end":3,"text":"ab"}"#;
        let b = r#"[4,6,"cd"]"#;
        let bodies = [
            format!(r#"{{"layer":"date","at":{a}}}"#),
            format!(r#"{{"at":{a},"layer":"actor","kind":"person"}}"#),
            format!(r#"{{"layer":"place","at":{b},"kind":null}}"#),
            format!(r#"{{"layer":"demand","at":{a},"kind":3}}"#),
            format!(r#"{{"layer":"date","at":{a},"at":{a}}}"#),
            format!(r#"{{"layer":"date"}}"#),
            format!(r#"{{"layer":{{"date":null}},"at":{a},"other":[1,{{"x":2}}]}}"#),
            format!(r#"{{"layer":"year","at":{a}}}"#),
            format!(r#"{{"l\u0061yer":"date","at":{a}}}"#),
            format!(r#"["date",{a}]"#),
            format!(r#"["date",{a},"state"]"#),
            format!(r#"["date",{a},null,1]"#),
            format!(r#"["date"]"#),
            format!(r#"[]"#),
            format!(r#"{{}}"#),
            format!(r#"{{"actor":{a},"kind":"state"}}"#),
            format!(r#"{{"actor":{a},"kind":"nation"}}"#),
            format!(r#"{{"actor":{a},"kind":"state","kind":"state"}}"#),
            format!(r#"[{a},"person"]"#),
            format!(r#"{{"into":{a},"from":{b}}}"#),
            format!(r#"{{"into":{a}}}"#),
            format!(r#"{{"into":{a},"from":null}}"#),
            format!(r#"[{a},{b}]"#),
            format!(r#"{{"demand":{a},"holder":{b}}}"#),
            format!(r#"{{"demand":{a},"holder":null}}"#),
            format!(r#"{{"demand":{a}}}"#),
            format!(r#"[{a}]"#),
            format!(r#"[{a},null]"#),
            format!(r#"{{"demand":{a},"kind":"refusal"}}"#),
            format!(r#"{{"demand":{a},"kind":"proposal","holder":5}}"#),
            format!(r#"{{"demand":{{"start":-1,"end":3,"text":"ab"}},"kind":"demand"}}"#),
            format!(r#"{{"demand":{{"start":1.5,"end":3,"text":"ab"}},"kind":"demand"}}"#),
            "null".to_string(),
            "7".to_string(),
            r#""x""#.to_string(),
        ];
        let mut cases = vec![r#""remove""#.to_string(), r#"{"nope":{}}"#.to_string(), "{}".to_string(), "[]".to_string(), "null".to_string()];
        for v in ["remove", "add", "actor_kind", "merge", "holder", "demand_kind"] {
            for body in &bodies {
                cases.push(format!(r#"{{"{v}":{body}}}"#));
                cases.push(format!(r#"{{"{v}":{body},"add":{body}}}"#));
            }
        }
        let mut accepted = 0;
        for c in &cases {
            let ours = serde_json::from_str::<Correction>(c).ok().map(|x| serde_json::to_string(&x).unwrap());
            let derive = serde_json::from_str::<Derived>(c).ok().map(|x| serde_json::to_string(&x).unwrap());
            assert_eq!(ours, derive, "{c}");
            accepted += ours.is_some() as usize;
        }
        assert!(accepted > 20, "{accepted}");
    }

    #[test]
    fn descriptions_quote_the_text() {
        let c = Correction::Merge { into: anchor("Zelensky"), from: anchor("The president") };
        assert_eq!(c.describe(), "Merged “The president” into “Zelensky”");
        assert_eq!(short("abcdef", 3), "abc…");
    }
}
