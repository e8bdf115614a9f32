//! The page's state: a few signals in one context, and the engine call that
//! turns them into a Document.

use leptos::prelude::*;
use parley_engine::{annotate, Document, Options, Ymd};

use crate::render::Toggles;

#[derive(Clone, Copy)]
pub struct AppState {
    /// The article as typed or pasted.
    pub text: RwSignal<String>,
    /// The publication-date field (`YYYY-MM-DD`); empty means: detect it from the text.
    pub dct_field: RwSignal<String>,
    pub toggles: RwSignal<Toggles>,
    /// The annotation of the current text and date.
    pub doc: Memo<Document>,
}

/// Today's date in the browser's time zone.
pub fn today() -> Ymd {
    let now = js_sys::Date::new_0();
    Ymd { year: now.get_full_year() as i16, month: (now.get_month() + 1) as i8, day: now.get_date() as i8 }
}

impl AppState {
    pub fn new() -> AppState {
        let text = RwSignal::new(String::new());
        let dct_field = RwSignal::new(today().to_string());
        let toggles = RwSignal::new(Toggles::default());
        let doc = Memo::new(move |_| {
            let options = Options { dct: Ymd::parse(&dct_field.get()), fallback_dct: Some(today()) };
            text.with(|t| annotate(t, &options))
        });
        AppState { text, dct_field, toggles, doc }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}
