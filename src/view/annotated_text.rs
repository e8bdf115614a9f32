//! The annotated text: the untouched text with `<mark>` elements over it,
//! built from text nodes only (never from HTML strings). Focusing a mark (by
//! click or Tab) shows its details; selecting text offers to add an
//! annotation.

use leptos::prelude::*;
use parley_engine::{Document, Span};
use wasm_bindgen::{closure::Closure, JsCast};

use crate::corrections::Anchor;
use crate::input::utf16_to_byte;
use crate::render::{annotations, blocks, segments, span_of, AnnRef, Layer, Node};

/// Bytes of text per block of a long text.
const BLOCK_SIZE: usize = 8 * 1024;
use crate::state::{AppState, Focus};
use crate::view::empty_state::EmptyState;

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

#[component]
pub fn AnnotatedText() -> impl IntoView {
    let state = expect_context::<AppState>();
    let article = NodeRef::<leptos::html::Article>::new();
    watch_selection(state, article);
    let body = move || {
        let toggles = state.toggles.get();
        let picked = state.picked.get();
        state.text.with(|text| {
            state.doc.with(|doc| {
                if text.trim().is_empty() {
                    return view! { <EmptyState /> }.into_any();
                }
                let nodes = segments(text.len(), &annotations(doc, &toggles));
                if text.len() <= crate::state::PARTS_FROM {
                    return render_nodes(text, doc, picked.as_deref(), &nodes).into_any();
                }
                // a long text: blocks the browser lays out only when seen
                // (`content-visibility: auto` in the style sheet)
                blocks(text, nodes, BLOCK_SIZE)
                    .iter()
                    .map(|b| view! { <div class="block">{render_nodes(text, doc, picked.as_deref(), b)}</div> })
                    .collect_view()
                    .into_any()
            })
        })
    };
    let progress = move || {
        state.progress.get().map(|p| {
            view! {
                <p id="progress" class="progress" role="status">
                    <progress max="100" value=p></progress>
                    " Annotating a long text, part by part: " {p} "%. You can keep typing."
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
