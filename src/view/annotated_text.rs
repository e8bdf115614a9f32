//! The annotated text: the untouched text with `<mark>` elements over it,
//! built from text nodes only (never from HTML strings).

use leptos::prelude::*;
use parley_engine::Document;

use crate::render::{annotations, segments, AnnRef, Layer, Node};
use crate::state::AppState;

/// A short description of an annotation, shown as the mark's title.
fn describe(doc: &Document, ann: AnnRef) -> String {
    let name = |id: &Option<String>| {
        id.as_deref().and_then(|id| doc.actor(id)).map(|a| a.name.clone()).unwrap_or_else(|| "—".to_string())
    };
    match ann.layer {
        Layer::Actor => {
            let a = &doc.actors[ann.index];
            let mut s = format!("{} ({})", a.name, a.kind.as_str());
            if let Some(r) = &a.role {
                s.push_str(&format!(", {r}"));
            }
            if let Some(f) = &a.affiliation {
                s.push_str(&format!(", {f}"));
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

fn render_nodes(text: &str, doc: &Document, nodes: &[Node]) -> Vec<AnyView> {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text { start, end } => text[*start..*end].to_string().into_any(),
            Node::Mark { ann, children, continued, .. } => {
                let class = format!("mark {}{}", ann.layer.class(), if *continued { " continued" } else { "" });
                let actor = (ann.layer == Layer::Actor).then(|| doc.actors[ann.index].id.clone());
                let mention = (ann.layer == Layer::Actor).then_some(ann.mention);
                let kind = match ann.layer {
                    Layer::Actor => Some(doc.actors[ann.index].kind.as_str()),
                    Layer::Demand => Some(doc.demands[ann.index].kind.as_str()),
                    Layer::Date => Some(doc.dates[ann.index].kind.as_str()),
                    Layer::Place => None,
                };
                view! {
                    <mark
                        class=class
                        data-layer=ann.layer.class()
                        data-index=ann.index
                        data-actor=actor
                        data-mention=mention
                        data-kind=kind
                        title=describe(doc, *ann)
                        tabindex="0"
                    >
                        {render_nodes(text, doc, children)}
                    </mark>
                }
                .into_any()
            }
        })
        .collect()
}

#[component]
pub fn AnnotatedText() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = move || {
        let toggles = state.toggles.get();
        state.text.with(|text| {
            state.doc.with(|doc| {
                if text.trim().is_empty() {
                    return view! { <p class="empty">"Paste an article on the left to see who wants what."</p> }.into_any();
                }
                let nodes = segments(text.len(), &annotations(doc, &toggles));
                render_nodes(text, doc, &nodes).into_any()
            })
        })
    };
    view! { <article class="annotated" aria-live="off">{body}</article> }
}
