//! The timeline: an SVG of the normalized dates, the publication date
//! marked, each point labelled with the gist of its sentence; a point takes
//! you to its date in the text. Layout in `crate::timeline`.

use leptos::prelude::*;

use crate::render::Layer;
use crate::state::AppState;
use crate::timeline::{layout, WIDTH};

/// Whole pixels: enough for the drawing, and no float formatting in the wasm
/// (~5 KB brotli).
fn px(v: f64) -> i32 {
    v.round() as i32
}

#[component]
pub fn Timeline() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let t = state.text.with(|text| state.doc.with(|doc| layout(text, doc)));
        if t.items.is_empty() {
            return view! { <p class="muted">"No dates with a value to place on a timeline."</p> }.into_any();
        }
        let h = t.height;
        let dct = t.dct_x.map(|x| {
            let anchor = if x > WIDTH - 70.0 { "end" } else if x < 70.0 { "start" } else { "middle" };
            view! {
                <g class="tl-dct">
                    <line x1=px(x) x2=px(x) y1="14" y2=px(h)></line>
                    <text x=px(x) y="10" text-anchor=anchor>{t.dct_label.clone()}</text>
                </g>
            }
        });
        let last = t.ticks.len().saturating_sub(1);
        let ticks = t
            .ticks
            .iter()
            .enumerate()
            .map(|(k, (x, label))| {
                let anchor = if k == 0 { "start" } else if k == last { "end" } else { "middle" };
                view! {
                    <g class="tl-tick">
                        <line x1=px(*x) x2=px(*x) y1="24" y2="32"></line>
                        <text x=px(*x) y="44" text-anchor=anchor>{label.clone()}</text>
                    </g>
                }
            })
            .collect_view();
        let items = t
            .items
            .iter()
            .map(|i| {
                let start = i.start;
                let go = move || { crate::dom::reveal(Layer::Date, start); };
                let name = format!("{}: {}", i.words, i.label);
                let shape = if i.bar {
                    view! { <rect class=if i.duration { "tl-bar duration" } else { "tl-bar" } x=px(i.x1) y=px(i.y - 5.0) width=px((i.x2 - i.x1).max(3.0)) height="10" rx="2"></rect> }.into_any()
                } else {
                    view! { <circle class="tl-point" cx=px(i.x1) cy=px(i.y) r="5"></circle> }.into_any()
                };
                let (lx, anchor) = if i.label_left { (i.x2 - 8.0, "end") } else { (i.x1 + 8.0, "start") };
                view! {
                    <g class="tl-item" role="button" tabindex="0" aria-label=name data-start=start data-date=i.date
                        on:click=move |_| go()
                        on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); go() }>
                        {shape}
                        <text class="tl-label" x=px(lx) y=px(i.y + 16.0) text-anchor=anchor>{i.label.clone()}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <figure class="timeline">
                <svg viewBox=format!("0 0 {} {}", px(WIDTH), px(h + 12.0)) role="group" aria-label="Timeline of the dates in the article">
                    <line class="tl-axis" x1="0" x2=px(WIDTH) y1="28" y2="28"></line>
                    {ticks}
                    {dct}
                    {items}
                </svg>
                <figcaption class="hint">"Points are days, bars are weeks, months and longer; a duration is drawn ending at the publication date. Select one to go to it."</figcaption>
            </figure>
        }
        .into_any()
    }
}
