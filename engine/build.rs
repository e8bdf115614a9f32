//! Compiles the lexicon data files (`src/lexicon/data/*.tsv`) into the binary
//! as a few compact tables: the rows of every list as one string, and a hash
//! table of every word that occurs in a phrase, from which the phrases
//! starting with a word are found. Nothing is parsed per call; the rows are
//! split into fields once per process (see `lexicon::lists`).
//!
//! File format (see the README, "Lexicons"): one entry a line,
//! `phrase|alias|alias<TAB>field<TAB>field…`; `#` starts a comment line;
//! a line `#! case = cased|exact|any` sets how the phrases match:
//! `cased` (default) — capitals in the phrase must be capitals in the text
//! (so `Turkey` matches `TURKEY` but not `turkey`); `exact` — byte for byte;
//! `any` — any case.
//!
//! Generated tables (all read by `src/lexicon/mod.rs`):
//! - `ROWS_TEXT`: the rows of all lists in list order, fields joined by tabs,
//!   rows by newlines; `LIST_ROWS`: the number of rows of each list.
//! - `WORDS`: every distinct lower-cased token of every phrase, concatenated,
//!   grouped by hash bucket; `WORD_END[id]`: where word `id` ends;
//!   `WORD_FP[id]`: its hash fingerprint; `BUCKET_START[b]`: the first word
//!   of bucket `b` (`hash & BUCKET_MASK`).
//! - `PHRASE_*`: one entry per phrase in parallel arrays, grouped by first
//!   word, longest first; `PHRASES_AT[id]..PHRASES_AT[id + 1]` are the
//!   phrases of word `id` (see the comments in `main`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

#[path = "src/text/tokens.rs"]
#[allow(dead_code)]
mod tokens;

#[path = "src/lexicon/hash.rs"]
mod hash;

/// Flag in a phrase record's third word: the text's case must be checked.
const CHECK: u16 = 1 << 15;

/// One phrase as found in a data file.
struct PhraseSrc {
    /// Lower-cased tokens.
    words: Vec<String>,
    list: usize,
    row: usize,
    alt: usize,
    /// When the text's case must be checked against the phrase as written:
    /// its byte offset and length in field 0 of its row.
    check: Option<(usize, usize)>,
}

/// `static NAME: [u16 or u32; N] = [...];`, the narrowest type that holds the values.
fn int_array(out: &mut String, doc: &str, name: &str, values: &[usize]) {
    let ty = if values.iter().all(|&v| v <= u16::MAX as usize) { "u16" } else { "u32" };
    let _ = write!(out, "/// {doc}\nstatic {name}: [{ty}; {}] = [", values.len());
    for v in values {
        let _ = write!(out, "{v},");
    }
    let _ = writeln!(out, "];");
}

fn camel(stem: &str) -> String {
    stem.split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

fn main() {
    let dir = Path::new("src/lexicon/data");
    println!("cargo:rerun-if-changed=src/lexicon/data");
    println!("cargo:rerun-if-changed=src/text/tokens.rs");
    println!("cargo:rerun-if-changed=src/lexicon/hash.rs");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("lexicon data dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();

    let mut variants = Vec::new();
    let mut names = Vec::new();
    let mut cases = Vec::new();
    let mut row_counts = Vec::new();
    let mut rows_text = String::new();
    let mut phrases: Vec<PhraseSrc> = Vec::new();

    for (li, path) in files.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
        let content = std::fs::read_to_string(path).expect("read lexicon file");
        let mut case = "Cased";
        let mut row = 0usize;
        for (lineno, line) in content.lines().enumerate() {
            let trimmed = line.trim_end();
            if let Some(directive) = trimmed.strip_prefix("#!") {
                let (k, v) = directive.split_once('=').unwrap_or_else(|| {
                    panic!("{}:{}: directive needs `key = value`", path.display(), lineno + 1)
                });
                match (k.trim(), v.trim()) {
                    ("case", "cased") => case = "Cased",
                    ("case", "exact") => case = "Exact",
                    ("case", "any") => case = "Any",
                    other => panic!("{}:{}: unknown directive {other:?}", path.display(), lineno + 1),
                }
                continue;
            }
            if trimmed.trim().is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = trimmed.split('\t').map(str::trim).collect();
            if row_counts.iter().sum::<usize>() + row > 0 {
                rows_text.push('\n');
            }
            rows_text.push_str(&fields.join("\t"));
            for (alt, phrase) in fields[0].split('|').enumerate() {
                let phrase = phrase.trim();
                if phrase.is_empty() {
                    continue;
                }
                let toks = tokens::tokenize(phrase);
                if toks.is_empty() {
                    continue;
                }
                assert!(toks.len() < 256 && alt < 256 && li < 256, "{}: phrase {phrase:?} too long", path.display());
                let check = match case {
                    "Exact" => true,
                    "Cased" => phrase.chars().any(char::is_uppercase),
                    _ => false,
                };
                phrases.push(PhraseSrc {
                    words: toks.iter().map(|t| tokens::key_of(std::slice::from_ref(t), phrase)).collect(),
                    list: li,
                    row,
                    alt,
                    check: check.then(|| (phrase.as_ptr() as usize - fields[0].as_ptr() as usize, phrase.len())),
                });
            }
            row += 1;
            assert!(row < u16::MAX as usize, "{}: too many rows", path.display());
        }
        variants.push(camel(&stem));
        names.push(stem);
        cases.push(case);
        row_counts.push(row);
    }
    // The word table: every distinct token of every phrase, grouped by bucket.
    let vocab: BTreeSet<&str> = phrases.iter().flat_map(|p| p.words.iter().map(String::as_str)).collect();
    assert!(vocab.len() < u16::MAX as usize, "too many distinct words in the lexicons");
    // about 1.2 words a bucket: a small table, and a length compare rejects most
    let buckets = (vocab.len().next_power_of_two() / 2).max(1);
    let mask = (buckets - 1) as u32;
    let mut words: Vec<(usize, &str)> = vocab.iter().map(|w| ((hash::hash(w.as_bytes()) & mask) as usize, *w)).collect();
    words.sort();
    let id_of: BTreeMap<&str, usize> = words.iter().enumerate().map(|(id, (_, w))| (*w, id)).collect();
    let mut words_text = String::new();
    let mut word_end = Vec::new();
    let mut word_fp = Vec::new();
    let mut bucket_start = vec![0usize; buckets + 1];
    for (b, w) in &words {
        words_text.push_str(w);
        word_end.push(words_text.len());
        word_fp.push(hash::fingerprint(hash::hash(w.as_bytes())) as usize);
        bucket_start[b + 1] += 1;
    }
    for b in 0..buckets {
        bucket_start[b + 1] += bucket_start[b];
    }

    // The phrase records, grouped by first word; longest phrases first, so the
    // first hit at a position is the longest (then by key, as before).
    let mut by_first: Vec<Vec<&PhraseSrc>> = (0..words.len()).map(|_| Vec::new()).collect();
    for p in &phrases {
        by_first[id_of[p.words[0].as_str()]].push(p);
    }
    // Per phrase: `tokens | list << 8`, row, `alt | CHECK`, the id of the
    // second word (NO_WORD for one word), and where its extra data starts in
    // `PHRASE_MORE`: when its case is checked, `offset | length << 8` of the
    // phrase as written in field 0 of its row; then the ids of its words
    // after the second.
    let no_word = u16::MAX as usize;
    let (mut head, mut row, mut alt, mut second, mut more_at, mut more) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut phrases_at = vec![0usize];
    for list in &mut by_first {
        list.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then_with(|| a.words.join(" ").cmp(&b.words.join(" "))));
        for p in list.iter() {
            head.push(p.words.len() | (p.list << 8));
            row.push(p.row);
            alt.push(p.alt | if p.check.is_some() { CHECK as usize } else { 0 });
            second.push(p.words.get(1).map_or(no_word, |w| id_of[w.as_str()]));
            more_at.push(more.len());
            if let Some((at, len)) = p.check {
                assert!(at < 256 && len < 256, "phrase {:?}: field 0 too long", p.words);
                more.push(at | len << 8);
            }
            more.extend(p.words.iter().skip(2).map(|w| id_of[w.as_str()]));
        }
        phrases_at.push(head.len());
    }
    more_at.push(more.len());
    assert!(more.iter().all(|&r| r <= u16::MAX as usize), "PHRASE_MORE is u16");
    let mut out = String::new();
    let _ = writeln!(out, "/// One variant per data file, in file-name order.");
    let _ = writeln!(out, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]");
    let _ = writeln!(out, "pub enum List {{");
    for v in &variants {
        let _ = writeln!(out, "    {v},");
    }
    let _ = writeln!(out, "}}");
    let _ = writeln!(out, "pub const LIST_BY_INDEX: &[List] = &[");
    for v in &variants {
        let _ = writeln!(out, "    List::{v},");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "static LIST_NAMES: [&str; {}] = {names:?};", names.len());
    let _ = writeln!(out, "static LIST_CASES: [CaseMode; {}] = [{}];", cases.len(), cases.iter().map(|c| format!("CaseMode::{c}")).collect::<Vec<_>>().join(", "));
    int_array(&mut out, "Rows of each list.", "LIST_ROWS", &row_counts);
    let _ = writeln!(out, "/// Rows of all lists: fields joined by tabs, rows by newlines.\nstatic ROWS_TEXT: &str = {rows_text:?};");
    let _ = writeln!(out, "/// The words of the phrases, lower-cased, grouped by bucket.\nstatic WORDS: &str = {words_text:?};");
    int_array(&mut out, "End of each word in WORDS.", "WORD_END", &word_end);
    let _ = write!(out, "/// Hash fingerprint of each word.\nstatic WORD_FP: [u8; {}] = [", word_fp.len());
    for v in &word_fp {
        let _ = write!(out, "{v},");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "const BUCKET_MASK: u32 = {mask};");
    int_array(&mut out, "First word of each bucket.", "BUCKET_START", &bucket_start);
    int_array(&mut out, "First phrase of each word.", "PHRASES_AT", &phrases_at);
    int_array(&mut out, "Phrases: `tokens | list << 8`.", "PHRASE_HEAD", &head);
    int_array(&mut out, "Phrases: row.", "PHRASE_ROW", &row);
    int_array(&mut out, "Phrases: `alt | CHECK`.", "PHRASE_ALT", &alt);
    int_array(&mut out, "Phrases: id of the second word.", "PHRASE_SECOND", &second);
    int_array(&mut out, "Phrases: start of their data in PHRASE_MORE.", "PHRASE_MORE_AT", &more_at);
    int_array(&mut out, "Phrases: written form in field 0 if checked, ids of the words after the second.", "PHRASE_MORE", &more);
    let _ = writeln!(out, "const CHECK: u16 = {CHECK};");

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon_data.rs");
    std::fs::write(dest, out).expect("write generated lexicon");
}
