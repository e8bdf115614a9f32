//! Exports of the (corrected) annotation: the corpus JSON of
//! `../shared/corpus/GUIDELINES.md`, CSV tables of demands and actors, and a
//! Markdown brief (who wants what from whom, and when).

use parley_engine::corpus_json::{dct_note, to_corpus, CodePoints};
use parley_engine::{DctSource, Demand, Document};

use crate::corrections::Correction;
use crate::sentence::sentence_of;
use crate::words::value_in_words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    DemandsCsv,
    ActorsCsv,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Json, Format::DemandsCsv, Format::ActorsCsv, Format::Markdown];

    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON (corpus format)",
            Format::DemandsCsv => "CSV: demands",
            Format::ActorsCsv => "CSV: actors",
            Format::Markdown => "Markdown brief",
        }
    }
    /// Short key, for the DOM and tests.
    pub fn key(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::DemandsCsv => "demands-csv",
            Format::ActorsCsv => "actors-csv",
            Format::Markdown => "markdown",
        }
    }
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::DemandsCsv | Format::ActorsCsv => "text/csv",
            Format::Markdown => "text/markdown",
        }
    }
    pub fn file_name(self, title: &str) -> String {
        let stem = slug(title);
        match self {
            Format::Json => format!("{stem}.json"),
            Format::DemandsCsv => format!("{stem}-demands.csv"),
            Format::ActorsCsv => format!("{stem}-actors.csv"),
            Format::Markdown => format!("{stem}.md"),
        }
    }
    pub fn from_key(key: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// What an export is made of.
pub struct Article<'a> {
    pub title: &'a str,
    pub text: &'a str,
    pub doc: &'a Document,
    pub corrections: &'a [Correction],
}

pub fn export(format: Format, a: &Article) -> String {
    match format {
        Format::Json => corpus_json(a),
        Format::DemandsCsv => demands_csv(a.text, a.doc),
        Format::ActorsCsv => actors_csv(a.text, a.doc),
        Format::Markdown => markdown_brief(a),
    }
}

/// A file name stem: lowercase words joined by dashes, at most 60 chars.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if out.len() + word.len() > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&parley_engine::text::case::lower(word));
    }
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}

/// The corrections by hand, as they go into the JSON export.
#[derive(serde::Serialize)]
struct ParleyPart<'a> {
    title: &'a str,
    corrections: &'a [Correction],
}

/// The corpus JSON (code point offsets, as score.py reads it), with the
/// title and the corrections by hand under `parley`.
pub fn corpus_json(a: &Article) -> String {
    let corpus = serde_json::to_string(&to_corpus(&slug(a.title), a.text, a.doc)).unwrap_or_default();
    let parley = serde_json::to_string(&ParleyPart { title: a.title, corrections: a.corrections }).unwrap_or_default();
    // the corpus object, with one more member before its closing brace
    let body = corpus.trim_end().strip_suffix('}').unwrap_or("{");
    pretty_json(format!("{body},\"parley\":{parley}}}"))
}

/// JSON indented for people to read. In the browser the indenting is the
/// browser's own `JSON.stringify`: serde_json's pretty printer would compile
/// every exported type's serializer a second time into the wasm (about 6 KB
/// of the site's size budget). Natively (tests, tools) it stays compact.
pub fn pretty_json(json: String) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let indented = js_sys::JSON::parse(&json)
            .and_then(|v| js_sys::JSON::stringify_with_replacer_and_space(&v, &wasm_bindgen::JsValue::NULL, &2.into()));
        if let Some(s) = indented.ok().and_then(|s| s.as_string()) {
            return s + "\n";
        }
    }
    json + "\n"
}

/// One CSV field, quoted when it must be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn row(fields: &[&str]) -> String {
    let mut line = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

fn actor_name<'d>(doc: &'d Document, id: &Option<String>) -> &'d str {
    id.as_deref().and_then(|id| doc.actor(id)).map_or("", |a| a.name.as_str())
}

/// Demands: holder, kind, content, addressee, trigger, code point offsets.
pub fn demands_csv(text: &str, doc: &Document) -> String {
    let cp = CodePoints::new(text);
    let mut out = row(&["holder", "kind", "content", "addressee", "trigger", "start", "end"]);
    for d in &doc.demands {
        let (s, e) = (cp.index(d.span.start).to_string(), cp.index(d.span.end).to_string());
        out.push_str(&row(&[
            actor_name(doc, &d.holder),
            d.kind.as_str(),
            &text[d.span.range()],
            actor_name(doc, &d.addressee),
            &text[d.trigger.range()],
            &s,
            &e,
        ]));
    }
    out
}

/// Actors: id, name, kind, role, affiliation, number of mentions, the mentions' texts.
pub fn actors_csv(text: &str, doc: &Document) -> String {
    let mut out = row(&["id", "name", "kind", "role", "affiliation", "mentions", "mention_texts"]);
    for a in &doc.actors {
        let mut texts: Vec<&str> = a.mentions.iter().map(|m| &text[m.span.range()]).collect();
        texts.dedup();
        out.push_str(&row(&[
            &a.id,
            &a.name,
            a.kind.as_str(),
            a.role.as_deref().unwrap_or(""),
            a.affiliation.as_deref().unwrap_or(""),
            &a.mentions.len().to_string(),
            &texts.join("; "),
        ]));
    }
    out
}

/// The dates in the sentence of a demand, in words.
pub fn demand_when(text: &str, doc: &Document, d: &Demand) -> Vec<String> {
    let sentence = sentence_of(text, d.span);
    doc.dates
        .iter()
        .filter(|t| sentence.contains(t.span))
        .map(|t| match &t.value {
            Some(v) => format!("{} ({})", &text[t.span.range()], value_in_words(v)),
            None => text[t.span.range()].to_string(),
        })
        .collect()
}

fn verb(kind: parley_engine::DemandKind) -> &'static str {
    match kind {
        parley_engine::DemandKind::Demand => "demands",
        parley_engine::DemandKind::Proposal => "proposes",
        parley_engine::DemandKind::Condition => "sets as a condition",
        parley_engine::DemandKind::Refusal => "refuses",
    }
}

/// One line for the list of corrections and the brief.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A Markdown brief: publication date, who wants what from whom and when,
/// the actors, the dates, and the corrections made by hand.
pub fn markdown_brief(a: &Article) -> String {
    let (text, doc) = (a.text, a.doc);
    let mut md = format!("# {}\n\n", one_line(a.title));
    let source = match doc.dct_source {
        DctSource::Given => "set by hand",
        DctSource::Detected { .. } => "detected in the text",
        DctSource::Assumed => "assumed: none found in the text",
        DctSource::Unknown => "unknown",
    };
    md.push_str(&format!("Publication date: {} ({source}).\n\n", doc.dct.map(|d| d.to_string()).unwrap_or("unknown".into())));
    md.push_str("## Who wants what, from whom, and when\n\n");
    if doc.demands.is_empty() {
        md.push_str("No demands found.\n");
    }
    for d in &doc.demands {
        let holder = actor_name(doc, &d.holder);
        let mut line = format!(
            "- **{}** {} “{}”",
            if holder.is_empty() { "Someone" } else { holder },
            verb(d.kind),
            one_line(&text[d.span.range()])
        );
        let addressee = actor_name(doc, &d.addressee);
        if !addressee.is_empty() {
            line.push_str(&format!(" — of **{addressee}**"));
        }
        let when = demand_when(text, doc, d);
        if !when.is_empty() {
            line.push_str(&format!(" — when: {}", when.join(", ")));
        }
        md.push_str(&line);
        md.push('\n');
    }
    md.push_str("\n## Actors\n\n");
    for actor in &a.doc.actors {
        let mut details = vec![actor.kind.as_str().to_string()];
        details.extend(actor.role.clone());
        details.extend(actor.affiliation.clone());
        let n = actor.mentions.len();
        md.push_str(&format!("- {} ({}), {n} mention{}\n", actor.name, details.join(", "), if n == 1 { "" } else { "s" }));
    }
    md.push_str("\n## Dates\n\n");
    for t in &doc.dates {
        let value = t.value.as_deref().map(value_in_words).unwrap_or_else(|| "unresolved".into());
        md.push_str(&format!("- “{}”: {value}\n", one_line(&text[t.span.range()])));
    }
    if !a.corrections.is_empty() {
        md.push_str("\n## Corrections by hand\n\n");
        for c in a.corrections {
            md.push_str(&format!("- {}\n", c.describe()));
        }
    }
    md.push_str(&format!("\n---\nMade with Parley in the browser. {}.\n", dct_note(doc, text)));
    md
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::apply;
    use crate::fixture::{anchor, doc_with_date, TEXT};
    use crate::render::Layer;

    fn article<'a>(doc: &'a Document, corrections: &'a [Correction]) -> Article<'a> {
        Article { title: "Talks: day 5", text: TEXT, doc, corrections }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Talks: day 5"), "talks-day-5");
        assert_eq!(slug("   "), "article");
        assert_eq!(Format::Markdown.file_name("Kyiv, Monday"), "kyiv-monday.md");
    }

    #[test]
    fn json_is_the_corpus_format_with_the_corrections() {
        let fix = vec![Correction::Remove { layer: Layer::Date, at: anchor("Monday") }];
        let fixed = apply(TEXT, &doc_with_date(), &fix);
        let json: serde_json::Value = serde_json::from_str(&corpus_json(&article(&fixed, &fix))).unwrap();
        assert_eq!(json["id"], "talks-day-5");
        assert_eq!(json["dct"], "2022-03-01");
        assert_eq!(json["parley"]["corrections"][0]["remove"]["layer"], "date");
        assert_eq!(json["parley"]["title"], "Talks: day 5");
        assert_eq!(json["dates"], serde_json::json!([]));
        let demand = &json["demands"][0];
        assert_eq!(demand["text"], "a ceasefire");
        assert_eq!(demand["holder"], "A1");
        assert_eq!(demand["trigger"]["text"], "called for");
    }

    #[test]
    fn csv_quotes_what_it_must() {
        assert_eq!(field("a \"b\", c"), "\"a \"\"b\"\", c\"");
        let csv = demands_csv(TEXT, &doc_with_date());
        assert_eq!(
            csv,
            "holder,kind,content,addressee,trigger,start,end\r\n\
             Zelensky,demand,a ceasefire,Russia,called for,20,31\r\n\
             The president,refusal,talks,,rejected,59,64\r\n"
        );
        let actors = actors_csv(TEXT, &doc_with_date());
        assert!(actors.starts_with("id,name,kind,role,affiliation,mentions,mention_texts\r\n"));
        assert!(actors.contains("A1,Zelensky,person,,Ukraine,1,Zelensky\r\n"), "{actors}");
    }

    #[test]
    fn brief_says_who_wants_what_and_when() {
        let d = doc_with_date();
        let fix = vec![Correction::Remove { layer: Layer::Place, at: anchor("spoke") }];
        let md = markdown_brief(&article(&d, &fix));
        assert!(md.starts_with("# Talks: day 5\n\nPublication date: 2022-03-01 (set by hand).\n"), "{md}");
        assert!(
            md.contains("- **Zelensky** demands “a ceasefire” — of **Russia** — when: Monday (Monday 28 February 2022)\n"),
            "{md}"
        );
        assert!(md.contains("- **The president** refuses “talks”\n"), "{md}");
        assert!(md.contains("- Zelensky (person, Ukraine), 1 mention\n"), "{md}");
        assert!(md.contains("## Corrections by hand\n\n- Removed place “spoke”\n"), "{md}");
    }
}
