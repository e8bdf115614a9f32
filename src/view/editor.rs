//! The paste area. A textarea only ever holds text: pasted markup is not
//! interpreted.

use leptos::prelude::*;

use crate::state::AppState;

#[component]
pub fn Editor() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <label class="field-label" for="article">"Article text"</label>
        <textarea
            id="article"
            class="editor"
            spellcheck="false"
            placeholder="Paste a news article here…"
            prop:value=move || state.text.get()
            on:input=move |ev| state.text.set(event_target_value(&ev))
        ></textarea>
    }
}
