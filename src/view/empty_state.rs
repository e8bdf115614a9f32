//! What an empty page offers: paste, drop or open an article, or read the
//! sample written for Parley.

use leptos::prelude::*;

use crate::sample;
use crate::state::AppState;

#[component]
pub fn EmptyState() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="empty">
            <p>"Paste an article into the box, drop a .txt, .md or .html file on it, or open one. "
               "Parley marks who wants what, from whom, and when — in this browser; nothing is sent anywhere."</p>
            <button type="button" class="primary" id="sample"
                on:click=move |_| state.load_text(sample::TEXT.to_string())>
                "Try the sample article"
            </button>
            <p class="hint">"The sample is a fictional report written for Parley: “" {sample::TITLE} "”."</p>
        </div>
    }
}
