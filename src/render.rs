//! From text + Document + layer toggles to the nested segments the page
//! renders as `<mark>` elements. Pure: tested natively.
//!
//! Spans of different layers may nest (an actor inside a demand) or cross
//! (a date that starts inside a demand and ends after it). Marks nest in
//! layer order (demands outermost); a span that crosses the end of its
//! enclosing mark is split in two parts, the second marked `continued`.

use parley_engine::{Document, Span};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    Demand,
    Actor,
    Place,
    Date,
}

impl Layer {
    pub const ALL: [Layer; 4] = [Layer::Actor, Layer::Place, Layer::Date, Layer::Demand];

    /// CSS class and data attribute value.
    pub fn class(self) -> &'static str {
        match self {
            Layer::Actor => "actor",
            Layer::Place => "place",
            Layer::Date => "date",
            Layer::Demand => "demand",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Layer::Actor => "Actors",
            Layer::Place => "Places",
            Layer::Date => "Dates",
            Layer::Demand => "Demands",
        }
    }
}

/// Which layers are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Toggles {
    pub actors: bool,
    pub places: bool,
    pub dates: bool,
    pub demands: bool,
}

impl Default for Toggles {
    fn default() -> Self {
        Toggles { actors: true, places: true, dates: true, demands: true }
    }
}

impl Toggles {
    pub fn shows(&self, layer: Layer) -> bool {
        match layer {
            Layer::Actor => self.actors,
            Layer::Place => self.places,
            Layer::Date => self.dates,
            Layer::Demand => self.demands,
        }
    }
    pub fn set(&mut self, layer: Layer, on: bool) {
        match layer {
            Layer::Actor => self.actors = on,
            Layer::Place => self.places = on,
            Layer::Date => self.dates = on,
            Layer::Demand => self.demands = on,
        }
    }
}

/// Which annotation a mark shows: the layer and its index in that layer
/// (for actors, the actor's index and the mention's index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AnnRef {
    pub layer: Layer,
    pub index: usize,
    pub mention: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text { start: usize, end: usize },
    Mark { ann: AnnRef, start: usize, end: usize, continued: bool, children: Vec<Node> },
}

/// The top-level nodes in blocks of at least `size` bytes, cut only just
/// after a line break between marks, so a long text can be drawn as blocks
/// the browser lays out only when they come into view.
pub fn blocks(text: &str, nodes: Vec<Node>, size: usize) -> Vec<Vec<Node>> {
    let mut out = vec![Vec::new()];
    let mut len = 0;
    for node in nodes {
        match node {
            Node::Text { mut start, end } => {
                // a long run of text may be cut several times: each block
                // ends on the first line break once it holds `size` bytes
                while start < end {
                    let from = (start + size.saturating_sub(len + 1)).min(end);
                    let Some(p) = text.as_bytes()[from..end].iter().position(|&b| b == b'\n') else {
                        len += end - start;
                        out.last_mut().unwrap().push(Node::Text { start, end });
                        break;
                    };
                    let cut = from + p + 1;
                    out.last_mut().unwrap().push(Node::Text { start, end: cut });
                    out.push(Vec::new());
                    len = 0;
                    start = cut;
                }
            }
            Node::Mark { start, end, .. } => {
                len += end - start;
                out.last_mut().unwrap().push(node);
            }
        }
    }
    if out.len() > 1 && out.last().is_some_and(Vec::is_empty) {
        out.pop();
    }
    out
}

/// The bytes of text a run of top-level nodes covers (a block's range).
pub fn extent(nodes: &[Node]) -> std::ops::Range<usize> {
    let start = |n: &Node| match n {
        Node::Text { start, .. } | Node::Mark { start, .. } => *start,
    };
    let end = |n: &Node| match n {
        Node::Text { end, .. } | Node::Mark { end, .. } => *end,
    };
    nodes.first().map_or(0, start)..nodes.last().map_or(0, end)
}

/// The span an annotation covers.
pub fn span_of(doc: &Document, ann: AnnRef) -> Span {
    match ann.layer {
        Layer::Actor => doc.actors[ann.index].mentions[ann.mention].span,
        Layer::Place => doc.places[ann.index].span,
        Layer::Date => doc.dates[ann.index].span,
        Layer::Demand => doc.demands[ann.index].span,
    }
}

/// The annotation of a layer at exactly `span`, if there is one.
pub fn find(doc: &Document, layer: Layer, span: Span) -> Option<AnnRef> {
    let at = |index: usize, mention: usize| Some(AnnRef { layer, index, mention });
    match layer {
        Layer::Actor => doc.actors.iter().enumerate().find_map(|(i, a)| {
            a.mentions.iter().position(|m| m.span == span).and_then(|m| at(i, m))
        }),
        Layer::Place => doc.places.iter().position(|p| p.span == span).and_then(|i| at(i, 0)),
        Layer::Date => doc.dates.iter().position(|d| d.span == span).and_then(|i| at(i, 0)),
        Layer::Demand => doc.demands.iter().position(|d| d.span == span).and_then(|i| at(i, 0)),
    }
}

impl Layer {
    pub fn from_class(s: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.class() == s)
    }
}

/// Number of annotations per layer, for the legend.
pub fn count(doc: &Document, layer: Layer) -> usize {
    match layer {
        Layer::Actor => doc.actors.iter().map(|a| a.mentions.len()).sum(),
        Layer::Place => doc.places.len(),
        Layer::Date => doc.dates.len(),
        Layer::Demand => doc.demands.len(),
    }
}

/// Every shown annotation with its span, outermost-first order.
pub fn annotations(doc: &Document, toggles: &Toggles) -> Vec<(Span, AnnRef)> {
    let mut out = Vec::new();
    if toggles.demands {
        for (i, d) in doc.demands.iter().enumerate() {
            out.push((d.span, AnnRef { layer: Layer::Demand, index: i, mention: 0 }));
        }
    }
    if toggles.actors {
        for (i, a) in doc.actors.iter().enumerate() {
            for (m, mention) in a.mentions.iter().enumerate() {
                out.push((mention.span, AnnRef { layer: Layer::Actor, index: i, mention: m }));
            }
        }
    }
    if toggles.places {
        for (i, p) in doc.places.iter().enumerate() {
            out.push((p.span, AnnRef { layer: Layer::Place, index: i, mention: 0 }));
        }
    }
    if toggles.dates {
        for (i, d) in doc.dates.iter().enumerate() {
            out.push((d.span, AnnRef { layer: Layer::Date, index: i, mention: 0 }));
        }
    }
    out.retain(|(s, _)| !s.is_empty());
    // by start, longer first, then outer layer first
    parley_engine::sort::sort_by(&mut out, |(a, x), (b, y)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(x.layer.cmp(&y.layer)));
    out
}

/// A piece of an annotation still to place: start, end, which, continued.
type Piece = (usize, usize, AnnRef, bool);

/// Builds the nested segments over `[0, text_len)`, from annotations sorted
/// as [`annotations`] sorts them. Linear in the number of annotations (a
/// 1 MB text has about 25,000).
pub fn segments(text_len: usize, anns: &[(Span, AnnRef)]) -> Vec<Node> {
    // in reverse order: the next annotation is the last, taken by a pop
    let mut pending: Vec<Piece> =
        anns.iter().rev().map(|(s, a)| (s.start as usize, (s.end as usize).min(text_len), *a, false)).collect();
    let mut root = Vec::new();
    build(&mut pending, 0, text_len, &mut root);
    root
}

/// Fills `out` with the nodes of `[from, to)` using the pending annotations
/// (in reverse order of start, longest first); pieces of annotations that run
/// past `to` are pushed back as `continued` parts starting at `to`.
fn build(pending: &mut Vec<Piece>, from: usize, to: usize, out: &mut Vec<Node>) {
    let mut pos = from;
    while let Some(&(s, e, ann, continued)) = pending.last() {
        if s >= to {
            break;
        }
        pending.pop();
        if s < pos {
            continue; // never shown (cannot happen with sorted input)
        }
        if s > pos {
            out.push(Node::Text { start: pos, end: s });
        }
        let end = e.min(to);
        if e > to {
            // crosses the enclosing mark: the rest continues after it
            insert_sorted(pending, (to, e, ann, true));
        }
        let mut children = Vec::new();
        // annotations starting at the same point but nested come next in order
        build(pending, s, end, &mut children);
        out.push(Node::Mark { ann, start: s, end, continued, children });
        pos = end;
    }
    if pos < to {
        out.push(Node::Text { start: pos, end: to });
    }
}

/// Puts a continued piece back in its place (after pieces of the same
/// start, end and layer), near the end of the reversed list.
fn insert_sorted(pending: &mut Vec<Piece>, item: Piece) {
    let key = |p: &Piece| (p.0, std::cmp::Reverse(p.1), p.2.layer);
    let at = pending.partition_point(|p| key(p) > key(&item));
    pending.insert(at, item);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(layer: Layer, index: usize) -> AnnRef {
        AnnRef { layer, index, mention: 0 }
    }

    /// Renders nodes as `[class:text]` strings for compact assertions.
    fn show(text: &str, nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text { start, end } => text[*start..*end].to_string(),
                Node::Mark { ann, children, continued, .. } => {
                    format!("[{}{}:{}]", ann.layer.class(), if *continued { "+" } else { "" }, show(text, children))
                }
            })
            .collect()
    }

    #[test]
    fn plain_text_is_one_segment() {
        let nodes = segments(5, &[]);
        assert_eq!(nodes, vec![Node::Text { start: 0, end: 5 }]);
    }

    #[test]
    fn actor_nests_inside_demand() {
        let text = "X called for talks with Russia now.";
        let anns = vec![
            (Span::new(13, 30), ann(Layer::Demand, 0)),
            (Span::new(24, 30), ann(Layer::Actor, 0)),
            (Span::new(31, 34), ann(Layer::Date, 0)),
        ];
        assert_eq!(show(text, &segments(text.len(), &anns)), "X called for [demand:talks with [actor:Russia]] [date:now].");
    }

    #[test]
    fn crossing_span_is_split_and_continued() {
        let text = "abcdefghij";
        let anns = vec![(Span::new(0, 5), ann(Layer::Demand, 0)), (Span::new(3, 8), ann(Layer::Date, 0))];
        assert_eq!(show(text, &segments(text.len(), &anns)), "[demand:abc[date:de]][date+:fgh]ij");
    }

    #[test]
    fn same_span_in_two_layers_nests_by_layer_order() {
        let text = "Kyiv said";
        let mut anns = vec![(Span::new(0, 4), ann(Layer::Place, 0)), (Span::new(0, 4), ann(Layer::Demand, 0))];
        anns.sort_by(|(a, x), (b, y)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(x.layer.cmp(&y.layer)));
        assert_eq!(show(text, &segments(text.len(), &anns)), "[demand:[place:Kyiv]] said");
    }

    #[test]
    fn toggles_hide_layers() {
        let doc = parley_engine::annotate(
            "Russia rejected the proposal on Monday.",
            &parley_engine::Options::with_dct(parley_engine::Ymd::parse("2022-03-01").unwrap()),
        );
        let all = annotations(&doc, &Toggles::default());
        let no_dates = annotations(&doc, &Toggles { dates: false, ..Toggles::default() });
        assert!(all.iter().any(|(_, a)| a.layer == Layer::Date));
        assert!(!no_dates.iter().any(|(_, a)| a.layer == Layer::Date));
        assert_eq!(all.len() - no_dates.len(), count(&doc, Layer::Date));
    }

    #[test]
    fn annotations_are_found_by_layer_and_span() {
        let doc = crate::fixture::doc();
        let span = crate::fixture::span_of("Russia");
        let found = find(&doc, Layer::Actor, span).unwrap();
        assert_eq!((found.index, found.mention), (1, 0));
        assert_eq!(span_of(&doc, found), span);
        assert_eq!(find(&doc, Layer::Place, span), None);
        assert_eq!(Layer::from_class("demand"), Some(Layer::Demand));
    }

    #[test]
    fn blocks_cut_after_line_breaks_and_keep_every_node() {
        let text = "Kyiv said no.\nMoscow said yes.\n\nTalks went on.";
        let k = text.find("Moscow").unwrap();
        let anns = vec![(Span::new(0, 4), ann(Layer::Place, 0)), (Span::new(k, k + 6), ann(Layer::Place, 1))];
        let nodes = segments(text.len(), &anns);
        let all = show(text, &nodes);
        let bs = blocks(text, nodes, 10);
        assert!(bs.len() >= 2, "{}", bs.len());
        let joined: String = bs.iter().map(|b| show(text, b)).collect();
        assert_eq!(joined, all, "same nodes, same order");
        for b in &bs[..bs.len() - 1] {
            assert!(show(text, b).ends_with('\n'), "a block ends on a line break: {:?}", show(text, b));
        }
        assert_eq!(blocks(text, segments(text.len(), &anns), 10_000).len(), 1);
        let ranges: Vec<_> = bs.iter().map(|b| extent(b)).collect();
        assert_eq!(ranges.first().unwrap().start, 0);
        assert_eq!(ranges.last().unwrap().end, text.len());
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start), "blocks tile the text: {ranges:?}");
    }

    #[test]
    fn blocks_cut_a_long_unmarked_text_many_times() {
        let text = "A line of plain text.\n".repeat(100) + "no line break at the end";
        let bs = blocks(&text, segments(text.len(), &[]), 100);
        assert!(bs.len() > 15, "{}", bs.len());
        let ranges: Vec<_> = bs.iter().map(|b| extent(b)).collect();
        assert_eq!((ranges[0].start, ranges.last().unwrap().end), (0, text.len()));
        assert!(ranges.windows(2).all(|w| w[0].end == w[1].start), "blocks tile the text: {ranges:?}");
        for r in &ranges[..ranges.len() - 1] {
            assert!(r.len() >= 100 && r.len() < 100 + 22 && text[..r.end].ends_with('\n'), "{r:?}");
        }
    }

    /// The first, quadratic version of `segments` (a search from the front of
    /// the pending list for every mark), kept to check the linear one against.
    fn segments_by_search(text_len: usize, anns: &[(Span, AnnRef)]) -> Vec<Node> {
        fn build(pending: &mut Vec<Piece>, from: usize, to: usize, out: &mut Vec<Node>) {
            let mut pos = from;
            while let Some(idx) = pending.iter().position(|&(s, _, _, _)| s >= pos && s < to) {
                let (s, e, ann, continued) = pending.remove(idx);
                if s > pos {
                    out.push(Node::Text { start: pos, end: s });
                }
                let end = e.min(to);
                if e > to {
                    let item = (to, e, ann, true);
                    let at = pending
                        .iter()
                        .position(|&(s, e, a, _)| {
                            s > item.0 || (s == item.0 && (e < item.1 || (e == item.1 && a.layer > item.2.layer)))
                        })
                        .unwrap_or(pending.len());
                    pending.insert(at, item);
                }
                let mut children = Vec::new();
                build(pending, s, end, &mut children);
                out.push(Node::Mark { ann, start: s, end, continued, children });
                pos = end;
            }
            if pos < to {
                out.push(Node::Text { start: pos, end: to });
            }
        }
        let mut work: Vec<Piece> =
            anns.iter().map(|(s, a)| (s.start as usize, (s.end as usize).min(text_len), *a, false)).collect();
        let mut root = Vec::new();
        build(&mut work, 0, text_len, &mut root);
        root
    }

    #[test]
    fn linear_segments_equal_the_search_on_random_crossing_spans() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for round in 0..500 {
            let len = 20 + next(300);
            let mut anns: Vec<(Span, AnnRef)> = (0..next(40))
                .map(|i| {
                    let start = next(len as u64);
                    let end = (start + 1 + next(if round % 2 == 0 { 8 } else { 60 })).min(len);
                    (Span::new(start, end), ann(Layer::ALL[next(4)], i))
                })
                .collect();
            anns.sort_by(|(a, x), (b, y)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(x.layer.cmp(&y.layer)));
            assert_eq!(segments(len, &anns), segments_by_search(len, &anns), "round {round}: {anns:?}");
        }
    }

}
