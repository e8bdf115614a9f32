//! Small DOM helpers the components share: reveal an annotation in the
//! text, download and copy text, read the text selection. Browser build only.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::render::Layer;

pub fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// The first mark of an annotation (by layer and the start of its span).
pub fn mark(layer: Layer, start: u32) -> Option<Element> {
    let sel = format!("#text mark[data-layer=\"{}\"][data-start=\"{start}\"]", layer.class());
    document().query_selector(&sel).ok().flatten()
}

/// Scrolls an annotation into view and gives it the keyboard focus (which
/// shows its details). In a long text whose marks there are not drawn yet,
/// they are drawn first and the annotation is revealed after the next tick.
pub fn reveal(layer: Layer, start: u32) -> bool {
    if let Some(el) = mark(layer, start) {
        show(el);
        return true;
    }
    if crate::view::annotated_text::draw_marks_at(start as usize) {
        after_render(move || {
            if let Some(el) = mark(layer, start) {
                show(el);
            }
        });
        return true;
    }
    false
}

fn show(el: Element) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Gives the keyboard focus to the element of that id, if there is one.
pub fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Runs `f` after the current render (a zero timeout).
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "The download could not be started.".to_string();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: web_sys::HtmlAnchorElement = document().create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies `text` to the clipboard; resolves to an error sentence on failure.
pub async fn copy(text: &str) -> Result<(), String> {
    let nav = web_sys::window().ok_or("no window")?.navigator();
    wasm_bindgen_futures::JsFuture::from(nav.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "The browser did not allow copying to the clipboard; use Download instead.".to_string())
}

/// The selection inside `root` as UTF-16 offsets from the start of its text.
pub fn selection_in(root: &Element) -> Option<(u32, u32)> {
    let sel = web_sys::window()?.get_selection().ok()??;
    if sel.range_count() == 0 || sel.is_collapsed() {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let start_node = range.start_container().ok()?;
    let end_node = range.end_container().ok()?;
    if !root.contains(Some(&start_node)) || !root.contains(Some(&end_node)) {
        return None;
    }
    let prefix = document().create_range().ok()?;
    prefix.set_start(root, 0).ok()?;
    prefix.set_end(&start_node, range.start_offset().ok()?).ok()?;
    let start = String::from(prefix.to_string()).encode_utf16().count() as u32;
    let len = String::from(range.to_string()).encode_utf16().count() as u32;
    Some((start, start + len))
}
