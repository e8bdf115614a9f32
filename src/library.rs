//! The local library: saved articles (text, publication-date setting,
//! corrections) as JSON entries in the browser's storage, read back
//! leniently (older entries, damaged corrections), and an actor's view
//! across the saved articles.

use parley_engine::{annotate, Document, Options, Ymd};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::corrections::{apply, short, Correction};
use crate::export::demand_when;

/// Storage key prefix of saved articles; the id follows.
pub const PREFIX: &str = "parley.article.";
/// Storage key of the article being read (kept across reloads).
pub const DRAFT_KEY: &str = "parley.draft";
pub const VERSION: u32 = 1;

fn version() -> u32 {
    VERSION
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(default = "version")]
    pub v: u32,
    pub id: String,
    pub title: String,
    pub text: String,
    /// The publication-date field: `YYYY-MM-DD`, or empty to detect it.
    #[serde(default)]
    pub dct: String,
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// When it was saved, in ms since 1970.
    #[serde(default)]
    pub saved: f64,
    /// The publication date in use when saved, for ordering.
    #[serde(default)]
    pub published: Option<String>,
}

/// An entry as read, with what could not be read of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub entry: Entry,
    /// Corrections that were unreadable and dropped.
    pub dropped: usize,
}

/// The title of an article: its first non-empty line, shortened.
pub fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled article");
    short(line, 80)
}

/// An entry as stored, every field optional (older entries lack some).
#[derive(Deserialize)]
struct RawEntry {
    id: Option<String>,
    title: Option<String>,
    text: Option<String>,
    #[serde(alias = "dct_field")]
    dct: Option<String>,
    corrections: Option<Box<RawValue>>,
    saved: Option<f64>,
    published: Option<String>,
}

/// Reads an entry stored under `id`. Accepts older shapes (no version, no
/// id, `dct_field` for `dct`, no title); drops corrections it cannot read
/// and counts them. `Err` says why the entry is unreadable.
pub fn parse_entry(id: &str, json: &str) -> Result<Loaded, String> {
    let raw: RawEntry = serde_json::from_str(json).map_err(|e| {
        if e.is_data() {
            "not an article record".to_string()
        } else {
            format!("not JSON ({e})")
        }
    })?;
    let text = raw.text.ok_or("no text in it")?;
    let mut dropped = 0;
    let items: Vec<Box<RawValue>> = match raw.corrections {
        None => Vec::new(),
        Some(list) => serde_json::from_str(list.get()).unwrap_or_else(|_| {
            dropped += (list.get() != "null") as usize;
            Vec::new()
        }),
    };
    let corrections = items
        .iter()
        .filter_map(|c| {
            let parsed = serde_json::from_str::<Correction>(c.get()).ok();
            dropped += parsed.is_none() as usize;
            parsed
        })
        .collect();
    let entry = Entry {
        v: VERSION,
        id: raw.id.unwrap_or_else(|| id.to_string()),
        title: raw.title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| title_of(&text)),
        dct: raw.dct.unwrap_or_default(),
        corrections,
        saved: raw.saved.unwrap_or(0.0),
        published: raw.published,
        text,
    };
    Ok(Loaded { entry, dropped })
}

pub fn to_json(entry: &Entry) -> String {
    serde_json::to_string(entry).unwrap_or_default()
}

/// Every entry in one JSON file.
pub fn export_all(entries: &[Entry]) -> String {
    #[derive(Serialize)]
    struct All<'a> {
        parley_library: u32,
        entries: &'a [Entry],
    }
    crate::export::pretty_json(serde_json::to_string(&All { parley_library: VERSION, entries }).unwrap_or_default())
}

/// The engine's options for a date field (`""`: detect, else today).
pub fn options(dct_field: &str, today: Ymd) -> Options {
    Options { dct: Ymd::parse(dct_field), fallback_dct: Some(today) }
}

/// An entry's annotation with its corrections applied.
pub fn document(entry: &Entry, today: Ymd) -> Document {
    let raw = annotate(&entry.text, &options(&entry.dct, today));
    apply(&entry.text, &raw, &entry.corrections)
}

/// How actors are matched across articles: letters and digits of the name, lowercased.
pub fn actor_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(parley_engine::text::case::lower)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An actor named in saved articles: its name, key, and in how many articles.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownActor {
    pub name: String,
    pub key: String,
    pub articles: usize,
}

/// The actors of the saved articles, most widespread first.
pub fn known_actors(docs: &[(Entry, Document)]) -> Vec<KnownActor> {
    let mut out: Vec<KnownActor> = Vec::new();
    for (_, doc) in docs {
        let mut seen = Vec::new();
        for a in &doc.actors {
            let key = actor_key(&a.name);
            if key.is_empty() || seen.contains(&key) {
                continue;
            }
            match out.iter_mut().find(|k| k.key == key) {
                Some(k) => k.articles += 1,
                None => out.push(KnownActor { name: a.name.clone(), key: key.clone(), articles: 1 }),
            }
            seen.push(key);
        }
    }
    parley_engine::sort::sort_by(&mut out, |a, b| b.articles.cmp(&a.articles).then_with(|| parley_engine::text::case::lower(&a.name).cmp(&parley_engine::text::case::lower(&b.name))));
    out
}

/// One demand of the actor in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldDemand {
    pub kind: &'static str,
    pub content: String,
    pub addressee: Option<String>,
    pub when: Vec<String>,
}

/// The actor in one saved article.
#[derive(Debug, Clone, PartialEq)]
pub struct Appearance {
    pub entry_id: String,
    pub title: String,
    pub published: Option<String>,
    pub mentions: usize,
    pub demands: Vec<HeldDemand>,
}

/// The actor with `key` across the saved articles: its demands in each,
/// ordered by publication date (articles without one last).
pub fn actor_view(docs: &[(Entry, Document)], key: &str) -> Vec<Appearance> {
    let mut out = Vec::new();
    for (entry, doc) in docs {
        let ids: Vec<&str> = doc.actors.iter().filter(|a| actor_key(&a.name) == key).map(|a| a.id.as_str()).collect();
        if ids.is_empty() {
            continue;
        }
        let demands = doc
            .demands
            .iter()
            .filter(|d| d.holder.as_deref().is_some_and(|h| ids.contains(&h)))
            .map(|d| HeldDemand {
                kind: d.kind.as_str(),
                content: entry.text[d.span.range()].split_whitespace().collect::<Vec<_>>().join(" "),
                addressee: d.addressee.as_deref().and_then(|id| doc.actor(id)).map(|a| a.name.clone()),
                when: demand_when(&entry.text, doc, d),
            })
            .collect();
        out.push(Appearance {
            entry_id: entry.id.clone(),
            title: entry.title.clone(),
            published: doc.dct.map(|d| d.to_string()),
            mentions: doc.actors.iter().filter(|a| ids.contains(&a.id.as_str())).map(|a| a.mentions.len()).sum(),
            demands,
        });
    }
    parley_engine::sort::sort_by(&mut out, |a, b| match (&a.published, &b.published) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.title.cmp(&b.title),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::Anchor;
    use crate::render::Layer;
    use parley_engine::Span;

    fn today() -> Ymd {
        Ymd::parse("2022-03-10").unwrap()
    }

    fn entry(id: &str, text: &str, dct: &str) -> Entry {
        Entry {
            v: VERSION,
            id: id.into(),
            title: title_of(text),
            text: text.into(),
            dct: dct.into(),
            corrections: vec![],
            saved: 1.0,
            published: None,
        }
    }

    #[test]
    fn entries_round_trip() {
        let mut e = entry("k1", "Kyiv talks\nRussia rejected talks.", "2022-03-01");
        e.corrections.push(Correction::Remove { layer: Layer::Actor, at: Anchor::new(&e.text, Span::new(11, 17)) });
        let back = parse_entry("k1", &to_json(&e)).unwrap();
        assert_eq!(back, Loaded { entry: e, dropped: 0 });
    }

    #[test]
    fn old_entries_are_read() {
        let old = r#"{"text":"  \n Old headline \nBody.","dct_field":"2022-02-28"}"#;
        let l = parse_entry("abc", old).unwrap();
        assert_eq!(l.entry.id, "abc");
        assert_eq!(l.entry.title, "Old headline");
        assert_eq!(l.entry.dct, "2022-02-28");
        assert_eq!((l.entry.v, l.entry.saved, l.dropped), (VERSION, 0.0, 0));
    }

    #[test]
    fn damaged_corrections_are_dropped_and_counted() {
        let json = r#"{"id":"x","title":"T","text":"Russia said.","corrections":[{"explode":{}},
            {"remove":{"layer":"actor","at":{"start":0,"end":6,"text":"Russia"}}}]}"#;
        let l = parse_entry("x", json).unwrap();
        assert_eq!((l.entry.corrections.len(), l.dropped), (1, 1));
    }

    #[test]
    fn corrupt_entries_say_why() {
        assert!(parse_entry("x", "{not json").unwrap_err().starts_with("not JSON"));
        assert_eq!(parse_entry("x", "[1,2]").unwrap_err(), "not an article record");
        assert_eq!(parse_entry("x", r#"{"title":"no text"}"#).unwrap_err(), "no text in it");
        let odd = parse_entry("x", r#"{"text":"T","corrections":"lost"}"#).unwrap();
        assert_eq!((odd.entry.corrections.len(), odd.dropped), (0, 1));
    }

    #[test]
    fn titles_and_export() {
        assert_eq!(title_of("\n\n  Headline here  \nbody"), "Headline here");
        assert_eq!(title_of("   "), "Untitled article");
        let all = export_all(&[entry("a", "One", "")]);
        let v: serde_json::Value = serde_json::from_str(&all).unwrap();
        assert_eq!(v["entries"][0]["title"], "One");
    }

    #[test]
    fn an_actor_across_articles_by_publication_date() {
        let later = entry("b", "Russia rejected talks on Monday.", "2022-03-08");
        let earlier = entry("a", "Russia demanded a ceasefire.", "2022-02-01");
        let other = entry("c", "Kyiv said nothing.", "2022-01-01");
        let docs: Vec<(Entry, Document)> =
            [later, earlier, other].into_iter().map(|e| { let d = document(&e, today()); (e, d) }).collect();
        let known = known_actors(&docs);
        assert_eq!(known[0], KnownActor { name: "Russia".into(), key: "russia".into(), articles: 2 });
        let view = actor_view(&docs, "russia");
        assert_eq!(view.iter().map(|a| a.entry_id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(view[0].published.as_deref(), Some("2022-02-01"));
        assert_eq!(view[1].demands[0].kind, "refusal");
        assert!(view[1].demands[0].content.starts_with("talks"));
        assert_eq!(view[1].demands[0].when, ["Monday (Monday 7 March 2022)"]);
    }
}
