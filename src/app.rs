//! The page layout: the editor and date field beside the annotated text.

use leptos::prelude::*;

use crate::state::AppState;
use crate::view::{annotated_text::AnnotatedText, dct_field::DctField, editor::Editor, legend::Legend};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    view! {
        <header class="top">
            <h1>"Parley"</h1>
            <p class="tagline">"Who wants what, from whom, and when — read in your browser, sent nowhere."</p>
        </header>
        <main class="layout">
            <section class="input" aria-label="Article">
                <DctField />
                <Editor />
            </section>
            <section class="output" aria-label="Annotated article">
                <Legend />
                <AnnotatedText />
            </section>
        </main>
    }
}
