//! Parley's extraction engine.
//!
//! One entry point, [`annotate`], runs a pipeline of pure stages over one
//! text: normalize → sentences/tokens → lexicon lookups → actors → places →
//! dates → demands → merge. Each stage is a module with a `run` function that
//! reads the [`text::Analysis`] and the layers before it.
//!
//! Internally spans are byte offsets into the *normalized* text; the merge
//! step maps them back onto the original text, so every span of the returned
//! [`Document`] indexes the text exactly as given.

pub mod actors;
pub mod corpus_json;
pub mod dates;
pub mod demands;
pub mod document;
mod fast_hash;
pub mod invariants;
pub mod lexicon;
pub mod parts;
pub mod places;
pub mod sort;
pub mod text;

pub use document::*;

/// What the caller knows about the text.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The publication date, when the caller knows it. `None`: detect it.
    pub dct: Option<Ymd>,
    /// Used when no date is given and none is found in the text (e.g. today).
    pub fallback_dct: Option<Ymd>,
}

impl Options {
    pub fn with_dct(dct: Ymd) -> Options {
        Options { dct: Some(dct), fallback_dct: None }
    }
}

/// Annotates `text`: actors, places, dates and demands, with spans into `text`.
pub fn annotate(text: &str, options: &Options) -> Document {
    let analysis = text::Analysis::new(text);
    let date_stage = dates::Stage::new(&analysis);
    let (dct, dct_source) = date_stage.dct(options);
    let actors = actors::run(&analysis);
    let places = places::run(&analysis, &actors);
    let dates = date_stage.run(dct);
    let demands = demands::run(&analysis, &actors);
    let doc = Document { dct, dct_source, actors, places, dates, demands };
    to_original(&analysis, doc)
}

/// The merge step: every span back onto the original text, layers sorted.
fn to_original(analysis: &text::Analysis, mut doc: Document) -> Document {
    let map = |s: Span| analysis.norm.to_original(s);
    for actor in &mut doc.actors {
        for m in &mut actor.mentions {
            m.span = map(m.span);
        }
        crate::sort::sort_by_key(&mut actor.mentions, |m| m.span);
    }
    for p in &mut doc.places {
        p.span = map(p.span);
    }
    crate::sort::sort_by_key(&mut doc.places, |p| p.span);
    for d in &mut doc.dates {
        d.span = map(d.span);
    }
    crate::sort::sort_by_key(&mut doc.dates, |d| d.span);
    for d in &mut doc.demands {
        d.span = map(d.span);
        d.trigger = map(d.trigger);
    }
    crate::sort::sort_by_key(&mut doc.demands, |d| (d.span, d.trigger));
    if let DctSource::Detected { span, .. } = &mut doc.dct_source {
        *span = map(*span);
    }
    doc
}
