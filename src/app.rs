//! The page layout: the article (date field, text box) beside the annotated
//! text, and the side panels (details, then tabs); keyboard shortcuts.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::AppState;
use crate::view::{
    add_bar::AddBar, annotated_text::AnnotatedText, dct_field::DctField, detail::Detail, editor::Editor,
    legend::Legend, notice::NoticeBar, tabs::Tabs,
};

/// n / p: next / previous mention of the highlighted actor; Escape: clear
/// the highlight and the selection. Not while typing in a field.
fn shortcuts(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing {
            return;
        }
        match ev.key().as_str() {
            "n" => state.step_mention(1),
            "p" => state.step_mention(-1),
            "Escape" => {
                state.picked.set(None);
                state.selection.set(None);
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    shortcuts(state);
    view! {
        <a class="skip" href="#text">"Skip to the annotated text"</a>
        <header class="top">
            <h1>"Parley"</h1>
            <p class="tagline">"Who wants what, from whom, and when — read in your browser, sent nowhere."</p>
            <button type="button" class="primary save" id="save" on:click=move |_| state.save()>"Save"</button>
        </header>
        <NoticeBar />
        <main class="layout">
            <section class="input" aria-label="Article">
                <DctField />
                <Editor />
            </section>
            <section class="output" aria-label="Annotated article">
                <Legend />
                <AddBar />
                <AnnotatedText />
            </section>
            <aside class="side" aria-label="Details and panels">
                <Detail />
                <Tabs />
            </aside>
        </main>
    }
}
