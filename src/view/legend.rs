//! The legend: one entry per layer with its colour cue and count.

use leptos::prelude::*;

use crate::render::{count, Layer};
use crate::state::AppState;

#[component]
pub fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <ul class="legend" aria-label="Layers">
            {Layer::ALL
                .into_iter()
                .map(|layer| {
                    let n = move || state.doc.with(|d| count(d, layer));
                    view! {
                        <li class=format!("legend-item {}", layer.class())>
                            <span class="swatch" aria-hidden="true"></span>
                            {layer.label()}
                            " "
                            <span class="count" data-layer=layer.class()>{n}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
