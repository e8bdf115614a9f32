//! The legend: one toggle per layer with its colour cue and count.

use leptos::prelude::*;

use crate::render::{count, Layer};
use crate::state::AppState;

#[component]
pub fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <ul class="legend" aria-label="Layers: press to show or hide">
            {Layer::ALL
                .into_iter()
                .map(|layer| {
                    let n = move || state.doc.with(|d| count(d, layer));
                    let on = move || state.toggles.with(|t| t.shows(layer));
                    view! {
                        <li>
                            <button
                                type="button"
                                class=format!("legend-item {}", layer.class())
                                data-layer=layer.class()
                                aria-pressed=move || if on() { "true" } else { "false" }
                                on:click=move |_| state.toggles.update(|t| t.set(layer, !t.shows(layer)))
                            >
                                <span class="swatch" aria-hidden="true"></span>
                                {layer.label()}
                                " "
                                <span class="count" data-layer=layer.class()>{n}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
