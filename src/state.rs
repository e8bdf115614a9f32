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

/// Texts up to this size are annotated as they are typed, in one go (a few
/// milliseconds at most).
pub const PARTS_FROM: usize = 64 * 1024;
/// Larger texts are annotated part by part (about 60 ms each in the
/// browser), the page showing progress and taking input between parts.
pub const PART_SIZE: usize = 128 * 1024;
/// Texts larger than this are kept in the text box but not annotated.
pub const MAX_TEXT: usize = 2 * 1024 * 1024;
/// How long typing in a large text must pause before it is re-annotated.
const SETTLE_MS: u64 = 300;

/// The annotation of a large text, made part by part ([`AppState::commit`]).
#[derive(Clone, PartialEq)]
pub struct Parted {
    pub text: String,
    pub doc: Document,
}

/// "2.3 MB" (integer arithmetic: no float formatting in the wasm).
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

/// A text annotated part by part.
pub fn is_large(text: &str) -> bool {
    text.len() > PARTS_FROM && text.len() <= MAX_TEXT
}

/// A text shown in the text box only on demand when pasted or loaded: over
/// [`PARTS_FROM`], refused ones included (laying out 10 MB in the box took
/// the browser seconds).
pub fn folds(text: &str) -> bool {
    text.len() > PARTS_FROM
}

fn empty_doc() -> Document {
    Document { dct: None, dct_source: parley_engine::DctSource::Unknown, actors: vec![], places: vec![], dates: vec![], demands: vec![] }
}

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
    /// What the text box holds, as typed or pasted: ahead of `text` while a
    /// large text waits to be (re-)annotated.
    pub draft: RwSignal<String>,
    /// Bumped when the text box's content is replaced by the page (a load, a
    /// rich paste), not by typing: only then is the box written to, since
    /// writing 1 MB back into it costs the browser a new layout.
    pub box_version: RwSignal<u64>,
    /// The text box is closed on a large pasted or loaded text (see
    /// [`folds`]): the browser then never lays out the megabyte in it
    /// while the annotated view shows it; "Edit the text" opens it again.
    pub folded: RwSignal<bool>,
    /// The article as annotated: every view of annotations reads this one.
    pub text: RwSignal<String>,
    /// Percent done while a large text is annotated part by part.
    pub progress: RwSignal<Option<u32>>,
    /// The part-by-part annotation of the last large text.
    pub parted: RwSignal<Option<Parted>>,
    /// Bumped by every new text: a part-by-part run of an older one stops.
    pub run: RwSignal<u64>,
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
        let parted: RwSignal<Option<Parted>> = RwSignal::new(None);
        let engine_doc = Memo::new(move |_| {
            let field = dct_field.get();
            text.with(|t| {
                if t.len() > PARTS_FROM {
                    // the part-by-part annotation of this text; with another
                    // date field it stands until `set_dct` has redone it
                    let done = parted.with(|p| p.as_ref().filter(|p| p.text == *t).map(|p| p.doc.clone()));
                    if let Some(doc) = done {
                        return doc;
                    }
                    if t.len() > MAX_TEXT {
                        return empty_doc();
                    }
                }
                annotate(t, &library::options(&field, today()))
            })
        });
        let doc = Memo::new(move |_| {
            text.with(|t| corrections.with(|c| engine_doc.with(|d| if c.is_empty() { d.clone() } else { apply(t, d, c) })))
        });
        let state = AppState {
            draft: RwSignal::new(String::new()),
            box_version: RwSignal::new(0),
            folded: RwSignal::new(false),
            text,
            progress: RwSignal::new(None),
            parted,
            run: RwSignal::new(0),
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
            text: self.draft.get_untracked(),
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
        self.folded.set(folds(&entry.text));
        self.draft.set(entry.text.clone());
        self.box_version.update(|v| *v += 1);
        self.commit(entry.text);
    }

    /// The publication-date field changed: a large text is annotated again,
    /// part by part (a small one by the memo, at once). The text box's text
    /// is the one annotated: a run still under way for it starts over with
    /// the new date.
    pub fn set_dct(&self, field: String) {
        self.dct_field.set(field);
        if self.draft.with_untracked(|d| is_large(d)) {
            self.commit(self.draft.get_untracked());
        }
    }

    /// The text box changed: small texts are annotated at once, large ones
    /// once typing pauses (`at_once`: a paste or drop, no pause to wait for).
    /// A paste that makes a small text large closes the box.
    pub fn typed(&self, value: String, at_once: bool) {
        if at_once && folds(&value) && !self.draft.with_untracked(|d| folds(d)) {
            self.folded.set(true);
        }
        self.draft.set(value.clone());
        if value.len() <= PARTS_FROM || at_once {
            self.commit(value);
            return;
        }
        let run = self.run.get_untracked() + 1;
        self.run.set(run);
        let this = *self;
        set_timeout(
            move || {
                if this.run.get_untracked() == run {
                    this.commit(this.draft.get_untracked());
                }
            },
            std::time::Duration::from_millis(SETTLE_MS),
        );
    }

    /// Annotates `value` and shows it: at once up to [`PARTS_FROM`], part by
    /// part with progress up to [`MAX_TEXT`]; larger texts are kept in the
    /// text box and the page says why they are not annotated.
    pub fn commit(&self, value: String) {
        let run = self.run.get_untracked() + 1;
        self.run.set(run);
        let len = value.len();
        if len <= PARTS_FROM || len > MAX_TEXT {
            self.progress.set(None);
            if len > MAX_TEXT {
                self.error(format!(
                    "This text is {}: Parley annotates texts of up to {}. It is kept in the text box as it is (not for your next visit); shorten it to see its annotations.",
                    megabytes(len),
                    megabytes(MAX_TEXT)
                ));
            }
            self.text.set(value);
            return;
        }
        let this = *self;
        let field = self.dct_field.get_untracked();
        // a new text just pasted or loaded is shown as soon as its first part
        // is annotated (the beginning is what the reader sees first); a text
        // being edited keeps its last annotation until the new one is whole
        let early = self.folded.get_untracked() && self.text.with_untracked(|t| *t != value);
        self.progress.set(Some(0));
        leptos::task::spawn_local(async move {
            let parts = parley_engine::parts::split(&value, PART_SIZE);
            let mut docs = Vec::with_capacity(parts.len());
            let mut options = library::options(&field, today());
            for (k, range) in parts.iter().enumerate() {
                // let the page take input and paint between parts
                gloo_timers::future::TimeoutFuture::new(0).await;
                if this.run.get_untracked() != run {
                    return; // a newer text is on its way
                }
                let doc = annotate(&value[range.clone()], &options);
                if k == 0 {
                    // every part is read against the first part's publication date
                    options.dct = doc.dct.or(options.dct);
                    if early && parts.len() > 1 {
                        // (joined alone: the actors' ids are those of the whole)
                        let first = parley_engine::parts::join(vec![(0, doc.clone())]);
                        this.parted.set(Some(Parted { text: value.clone(), doc: first }));
                        this.text.set(value.clone());
                    }
                }
                docs.push((range.start, doc));
                this.progress.set(Some(((k + 1) * 100 / parts.len()) as u32));
            }
            let doc = parley_engine::parts::join(docs);
            this.parted.set(Some(Parted { text: value.clone(), doc }));
            if this.text.with_untracked(|t| *t != value) {
                this.text.set(value);
            }
            this.progress.set(None);
        });
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
            // saved when the annotated text changes: at once for small texts,
            // once typing pauses in a large one (not 1 MB per keystroke);
            // a text over the size limit would not fit, and the page said so
            // (not when the annotation alone changes: a large text's whole
            // annotation comes after its first part, 1 MB saved once is enough)
            this.text.track();
            this.title.track();
            this.dct_field.track();
            this.corrections.track();
            this.entry_id.track();
            if this.draft.with_untracked(|d| d.len() > MAX_TEXT) {
                return failed_before.unwrap_or(false);
            }
            let entry = untrack(|| this.entry(this.entry_id.get().unwrap_or_default()));
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
        parley_engine::sort::sort_by(&mut shelf, |a, b| match (a, b) {
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
