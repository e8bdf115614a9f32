//! The side panels as tabs (WAI-ARIA tabs: arrow keys move between them).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::{AppState, Tab};
use crate::view::{
    actors_panel::ActorsPanel, corrections_panel::CorrectionsPanel, demands_panel::DemandsPanel,
    export_panel::ExportPanel, library_panel::LibraryPanel, timeline::Timeline,
};

#[component]
pub fn Tabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let i = Tab::ALL.iter().position(|t| *t == state.tab.get()).unwrap_or(0) as i32;
        let n = Tab::ALL.len() as i32;
        let next = match ev.key().as_str() {
            "ArrowRight" => i + 1,
            "ArrowLeft" => i - 1,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        ev.prevent_default();
        let tab = Tab::ALL[next.rem_euclid(n) as usize];
        state.tab.set(tab);
        if let Some(el) = crate::dom::document().get_element_by_id(&format!("tab-{}", tab.key())) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let count = move |tab: Tab| -> Option<usize> {
        match tab {
            Tab::Actors => Some(state.doc.with(|d| d.actors.len())),
            Tab::Demands => Some(state.doc.with(|d| d.demands.len())),
            Tab::Corrections => Some(state.corrections.with(|c| c.len())),
            _ => None,
        }
    };
    view! {
        <div class="tabs">
            <div role="tablist" aria-label="Panels" class="tablist" on:keydown=on_key>
                {Tab::ALL.into_iter().map(|tab| {
                    let selected = move || state.tab.get() == tab;
                    view! {
                        <button type="button" role="tab" id=format!("tab-{}", tab.key())
                            aria-controls="tabpanel"
                            aria-selected=move || if selected() { "true" } else { "false" }
                            tabindex=move || if selected() { "0" } else { "-1" }
                            on:click=move |_| state.tab.set(tab)>
                            {tab.label()}
                            {move || count(tab).map(|n| view! { <span class="badge">{n}</span> })}
                        </button>
                    }
                }).collect_view()}
            </div>
            <div role="tabpanel" id="tabpanel" class="tabpanel" tabindex="0"
                aria-labelledby=move || format!("tab-{}", state.tab.get().key())
                data-tab=move || state.tab.get().key()>
                {move || match state.tab.get() {
                    Tab::Actors => view! { <ActorsPanel /> }.into_any(),
                    Tab::Demands => view! { <DemandsPanel /> }.into_any(),
                    Tab::Timeline => view! { <Timeline /> }.into_any(),
                    Tab::Corrections => view! { <CorrectionsPanel /> }.into_any(),
                    Tab::Export => view! { <ExportPanel /> }.into_any(),
                    Tab::Library => view! { <LibraryPanel /> }.into_any(),
                }}
            </div>
        </div>
    }
}
