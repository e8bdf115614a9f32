//! Export of the corrected annotation: corpus JSON, CSV (demands, actors),
//! Markdown brief; copied to the clipboard or downloaded.

use leptos::prelude::*;

use crate::export::{export, Article, Format};
use crate::state::AppState;

#[component]
pub fn ExportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let format = RwSignal::new(Format::Json);
    let output = Memo::new(move |_| {
        let title = state.title_now();
        state.text.with(|text| {
            state.doc.with(|doc| {
                state.corrections.with(|corrections| export(format.get(), &Article { title: &title, text, doc, corrections }))
            })
        })
    });
    let copy = move |_| {
        let text = output.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::dom::copy(&text).await {
                Ok(()) => state.info(format!("Copied the {} to the clipboard.", format.get_untracked().label())),
                Err(e) => state.error(e),
            }
        });
    };
    let download = move |_| {
        let f = format.get_untracked();
        let name = f.file_name(&state.title_now());
        match crate::dom::download(&name, f.mime(), &output.get_untracked()) {
            Ok(()) => state.info(format!("Downloading {name}.")),
            Err(e) => state.error(e),
        }
    };
    view! {
        <div class="export-panel">
            <fieldset class="formats">
                <legend>"Format"</legend>
                {Format::ALL.into_iter().map(|f| view! {
                    <label class="radio">
                        <input type="radio" name="format" value=f.key()
                            prop:checked=move || format.get() == f
                            on:change=move |_| format.set(f)/>
                        {f.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="row">
                <button type="button" id="copy" on:click=copy>"Copy"</button>
                <button type="button" id="download" class="primary" on:click=download>"Download"</button>
            </div>
            <pre class="preview" id="export-preview" tabindex="0" aria-label="Preview of the export">{move || output.get()}</pre>
        </div>
    }
}
