//! The publication-date field, and where the date in use came from:
//! detected in the text, set by hand, or assumed.

use leptos::prelude::*;
use parley_engine::DctSource;

use crate::state::AppState;

#[component]
pub fn DctField() -> impl IntoView {
    let state = expect_context::<AppState>();
    let source = move || {
        state.doc.with(|d| match d.dct_source {
            DctSource::Given => "given",
            DctSource::Detected { .. } => "detected",
            DctSource::Assumed => "assumed",
            DctSource::Unknown => "unknown",
        })
    };
    let note = move || {
        state.text.with(|text| {
            state.doc.with(|doc| {
                let date = doc.dct.map(|d| d.to_string()).unwrap_or_default();
                match &doc.dct_source {
                    DctSource::Given => format!("Set by hand: dates are resolved against {date}."),
                    DctSource::Detected { rule, span } => format!(
                        "Detected in the text: {date}, from the {rule} “{}”.",
                        text.get(span.range()).unwrap_or_default().trim()
                    ),
                    DctSource::Assumed => format!("No publication date found in the text: using today, {date}."),
                    DctSource::Unknown => "No publication date: relative dates stay unresolved.".to_string(),
                }
            })
        })
    };
    view! {
        <div class="dct">
            <label class="field-label" for="dct">"Publication date"</label>
            <div class="row">
                <input
                    id="dct"
                    type="date"
                    aria-describedby="dct-note"
                    prop:value=move || state.dct_field.get()
                    on:input=move |ev| state.set_dct(event_target_value(&ev))
                />
                <button
                    type="button"
                    id="dct-detect"
                    disabled=move || state.dct_field.with(|f| f.is_empty())
                    on:click=move |_| state.set_dct(String::new())
                >
                    "Detect from text"
                </button>
            </div>
            <p class="dct-note" id="dct-note" data-source=source aria-live="polite">{note}</p>
        </div>
    }
}
