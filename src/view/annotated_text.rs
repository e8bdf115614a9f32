//! The annotated text: the untouched text with `<mark>` elements over it,
//! built from text nodes only (never from HTML strings). Focusing a mark (by
//! click or Tab) shows its details; selecting text offers to add an
//! annotation.

use std::cell::RefCell;
use std::ops::Range;

use leptos::prelude::*;
use parley_engine::{Document, Span};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

use crate::corrections::Anchor;
use crate::input::utf16_to_byte;
use crate::render::{annotations, blocks, extent, segments, span_of, AnnRef, Layer, Node};
use crate::state::{AppState, Focus};
use crate::view::empty_state::EmptyState;

/// Bytes of text per block of a long text.
const BLOCK_SIZE: usize = 8 * 1024;
/// How far beyond the viewport a block's marks are drawn: a screen above and below.
const DRAW_MARGIN: &str = "100% 0px";

/// A short description of an annotation, shown as the mark's title.
fn describe(doc: &Document, ann: AnnRef) -> String {
    let name = |id: &Option<String>| {
        id.as_deref().and_then(|id| doc.actor(id)).map(|a| a.name.clone()).unwrap_or_else(|| "—".to_string())
    };
    match ann.layer {
        Layer::Actor => {
            let a = &doc.actors[ann.index];
            let mut s = format!("{} ({})", a.name, a.kind.as_str());
            for extra in [&a.role, &a.affiliation].into_iter().flatten() {
                s.push_str(&format!(", {extra}"));
            }
            s
        }
        Layer::Place => format!("place: {}", doc.places[ann.index].name),
        Layer::Date => {
            let d = &doc.dates[ann.index];
            format!("{}: {}", d.kind.as_str(), d.value.as_deref().unwrap_or("unresolved"))
        }
        Layer::Demand => {
            let d = &doc.demands[ann.index];
            format!("{}: {} → {}", d.kind.as_str(), name(&d.holder), name(&d.addressee))
        }
    }
}

fn render_nodes(text: &str, doc: &Document, picked: Option<&str>, nodes: &[Node]) -> Vec<AnyView> {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text { start, end } => text[*start..*end].to_string().into_any(),
            Node::Mark { ann, children, continued, .. } => {
                let actor = (ann.layer == Layer::Actor).then(|| doc.actors[ann.index].id.clone());
                let is_picked = picked.is_some() && actor.as_deref() == picked;
                let class = format!(
                    "mark {}{}{}",
                    ann.layer.class(),
                    if *continued { " continued" } else { "" },
                    if is_picked { " picked" } else { "" }
                );
                let mention = (ann.layer == Layer::Actor).then_some(ann.mention);
                let kind = match ann.layer {
                    Layer::Actor => Some(doc.actors[ann.index].kind.as_str()),
                    Layer::Demand => Some(doc.demands[ann.index].kind.as_str()),
                    Layer::Date => Some(doc.dates[ann.index].kind.as_str()),
                    Layer::Place => None,
                };
                let span = span_of(doc, *ann);
                view! {
                    <mark
                        class=class
                        data-layer=ann.layer.class()
                        data-index=ann.index
                        data-actor=actor
                        data-mention=mention
                        data-kind=kind
                        data-start=span.start
                        data-end=span.end
                        title=describe(doc, *ann)
                        tabindex=if *continued { "-1" } else { "0" }
                    >
                        {render_nodes(text, doc, picked, children)}
                    </mark>
                }
                .into_any()
            }
        })
        .collect()
}

/// The annotation a DOM event happened on (the innermost mark).
fn focus_of(ev: &web_sys::Event) -> Option<Focus> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let mark = el.closest("mark[data-layer]").ok()??;
    let layer = Layer::from_class(&mark.get_attribute("data-layer")?)?;
    let start = mark.get_attribute("data-start")?.parse().ok()?;
    let end = mark.get_attribute("data-end")?.parse().ok()?;
    Some(Focus { layer, span: Span { start, end } })
}

/// Follows the text selection: a selection inside the article becomes the
/// candidate for a new annotation.
fn watch_selection(state: AppState, article: NodeRef<leptos::html::Article>) {
    let on_change = Closure::<dyn Fn()>::new(move || {
        let Some(root) = article.get_untracked() else { return };
        let Some((from, to)) = crate::dom::selection_in(&root) else { return };
        let anchor = state.text.with_untracked(|text| {
            let (s, e) = (utf16_to_byte(text, from as usize), utf16_to_byte(text, to as usize));
            let piece = &text[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let span = Span::new(s + lead, s + lead + piece.trim().len());
            (!span.is_empty()).then(|| Anchor::new(text, span))
        });
        if anchor.is_some() {
            state.selection.set(anchor);
        }
    });
    let _ = crate::dom::document()
        .add_event_listener_with_callback("selectionchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

/// A long text's blocks: which of them have their marks drawn. Blocks are
/// laid out by the browser only near the viewport (`content-visibility:
/// auto` in the style sheet); their marks (most of the cost of showing a
/// long text: ~25,000 elements in 1 MB) are built only when a block first
/// comes near the viewport, is needed by [`draw_marks_at`], or neighbours a
/// focused mark. Until then a block is its plain text.
struct Lazy {
    /// The run ([`AppState::run`]) whose text the blocks are of: blocks of
    /// a new one start undrawn.
    generation: u64,
    blocks: Vec<LazyBlock>,
    observer: Option<IntersectionObserver>,
}

struct LazyBlock {
    range: Range<usize>,
    drawn: bool,
    draw: RwSignal<bool>,
}

thread_local! {
    static LAZY: RefCell<Lazy> = const { RefCell::new(Lazy { generation: 0, blocks: Vec::new(), observer: None }) };
}

/// Draws the marks of block `i` (at the next tick), if not yet drawn.
fn draw_block(i: usize) {
    let signal = LAZY.with(|l| {
        let mut l = l.borrow_mut();
        let b = l.blocks.get_mut(i).filter(|b| !b.drawn)?;
        b.drawn = true;
        Some(b.draw)
    });
    if let Some(signal) = signal {
        signal.try_set(true);
    }
}

/// Makes sure the marks around byte `offset` of a long text are drawn;
/// true if they were not, and will be after the next tick.
pub fn draw_marks_at(offset: usize) -> bool {
    let i = LAZY.with(|l| {
        let l = l.borrow();
        l.blocks.iter().position(|b| b.range.contains(&offset) && !b.drawn)
    });
    i.inspect(|&i| draw_block(i)).is_some()
}

/// Watches the blocks now in the page: each one's marks are drawn when it
/// comes near the viewport.
fn observe_blocks() {
    let observer = LAZY.with(|l| {
        l.borrow_mut()
            .observer
            .get_or_insert_with(|| {
                let on_seen = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
                    |entries: js_sys::Array, observer: IntersectionObserver| {
                        for entry in entries.iter() {
                            let entry: IntersectionObserverEntry = entry.unchecked_into();
                            if !entry.is_intersecting() {
                                continue;
                            }
                            let el = entry.target();
                            observer.unobserve(&el);
                            if let Some(i) = el.get_attribute("data-block").and_then(|i| i.parse().ok()) {
                                draw_block(i);
                            }
                        }
                    },
                );
                let init = IntersectionObserverInit::new();
                init.set_root_margin(DRAW_MARGIN);
                let observer = IntersectionObserver::new_with_options(on_seen.as_ref().unchecked_ref(), &init)
                    .expect("IntersectionObserver");
                on_seen.forget();
                observer
            })
            .clone()
    });
    observer.disconnect();
    let Ok(list) = crate::dom::document().query_selector_all("#text > .block") else { return };
    for k in 0..list.length() {
        if let Some(el) = list.item(k).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            observer.observe(&el);
        }
    }
}

/// The blocks of a long text, each drawn as plain text until its marks are
/// wanted. Blocks of the same run that were drawn stay drawn (a new
/// toggle or picked actor redraws them at once); of a new run, the first.
fn lazy_blocks(state: AppState, text: &str, generation: u64, nodes: Vec<Node>, picked: Option<String>) -> AnyView {
    let parts = blocks(text, nodes, BLOCK_SIZE);
    let drawn_before: Vec<Range<usize>> = LAZY.with(|l| {
        let l = l.borrow();
        let same = l.generation == generation;
        l.blocks.iter().filter(|b| same && b.drawn).map(|b| b.range.clone()).collect()
    });
    let mut registry = Vec::with_capacity(parts.len());
    let view = parts
        .into_iter()
        .enumerate()
        .map(|(i, nodes)| {
            let range = extent(&nodes);
            let drawn = i == 0 || drawn_before.iter().any(|r| r.start < range.end && range.start < r.end);
            let draw = RwSignal::new(drawn);
            registry.push(LazyBlock { range: range.clone(), drawn, draw });
            let picked = picked.clone();
            let content = move || {
                if draw.get() {
                    state.text.with_untracked(|t| {
                        state.doc.with_untracked(|d| render_nodes(t, d, picked.as_deref(), &nodes).into_any())
                    })
                } else {
                    state.text.with_untracked(|t| t.get(range.clone()).unwrap_or_default().to_string().into_any())
                }
            };
            view! { <div class="block" data-block=i>{content}</div> }
        })
        .collect_view()
        .into_any();
    LAZY.with(|l| {
        let mut l = l.borrow_mut();
        l.generation = generation;
        l.blocks = registry;
    });
    crate::dom::after_render(observe_blocks);
    view
}

/// A printed long text has all its marks: every block gets them before the
/// page is laid out for print.
fn draw_all_before_print() {
    let on_print = Closure::<dyn Fn()>::new(|| {
        let n = LAZY.with(|l| l.borrow().blocks.len());
        (0..n).for_each(draw_block);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
    }
    on_print.forget();
}

/// Tab goes on through the text: the blocks beside a focused mark get theirs.
fn draw_beside(ev: &web_sys::FocusEvent) {
    let block = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".block[data-block]").ok().flatten())
        .and_then(|b| b.get_attribute("data-block"))
        .and_then(|i| i.parse::<usize>().ok());
    if let Some(i) = block {
        draw_block(i + 1);
        if i > 0 {
            draw_block(i - 1);
        }
    }
}

#[component]
pub fn AnnotatedText() -> impl IntoView {
    let state = expect_context::<AppState>();
    let article = NodeRef::<leptos::html::Article>::new();
    watch_selection(state, article);
    draw_all_before_print();
    let body = move || {
        let toggles = state.toggles.get();
        let picked = state.picked.get();
        // every new text comes with a new run: a long text's drawn blocks belong to one
        let generation = state.run.get_untracked();
        state.text.with(|text| {
            state.doc.with(|doc| {
                if text.trim().is_empty() {
                    return view! { <EmptyState /> }.into_any();
                }
                let nodes = segments(text.len(), &annotations(doc, &toggles));
                if text.len() <= crate::state::PARTS_FROM {
                    LAZY.with(|l| l.borrow_mut().blocks.clear()); // every mark is drawn
                    return render_nodes(text, doc, picked.as_deref(), &nodes).into_any();
                }
                lazy_blocks(state, text, generation, nodes, picked)
            })
        })
    };
    let progress = move || {
        state.progress.get().map(|p| {
            view! {
                <p id="progress" class="progress" role="status">
                    <progress max="100" value=p></progress>
                    " Annotating a long text, part by part: " {p} "%. The page stays usable meanwhile."
                </p>
            }
        })
    };
    view! {
        {progress}
        <article
            id="text"
            class="annotated"
            node_ref=article
            aria-label="Annotated article: Tab moves through the highlights"
            on:focusin=move |ev| {
                draw_beside(&ev);
                if let Some(f) = focus_of(&ev) {
                    state.focus.set(Some(f));
                }
            }
            on:click=move |ev| {
                if let Some(f) = focus_of(&ev) {
                    state.focus.set(Some(f));
                }
            }
        >
            {body}
        </article>
    }
}
