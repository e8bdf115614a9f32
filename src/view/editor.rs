//! The text box. It only ever holds text: pasted HTML is turned into plain
//! text, and dropped or opened files are checked and read as text.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, HtmlTextAreaElement};

use crate::corrections::Anchor;
use crate::input::{html_to_text, read_file, utf16_to_byte};
use crate::state::AppState;

/// Reads a dropped or opened file into the page, or says why not.
fn open_file(state: AppState, file: File) {
    leptos::task::spawn_local(async move {
        let (name, mime) = (file.name(), file.type_());
        if let Err(msg) = crate::input::file_kind(&name, &mime) {
            state.error(msg);
            return;
        }
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
            Err(_) => {
                state.error(format!("“{name}” could not be read."));
                return;
            }
        };
        match read_file(&name, &mime, &bytes) {
            Ok(text) => {
                state.load_text(text);
                state.info(format!("Opened “{name}”."));
            }
            Err(msg) => state.error(msg),
        }
    });
}

/// Opens the closed text box on the text it holds, with the caret at its end.
fn open_box(state: AppState) {
    state.folded.set(false);
    crate::dom::after_render(|| {
        if let Some(area) = crate::dom::document().get_element_by_id("article") {
            let area: HtmlTextAreaElement = area.unchecked_into();
            let end = area.text_length();
            let _ = area.focus();
            let _ = area.set_selection_range(end, end);
        }
    });
}

/// After a paste: if the box closed under the keyboard, the focus goes to
/// what opens it.
fn keep_focus(state: AppState) {
    if state.folded.get_untracked() {
        crate::dom::after_render(|| crate::dom::focus_by_id("edit-text"));
    }
}

#[component]
pub fn Editor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let file_input = NodeRef::<leptos::html::Input>::new();
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else { return };
        let html = data.get_data("text/html").unwrap_or_default();
        if html.trim().is_empty() {
            return; // plain text: the text box takes it as it is
        }
        ev.prevent_default();
        let pasted = html_to_text(&html);
        let area: HtmlTextAreaElement = ev.target().unwrap().unchecked_into();
        let value = area.value();
        let from = utf16_to_byte(&value, area.selection_start().ok().flatten().unwrap_or(0) as usize);
        let to = utf16_to_byte(&value, area.selection_end().ok().flatten().unwrap_or(0) as usize);
        let text = format!("{}{pasted}{}", &value[..from], &value[to..]);
        if value.trim().is_empty() {
            state.load_text(text);
        } else {
            state.typed(text, true);
            state.box_version.update(|v| *v += 1);
        }
        keep_focus(state);
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        let file = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            open_file(state, file);
        }
    };
    let on_select = move |ev: web_sys::Event| {
        let area: HtmlTextAreaElement = ev.target().unwrap().unchecked_into();
        let (Some(a), Some(b)) = (area.selection_start().ok().flatten(), area.selection_end().ok().flatten()) else {
            return;
        };
        // while a large text waits for its annotation, the box is ahead of it
        if state.draft.with_untracked(|d| state.text.with_untracked(|t| d != t)) {
            return;
        }
        state.text.with_untracked(|text| {
            let (s, e) = (utf16_to_byte(text, a as usize), utf16_to_byte(text, b as usize));
            let piece = &text[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let span = parley_engine::Span::new(s + lead, s + lead + piece.trim().len());
            if !span.is_empty() {
                state.selection.set(Some(Anchor::new(text, span)));
            }
        });
    };
    view! {
        <div class="editor-wrap" on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <div class="row spread">
                <label class="field-label" for="article">"Article text"</label>
                <span class="row">
                    <button type="button" id="open-file" on:click=move |_| {
                        if let Some(input) = file_input.get() { input.click(); }
                    }>"Open a file…"</button>
                    <button type="button" id="clear" on:click=move |_| state.load_text(String::new())>"Clear"</button>
                </span>
            </div>
            <input
                type="file"
                id="file"
                class="visually-hidden"
                tabindex="-1"
                aria-label="Open a text, Markdown or HTML file"
                accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                node_ref=file_input
                on:change=move |ev| {
                    let input: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
                    if let Some(file) = input.files().and_then(|f| f.get(0)) {
                        open_file(state, file);
                    }
                    input.set_value("");
                }
            />
            {move || state.folded.get().then(|| view! {
                <div class="folded-note" id="folded">
                    <p>
                        "A long text ("
                        {state.draft.with_untracked(|d| crate::state::megabytes(d.len()))}
                        "): this box stays closed on it to keep the page quick."
                    </p>
                    <button type="button" id="edit-text" on:click=move |_| open_box(state)>"Edit the text"</button>
                </div>
            })}
            <textarea
                id="article"
                class="editor"
                class:folded=move || state.folded.get()
                spellcheck="false"
                placeholder="Paste a news article here, or drop a .txt, .md or .html file…"
                prop:value=move || {
                    state.box_version.track();
                    state.draft.get_untracked()
                }
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    let pasted = ev.dyn_ref::<web_sys::InputEvent>().is_some_and(|e| e.input_type().starts_with("insertFrom"));
                    if value.trim().is_empty() {
                        state.load_text(value);
                    } else {
                        state.typed(value, pasted);
                    }
                    keep_focus(state);
                }
                on:paste=on_paste
                on:select=on_select
            ></textarea>
        </div>
    }
}
