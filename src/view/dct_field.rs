//! The publication-date field, and where the date in use came from.

use leptos::prelude::*;
use parley_engine::DctSource;

use crate::state::AppState;

#[component]
pub fn DctField() -> impl IntoView {
    let state = expect_context::<AppState>();
    let note = move || {
        let doc = state.doc.get();
        let date = doc.dct.map(|d| d.to_string()).unwrap_or_default();
        match doc.dct_source {
            DctSource::Given => format!("Dates are resolved against {date}, set here."),
            DctSource::Detected { rule, .. } => format!("Publication date {date}, from the {rule}."),
            DctSource::Assumed => format!("No publication date found in the text: using today, {date}."),
            DctSource::Unknown => "No publication date: relative dates stay unresolved.".to_string(),
        }
    };
    view! {
        <div class="dct">
            <label class="field-label" for="dct">"Publication date"</label>
            <input
                id="dct"
                type="date"
                prop:value=move || state.dct_field.get()
                on:input=move |ev| state.dct_field.set(event_target_value(&ev))
            />
            <button type="button" on:click=move |_| state.dct_field.set(String::new())>
                "Detect from text"
            </button>
            <p class="dct-note" aria-live="polite">{note}</p>
        </div>
    }
}
