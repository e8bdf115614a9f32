//! Browser tests of the page's components, in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown -p parley`).

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into::<HtmlElement>(), parley::app::App);
    handle.forget();
    host
}

fn fire_input(el: &Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn marks(host: &Element, layer: &str) -> Vec<String> {
    let list = host.query_selector_all(&format!("mark[data-layer={layer}]")).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn typing_an_article_highlights_its_layers() {
    let host = mount_app();
    let dct: HtmlInputElement = host.query_selector("#dct").unwrap().unwrap().unchecked_into();
    dct.set_value("2022-03-01");
    fire_input(&dct);
    let editor: HtmlTextAreaElement = host.query_selector("textarea").unwrap().unwrap().unchecked_into();
    editor.set_value("Russia rejected the proposal on Monday.");
    fire_input(&editor);
    leptos::task::tick().await;

    assert_eq!(marks(&host, "actor"), ["Russia"]);
    assert_eq!(marks(&host, "date"), ["Monday"]);
    let date = host.query_selector("mark[data-layer=date]").unwrap().unwrap();
    assert_eq!(date.get_attribute("title").as_deref(), Some("date: 2022-02-28"));
    let count = host.query_selector(".count[data-layer=actor]").unwrap().unwrap();
    assert_eq!(count.text_content().as_deref(), Some("1"));
}

#[wasm_bindgen_test]
async fn pasted_markup_stays_text() {
    let host = mount_app();
    let editor: HtmlTextAreaElement = host.query_selector("textarea").unwrap().unwrap().unchecked_into();
    editor.set_value("<img src=x onerror=alert(1)> Russia <b>said</b>");
    fire_input(&editor);
    leptos::task::tick().await;
    let article = host.query_selector("article.annotated").unwrap().unwrap();
    assert!(article.query_selector("img, b").unwrap().is_none());
    assert_eq!(article.text_content().unwrap(), "<img src=x onerror=alert(1)> Russia <b>said</b>");
}

fn click(host: &Element, selector: &str) {
    host.query_selector(selector).unwrap().unwrap().unchecked_into::<HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn the_sample_loads_and_a_layer_toggle_hides_its_marks() {
    let host = mount_app();
    click(&host, "#clear");
    leptos::task::tick().await;
    click(&host, "#sample");
    leptos::task::tick().await;
    assert!(!marks(&host, "date").is_empty());
    click(&host, "button.legend-item[data-layer=date]");
    leptos::task::tick().await;
    assert!(marks(&host, "date").is_empty());
    assert!(!marks(&host, "actor").is_empty());
    let toggle = host.query_selector("button.legend-item[data-layer=date]").unwrap().unwrap();
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));
}
