//! The corpus format of `../shared/corpus/GUIDELINES.md`: the same layers as
//! [`Document`], with **Unicode code point** offsets and each span's text.

use crate::document::{DctSource, Document, Span};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusActor {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub affiliation: Option<String>,
    pub role: Option<String>,
    pub mentions: Vec<CorpusSpan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusDate {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusDemand {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
    pub holder: Option<String>,
    pub addressee: Option<String>,
    pub trigger: CorpusSpan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusDoc {
    pub id: String,
    pub dct: Option<String>,
    #[serde(default)]
    pub dct_note: Option<String>,
    #[serde(default)]
    pub actors: Vec<CorpusActor>,
    #[serde(default)]
    pub places: Vec<CorpusSpan>,
    #[serde(default)]
    pub dates: Vec<CorpusDate>,
    #[serde(default)]
    pub demands: Vec<CorpusDemand>,
}

/// Byte offset → code point offset, for one text.
pub struct CodePoints<'a> {
    text: &'a str,
    /// Byte offset of every char (only built for non-ASCII text).
    char_starts: Option<Vec<u32>>,
}

impl<'a> CodePoints<'a> {
    pub fn new(text: &'a str) -> Self {
        let char_starts = (!text.is_ascii()).then(|| text.char_indices().map(|(i, _)| i as u32).collect());
        CodePoints { text, char_starts }
    }
    pub fn index(&self, byte: u32) -> usize {
        match &self.char_starts {
            None => byte as usize,
            Some(starts) => starts.partition_point(|&s| s < byte),
        }
    }
    /// Byte offset of a code point offset (for reading corpus JSON).
    pub fn byte(&self, cp: usize) -> u32 {
        match &self.char_starts {
            None => cp as u32,
            Some(starts) => starts.get(cp).copied().unwrap_or(self.text.len() as u32),
        }
    }
    pub fn span(&self, s: Span) -> CorpusSpan {
        CorpusSpan { start: self.index(s.start), end: self.index(s.end), text: self.text[s.range()].to_string() }
    }
}

/// A sentence on where the publication date came from.
pub fn dct_note(doc: &Document, text: &str) -> String {
    match (&doc.dct_source, doc.dct) {
        (DctSource::Given, Some(d)) => format!("{d}, given"),
        (DctSource::Detected { rule, span }, Some(d)) => {
            format!("{d}, detected from the {rule} {:?}", &text[span.range()])
        }
        (DctSource::Assumed, Some(d)) => format!("{d}, assumed: no publication date found in the text"),
        _ => "unknown: no publication date given or found; relative dates are unresolved".to_string(),
    }
}

pub fn to_corpus(id: &str, text: &str, doc: &Document) -> CorpusDoc {
    let cp = CodePoints::new(text);
    CorpusDoc {
        id: id.to_string(),
        dct: doc.dct.map(|d| d.to_string()),
        dct_note: Some(dct_note(doc, text)),
        actors: doc
            .actors
            .iter()
            .map(|a| CorpusActor {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind.as_str().to_string(),
                affiliation: a.affiliation.clone(),
                role: a.role.clone(),
                mentions: a.mentions.iter().map(|m| cp.span(m.span)).collect(),
            })
            .collect(),
        places: doc.places.iter().map(|p| cp.span(p.span)).collect(),
        dates: doc
            .dates
            .iter()
            .map(|d| {
                let s = cp.span(d.span);
                CorpusDate { start: s.start, end: s.end, text: s.text, kind: d.kind.as_str().to_string(), value: d.value.clone() }
            })
            .collect(),
        demands: doc
            .demands
            .iter()
            .map(|d| {
                let s = cp.span(d.span);
                CorpusDemand {
                    start: s.start,
                    end: s.end,
                    text: s.text,
                    kind: d.kind.as_str().to_string(),
                    holder: d.holder.clone(),
                    addressee: d.addressee.clone(),
                    trigger: cp.span(d.trigger),
                }
            })
            .collect(),
    }
}
