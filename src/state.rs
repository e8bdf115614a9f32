//! The page's state, in one place: the article (text, date field,
//! corrections, title), what the reader is looking at (layer toggles,
//! focused annotation, selected actor, open tab), the library shelf, and the
//! notices. The engine's Document is a memo of text + date; the corrected
//! Document a memo of that + corrections.

use leptos::prelude::*;
use parley_engine::{annotate, Document, Span, Ymd};

use crate::corrections::{apply, Anchor, Correction};
use crate::library::{self, Entry, DRAFT_KEY, PREFIX};
use crate::render::{Layer, Toggles};
use crate::storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Actors,
    Demands,
    Timeline,
    Corrections,
    Export,
    Library,
}

impl Tab {
    pub const ALL: [Tab; 6] = [Tab::Actors, Tab::Demands, Tab::Timeline, Tab::Corrections, Tab::Export, Tab::Library];
    pub fn label(self) -> &'static str {
        match self {
            Tab::Actors => "Actors",
            Tab::Demands => "Demands",
            Tab::Timeline => "Timeline",
            Tab::Corrections => "Corrections",
            Tab::Export => "Export",
            Tab::Library => "Library",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Tab::Actors => "actors",
            Tab::Demands => "demands",
            Tab::Timeline => "timeline",
            Tab::Corrections => "corrections",
            Tab::Export => "export",
            Tab::Library => "library",
        }
    }
}

/// The annotation that has the focus in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus {
    pub layer: Layer,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

/// A saved article as found in storage.
#[derive(Debug, Clone, PartialEq)]
pub enum Shelf {
    Ok(Entry),
    Unreadable { key: String, reason: String },
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The article as typed or pasted.
    pub text: RwSignal<String>,
    /// The publication-date field (`YYYY-MM-DD`); empty means: detect it from the text.
    pub dct_field: RwSignal<String>,
    pub corrections: RwSignal<Vec<Correction>>,
    /// The title given in the library (empty: the first line of the text).
    pub title: RwSignal<String>,
    /// The library id of the open article, once saved.
    pub entry_id: RwSignal<Option<String>>,
    pub toggles: RwSignal<Toggles>,
    /// The engine's annotation of the current text and date.
    pub engine_doc: Memo<Document>,
    /// The annotation with the corrections applied: what the page shows.
    pub doc: Memo<Document>,
    pub focus: RwSignal<Option<Focus>>,
    /// Actor id whose mentions are highlighted, and the mention last visited.
    pub picked: RwSignal<Option<String>>,
    pub mention: RwSignal<usize>,
    /// Text selected to add an annotation.
    pub selection: RwSignal<Option<Anchor>>,
    pub tab: RwSignal<Tab>,
    pub notice: RwSignal<Option<Notice>>,
    pub shelf: RwSignal<Vec<Shelf>>,
}

/// Today's date in the browser's time zone.
pub fn today() -> Ymd {
    let now = js_sys::Date::new_0();
    Ymd { year: now.get_full_year() as i16, month: (now.get_month() + 1) as i8, day: now.get_date() as i8 }
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl AppState {
    pub fn new() -> AppState {
        let text = RwSignal::new(String::new());
        let dct_field = RwSignal::new(String::new());
        let corrections = RwSignal::new(Vec::new());
        let engine_doc = Memo::new(move |_| {
            let options = library::options(&dct_field.get(), today());
            text.with(|t| annotate(t, &options))
        });
        let doc = Memo::new(move |_| {
            text.with(|t| corrections.with(|c| engine_doc.with(|d| if c.is_empty() { d.clone() } else { apply(t, d, c) })))
        });
        let state = AppState {
            text,
            dct_field,
            corrections,
            title: RwSignal::new(String::new()),
            entry_id: RwSignal::new(None),
            toggles: RwSignal::new(Toggles::default()),
            engine_doc,
            doc,
            focus: RwSignal::new(None),
            picked: RwSignal::new(None),
            mention: RwSignal::new(0),
            selection: RwSignal::new(None),
            tab: RwSignal::new(Tab::Actors),
            notice: RwSignal::new(None),
            shelf: RwSignal::new(Vec::new()),
        };
        state.restore_draft();
        state.keep_draft();
        state.reload_shelf();
        state
    }

    pub fn info(&self, s: impl Into<String>) {
        self.notice.set(Some(Notice::Info(s.into())));
    }
    pub fn error(&self, s: impl Into<String>) {
        self.notice.set(Some(Notice::Error(s.into())));
    }

    /// The article's title: the library's, else its first line.
    pub fn title_now(&self) -> String {
        let t = self.title.get();
        if t.trim().is_empty() {
            self.text.with(|x| library::title_of(x))
        } else {
            t
        }
    }

    /// The article as a library entry.
    pub fn entry(&self, id: String) -> Entry {
        Entry {
            v: library::VERSION,
            id,
            title: self.title_now(),
            text: self.text.get(),
            dct: self.dct_field.get(),
            corrections: self.corrections.get(),
            saved: now_ms(),
            published: self.doc.with(|d| d.dct.map(|d| d.to_string())),
        }
    }

    /// Replaces the article (a new text, a library entry, a sample).
    pub fn load(&self, entry: Entry, from_library: bool) {
        self.focus.set(None);
        self.picked.set(None);
        self.selection.set(None);
        self.corrections.set(entry.corrections);
        self.dct_field.set(entry.dct);
        self.title.set(if from_library { entry.title } else { String::new() });
        self.entry_id.set(from_library.then_some(entry.id));
        self.text.set(entry.text);
    }

    /// Starts a new article from text (paste into an empty page, a file, the sample).
    pub fn load_text(&self, text: String) {
        self.load(
            Entry {
                v: library::VERSION,
                id: String::new(),
                title: String::new(),
                text,
                dct: String::new(),
                corrections: vec![],
                saved: 0.0,
                published: None,
            },
            false,
        );
    }

    pub fn correct(&self, c: Correction) {
        self.corrections.update(|list| list.push(c));
    }

    /// The article being read survives a reload: it is kept in storage on
    /// every change. If storage fails, the page says so once; the text stays.
    fn keep_draft(&self) {
        let this = *self;
        Effect::new(move |failed_before: Option<bool>| {
            let entry = this.entry(this.entry_id.get().unwrap_or_default());
            let json = library::to_json(&entry);
            match storage::set(DRAFT_KEY, &json) {
                Ok(()) => false,
                Err(e) => {
                    if failed_before != Some(true) {
                        this.error(format!(
                            "{e} Your article could not be kept for the next visit; it is still here — export or copy it to keep it."
                        ));
                    }
                    true
                }
            }
        });
    }

    fn restore_draft(&self) {
        match storage::get(DRAFT_KEY) {
            Ok(None) => {}
            Ok(Some(json)) => match library::parse_entry("", &json) {
                Ok(loaded) => {
                    let from_library = !loaded.entry.id.is_empty();
                    let title = loaded.entry.title.clone();
                    self.load(loaded.entry, from_library);
                    if from_library {
                        self.title.set(title);
                    }
                    if loaded.dropped > 0 {
                        self.error(format!("{} correction(s) of the last article could not be read.", loaded.dropped));
                    }
                }
                Err(why) => self.error(format!("The article from your last visit could not be read ({why}).")),
            },
            Err(e) => self.error(format!("{e} Nothing is kept between visits.")),
        }
    }

    /// Reads every saved article from storage.
    pub fn reload_shelf(&self) {
        let keys = match storage::keys(PREFIX) {
            Ok(keys) => keys,
            Err(e) => {
                self.error(format!("{e} The library cannot be shown."));
                return;
            }
        };
        let mut shelf: Vec<Shelf> = keys
            .into_iter()
            .map(|key| {
                let id = key[PREFIX.len()..].to_string();
                match storage::get(&key) {
                    Ok(Some(json)) => match library::parse_entry(&id, &json) {
                        Ok(l) => Shelf::Ok(l.entry),
                        Err(reason) => Shelf::Unreadable { key, reason },
                    },
                    Ok(None) => Shelf::Unreadable { key, reason: "empty".into() },
                    Err(reason) => Shelf::Unreadable { key, reason },
                }
            })
            .collect();
        shelf.sort_by(|a, b| match (a, b) {
            (Shelf::Ok(x), Shelf::Ok(y)) => y.saved.total_cmp(&x.saved),
            (Shelf::Ok(_), _) => std::cmp::Ordering::Less,
            (_, Shelf::Ok(_)) => std::cmp::Ordering::Greater,
            _ => std::cmp::Ordering::Equal,
        });
        self.shelf.set(shelf);
    }

    /// Saves the article in the library (under its id if it has one).
    pub fn save(&self) {
        if self.text.with(|t| t.trim().is_empty()) {
            self.error("There is nothing to save yet: paste an article first.");
            return;
        }
        let id = self.entry_id.get().unwrap_or_else(|| format!("{:x}{:04x}", now_ms() as u64, (js_sys::Math::random() * 65535.0) as u32));
        let entry = self.entry(id.clone());
        match storage::set(&format!("{PREFIX}{id}"), &library::to_json(&entry)) {
            Ok(()) => {
                self.entry_id.set(Some(id));
                self.title.set(entry.title.clone());
                self.info(format!("Saved “{}” in this browser's library.", entry.title));
                self.reload_shelf();
            }
            Err(e) => self.error(format!(
                "{e} “{}” was not saved. Your text is still here: delete or export saved articles, then try again.",
                entry.title
            )),
        }
    }

    /// Writes an entry back (after a rename).
    pub fn store(&self, entry: &Entry) -> bool {
        match storage::set(&format!("{PREFIX}{}", entry.id), &library::to_json(entry)) {
            Ok(()) => {
                self.reload_shelf();
                true
            }
            Err(e) => {
                self.error(format!("{e} The change was not saved."));
                false
            }
        }
    }

    pub fn delete(&self, key: &str) {
        match storage::remove(key) {
            Ok(()) => {
                if self.entry_id.get().is_some_and(|id| format!("{PREFIX}{id}") == key) {
                    self.entry_id.set(None);
                }
                self.reload_shelf();
            }
            Err(e) => self.error(e),
        }
    }

    /// The mentions of the picked actor, in text order.
    pub fn picked_mentions(&self) -> Vec<Span> {
        let Some(id) = self.picked.get() else { return vec![] };
        self.doc.with(|d| d.actor(&id).map(|a| a.mentions.iter().map(|m| m.span).collect()).unwrap_or_default())
    }

    /// Highlights an actor's mentions and goes to its first.
    pub fn pick(&self, id: String) {
        self.picked.set(Some(id));
        self.mention.set(0);
        let this = *self;
        crate::dom::after_render(move || this.go_to_mention(0));
    }

    /// Moves to the picked actor's next (+1) or previous (-1) mention.
    pub fn step_mention(&self, delta: i32) {
        let n = self.picked_mentions().len() as i32;
        if n == 0 {
            return;
        }
        let i = (self.mention.get() as i32 + delta).rem_euclid(n) as usize;
        self.mention.set(i);
        self.go_to_mention(i);
    }

    fn go_to_mention(&self, i: usize) {
        if let Some(span) = self.picked_mentions().get(i) {
            crate::dom::reveal(Layer::Actor, span.start);
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}
